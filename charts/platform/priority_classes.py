"""The PriorityClasses of ``charts/platform/capacity.py``: who is preempted first when the cluster is full.

Platform add-ons installed before these exist (Argo CD, Karpenter) use the built-in
``system-cluster-critical`` where their chart sets it, or none.
"""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s_plus_27 import k8s
from constructs import Construct

from charts.platform.capacity import BATCH_PRIORITY, CRITICAL_PRIORITY, SERVICE_PRIORITY


@dataclass(frozen=True)
class Priority:
    """One PriorityClass: ``value`` orders them; ``preempts`` is whether its pods evict lower ones."""

    name: str
    value: int
    description: str
    preempts: bool = True


PRIORITIES: tuple[Priority, ...] = (
    Priority(
        CRITICAL_PRIORITY,
        100_000,
        "State and control: Qdrant, Redis, Vault, Prometheus, Alertmanager, istiod.",
    ),
    Priority(SERVICE_PRIORITY, 10_000, "The stateless Contexter services."),
    Priority(
        BATCH_PRIORITY,
        1_000,
        "Backup, restore and test Jobs: they wait for room rather than evict a running pod.",
        preempts=False,
    ),
)
"""Highest first; all far below ``system-cluster-critical`` (2,000,000,000)."""


class PriorityClasses(Construct):
    """One ``PriorityClass`` per entry of ``PRIORITIES``; none is the cluster default."""

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        values = [priority.value for priority in PRIORITIES]
        if values != sorted(values, reverse=True) or len(set(values)) != len(values):
            raise ValueError(f"priorities {values} must be distinct and listed highest first")
        for priority in PRIORITIES:
            k8s.KubePriorityClass(
                self,
                priority.name,
                metadata=k8s.ObjectMeta(name=priority.name),
                value=priority.value,
                global_default=False,
                description=priority.description,
                preemption_policy="PreemptLowerPriority" if priority.preempts else "Never",
            )
