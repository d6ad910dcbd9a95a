"""The LimitRange of one namespace: defaults for containers that declare nothing, and ceilings."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from cdk8s_plus_27 import k8s
from constructs import Construct

from charts.access.capacity import Compute, cpu_quantity, memory_quantity, storage_quantity
from charts.quantities import quantity


@dataclass(frozen=True)
class NamespaceLimitRangeProps:
    """Properties of a ``NamespaceLimitRange``."""

    namespace: str
    default: Compute
    """Requests and limits given to a container that declares none: the smallest configured
    container of the namespace (``charts.access.capacity.smallest_container``)."""
    maximum: Compute
    """Largest limit any container may set: the largest configured container or the istio-proxy
    (``charts.access.capacity.largest_container``)."""
    max_volume: Decimal | None = None
    """Largest PersistentVolumeClaim, in bytes (default: none, for a namespace without volumes)."""

    def __post_init__(self) -> None:
        if (
            self.default.cpu_limit > self.maximum.cpu_limit
            or self.default.memory_limit > self.maximum.memory_limit
        ):
            raise ValueError(
                f"{self.namespace}: the default limits exceed the maximum; allowed: default <= maximum"
            )


class NamespaceLimitRange(Construct):
    """LimitRange ``defaults``. Only CPU and memory: the injected istio-proxy declares no
    ephemeral storage, and a ceiling on it would make the API server reject every meshed pod."""

    def __init__(self, scope: Construct, id: str, *, props: NamespaceLimitRangeProps) -> None:
        super().__init__(scope, id)
        default, maximum = props.default, props.maximum
        limits = [
            k8s.LimitRangeItem(
                type="Container",
                default_request={
                    "cpu": quantity(cpu_quantity(default.cpu_request)),
                    "memory": quantity(memory_quantity(default.memory_request)),
                },
                default={
                    "cpu": quantity(cpu_quantity(default.cpu_limit)),
                    "memory": quantity(memory_quantity(default.memory_limit)),
                },
                max={
                    "cpu": quantity(cpu_quantity(maximum.cpu_limit)),
                    "memory": quantity(memory_quantity(maximum.memory_limit)),
                },
            )
        ]
        if props.max_volume is not None:
            limits.append(
                k8s.LimitRangeItem(
                    type="PersistentVolumeClaim",
                    max={"storage": quantity(storage_quantity(props.max_volume))},
                )
            )
        k8s.KubeLimitRange(
            self,
            "Resource",
            metadata=k8s.ObjectMeta(name="defaults", namespace=props.namespace),
            spec=k8s.LimitRangeSpec(limits=limits),
        )
