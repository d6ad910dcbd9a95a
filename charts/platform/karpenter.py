"""Karpenter's workload capacity: the ``default`` and ``critical`` NodePools and their ``EC2NodeClass``.

``default`` runs the stateless services and jobs on spot and on-demand capacity, consolidated
aggressively. ``critical`` runs state and control (``charts/platform/capacity.py``) on on-demand
capacity only, tainted so nothing else lands there, consolidated only when a node is empty and
never expired: a node there is replaced by an operator (docs/runbooks/disaster-recovery.md,
"Replacing critical nodes"), one at a time, never by Karpenter under a running database.

The AWS side (node role and instance profile, interruption queue, controller role) is in
``infra/cluster/karpenter.py``; both sides take their names from ``contexter_deploy.ground.naming``.
"""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s import ApiObjectMetadata
from constructs import Construct

from charts.platform.capacity import CAPACITY_LABEL, CRITICAL_CAPACITY
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.config.model import Karpenter
from contexter_deploy.ground.naming import KARPENTER_DISCOVERY_TAG, cost_allocation_tags, names_for
from imports import karpenter, karpenter_aws

NODE_CLASS_NAME = "default"
NODE_POOL_NAME = "default"
CRITICAL_NODE_POOL_NAME = CRITICAL_CAPACITY
ROOT_DEVICE = "/dev/xvda"
"""Root device of the AL2023 EKS AMIs."""
EXPIRE_AFTER = "720h"
"""Replace every node after 30 days, so nodes pick up patched AMIs and never drift for long."""
DISRUPTION_BUDGET = "10%"
"""At most this share of the pool's nodes is being replaced at any time."""
CRITICAL_EXPIRE_AFTER = "Never"
"""Karpenter's expiry is forceful (it ignores ``do-not-disrupt``): critical nodes never expire."""
CRITICAL_CONSOLIDATE_AFTER = "10m"
"""An empty critical node is removed after this long (a rescheduled database may come back)."""
CRITICAL_DISRUPTION_BUDGET = "1"
"""At most one critical node is being replaced at any time."""


@dataclass(frozen=True)
class KarpenterNodesProps:
    """Properties of ``KarpenterNodes``."""

    cluster_name: str
    """Value of the ``karpenter.sh/discovery`` tag on the subnets and security group to use."""
    instance_profile: str
    """Instance profile of the nodes (created by infra/, see ``Names.karpenter_instance_profile``)."""
    ebs_kms_key: str
    """KMS key (ARN or alias ARN) of the encrypted root volumes (``Names.ebs_kms_alias_arn``)."""
    settings: Karpenter
    tags: dict[str, str]
    """Cost-allocation tags of the instances, volumes and launch templates Karpenter creates."""

    def __post_init__(self) -> None:
        if not self.ebs_kms_key.startswith("arn:aws:kms:"):
            raise ValueError(f"ebs_kms_key {self.ebs_kms_key!r} must be a KMS key or alias ARN")
        restricted = [key for key in self.tags if key.startswith(("kubernetes.io/cluster", "karpenter."))]
        if restricted:
            raise ValueError(f"tags {restricted} are reserved for Karpenter; the EC2NodeClass rejects them")

    @classmethod
    def of(cls, environment: Environment) -> KarpenterNodesProps:
        names = names_for(environment)
        return cls(
            cluster_name=names.cluster,
            instance_profile=names.karpenter_instance_profile,
            ebs_kms_key=names.ebs_kms_alias_arn,
            settings=environment.cluster.karpenter,
            tags={**cost_allocation_tags(environment), "managed-by": "karpenter"},
        )


class KarpenterNodes(Construct):
    """Capacity for every workload: spot and on-demand instances of the configured categories and
    generations, consolidated when empty or underutilized, up to the configured CPU and memory.

    Nodes run the pinned AL2023 EKS AMI with IMDSv2 only and a hop limit of 1 (pods cannot reach
    the node's credentials; they use Pod Identity), and KMS-encrypted gp3 root volumes.
    """

    def __init__(self, scope: Construct, id: str, *, props: KarpenterNodesProps) -> None:
        super().__init__(scope, id)
        settings = props.settings
        discovery = {KARPENTER_DISCOVERY_TAG: props.cluster_name}
        self.node_class = karpenter_aws.Ec2NodeClass(
            self,
            "node-class",
            metadata=ApiObjectMetadata(name=NODE_CLASS_NAME),
            spec=karpenter_aws.Ec2NodeClassSpec(
                ami_selector_terms=[karpenter_aws.Ec2NodeClassSpecAmiSelectorTerms(alias=settings.ami_alias)],
                subnet_selector_terms=[karpenter_aws.Ec2NodeClassSpecSubnetSelectorTerms(tags=discovery)],
                security_group_selector_terms=[
                    karpenter_aws.Ec2NodeClassSpecSecurityGroupSelectorTerms(tags=discovery)
                ],
                instance_profile=props.instance_profile,
                associate_public_ip_address=False,
                metadata_options=karpenter_aws.Ec2NodeClassSpecMetadataOptions(
                    http_endpoint=karpenter_aws.Ec2NodeClassSpecMetadataOptionsHttpEndpoint.ENABLED,
                    http_protocol_i_pv6=karpenter_aws.Ec2NodeClassSpecMetadataOptionsHttpProtocolIPv6.DISABLED,
                    http_tokens=karpenter_aws.Ec2NodeClassSpecMetadataOptionsHttpTokens.REQUIRED,
                    http_put_response_hop_limit=1,
                ),
                block_device_mappings=[
                    karpenter_aws.Ec2NodeClassSpecBlockDeviceMappings(
                        device_name=ROOT_DEVICE,
                        root_volume=True,
                        ebs=karpenter_aws.Ec2NodeClassSpecBlockDeviceMappingsEbs(
                            volume_size=settings.root_volume_size,
                            volume_type=karpenter_aws.Ec2NodeClassSpecBlockDeviceMappingsEbsVolumeType.GP3,
                            encrypted=True,
                            kms_key_id=props.ebs_kms_key,
                            delete_on_termination=True,
                        ),
                    )
                ],
                tags=props.tags,
            ),
        )
        self.node_pool = _node_pool(
            self,
            "node-pool",
            name=NODE_POOL_NAME,
            settings=settings,
            capacity_types=settings.capacity_types,
            expire_after=EXPIRE_AFTER,
            consolidation=karpenter.NodePoolSpecDisruptionConsolidationPolicy.WHEN_EMPTY_OR_UNDERUTILIZED,
            consolidate_after=settings.consolidate_after,
            budget=DISRUPTION_BUDGET,
            limits=(settings.cpu_limit, settings.memory_limit),
        )
        self.critical_node_pool = _node_pool(
            self,
            "critical-node-pool",
            name=CRITICAL_NODE_POOL_NAME,
            settings=settings,
            capacity_types=("on-demand",),
            expire_after=CRITICAL_EXPIRE_AFTER,
            consolidation=karpenter.NodePoolSpecDisruptionConsolidationPolicy.WHEN_EMPTY,
            consolidate_after=CRITICAL_CONSOLIDATE_AFTER,
            budget=CRITICAL_DISRUPTION_BUDGET,
            limits=(settings.critical_cpu_limit, settings.critical_memory_limit),
            dedicated=CRITICAL_CAPACITY,
        )


def _node_pool(
    scope: Construct,
    id: str,
    *,
    name: str,
    settings: Karpenter,
    capacity_types: tuple[str, ...],
    expire_after: str,
    consolidation: karpenter.NodePoolSpecDisruptionConsolidationPolicy,
    consolidate_after: str,
    budget: str,
    limits: tuple[int, str],
    dedicated: str | None = None,
) -> karpenter.NodePool:
    """A NodePool on the ``default`` EC2NodeClass; ``dedicated`` labels and taints its nodes
    ``contexter.io/capacity=<dedicated>`` so only pods that select and tolerate it run there."""
    operator = karpenter.NodePoolSpecTemplateSpecRequirementsOperator
    return karpenter.NodePool(
        scope,
        id,
        metadata=ApiObjectMetadata(name=name),
        spec=karpenter.NodePoolSpec(
            template=karpenter.NodePoolSpecTemplate(
                metadata=(
                    karpenter.NodePoolSpecTemplateMetadata(labels={CAPACITY_LABEL: dedicated})
                    if dedicated
                    else None
                ),
                spec=karpenter.NodePoolSpecTemplateSpec(
                    node_class_ref=karpenter.NodePoolSpecTemplateSpecNodeClassRef(
                        group="karpenter.k8s.aws", kind="EC2NodeClass", name=NODE_CLASS_NAME
                    ),
                    taints=(
                        [
                            karpenter.NodePoolSpecTemplateSpecTaints(
                                key=CAPACITY_LABEL,
                                value=dedicated,
                                effect=karpenter.NodePoolSpecTemplateSpecTaintsEffect.NO_SCHEDULE,
                            )
                        ]
                        if dedicated
                        else None
                    ),
                    requirements=[
                        karpenter.NodePoolSpecTemplateSpecRequirements(
                            key="karpenter.sh/capacity-type",
                            operator=operator.IN,
                            values=list(capacity_types),
                        ),
                        karpenter.NodePoolSpecTemplateSpecRequirements(
                            key="karpenter.k8s.aws/instance-category",
                            operator=operator.IN,
                            values=list(settings.instance_categories),
                        ),
                        karpenter.NodePoolSpecTemplateSpecRequirements(
                            key="karpenter.k8s.aws/instance-generation",
                            operator=operator.GT,
                            values=[str(settings.instance_generation_above)],
                        ),
                        # The images are built for amd64 only.
                        karpenter.NodePoolSpecTemplateSpecRequirements(
                            key="kubernetes.io/arch", operator=operator.IN, values=["amd64"]
                        ),
                        karpenter.NodePoolSpecTemplateSpecRequirements(
                            key="kubernetes.io/os", operator=operator.IN, values=["linux"]
                        ),
                    ],
                    expire_after=expire_after,
                ),
            ),
            disruption=karpenter.NodePoolSpecDisruption(
                consolidation_policy=consolidation,
                consolidate_after=consolidate_after,
                budgets=[karpenter.NodePoolSpecDisruptionBudgets(nodes=budget)],
            ),
            limits={
                "cpu": karpenter.NodePoolSpecLimits.from_string(str(limits[0])),
                "memory": karpenter.NodePoolSpecLimits.from_string(limits[1]),
            },
        ),
    )
