"""A KEDA ScaledObject that scales the ingestion workers on queue length and CPU.

KEDA owns the only HPA of the Rollout (it creates ``keda-hpa-<name>`` from this object), with the
same quick-up, slow-down behaviour as ``charts.services.horizontal_autoscaler``. The Redis password
comes from the ``redis-auth`` Secret through a TriggerAuthentication, never from the trigger.
"""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s import ApiObjectMetadata
from constructs import Construct

from charts.data.endpoints import REDIS_DATABASE, REDIS_MASTER_SET
from charts.observability.metrics import QUEUE_LENGTH_TRIGGER
from charts.secret_catalog import REDIS_CLIENT
from charts.services.horizontal_autoscaler import (
    SCALE_DOWN_PERCENT,
    SCALE_DOWN_PERIOD_SECONDS,
    SCALE_DOWN_STABILIZATION_SECONDS,
    SCALE_UP_PERCENT,
    SCALE_UP_PERIOD_SECONDS,
    SCALE_UP_PODS,
)
from charts.services.rollout import ServiceRollout
from contexter_deploy.ground.config.model import IngestionQueue
from contexter_deploy.ground.labels import workload_labels
from imports import keda

POLLING_INTERVAL_SECONDS = 15
"""How often KEDA reads the queue length."""
FALLBACK_FAILURE_THRESHOLD = 3
"""Consecutive failed reads of the queue length (3 x 15 s) after which KEDA falls back."""
QUEUE_METRIC_TYPE = "AverageValue"
"""The queue trigger's metric type: KEDA's fallback applies only to ``AverageValue`` and ``Value``
triggers, never to CPU or memory ones (https://keda.sh/docs/2.18/reference/scaledobject-spec/#fallback)."""


@dataclass(frozen=True)
class RedisEndpoint:
    """Where KEDA reads the queue: through the Sentinels, or from one Redis address."""

    sentinels: tuple[str, ...] = ()
    """``host:port`` of every Sentinel; when set, KEDA asks them for the current primary."""
    address: str | None = None
    """``host:port`` of a single Redis, used when there are no Sentinels."""

    def __post_init__(self) -> None:
        if bool(self.sentinels) == bool(self.address):
            raise ValueError("a RedisEndpoint needs either sentinels or an address, not both and not neither")


@dataclass(frozen=True)
class QueueAutoscalerProps:
    """Properties of ``QueueAutoscaler``."""

    target: ServiceRollout
    """The Rollout to scale (its apiVersion, kind and name make ``scaleTargetRef``); the ScaledObject
    takes its name and namespace, and its app container's CPU counts."""
    min_replicas: int
    max_replicas: int
    cpu_utilization_percent: int
    queue: IngestionQueue
    """List name, jobs per replica (``listLength``) and the activation threshold."""
    redis: RedisEndpoint


class QueueAutoscaler(Construct):
    """``ScaledObject <name>`` (queue length + CPU) and ``TriggerAuthentication <name>-redis``."""

    def __init__(self, scope: Construct, id: str, *, props: QueueAutoscalerProps) -> None:
        super().__init__(scope, id)
        if props.min_replicas > props.max_replicas:
            raise ValueError(
                f"min_replicas {props.min_replicas} must be <= max_replicas {props.max_replicas}"
            )
        target = props.target.resource
        workload = props.target.workload
        labels = workload_labels(workload.name, component="autoscaler")
        sentinel = bool(props.redis.sentinels)
        password = REDIS_CLIENT.keys[0]
        self.authentication = keda.TriggerAuthentication(
            self,
            "TriggerAuthentication",
            metadata=ApiObjectMetadata(
                name=f"{workload.name}-redis", namespace=workload.namespace, labels=labels
            ),
            spec=keda.TriggerAuthenticationSpec(
                secret_target_ref=[
                    keda.TriggerAuthenticationSpecSecretTargetRef(
                        parameter=parameter, name=REDIS_CLIENT.name, key=password
                    )
                    for parameter in (("password", "sentinelPassword") if sentinel else ("password",))
                ]
            ),
        )
        queue = props.queue
        metric_type = QUEUE_METRIC_TYPE
        queue_metadata = {
            "listName": queue.name,
            "listLength": str(queue.list_length_per_replica),
            "activationListLength": str(queue.activation_list_length),
            "databaseIndex": str(REDIS_DATABASE),
        }
        if sentinel:
            queue_trigger = keda.ScaledObjectSpecTriggers(
                type="redis-sentinel",
                name=QUEUE_LENGTH_TRIGGER,
                metric_type=metric_type,
                metadata={
                    "addresses": ",".join(props.redis.sentinels),
                    "sentinelMaster": REDIS_MASTER_SET,
                    **queue_metadata,
                },
                authentication_ref=keda.ScaledObjectSpecTriggersAuthenticationRef(
                    name=self.authentication.name
                ),
            )
        else:
            queue_trigger = keda.ScaledObjectSpecTriggers(
                type="redis",
                name=QUEUE_LENGTH_TRIGGER,
                metric_type=metric_type,
                metadata={"address": props.redis.address or "", **queue_metadata},
                authentication_ref=keda.ScaledObjectSpecTriggersAuthenticationRef(
                    name=self.authentication.name
                ),
            )
        cpu_trigger = keda.ScaledObjectSpecTriggers(
            type="cpu",
            name="cpu",
            metric_type="Utilization",
            metadata={"value": str(props.cpu_utilization_percent), "containerName": workload.name},
        )
        self.resource = keda.ScaledObject(
            self,
            "Resource",
            metadata=ApiObjectMetadata(name=workload.name, namespace=workload.namespace, labels=labels),
            spec=keda.ScaledObjectSpec(
                scale_target_ref=keda.ScaledObjectSpecScaleTargetRef(
                    api_version=target.api_version, kind=target.kind, name=target.name
                ),
                min_replica_count=props.min_replicas,
                max_replica_count=props.max_replicas,
                polling_interval=POLLING_INTERVAL_SECONDS,
                cooldown_period=SCALE_DOWN_STABILIZATION_SECONDS,
                triggers=[queue_trigger, cpu_trigger],
                # When Redis cannot be read, hold the current replicas (never fewer than the
                # minimum) instead of dropping the metric: the HPA then still scales on CPU, and
                # does not shrink a backlog it cannot see.
                fallback=keda.ScaledObjectSpecFallback(
                    failure_threshold=FALLBACK_FAILURE_THRESHOLD,
                    replicas=props.min_replicas,
                    behavior=keda.ScaledObjectSpecFallbackBehavior.CURRENT_REPLICAS_IF_HIGHER,
                ),
                advanced=keda.ScaledObjectSpecAdvanced(
                    horizontal_pod_autoscaler_config=keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig(
                        behavior=_behavior()
                    )
                ),
            ),
        )


def _behavior() -> keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior:
    scale_up = keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp
    scale_up_policy = keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpPolicies
    scale_down = keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDown
    scale_down_policy = keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownPolicies
    return keda.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior(
        scale_up=scale_up(
            stabilization_window_seconds=0,
            select_policy="Max",
            policies=[
                scale_up_policy(
                    type="Percent", value=SCALE_UP_PERCENT, period_seconds=SCALE_UP_PERIOD_SECONDS
                ),
                scale_up_policy(type="Pods", value=SCALE_UP_PODS, period_seconds=SCALE_UP_PERIOD_SECONDS),
            ],
        ),
        scale_down=scale_down(
            stabilization_window_seconds=SCALE_DOWN_STABILIZATION_SECONDS,
            select_policy="Max",
            policies=[
                scale_down_policy(
                    type="Percent", value=SCALE_DOWN_PERCENT, period_seconds=SCALE_DOWN_PERIOD_SECONDS
                )
            ],
        ),
    )
