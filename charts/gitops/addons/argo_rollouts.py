"""Argo Rollouts: the canary Rollouts of the Contexter services."""

from __future__ import annotations

from charts.gitops.addon_chart import CRD, RBAC_KINDS, AddonChart, NamespacePolicy, Values
from charts.gitops.helm_repositories import ARGO_REPO
from charts.gitops.helm_values import CONTROLLER_REPLICAS, min_available_one, resources, zone_spread
from charts.platform import capacity


def values() -> Values:
    """The Argo Rollouts controller; the dashboard stays off (Argo CD shows rollouts)."""
    labels = {"app.kubernetes.io/name": "argo-rollouts", "app.kubernetes.io/component": "rollouts-controller"}
    return {
        "controller": {
            "replicas": CONTROLLER_REPLICAS,
            "pdb": min_available_one(CONTROLLER_REPLICAS),
            "resources": resources("100m", "256Mi"),
            "topologySpreadConstraints": zone_spread(labels),
            "metrics": {"enabled": True, "serviceMonitor": {"enabled": True}},
            "priorityClassName": capacity.CRITICAL_PRIORITY,
        },
        "dashboard": {"enabled": False},
    }


ADDON = AddonChart(
    name="argo-rollouts",
    repo_url=ARGO_REPO,
    chart="argo-rollouts",
    version="2.40.5",
    namespace="argo-rollouts",
    wave=5,
    values=lambda environment: values(),
    needs=("prometheus-operator-crds",),
    namespace_policy=NamespacePolicy(),
    cluster_kinds=(CRD, *RBAC_KINDS),
)
