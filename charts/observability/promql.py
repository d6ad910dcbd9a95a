"""PromQL builders on the metric contract of ``charts.observability.metrics``.

Plain functions that return query strings, so rollout analysis asks its questions in the same
words for the app's own metrics and for Istio's. No query here turns missing data into a number:
without traffic (no series, or too few requests) the result is empty, so an analysis that reads
it can only be inconclusive, never pass. ``or vector(…)`` and the like are what these functions
exist to avoid.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from charts.observability.metrics import (
    HTTP_REQUEST_DURATION_SECONDS,
    HTTP_REQUESTS_TOTAL,
    ISTIO_REQUEST_DURATION_MILLISECONDS,
    ISTIO_REQUESTS_TOTAL,
    ISTIO_SERVER_ERROR_STATUS,
    SERVER_ERROR_STATUS,
)

DEFAULT_WINDOW = "2m"
"""Rate window: at least four scrapes at a 30 s scrape interval, so one missed scrape is harmless."""


@dataclass(frozen=True)
class RequestMetrics:
    """One family of request metrics: a counter of requests and a latency histogram."""

    requests_total: str
    """Counter of requests, with a status label."""
    duration_buckets: str
    """``_bucket`` series of the latency histogram."""
    server_error: str
    """Label matcher of the requests that count against the error budget."""


APP = RequestMetrics(HTTP_REQUESTS_TOTAL, f"{HTTP_REQUEST_DURATION_SECONDS}_bucket", SERVER_ERROR_STATUS)
"""What the services record themselves; latency in seconds."""
MESH = RequestMetrics(
    ISTIO_REQUESTS_TOTAL, f"{ISTIO_REQUEST_DURATION_MILLISECONDS}_bucket", ISTIO_SERVER_ERROR_STATUS
)
"""What the Envoy proxies record (Istio's standard metrics); latency in milliseconds."""


def equals(label: str, value: str) -> str:
    """The label matcher ``label="value"`` (``value`` may be an Argo Rollouts ``{{args.x}}`` placeholder)."""
    if '"' in value or "\\" in value:
        raise ValueError(f"label value {value!r} must not contain quotes or backslashes")
    return f'{label}="{value}"'


def selector(metric: str, matchers: Sequence[str]) -> str:
    """``metric{matcher,...}``."""
    return f"{metric}{{{','.join(matchers)}}}"


def request_rate(matchers: Sequence[str], window: str = DEFAULT_WINDOW, metrics: RequestMetrics = APP) -> str:
    """Requests per second over ``window`` of the series selected by ``matchers``."""
    return f"sum(rate({selector(metrics.requests_total, matchers)}[{window}]))"


def request_count(
    matchers: Sequence[str], window: str = DEFAULT_WINDOW, metrics: RequestMetrics = APP
) -> str:
    """Requests served over ``window``; empty without series."""
    return f"sum(increase({selector(metrics.requests_total, matchers)}[{window}]))"


def error_ratio(matchers: Sequence[str], window: str = DEFAULT_WINDOW, metrics: RequestMetrics = APP) -> str:
    """Share of requests answered with a server error, between 0 and 1, over ``window``.

    A service that never failed has no 5xx series; ``or 0 * <request rate>`` reads that as 0
    errors only where requests exist, so no traffic stays empty (and zero traffic is ``0 / 0``,
    NaN), never a ratio of 0.
    """
    errors = request_rate([*matchers, metrics.server_error], window, metrics)
    total = request_rate(matchers, window, metrics)
    return f"({errors} or 0 * {total}) / {total}"


def latency_quantile(
    quantile: float, matchers: Sequence[str], window: str = DEFAULT_WINDOW, metrics: RequestMetrics = APP
) -> str:
    """The ``quantile`` (e.g. 0.95) of request latency over ``window``, in the histogram's unit.

    Without traffic ``histogram_quantile`` returns NaN, and without series nothing: both stay so.
    """
    if not 0 < quantile < 1:
        raise ValueError(f"quantile {quantile} must lie strictly between 0 and 1, e.g. 0.95")
    buckets = f"sum by (le) (rate({selector(metrics.duration_buckets, matchers)}[{window}]))"
    return f"histogram_quantile({quantile}, {buckets})"


def with_min_requests(
    query: str,
    matchers: Sequence[str],
    min_requests: int,
    window: str = DEFAULT_WINDOW,
    metrics: RequestMetrics = APP,
) -> str:
    """``query`` where at least ``min_requests`` requests matched ``matchers`` over ``window``, else
    empty: too little traffic is no evidence either way."""
    if min_requests < 1:
        raise ValueError(f"min_requests {min_requests}: allowed: 1 or more")
    return f"({query}) and on() ({request_count(matchers, window, metrics)} >= {min_requests})"
