"""Karpenter: the nodes every workload outside the system node group runs on."""

from __future__ import annotations

from charts.gitops.addon_chart import AddonChart, Values
from charts.gitops.helm_values import CONTROLLER_REPLICAS, resources
from charts.platform import capacity
from contexter_deploy.ground.naming import Names, names_for


def values(*, names: Names) -> Values:
    """Karpenter in ``kube-system`` as ServiceAccount ``karpenter`` (its Pod Identity role), for the
    cluster and interruption queue of ``names``."""
    return {
        "settings": {"clusterName": names.cluster, "interruptionQueue": names.karpenter_interruption_queue},
        "serviceAccount": {"create": True, "name": "karpenter"},
        "replicas": CONTROLLER_REPLICAS,
        "podDisruptionBudget": {"name": "karpenter", "maxUnavailable": 1},
        # The chart's own affinity keeps Karpenter off the nodes it manages; the system nodes are
        # the only others, so it states them (and their taint) rather than rely on the default.
        "nodeSelector": {"kubernetes.io/os": "linux", **capacity.system_node_selector()},
        "tolerations": capacity.system_tolerations(),
        "controller": {"resources": resources("500m", "1Gi")},
        "serviceMonitor": {"enabled": True},
        "logLevel": "info",
    }


ADDON = AddonChart(
    name="karpenter",
    repo_url="public.ecr.aws/karpenter",
    chart="karpenter",
    version="1.8.5",
    namespace="kube-system",
    wave=2,
    values=lambda environment: values(names=names_for(environment)),
    needs=("prometheus-operator-crds",),
)
