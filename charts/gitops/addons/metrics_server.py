"""metrics-server: the resource metrics API (``metrics.k8s.io``)."""

from __future__ import annotations

from charts.gitops.addon_chart import API_SERVICE, RBAC_KINDS, AddonChart, Values
from charts.gitops.helm_values import CONTROLLER_REPLICAS, min_available_one, resources, zone_spread


def values() -> Values:
    """metrics-server for the HPAs' CPU and memory metrics."""
    labels = {"app.kubernetes.io/name": "metrics-server", "app.kubernetes.io/instance": "metrics-server"}
    return {
        "replicas": CONTROLLER_REPLICAS,
        "podDisruptionBudget": min_available_one(CONTROLLER_REPLICAS),
        "resources": resources("100m", "200Mi"),
        "topologySpreadConstraints": zone_spread(labels),
        "metrics": {"enabled": True},
        "serviceMonitor": {"enabled": True},
    }


ADDON = AddonChart(
    name="metrics-server",
    repo_url="https://kubernetes-sigs.github.io/metrics-server/",
    chart="metrics-server",
    version="3.13.0",
    namespace="kube-system",
    wave=5,
    values=lambda environment: values(),
    needs=("prometheus-operator-crds",),
    cluster_kinds=(*RBAC_KINDS, API_SERVICE),
)
