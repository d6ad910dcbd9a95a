"""The chart of cluster-wide resources."""

from __future__ import annotations

from cdk8s import Chart
from constructs import Construct

from charts.platform.karpenter import KarpenterNodes, KarpenterNodesProps
from charts.platform.namespace import Namespace, NamespaceProps
from charts.platform.priority_classes import PriorityClasses
from charts.platform.storage_class import EncryptedStorageClass, EncryptedStorageClassProps
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.naming import names_for
from contexter_deploy.ground.topology import CONTEXTER_NAMESPACES


class PlatformChart(Chart):
    """Namespaces and the other cluster-scoped resources the workloads rely on."""

    def __init__(self, scope: Construct, id: str, *, environment: Environment) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        for namespace in CONTEXTER_NAMESPACES:
            Namespace(self, namespace, props=NamespaceProps(name=namespace))
        storage = environment.storage
        EncryptedStorageClass(
            self,
            "storage-class",
            props=EncryptedStorageClassProps(
                name=storage.class_name,
                kms_key_id=names_for(environment).ebs_kms_alias_arn,
                iops=storage.iops,
                throughput_mibps=storage.throughput_mibps,
            ),
        )
        KarpenterNodes(self, "karpenter", props=KarpenterNodesProps.of(environment))
        PriorityClasses(self, "priority-classes")
