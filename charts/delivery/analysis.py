"""The AnalysisTemplates that gate the rollouts of one service on its service level objectives.

- ``<service>-slo`` judges the new ReplicaSet alone, on what the service records itself: the
  Rollout passes that ReplicaSet's ``rollouts-pod-template-hash`` as ``pod-template-hash``, and
  every query selects the series labelled with it (``rollouts_pod_template_hash``, see
  ``charts.observability.metrics``).
- ``<service>-callers`` judges the same requests as the callers' Envoy proxies (or the ingress
  gateway) saw them, Istio's ``reporter="source"`` metrics for the Service ``destination-service``
  (``<name>-canary``, or the active Service after a blue-green promotion): timeouts, resets and
  5xx from a crashed pod that the app never records.

No data is never a pass. Every query is empty without traffic or with fewer than
``min_requests`` requests in its window (``charts.observability.promql.with_min_requests``), and
every metric has both conditions: ``successCondition`` when the one sample is below the
threshold, ``failureCondition`` when it is at or above it. An empty result or NaN meets neither,
so Argo Rollouts records the measurement as *Inconclusive*; more than ``inconclusive_limit`` of
them end the run Inconclusive, which pauses the rollout for a human instead of promoting it. A
bounded run needs at least one good measurement (``failure_limit + inconclusive_limit < count``),
so a run of inconclusive measurements can never reach its count and pass. A query that errors
(Prometheus unreachable) is retried every 10 s; more than ``consecutive_error_limit`` errors in a
row end the run in Error, which aborts like a failure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cdk8s import ApiObjectMetadata
from constructs import Construct

from charts.observability.metrics import (
    ISTIO_DESTINATION_NAMESPACE_LABEL,
    ISTIO_DESTINATION_SERVICE_LABEL,
    ISTIO_REPORTER_LABEL,
    ISTIO_REPORTER_SOURCE,
    POD_TEMPLATE_HASH_LABEL,
    PROMETHEUS_URL,
    SERVICE_LABEL,
)
from charts.observability.promql import (
    APP,
    MESH,
    RequestMetrics,
    equals,
    error_ratio,
    latency_quantile,
    with_min_requests,
)
from contexter_deploy.ground.labels import workload_labels
from imports import argo_rollouts

POD_TEMPLATE_HASH_ARG = "pod-template-hash"
"""Argument that carries the hash of the ReplicaSet under analysis."""
DESTINATION_SERVICE_ARG = "destination-service"
"""Argument of ``<service>-callers``: the Service whose callers are asked (e.g. ``search-canary``)."""
ERROR_RATE_METRIC = "error-rate"
LATENCY_METRIC = "latency-p95"
CALLERS_ERROR_RATE_METRIC = "callers-error-rate"
CALLERS_LATENCY_METRIC = "callers-latency-p95"
LATENCY_QUANTILE = 0.95
MIN_REQUESTS = 100
"""Requests a query needs in its window to judge at all (default): at fewer, one error is already
more than 1%, so the error ratio says nothing; the measurement is inconclusive."""
INITIAL_DELAY_SECONDS = 30
"""Wait before the first measurement, so the rate window holds traffic of the new pods."""
INCONCLUSIVE_LIMIT = 1
"""Inconclusive measurements tolerated (the first, while traffic builds up); one more pauses the rollout."""
CONSECUTIVE_ERROR_LIMIT = 2
"""Query errors in a row tolerated (retried every 10 s); one more ends the run in Error: abort."""


def measured(comparison: str) -> str:
    """``comparison`` on the one sample of a result, false for an empty result and for NaN."""
    return f"len(result) == 1 && !isNaN(result[0]) && {comparison}"


def below(threshold: float) -> tuple[str, str]:
    """The ``successCondition`` (below ``threshold``) and ``failureCondition`` (at or above it)."""
    return measured(f"result[0] < {threshold!r}"), measured(f"result[0] >= {threshold!r}")


@dataclass(frozen=True)
class Measurement:
    """How often a metric measures, and what it tolerates (Argo Rollouts metric fields)."""

    interval_seconds: int
    """Seconds between measurements."""
    count: int | None
    """Measurements per run; ``None`` keeps measuring until the rollout completes (background analysis)."""
    failure_limit: int = 0
    """Failed measurements tolerated before the run fails (default: 0, the first failure aborts)."""
    inconclusive_limit: int = INCONCLUSIVE_LIMIT
    initial_delay_seconds: int = INITIAL_DELAY_SECONDS
    consecutive_error_limit: int = CONSECUTIVE_ERROR_LIMIT

    def __post_init__(self) -> None:
        if self.count is not None and self.failure_limit + self.inconclusive_limit >= self.count:
            raise ValueError(
                f"failure_limit {self.failure_limit} + inconclusive_limit {self.inconclusive_limit}"
                f" must be < count {self.count}, or a run without one good measurement passes"
            )


@dataclass(frozen=True)
class SloAnalysisProps:
    """Properties of ``SloAnalysisTemplate`` and ``CallersAnalysisTemplate``."""

    service: str
    """Workload whose requests are judged (the ``service`` series label)."""
    namespace: str
    max_error_rate: float
    """Error ratio at or above which a measurement fails (``rollout.max_error_rate``, e.g. 0.01)."""
    latency_p95_ms: int
    """p95 latency in milliseconds at or above which a measurement fails (``slo.latency_p95_ms``)."""
    measurement: Measurement
    min_requests: int = MIN_REQUESTS
    """Requests per query window below which a measurement is inconclusive (default: ``MIN_REQUESTS``)."""

    def __post_init__(self) -> None:
        if not 0 < self.max_error_rate < 1:
            raise ValueError(f"max_error_rate {self.max_error_rate} must lie strictly between 0 and 1")
        if self.min_requests * self.max_error_rate < 1:
            raise ValueError(
                f"min_requests {self.min_requests} at max_error_rate {self.max_error_rate}: a single"
                f" error would exceed the limit; allowed: at least {round(1 / self.max_error_rate)}"
            )


def _metric(
    name: str, query: str, conditions: tuple[str, str], measurement: Measurement
) -> argo_rollouts.AnalysisTemplateSpecMetrics:
    success, failure = conditions
    return argo_rollouts.AnalysisTemplateSpecMetrics(
        name=name,
        initial_delay=f"{measurement.initial_delay_seconds}s",
        interval=f"{measurement.interval_seconds}s",
        count=None
        if measurement.count is None
        else argo_rollouts.AnalysisTemplateSpecMetricsCount.from_number(measurement.count),
        failure_limit=argo_rollouts.AnalysisTemplateSpecMetricsFailureLimit.from_number(
            measurement.failure_limit
        ),
        inconclusive_limit=argo_rollouts.AnalysisTemplateSpecMetricsInconclusiveLimit.from_number(
            measurement.inconclusive_limit
        ),
        consecutive_error_limit=argo_rollouts.AnalysisTemplateSpecMetricsConsecutiveErrorLimit.from_number(
            measurement.consecutive_error_limit
        ),
        success_condition=success,
        failure_condition=failure,
        provider=argo_rollouts.AnalysisTemplateSpecMetricsProvider(
            prometheus=argo_rollouts.AnalysisTemplateSpecMetricsProviderPrometheus(
                address=PROMETHEUS_URL, query=query
            )
        ),
    )


def _slo_metrics(
    props: SloAnalysisProps,
    matchers: list[str],
    metrics: RequestMetrics,
    names: tuple[str, str],
    latency_threshold: float,
) -> list[argo_rollouts.AnalysisTemplateSpecMetrics]:
    def enough(query: str) -> str:
        return with_min_requests(query, matchers, props.min_requests, metrics=metrics)

    error_name, latency_name = names
    return [
        _metric(
            error_name,
            enough(error_ratio(matchers, metrics=metrics)),
            below(props.max_error_rate),
            props.measurement,
        ),
        _metric(
            latency_name,
            enough(latency_quantile(LATENCY_QUANTILE, matchers, metrics=metrics)),
            below(latency_threshold),
            props.measurement,
        ),
    ]


def slo_metrics(props: SloAnalysisProps) -> list[argo_rollouts.AnalysisTemplateSpecMetrics]:
    """``error-rate`` and ``latency-p95`` of the ReplicaSet ``pod-template-hash``, on its own series."""
    matchers = [
        equals(SERVICE_LABEL, props.service),
        equals(POD_TEMPLATE_HASH_LABEL, f"{{{{args.{POD_TEMPLATE_HASH_ARG}}}}}"),
    ]
    return _slo_metrics(
        props, matchers, APP, (ERROR_RATE_METRIC, LATENCY_METRIC), props.latency_p95_ms / 1000
    )


class SloAnalysisTemplate(Construct):
    """``AnalysisTemplate <service>-slo``: the new ReplicaSet's own error ratio below the limit and
    p95 latency below the SLO."""

    def __init__(self, scope: Construct, id: str, *, props: SloAnalysisProps) -> None:
        super().__init__(scope, id)
        self.name = f"{props.service}-slo"
        self.resource = _analysis_template(self, self.name, props, POD_TEMPLATE_HASH_ARG, slo_metrics(props))


class CallersAnalysisTemplate(Construct):
    """``AnalysisTemplate <service>-callers``: the error ratio (5xx, timeouts included) and p95
    latency that the callers' proxies measured for the Service ``destination-service``."""

    def __init__(self, scope: Construct, id: str, *, props: SloAnalysisProps) -> None:
        super().__init__(scope, id)
        self.name = f"{props.service}-callers"
        matchers = [
            equals(ISTIO_REPORTER_LABEL, ISTIO_REPORTER_SOURCE),
            equals(ISTIO_DESTINATION_SERVICE_LABEL, f"{{{{args.{DESTINATION_SERVICE_ARG}}}}}"),
            equals(ISTIO_DESTINATION_NAMESPACE_LABEL, props.namespace),
        ]
        metrics = _slo_metrics(
            props,
            matchers,
            MESH,
            (CALLERS_ERROR_RATE_METRIC, CALLERS_LATENCY_METRIC),
            float(props.latency_p95_ms),
        )
        self.resource = _analysis_template(self, self.name, props, DESTINATION_SERVICE_ARG, metrics)


def _analysis_template(
    scope: Construct,
    name: str,
    props: SloAnalysisProps,
    argument: str,
    metrics: Sequence[argo_rollouts.AnalysisTemplateSpecMetrics],
) -> argo_rollouts.AnalysisTemplate:
    """The ``AnalysisTemplate`` ``name`` of ``props.service``: one argument, the given metrics."""
    return argo_rollouts.AnalysisTemplate(
        scope,
        "Resource",
        metadata=ApiObjectMetadata(
            name=name,
            namespace=props.namespace,
            labels=workload_labels(props.service, component="analysis"),
        ),
        spec=argo_rollouts.AnalysisTemplateSpec(
            args=[argo_rollouts.AnalysisTemplateSpecArgs(name=argument)],
            metrics=list(metrics),
        ),
    )
