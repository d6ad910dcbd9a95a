"""Where pods run: the three kinds of node capacity, and the priorities that decide who waits.

- ``system``: the managed node group (``infra/cluster/system_node_group.py``), on demand,
  tainted ``CriticalAddonsOnly=true:NoSchedule``: what must run before Karpenter does (Argo CD,
  Karpenter, CoreDNS, the CSI controller).
- ``critical``: Karpenter NodePool ``critical``, on demand only, never consolidated while busy,
  never expired, tainted ``contexter.io/capacity=critical:NoSchedule``: state and control (Qdrant,
  Redis, Vault, Prometheus, Alertmanager, istiod).
- default: Karpenter NodePool ``default``, spot and on demand, consolidated after
  ``consolidate_after``, no taint: everything else.

The pods of the ``system`` and ``critical`` capacity select it by the node label
``contexter.io/capacity`` and tolerate its taint; nothing else can land there by accident.
Stateful and control pods also carry ``karpenter.sh/do-not-disrupt: "true"``, so neither
consolidation nor drift moves them while they run; the running backup Jobs carry it too, so a
consolidation never kills a backup half-way.

Priorities (``PriorityClass``, ``priority_classes.py``): the data tier and platform controllers
above the stateless services, above batch and backup jobs, so a full cluster preempts a backup
before a search pod, and a search pod before Qdrant.
"""

from __future__ import annotations

from typing import Any

CAPACITY_LABEL = "contexter.io/capacity"
"""Node label naming the capacity a node belongs to (also set on the system node group)."""
SYSTEM_CAPACITY = "system"
CRITICAL_CAPACITY = "critical"

SYSTEM_TAINT_KEY = "CriticalAddonsOnly"
"""The system node group's taint (``infra/cluster/system_node_group.py``: ``SYSTEM_TAINT``)."""

DO_NOT_DISRUPT = "karpenter.sh/do-not-disrupt"
"""Pod annotation: Karpenter never voluntarily disrupts (consolidates, drifts) the pod's node."""

CRITICAL_PRIORITY = "contexter-critical"
SERVICE_PRIORITY = "contexter-service"
BATCH_PRIORITY = "contexter-batch"


def system_tolerations() -> list[dict[str, str]]:
    """Tolerate the system node group's taint (Helm values form)."""
    return [{"key": SYSTEM_TAINT_KEY, "operator": "Exists", "effect": "NoSchedule"}]


def system_node_selector() -> dict[str, str]:
    """Run on the system node group only (Helm values form)."""
    return {CAPACITY_LABEL: SYSTEM_CAPACITY}


def critical_tolerations() -> list[dict[str, str]]:
    """Tolerate the ``critical`` NodePool's taint (Helm values and pod spec form)."""
    return [{"key": CAPACITY_LABEL, "operator": "Equal", "value": CRITICAL_CAPACITY, "effect": "NoSchedule"}]


def critical_node_selector() -> dict[str, str]:
    """Run on the ``critical`` NodePool's nodes (on demand only: the bootstrap simulation checks it)."""
    return {CAPACITY_LABEL: CRITICAL_CAPACITY}


def do_not_disrupt() -> dict[str, str]:
    """The pod annotation that keeps Karpenter from moving a running pod."""
    return {DO_NOT_DISRUPT: "true"}


def critical_placement(*, tolerations_key: str = "tolerations") -> dict[str, Any]:
    """``nodeSelector`` and tolerations of a critical add-on pod, in the chart's own key names."""
    return {"nodeSelector": critical_node_selector(), tolerations_key: critical_tolerations()}
