"""Karpenter's workload capacity: one ``NodePool`` and its ``EC2NodeClass``.

The AWS side (node role and instance profile, interruption queue, controller role) is in
``infra/cluster/karpenter.py``; both sides take their names from ``contexter_deploy.naming``.
"""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s import ApiObjectMetadata
from constructs import Construct

from contexter_deploy.config import Environment
from contexter_deploy.config.model import Karpenter
from contexter_deploy.naming import KARPENTER_DISCOVERY_TAG, cost_allocation_tags, names_for
from imports import karpenter, karpenter_aws

NODE_CLASS_NAME = "default"
NODE_POOL_NAME = "default"
ROOT_DEVICE = "/dev/xvda"
"""Root device of the AL2023 EKS AMIs."""
EXPIRE_AFTER = "720h"
"""Replace every node after 30 days, so nodes pick up patched AMIs and never drift for long."""
DISRUPTION_BUDGET = "10%"
"""At most this share of the pool's nodes is being replaced at any time."""


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
        operator = karpenter.NodePoolSpecTemplateSpecRequirementsOperator
        self.node_pool = karpenter.NodePool(
            self,
            "node-pool",
            metadata=ApiObjectMetadata(name=NODE_POOL_NAME),
            spec=karpenter.NodePoolSpec(
                template=karpenter.NodePoolSpecTemplate(
                    spec=karpenter.NodePoolSpecTemplateSpec(
                        node_class_ref=karpenter.NodePoolSpecTemplateSpecNodeClassRef(
                            group="karpenter.k8s.aws", kind="EC2NodeClass", name=NODE_CLASS_NAME
                        ),
                        requirements=[
                            karpenter.NodePoolSpecTemplateSpecRequirements(
                                key="karpenter.sh/capacity-type",
                                operator=operator.IN,
                                values=list(settings.capacity_types),
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
                        expire_after=EXPIRE_AFTER,
                    )
                ),
                disruption=karpenter.NodePoolSpecDisruption(
                    consolidation_policy=karpenter.NodePoolSpecDisruptionConsolidationPolicy.WHEN_EMPTY_OR_UNDERUTILIZED,
                    consolidate_after=settings.consolidate_after,
                    budgets=[karpenter.NodePoolSpecDisruptionBudgets(nodes=DISRUPTION_BUDGET)],
                ),
                limits={
                    "cpu": karpenter.NodePoolSpecLimits.from_string(str(settings.cpu_limit)),
                    "memory": karpenter.NodePoolSpecLimits.from_string(settings.memory_limit),
                },
            ),
        )
