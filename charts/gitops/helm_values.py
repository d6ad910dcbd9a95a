"""Building blocks of the add-ons' Helm values (``charts/gitops/addons/``).

Every add-on runs at least two replicas where its controller supports leader election or
stateless replicas, with a PodDisruptionBudget, requests sized for a cluster of this size (memory
limits equal to requests, no CPU limits, so no controller is throttled), zone spreading, its
ServiceMonitor, and non-root restricted security contexts where the chart lets us set them.
Names that other parts of the system rely on (ServiceAccounts with Pod Identity, release names,
labels) are derived from ``contexter_deploy.ground.topology`` and ``contexter_deploy.ground.naming``,
never retyped.
"""

from __future__ import annotations

from collections.abc import Mapping

from charts.gitops.addon_chart import Values

ZONE = "topology.kubernetes.io/zone"
CONTROLLER_REPLICAS = 2
"""Replicas of every leader-elected controller: one active, one warm standby in another zone."""

RESTRICTED_POD: Values = {"runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}}
RESTRICTED_CONTAINER: Values = {
    "allowPrivilegeEscalation": False,
    "capabilities": {"drop": ["ALL"]},
    "readOnlyRootFilesystem": True,
    "runAsNonRoot": True,
    "seccompProfile": {"type": "RuntimeDefault"},
}


def resources(cpu: str, memory: str) -> Values:
    """Requests of ``cpu`` and ``memory``; memory limited to the request, CPU unlimited."""
    return {"requests": {"cpu": cpu, "memory": memory}, "limits": {"memory": memory}}


def zone_spread(labels: Mapping[str, str]) -> list[Values]:
    """Spread pods with ``labels`` across zones; best effort, so a lost zone never blocks scheduling."""
    return [
        {
            "labelSelector": {"matchLabels": dict(labels)},
            "maxSkew": 1,
            "topologyKey": ZONE,
            "whenUnsatisfiable": "ScheduleAnyway",
        }
    ]


def quorum_zone_spread(labels: Mapping[str, str], *, zones: int) -> list[Values]:
    """Spread pods with ``labels`` strictly across ``zones`` zones (``DoNotSchedule``, ``maxSkew`` 1).

    For a quorum (Vault's raft peers): no zone ever holds more than ``ceil(replicas / zones)`` of
    them, so losing one keeps the majority (5 over 3 zones: 2/2/1, 3 left). ``minDomains`` counts
    every zone even before a node runs there, so the first pods cannot pile into the zones that
    happen to have nodes. A pod waits for capacity in its zone rather than break the spread.
    """
    return [
        {
            "labelSelector": {"matchLabels": dict(labels)},
            "maxSkew": 1,
            "minDomains": zones,
            "topologyKey": ZONE,
            "whenUnsatisfiable": "DoNotSchedule",
        }
    ]


def min_available_one(replicas: int) -> Values:
    """A PodDisruptionBudget keeping one pod up, only where there are two to choose from."""
    return {"enabled": replicas >= 2, "minAvailable": 1}
