"""An ``autoscaling/v2`` HPA that scales a Rollout on its request rate, CPU and memory, quick up
and slow down.

Metrics: the app container's CPU (``target_cpu_utilization_percent``) and memory as
``ContainerResource`` metrics (the Istio sidecar's own usage neither hides nor fakes load), and,
where the service declares its sustainable rate, ``http_requests_per_second`` per pod as a ``Pods``
metric (served by prometheus-adapter from ``http_requests_total``). CPU alone is a lagging signal:
a throttled pod shows at most its CPU limit, so each generation of new pods can multiply the count
by only ``limit / request / target`` (2.86 for a limit of twice the request at 70%). The request
rate shows the demand itself, so the HPA asks for every pod a spike needs as soon as the rate
shows it (one rate window, ``REQUEST_RATE_WINDOW_SCRAPES`` scrapes).

Scale-up has no stabilization window and may, every ``SCALE_UP_PERIOD_SECONDS``, quadruple the pods
or add ``SCALE_UP_PODS``, whichever is more: two periods cover a 10x spike (4 x 4 = 16), so the
policy never holds back what the metrics ask for (``contexter_deploy.report.scaling`` simulates the
scale-up from the synthesized HPA). Scale-down waits ``SCALE_DOWN_STABILIZATION_SECONDS`` for the
load to stay low and then sheds at most ``SCALE_DOWN_PERCENT`` per minute, so a dip between two
bursts does not throw capacity away.
"""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s_plus_27 import k8s
from constructs import Construct

from charts.observability.metrics import HTTP_REQUESTS_PER_SECOND
from charts.services.rollout import ServiceRollout
from contexter_deploy.ground.labels import workload_labels

SCALE_UP_PERIOD_SECONDS = 15
SCALE_UP_PERCENT = 300
SCALE_UP_PODS = 4
SCALE_DOWN_STABILIZATION_SECONDS = 300
SCALE_DOWN_PERCENT = 10
SCALE_DOWN_PERIOD_SECONDS = 60


def scale_up_rules() -> k8s.HpaScalingRulesV2:
    """React at once; per period take the larger of quadrupling and ``SCALE_UP_PODS`` more pods."""
    return k8s.HpaScalingRulesV2(
        stabilization_window_seconds=0,
        select_policy="Max",
        policies=[
            k8s.HpaScalingPolicyV2(
                type="Percent", value=SCALE_UP_PERCENT, period_seconds=SCALE_UP_PERIOD_SECONDS
            ),
            k8s.HpaScalingPolicyV2(type="Pods", value=SCALE_UP_PODS, period_seconds=SCALE_UP_PERIOD_SECONDS),
        ],
    )


def scale_down_rules() -> k8s.HpaScalingRulesV2:
    """Wait for a sustained drop, then shed capacity gently."""
    return k8s.HpaScalingRulesV2(
        stabilization_window_seconds=SCALE_DOWN_STABILIZATION_SECONDS,
        select_policy="Max",
        policies=[
            k8s.HpaScalingPolicyV2(
                type="Percent", value=SCALE_DOWN_PERCENT, period_seconds=SCALE_DOWN_PERIOD_SECONDS
            )
        ],
    )


@dataclass(frozen=True)
class HorizontalAutoscalerProps:
    """Properties of ``HorizontalAutoscaler``."""

    target: ServiceRollout
    """The Rollout to scale (its apiVersion, kind and name make ``scaleTargetRef``); the HPA takes its
    name and namespace, and its app container's usage counts."""
    min_replicas: int
    max_replicas: int
    cpu_utilization_percent: int
    """Target average CPU use as a percentage of the CPU request."""
    memory_utilization_percent: int
    """Target average memory use as a percentage of the memory request."""
    requests_per_second: int | None = None
    """Target average ``http_requests_per_second`` per pod: the sustainable request rate of one pod
    at the CPU target. Default: no request-rate metric (CPU and memory only)."""


def _utilization(container: str, resource: str, percent: int) -> k8s.MetricSpecV2:
    return k8s.MetricSpecV2(
        type="ContainerResource",
        container_resource=k8s.ContainerResourceMetricSourceV2(
            container=container,
            name=resource,
            target=k8s.MetricTargetV2(type="Utilization", average_utilization=percent),
        ),
    )


def _request_rate(requests_per_second: int) -> k8s.MetricSpecV2:
    return k8s.MetricSpecV2(
        type="Pods",
        pods=k8s.PodsMetricSourceV2(
            metric=k8s.MetricIdentifierV2(name=HTTP_REQUESTS_PER_SECOND),
            target=k8s.MetricTargetV2(
                type="AverageValue", average_value=k8s.Quantity.from_string(str(requests_per_second))
            ),
        ),
    )


class HorizontalAutoscaler(Construct):
    """``HorizontalPodAutoscaler <name>`` targeting the ``Rollout <name>`` it is given."""

    def __init__(self, scope: Construct, id: str, *, props: HorizontalAutoscalerProps) -> None:
        super().__init__(scope, id)
        if props.min_replicas > props.max_replicas:
            raise ValueError(
                f"min_replicas {props.min_replicas} must be <= max_replicas {props.max_replicas}"
            )
        if props.requests_per_second is not None and props.requests_per_second < 1:
            raise ValueError(
                f"requests_per_second {props.requests_per_second}: allowed a positive request rate per pod"
            )
        target = props.target.resource
        workload = props.target.workload
        metrics = [
            _utilization(workload.name, "cpu", props.cpu_utilization_percent),
            _utilization(workload.name, "memory", props.memory_utilization_percent),
        ]
        if props.requests_per_second is not None:
            metrics.append(_request_rate(props.requests_per_second))
        self.resource = k8s.KubeHorizontalPodAutoscalerV2(
            self,
            "Resource",
            metadata=k8s.ObjectMeta(
                name=workload.name,
                namespace=workload.namespace,
                labels=workload_labels(workload.name, component="autoscaler"),
            ),
            spec=k8s.HorizontalPodAutoscalerSpecV2(
                scale_target_ref=k8s.CrossVersionObjectReferenceV2(
                    api_version=target.api_version, kind=target.kind, name=target.name
                ),
                min_replicas=props.min_replicas,
                max_replicas=props.max_replicas,
                metrics=metrics,
                behavior=k8s.HorizontalPodAutoscalerBehaviorV2(
                    scale_up=scale_up_rules(), scale_down=scale_down_rules()
                ),
            ),
        )
