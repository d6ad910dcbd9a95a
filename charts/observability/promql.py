"""PromQL builders on the metric contract of ``charts.observability.metrics``.

Plain functions that return query strings, so rollout analysis, alerts and dashboards ask the
same question in the same words. Every query returns exactly one sample, also when there is no
traffic: an empty result would turn an idle canary or preview into an analysis error.
"""

from __future__ import annotations

from collections.abc import Sequence

from charts.observability.metrics import (
    HTTP_REQUEST_DURATION_SECONDS,
    HTTP_REQUESTS_TOTAL,
    SERVER_ERROR_STATUS,
)

DEFAULT_WINDOW = "2m"
"""Rate window: at least four scrapes at a 30 s scrape interval, so one missed scrape is harmless."""


def equals(label: str, value: str) -> str:
    """The label matcher ``label="value"`` (``value`` may be an Argo Rollouts ``{{args.x}}`` placeholder)."""
    if '"' in value or "\\" in value:
        raise ValueError(f"label value {value!r} must not contain quotes or backslashes")
    return f'{label}="{value}"'


def selector(metric: str, matchers: Sequence[str]) -> str:
    """``metric{matcher,...}``."""
    return f"{metric}{{{','.join(matchers)}}}"


def request_rate(matchers: Sequence[str], window: str = DEFAULT_WINDOW) -> str:
    """Requests per second over ``window`` of the series selected by ``matchers``."""
    return f"sum(rate({selector(HTTP_REQUESTS_TOTAL, matchers)}[{window}]))"


def error_ratio(matchers: Sequence[str], window: str = DEFAULT_WINDOW) -> str:
    """Share of requests answered with a 5xx, between 0 and 1, over ``window``.

    No 5xx series reads as 0 errors, and no traffic as a ratio of 0 (``0 / 1``): no evidence of a
    failure. The ``> 0`` filter keeps a zero request rate out of the denominator.
    """
    errors = request_rate([*matchers, SERVER_ERROR_STATUS], window)
    total = request_rate(matchers, window)
    return f"({errors} or vector(0)) / ({total} > 0 or vector(1))"


def latency_quantile(quantile: float, matchers: Sequence[str], window: str = DEFAULT_WINDOW) -> str:
    """The ``quantile`` (e.g. 0.95) of request latency in seconds over ``window``.

    Without traffic ``histogram_quantile`` returns NaN; ``>= 0`` drops NaN and ``or vector(0)``
    reads it as 0 seconds.
    """
    if not 0 < quantile < 1:
        raise ValueError(f"quantile {quantile} must lie strictly between 0 and 1, e.g. 0.95")
    buckets = f"sum by (le) (rate({selector(HTTP_REQUEST_DURATION_SECONDS + '_bucket', matchers)}[{window}]))"
    return f"(histogram_quantile({quantile}, {buckets}) >= 0) or vector(0)"
