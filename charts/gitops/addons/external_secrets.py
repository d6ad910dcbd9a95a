"""External Secrets Operator: the Kubernetes Secrets synced from Vault."""

from __future__ import annotations

from charts.gitops.addon_chart import AddonChart, NamespacePolicy, Values
from charts.gitops.helm_values import CONTROLLER_REPLICAS, min_available_one, resources, zone_spread


def values() -> Values:
    """External Secrets Operator: the controller, its webhook and its certificate controller.

    The chart has one ``serviceMonitor`` block, at the top level: it renders the ServiceMonitors of
    all three components (templates/servicemonitor.yaml); ``webhook`` and ``certController`` have none.
    """
    replicas = CONTROLLER_REPLICAS
    metrics = {"service": {"enabled": True}}

    def component(name: str, cpu: str, memory: str) -> Values:
        labels = {"app.kubernetes.io/name": name, "app.kubernetes.io/instance": "external-secrets"}
        return {
            "replicaCount": replicas,
            "podDisruptionBudget": min_available_one(replicas),
            "resources": resources(cpu, memory),
            "topologySpreadConstraints": zone_spread(labels),
            "metrics": metrics,
        }

    return {
        "installCRDs": True,
        "leaderElect": True,
        "serviceMonitor": {"enabled": True},
        **component("external-secrets", "50m", "256Mi"),
        "webhook": component("external-secrets-webhook", "50m", "128Mi"),
        "certController": component("external-secrets-cert-controller", "50m", "128Mi"),
    }


ADDON = AddonChart(
    name="external-secrets",
    repo_url="https://charts.external-secrets.io",
    chart="external-secrets",
    version="1.1.1",
    namespace="external-secrets",
    wave=5,
    values=lambda environment: values(),
    needs=("prometheus-operator-crds",),
    namespace_policy=NamespacePolicy(),
)
