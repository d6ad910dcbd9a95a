"""The managed, on-demand node group that runs the cluster-critical add-ons (Karpenter included)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from cdktf import ITerraformDependable, Token
from cdktf_cdktf_provider_aws.eks_node_group import (
    EksNodeGroup,
    EksNodeGroupLaunchTemplate,
    EksNodeGroupScalingConfig,
    EksNodeGroupTaint,
    EksNodeGroupUpdateConfig,
)
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy_attachment import IamRolePolicyAttachment
from cdktf_cdktf_provider_aws.launch_template import (
    LaunchTemplate,
    LaunchTemplateBlockDeviceMappings,
    LaunchTemplateBlockDeviceMappingsEbs,
    LaunchTemplateMetadataOptions,
    LaunchTemplateTagSpecifications,
)
from constructs import Construct

from contexter_deploy.ground.config.model import NodeGroup
from infra.cluster.eks_cluster import Cluster
from infra.iam.policy import service_trust

NODE_POLICIES: tuple[str, ...] = (
    "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
    "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy",
    "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly",
    "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore",
)
"""What a node needs: join the cluster, give pods VPC addresses, pull images, and Session Manager
access instead of SSH (no key pair, no open port)."""

SYSTEM_TAINT = ("CriticalAddonsOnly", "true", "NO_SCHEDULE")
"""Only add-ons that tolerate ``CriticalAddonsOnly`` (CoreDNS, Karpenter, the CSI controller) run
here; workloads go to Karpenter's nodes."""
SYSTEM_LABEL = ("contexter.io/capacity", "system")
ROOT_VOLUME_GIB = 50

_GRAVITON = re.compile(r"^[a-z]+\d+[a-z]*g[a-z]*\.")


def ami_type(instance_types: Sequence[str]) -> str:
    """The EKS AL2023 AMI type of ``instance_types``, which must share one CPU architecture."""
    arm = {bool(_GRAVITON.match(instance_type)) for instance_type in instance_types}
    if len(arm) != 1:
        raise ValueError(
            f"system node instance_types {list(instance_types)} mix x86 and Graviton;"
            " one node group has one AMI"
        )
    return "AL2023_ARM_64_STANDARD" if arm.pop() else "AL2023_x86_64_STANDARD"


@dataclass(frozen=True)
class SystemNodeGroupProps:
    """Properties of ``SystemNodeGroup``."""

    cluster: Cluster
    """The cluster the nodes join; the group refers to it by reference, so Terraform creates it first."""
    kubernetes_version: str
    role_name: str
    subnet_ids: tuple[str, ...]
    """Private subnets, one per zone: the group spreads its nodes across them."""
    nodes: NodeGroup
    ebs_kms_key_arn: str
    """Key of the encrypted root volumes."""
    tags: Mapping[str, str] = field(default_factory=dict)
    """Tags of the nodes, their volumes and interfaces (the cost-allocation tags: provider
    ``default_tags`` reach the launch template, not what Auto Scaling launches from it)."""
    depends_on: Sequence[ITerraformDependable] = ()
    """The add-ons a node needs to become Ready (vpc-cni, kube-proxy, Pod Identity agent)."""

    def __post_init__(self) -> None:
        ami_type(self.nodes.instance_types)
        if self.nodes.min_size < len(self.subnet_ids):
            raise ValueError(
                f"system nodes min_size {self.nodes.min_size} is below the {len(self.subnet_ids)} zones:"
                " a zone without a system node loses CoreDNS and Karpenter with it"
            )


class SystemNodeGroup(Construct):
    """On-demand nodes across every zone, tainted ``CriticalAddonsOnly``, with IMDSv2 only (hop
    limit 1: pods get AWS credentials from Pod Identity, never from the node's role) and
    KMS-encrypted gp3 root volumes. Rolling updates replace a third of the nodes at a time."""

    def __init__(self, scope: Construct, id: str, *, props: SystemNodeGroupProps) -> None:
        super().__init__(scope, id)
        cluster_name = props.cluster.cluster.name
        self.role = IamRole(
            self,
            "role",
            name=props.role_name,
            description=f"System nodes of {cluster_name}",
            assume_role_policy=service_trust("ec2.amazonaws.com"),
        )
        attachments = [
            IamRolePolicyAttachment(
                self, f"role_{policy.rsplit('/', 1)[1].lower()}", role=self.role.name, policy_arn=policy
            )
            for policy in NODE_POLICIES
        ]
        launch_template = LaunchTemplate(
            self,
            "launch_template",
            name=f"{cluster_name}-system",
            description=f"System nodes of {cluster_name}: IMDSv2 only, encrypted root volume",
            update_default_version=True,
            metadata_options=LaunchTemplateMetadataOptions(
                http_endpoint="enabled",
                http_tokens="required",
                http_put_response_hop_limit=1,
                instance_metadata_tags="disabled",
            ),
            block_device_mappings=[
                LaunchTemplateBlockDeviceMappings(
                    device_name="/dev/xvda",
                    ebs=LaunchTemplateBlockDeviceMappingsEbs(
                        volume_size=ROOT_VOLUME_GIB,
                        volume_type="gp3",
                        encrypted="true",
                        kms_key_id=props.ebs_kms_key_arn,
                        delete_on_termination="true",
                    ),
                )
            ],
            tag_specifications=[
                LaunchTemplateTagSpecifications(
                    resource_type=kind, tags={**props.tags, "Name": f"{cluster_name}-system"}
                )
                for kind in ("instance", "volume", "network-interface")
            ],
        )
        self.node_group = EksNodeGroup(
            self,
            "node_group",
            cluster_name=cluster_name,
            node_group_name="system",
            version=props.kubernetes_version,
            node_role_arn=self.role.arn,
            subnet_ids=list(props.subnet_ids),
            capacity_type="ON_DEMAND",
            ami_type=ami_type(props.nodes.instance_types),
            instance_types=list(props.nodes.instance_types),
            scaling_config=EksNodeGroupScalingConfig(
                min_size=props.nodes.min_size,
                desired_size=props.nodes.desired_size,
                max_size=props.nodes.max_size,
            ),
            update_config=EksNodeGroupUpdateConfig(max_unavailable_percentage=33),
            launch_template=EksNodeGroupLaunchTemplate(
                id=launch_template.id, version=Token.as_string(launch_template.latest_version)
            ),
            labels={SYSTEM_LABEL[0]: SYSTEM_LABEL[1]},
            taint=[EksNodeGroupTaint(key=SYSTEM_TAINT[0], value=SYSTEM_TAINT[1], effect=SYSTEM_TAINT[2])],
            depends_on=[*attachments, *props.depends_on],
        )
