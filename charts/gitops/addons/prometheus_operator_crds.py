"""prometheus-operator's CRDs, first: every chart after it ships a ServiceMonitor."""

from __future__ import annotations

from charts.gitops.addon_chart import CRD, AddonChart, NamespacePolicy, Values
from charts.gitops.helm_repositories import PROMETHEUS_COMMUNITY_REPO
from contexter_deploy.ground.topology import PROMETHEUS


def values() -> Values:
    """CRDs only; nothing to tune."""
    return {}


ADDON = AddonChart(
    name="prometheus-operator-crds",
    repo_url=PROMETHEUS_COMMUNITY_REPO,
    chart="prometheus-operator-crds",
    version="25.0.1",
    namespace=PROMETHEUS.identity.namespace,
    wave=1,
    values=lambda environment: values(),
    namespace_policy=NamespacePolicy("privileged", "node-exporter reads the host's /proc and /sys"),
    cluster_kinds=(CRD,),
)
