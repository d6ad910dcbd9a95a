"""The AnalysisTemplate that gates the rollouts of one service on its service level objectives.

Argo Rollouts runs it against the new ReplicaSet only: the Rollout passes that ReplicaSet's
``rollouts-pod-template-hash`` as the argument ``pod-template-hash``, and every query selects the
series labelled with it (``rollouts_pod_template_hash``, see ``charts.observability.metrics``). A
failed measurement fails the analysis, which aborts the rollout: traffic stays on (or returns to)
the stable ReplicaSet.
"""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s import ApiObjectMetadata
from constructs import Construct

from charts.labels import workload_labels
from charts.observability.metrics import POD_TEMPLATE_HASH_LABEL, PROMETHEUS_URL, SERVICE_LABEL
from charts.observability.promql import equals, error_ratio, latency_quantile
from imports import argo_rollouts

POD_TEMPLATE_HASH_ARG = "pod-template-hash"
"""Argument that carries the hash of the ReplicaSet under analysis."""
ERROR_RATE_METRIC = "error-rate"
LATENCY_METRIC = "latency-p95"
LATENCY_QUANTILE = 0.95


@dataclass(frozen=True)
class SloAnalysisProps:
    """Properties of ``SloAnalysisTemplate``."""

    service: str
    """Workload whose requests are judged (the ``service`` series label)."""
    namespace: str
    max_error_rate: float
    """Error ratio at or above which a measurement fails (``rollout.max_error_rate``, e.g. 0.01)."""
    latency_p95_ms: int
    """p95 latency in milliseconds at or above which a measurement fails (``slo.latency_p95_ms``)."""
    interval_seconds: int
    """Seconds between measurements."""
    count: int | None
    """Measurements per run; ``None`` keeps measuring until the rollout completes (background analysis)."""
    failure_limit: int = 0
    """Failed measurements tolerated before the run fails (default: 0, the first failure aborts)."""


def below(threshold: float) -> str:
    """The ``successCondition`` that a measurement passes when the query result is below ``threshold``."""
    return f"result[0] < {threshold!r}"


class SloAnalysisTemplate(Construct):
    """``AnalysisTemplate <service>-slo``: error ratio below the limit and p95 latency below the SLO."""

    def __init__(self, scope: Construct, id: str, *, props: SloAnalysisProps) -> None:
        super().__init__(scope, id)
        if not 0 < props.max_error_rate < 1:
            raise ValueError(f"max_error_rate {props.max_error_rate} must lie strictly between 0 and 1")
        if props.count is not None and props.failure_limit >= props.count:
            raise ValueError(
                f"failure_limit {props.failure_limit} must be < count {props.count},"
                " or the analysis can never fail"
            )
        self.name = f"{props.service}-slo"
        matchers = [
            equals(SERVICE_LABEL, props.service),
            equals(POD_TEMPLATE_HASH_LABEL, f"{{{{args.{POD_TEMPLATE_HASH_ARG}}}}}"),
        ]
        metrics = [
            (ERROR_RATE_METRIC, error_ratio(matchers), below(props.max_error_rate)),
            (
                LATENCY_METRIC,
                latency_quantile(LATENCY_QUANTILE, matchers),
                below(props.latency_p95_ms / 1000),
            ),
        ]
        self.resource = argo_rollouts.AnalysisTemplate(
            self,
            "Resource",
            metadata=ApiObjectMetadata(
                name=self.name,
                namespace=props.namespace,
                labels=workload_labels(props.service, component="analysis"),
            ),
            spec=argo_rollouts.AnalysisTemplateSpec(
                args=[argo_rollouts.AnalysisTemplateSpecArgs(name=POD_TEMPLATE_HASH_ARG)],
                metrics=[
                    argo_rollouts.AnalysisTemplateSpecMetrics(
                        name=name,
                        interval=f"{props.interval_seconds}s",
                        count=None
                        if props.count is None
                        else argo_rollouts.AnalysisTemplateSpecMetricsCount.from_number(props.count),
                        failure_limit=argo_rollouts.AnalysisTemplateSpecMetricsFailureLimit.from_number(
                            props.failure_limit
                        ),
                        success_condition=condition,
                        provider=argo_rollouts.AnalysisTemplateSpecMetricsProvider(
                            prometheus=argo_rollouts.AnalysisTemplateSpecMetricsProviderPrometheus(
                                address=PROMETHEUS_URL, query=query
                            )
                        ),
                    )
                    for name, query, condition in metrics
                ],
            ),
        )
