"""The chart of cluster-wide resources."""

from __future__ import annotations

from cdk8s import Chart
from constructs import Construct

from charts.platform.karpenter import KarpenterNodes, KarpenterNodesProps
from charts.platform.namespace import Namespace, NamespaceProps
from charts.topology import CONTEXTER_NAMESPACES
from contexter_deploy.config import Environment


class PlatformChart(Chart):
    """Namespaces and the other cluster-scoped resources the workloads rely on."""

    def __init__(self, scope: Construct, id: str, *, environment: Environment) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        for namespace in CONTEXTER_NAMESPACES:
            Namespace(self, namespace, props=NamespaceProps(name=namespace))
        KarpenterNodes(self, "karpenter", props=KarpenterNodesProps.of(environment))
