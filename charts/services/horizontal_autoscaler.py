"""An ``autoscaling/v2`` HPA that scales a Rollout on CPU and memory, quick up and slow down.

Scale-up has no stabilization window and may, every ``SCALE_UP_PERIOD_SECONDS``, double the pods
or add ``SCALE_UP_PODS``, whichever is more: a 10x spike from the minimum is met within about a
minute plus pod startup (``seconds_to_reach``). Scale-down waits ``SCALE_DOWN_STABILIZATION_SECONDS``
for the load to stay low and then sheds at most ``SCALE_DOWN_PERCENT`` per minute, so a dip between
two bursts does not throw capacity away.

The metrics are ``ContainerResource`` metrics of the app container: the Istio sidecar's own CPU
and memory neither hide nor fake load.
"""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s_plus_27 import k8s
from constructs import Construct

from charts.labels import workload_labels
from charts.topology import Workload

ROLLOUT_API_VERSION = "argoproj.io/v1alpha1"
ROLLOUT_KIND = "Rollout"

SCALE_UP_PERIOD_SECONDS = 15
SCALE_UP_PERCENT = 100
SCALE_UP_PODS = 4
SCALE_DOWN_STABILIZATION_SECONDS = 300
SCALE_DOWN_PERCENT = 10
SCALE_DOWN_PERIOD_SECONDS = 60


def replicas_after_one_scale_up_period(current: int) -> int:
    """The most replicas the scale-up policies allow one period after ``current``."""
    return max(current + current * SCALE_UP_PERCENT // 100, current + SCALE_UP_PODS)


def seconds_to_reach(target: int, *, start: int) -> int:
    """Seconds of policy-limited scale-up from ``start`` to ``target`` replicas (pod startup excluded)."""
    seconds, replicas = 0, start
    while replicas < target:
        replicas = replicas_after_one_scale_up_period(replicas)
        seconds += SCALE_UP_PERIOD_SECONDS
    return seconds


def scale_up_rules() -> k8s.HpaScalingRulesV2:
    """React at once; per period take the larger of doubling and ``SCALE_UP_PODS`` more pods."""
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

    workload: Workload
    """The Rollout to scale (same name) and the container whose usage counts (same name)."""
    min_replicas: int
    max_replicas: int
    cpu_utilization_percent: int
    """Target average CPU use as a percentage of the CPU request."""
    memory_utilization_percent: int
    """Target average memory use as a percentage of the memory request."""


def _utilization(workload: Workload, resource: str, percent: int) -> k8s.MetricSpecV2:
    return k8s.MetricSpecV2(
        type="ContainerResource",
        container_resource=k8s.ContainerResourceMetricSourceV2(
            container=workload.name,
            name=resource,
            target=k8s.MetricTargetV2(type="Utilization", average_utilization=percent),
        ),
    )


class HorizontalAutoscaler(Construct):
    """``HorizontalPodAutoscaler <name>`` targeting ``Rollout <name>``."""

    def __init__(self, scope: Construct, id: str, *, props: HorizontalAutoscalerProps) -> None:
        super().__init__(scope, id)
        if props.min_replicas > props.max_replicas:
            raise ValueError(
                f"min_replicas {props.min_replicas} must be <= max_replicas {props.max_replicas}"
            )
        workload = props.workload
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
                    api_version=ROLLOUT_API_VERSION, kind=ROLLOUT_KIND, name=workload.name
                ),
                min_replicas=props.min_replicas,
                max_replicas=props.max_replicas,
                metrics=[
                    _utilization(workload, "cpu", props.cpu_utilization_percent),
                    _utilization(workload, "memory", props.memory_utilization_percent),
                ],
                behavior=k8s.HorizontalPodAutoscalerBehaviorV2(
                    scale_up=scale_up_rules(), scale_down=scale_down_rules()
                ),
            ),
        )
