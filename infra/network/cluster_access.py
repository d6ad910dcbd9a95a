"""The way into a private Kubernetes API endpoint: CI's self-hosted runner and an operator host.

With ``endpoint_public_access`` false, the API answers only inside the VPC, and only to what the
cluster security group admits. This construct creates the security group those clients carry, the
rule that admits it on 443, and a launch template for an SSM-managed host (no SSH, no public
address, no inbound rule): operators port-forward to the API through Session Manager with their own
credentials, and the self-hosted GitHub runner of docs/ci-cd.md is launched from the same template.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from cdktf_cdktf_provider_aws.iam_instance_profile import IamInstanceProfile
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy_attachment import IamRolePolicyAttachment
from cdktf_cdktf_provider_aws.launch_template import (
    LaunchTemplate,
    LaunchTemplateBlockDeviceMappings,
    LaunchTemplateBlockDeviceMappingsEbs,
    LaunchTemplateIamInstanceProfile,
    LaunchTemplateMetadataOptions,
    LaunchTemplateNetworkInterfaces,
    LaunchTemplateTagSpecifications,
)
from cdktf_cdktf_provider_aws.security_group import SecurityGroup
from cdktf_cdktf_provider_aws.vpc_security_group_egress_rule import VpcSecurityGroupEgressRule
from cdktf_cdktf_provider_aws.vpc_security_group_ingress_rule import VpcSecurityGroupIngressRule
from constructs import Construct

from infra.iam.policy import service_trust

SSM_MANAGED_INSTANCE_POLICY = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"
"""What the SSM agent needs to register the host and carry Session Manager sessions."""
SSM_INTERFACE_SERVICES: tuple[str, ...] = ("ssm", "ssmmessages", "ec2messages")
"""The VPC endpoints Session Manager uses, so a session never depends on the NAT gateways."""
HOST_AMI = "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"
"""The newest Amazon Linux 2023 AMI at each launch (SSM agent preinstalled)."""


@dataclass(frozen=True)
class ClusterAccessProps:
    """Properties of ``ClusterAccess``."""

    name: str
    """Prefix of the names, e.g. ``contexter-prod``."""
    vpc_id: str
    cluster_security_group_id: str
    """The EKS cluster security group: the API endpoint's network interfaces carry it."""
    subnet_id: str
    """A private subnet the host starts in."""
    role_name: str
    ebs_kms_key_arn: str
    instance_type: str = "t3.small"
    """Enough for kubectl, the aws CLI and a GitHub runner (default: ``t3.small``)."""
    tags: Mapping[str, str] = field(default_factory=dict)
    """Tags of the instances and volumes launched from the template (cost allocation)."""


class ClusterAccess(Construct):
    """A ``<name>-cluster-clients`` security group admitted to the API on 443, and an SSM-only host."""

    def __init__(self, scope: Construct, id: str, *, props: ClusterAccessProps) -> None:
        super().__init__(scope, id)
        self.security_group = SecurityGroup(
            self,
            "security_group",
            name=f"{props.name}-cluster-clients",
            description="Clients of the private Kubernetes API: the CI runner and the operator host",
            vpc_id=props.vpc_id,
            tags={"Name": f"{props.name}-cluster-clients"},
        )
        VpcSecurityGroupEgressRule(
            self,
            "https_out",
            security_group_id=self.security_group.id,
            description="HTTPS to the Kubernetes API, AWS APIs and GitHub (through the NAT gateways)",
            cidr_ipv4="0.0.0.0/0",
            ip_protocol="tcp",
            from_port=443,
            to_port=443,
        )
        VpcSecurityGroupIngressRule(
            self,
            "api_from_clients",
            security_group_id=props.cluster_security_group_id,
            description="Kubernetes API from the cluster clients (CI runner, operator host)",
            referenced_security_group_id=self.security_group.id,
            ip_protocol="tcp",
            from_port=443,
            to_port=443,
        )
        role = IamRole(
            self,
            "role",
            name=props.role_name,
            description=f"SSM-managed hosts reaching the API of {props.name}; no Kubernetes access",
            assume_role_policy=service_trust("ec2.amazonaws.com"),
        )
        IamRolePolicyAttachment(self, "role_ssm", role=role.name, policy_arn=SSM_MANAGED_INSTANCE_POLICY)
        profile = IamInstanceProfile(self, "instance_profile", name=props.role_name, role=role.name)
        self.launch_template = LaunchTemplate(
            self,
            "launch_template",
            name=f"{props.name}-cluster-client",
            description=f"SSM-managed host inside the VPC of {props.name}: IMDSv2, encrypted, no public IP",
            image_id=HOST_AMI,
            instance_type=props.instance_type,
            update_default_version=True,
            iam_instance_profile=LaunchTemplateIamInstanceProfile(arn=profile.arn),
            network_interfaces=[
                LaunchTemplateNetworkInterfaces(
                    subnet_id=props.subnet_id,
                    security_groups=[self.security_group.id],
                    associate_public_ip_address="false",
                    delete_on_termination="true",
                )
            ],
            metadata_options=LaunchTemplateMetadataOptions(
                http_endpoint="enabled", http_tokens="required", http_put_response_hop_limit=1
            ),
            block_device_mappings=[
                LaunchTemplateBlockDeviceMappings(
                    device_name="/dev/xvda",
                    ebs=LaunchTemplateBlockDeviceMappingsEbs(
                        volume_size=30,
                        volume_type="gp3",
                        encrypted="true",
                        kms_key_id=props.ebs_kms_key_arn,
                        delete_on_termination="true",
                    ),
                )
            ],
            tag_specifications=[
                LaunchTemplateTagSpecifications(
                    resource_type=kind, tags={**props.tags, "Name": f"{props.name}-cluster-client"}
                )
                for kind in ("instance", "volume", "network-interface")
            ],
        )
