"""The ResourceQuota of one namespace: its derived worst case plus headroom, and no exposure."""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

from cdk8s_plus_27 import k8s
from constructs import Construct

from charts.access.capacity import PodGroup, cpu_quantity, memory_quantity, storage_quantity
from charts.quantities import quantity


@dataclass(frozen=True)
class NamespaceQuotaProps:
    """Properties of a ``NamespaceQuota``."""

    namespace: str
    demand: tuple[PodGroup, ...]
    """Every pod group of the namespace at its worst case (``charts.access.capacity.namespace_demand``)."""
    headroom_percent: int
    """Added on top of ``demand`` (``quota.headroom_percent``)."""

    def __post_init__(self) -> None:
        if self.headroom_percent < 0:
            raise ValueError(f"headroom_percent: {self.headroom_percent}: allowed: >= 0")
        if not self.demand:
            raise ValueError(f"{self.namespace}: demand is empty; allowed: the pod groups of the namespace")


class NamespaceQuota(Construct):
    """ResourceQuota ``compute``: pods, CPU and memory (requests and limits), volume claims and
    storage at the derived worst case plus headroom, so a runaway autoscaler or a leaked job
    cannot take the cluster's capacity from other namespaces. It also allows no LoadBalancer and
    no NodePort Service: every way in goes through the Istio ingress gateway.

    A quota on CPU and memory makes every container declare them; the injected istio-proxy does
    (``mesh.proxy_resources``), and the LimitRange fills them in for anything else.
    """

    def __init__(self, scope: Construct, id: str, *, props: NamespaceQuotaProps) -> None:
        super().__init__(scope, id)
        factor = 1 + Decimal(props.headroom_percent) / 100
        pods = sum(group.pods for group in props.demand)
        requests_cpu = sum((g.per_pod.cpu_request * g.pods for g in props.demand), Decimal(0))
        limits_cpu = sum((g.per_pod.cpu_limit * g.pods for g in props.demand), Decimal(0))
        requests_memory = sum((g.per_pod.memory_request * g.pods for g in props.demand), Decimal(0))
        limits_memory = sum((g.per_pod.memory_limit * g.pods for g in props.demand), Decimal(0))
        claims = sum(len(g.volumes) * g.pods for g in props.demand)
        storage = sum((sum(g.volumes, Decimal(0)) * g.pods for g in props.demand), Decimal(0))
        hard = {
            "pods": str(math.ceil(pods * factor)),
            "requests.cpu": cpu_quantity(requests_cpu * factor),
            "limits.cpu": cpu_quantity(limits_cpu * factor),
            "requests.memory": memory_quantity(requests_memory * factor),
            "limits.memory": memory_quantity(limits_memory * factor),
            "persistentvolumeclaims": str(math.ceil(claims * factor)),
            "requests.storage": storage_quantity(storage * factor),
            "services.loadbalancers": "0",
            "services.nodeports": "0",
        }
        k8s.KubeResourceQuota(
            self,
            "Resource",
            metadata=k8s.ObjectMeta(name="compute", namespace=props.namespace),
            spec=k8s.ResourceQuotaSpec(hard={key: quantity(value) for key, value in hard.items()}),
        )
