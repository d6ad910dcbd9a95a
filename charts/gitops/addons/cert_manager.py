"""cert-manager: the ingress certificate (Route53 DNS-01) and Vault's TLS certificate."""

from __future__ import annotations

from charts.gitops.addon_chart import AddonChart, NamespacePolicy, Values
from charts.gitops.helm_values import CONTROLLER_REPLICAS, min_available_one, resources, zone_spread
from charts.platform import capacity


def values() -> Values:
    """cert-manager with ServiceAccount ``cert-manager``: its Pod Identity role answers Route53
    DNS-01 challenges, so no credentials appear anywhere."""
    replicas = CONTROLLER_REPLICAS

    def component(name: str, cpu: str, memory: str) -> Values:
        labels = {"app.kubernetes.io/name": name, "app.kubernetes.io/instance": "cert-manager"}
        return {
            "replicaCount": replicas,
            "podDisruptionBudget": min_available_one(replicas),
            "resources": resources(cpu, memory),
            "topologySpreadConstraints": zone_spread(labels),
        }

    return {
        "crds": {"enabled": True, "keep": True},
        **component("cert-manager", "50m", "256Mi"),
        "serviceAccount": {"create": True, "name": "cert-manager"},
        "enableCertificateOwnerRef": True,
        "prometheus": {"enabled": True, "servicemonitor": {"enabled": True}},
        "webhook": component("webhook", "50m", "128Mi"),
        "cainjector": component("cainjector", "50m", "256Mi"),
        # A platform controller: above the services when the cluster is full.
        "global": {"priorityClassName": capacity.CRITICAL_PRIORITY},
    }


ADDON = AddonChart(
    name="cert-manager",
    repo_url="https://charts.jetstack.io",
    chart="cert-manager",
    version="v1.19.2",
    namespace="cert-manager",
    wave=5,
    values=lambda environment: values(),
    needs=("prometheus-operator-crds",),
    namespace_policy=NamespacePolicy(),
)
