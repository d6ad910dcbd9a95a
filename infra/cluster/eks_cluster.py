"""The EKS control plane: private endpoint, envelope-encrypted secrets, all control-plane logs."""

from __future__ import annotations

from dataclasses import dataclass
from ipaddress import IPv4Network

from cdktf_cdktf_provider_aws.cloudwatch_log_group import CloudwatchLogGroup
from cdktf_cdktf_provider_aws.ec2_tag import Ec2Tag
from cdktf_cdktf_provider_aws.eks_access_entry import EksAccessEntry
from cdktf_cdktf_provider_aws.eks_access_policy_association import (
    EksAccessPolicyAssociation,
    EksAccessPolicyAssociationAccessScope,
)
from cdktf_cdktf_provider_aws.eks_cluster import (
    EksCluster,
    EksClusterAccessConfig,
    EksClusterEncryptionConfig,
    EksClusterEncryptionConfigProvider,
    EksClusterUpgradePolicy,
    EksClusterVpcConfig,
)
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy_attachment import IamRolePolicyAttachment
from constructs import Construct

from contexter_deploy.ground.naming import KARPENTER_DISCOVERY_TAG
from infra.iam.policy import service_trust
from infra.security.kms_key import KmsKey, KmsKeyProps

CONTROL_PLANE_LOG_TYPES: tuple[str, ...] = ("api", "audit", "authenticator", "controllerManager", "scheduler")
"""Every control-plane log EKS can ship; ``audit`` is the Kubernetes audit log."""

LOG_RETENTION_DAYS: frozenset[int] = frozenset(
    {1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653}
)
"""The retention periods CloudWatch Logs accepts."""

CLUSTER_ADMIN_POLICY = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy"
VIEW_POLICY = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy"
EDIT_POLICY = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy"


@dataclass(frozen=True)
class EksClusterProps:
    """Properties of ``Cluster``."""

    name: str
    account_id: str
    kubernetes_version: str
    role_name: str
    subnet_ids: tuple[str, ...]
    """Private subnets for the control plane's network interfaces, one per zone."""
    log_group_name: str
    """``/aws/eks/<name>/cluster``: EKS writes there; creating it first sets retention and encryption."""
    log_retention_days: int
    logs_kms_key_arn: str
    endpoint_public_access: bool = False
    """Whether the API is also reachable from outside the VPC (default: private only)."""
    public_access_cidrs: tuple[IPv4Network, ...] = ()
    """Who may reach a public endpoint; required when ``endpoint_public_access`` is true."""
    admin_role_arns: tuple[str, ...] = ()
    """Roles granted ``AmazonEKSClusterAdminPolicy`` (operators)."""
    viewer_role_arns: tuple[str, ...] = ()
    """Roles granted ``AmazonEKSViewPolicy`` (the deploy role, to wait for Argo CD and rollouts)."""

    def __post_init__(self) -> None:
        if self.endpoint_public_access and not self.public_access_cidrs:
            raise ValueError(
                f"cluster {self.name}: endpoint_public_access needs public_access_cidrs, the CIDRs allowed"
                " to reach the public endpoint; EKS would otherwise open it to 0.0.0.0/0"
            )
        if not self.endpoint_public_access and self.public_access_cidrs:
            raise ValueError(
                f"cluster {self.name}: public_access_cidrs {[str(c) for c in self.public_access_cidrs]}"
                " are set but endpoint_public_access is false"
            )
        for cidr in self.public_access_cidrs:
            if cidr.prefixlen == 0:
                raise ValueError(f"cluster {self.name}: public_access_cidrs must not contain {cidr}")
        if self.log_retention_days not in LOG_RETENTION_DAYS:
            raise ValueError(
                f"cluster {self.name}: log retention {self.log_retention_days} days; allowed by CloudWatch"
                f" Logs: {', '.join(str(days) for days in sorted(LOG_RETENTION_DAYS))}"
            )
        if len(self.subnet_ids) < 2:
            raise ValueError(
                f"cluster {self.name}: needs subnets in at least two zones, got {len(self.subnet_ids)}"
            )


class Cluster(Construct):
    """An EKS cluster whose API is private (or public only to listed CIDRs), with Kubernetes secrets
    envelope-encrypted by a customer-managed key and every control-plane log kept in CloudWatch.

    Access is managed by EKS access entries only (``authentication_mode`` API): no ``aws-auth``
    ConfigMap, and the identity that creates the cluster gets no implicit admin rights.
    """

    def __init__(self, scope: Construct, id: str, *, props: EksClusterProps) -> None:
        super().__init__(scope, id)
        self.name: str = props.name
        """The cluster's name as a plain string: what refers to it this way does not wait for the
        cluster (add ``depends_on=[cluster.cluster]``); ``cluster.cluster.name`` is the reference."""
        role = IamRole(
            self,
            "role",
            name=props.role_name,
            description=f"EKS control plane of {props.name}",
            assume_role_policy=service_trust("eks.amazonaws.com"),
        )
        role_policy = IamRolePolicyAttachment(
            self,
            "role_policy",
            role=role.name,
            policy_arn="arn:aws:iam::aws:policy/AmazonEKSClusterPolicy",
        )
        self.secrets_key = KmsKey(
            self,
            "secrets",
            props=KmsKeyProps(
                alias=f"alias/{props.name}-eks-secrets",
                description=f"Envelope encryption of Kubernetes secrets in {props.name}",
                account_id=props.account_id,
            ),
        )
        log_group = CloudwatchLogGroup(
            self,
            "log_group",
            name=props.log_group_name,
            retention_in_days=props.log_retention_days,
            kms_key_id=props.logs_kms_key_arn,
        )
        self.cluster = EksCluster(
            self,
            "cluster",
            name=props.name,
            version=props.kubernetes_version,
            role_arn=role.arn,
            vpc_config=EksClusterVpcConfig(
                subnet_ids=list(props.subnet_ids),
                endpoint_private_access=True,
                endpoint_public_access=props.endpoint_public_access,
                public_access_cidrs=[str(cidr) for cidr in props.public_access_cidrs] or None,
            ),
            access_config=EksClusterAccessConfig(
                authentication_mode="API", bootstrap_cluster_creator_admin_permissions=False
            ),
            encryption_config=EksClusterEncryptionConfig(
                resources=["secrets"],
                provider=EksClusterEncryptionConfigProvider(key_arn=self.secrets_key.arn),
            ),
            enabled_cluster_log_types=list(CONTROL_PLANE_LOG_TYPES),
            # vpc-cni, kube-proxy and CoreDNS come from the managed add-ons (versions pinned in config).
            bootstrap_self_managed_addons=False,
            upgrade_policy=EksClusterUpgradePolicy(support_type="STANDARD"),
            deletion_protection=True,
            depends_on=[log_group, role_policy],
        )
        self.arn: str = self.cluster.arn
        self.endpoint: str = self.cluster.endpoint
        self.security_group_id: str = self.cluster.vpc_config.cluster_security_group_id
        # The cluster security group is the nodes' group too; Karpenter finds it by this tag.
        Ec2Tag(
            self,
            "security_group_discovery_tag",
            resource_id=self.security_group_id,
            key=KARPENTER_DISCOVERY_TAG,
            value=props.name,
        )
        for index, principal in enumerate(props.admin_role_arns):
            self._grant(f"admin_{index}", principal, CLUSTER_ADMIN_POLICY)
        for index, principal in enumerate(props.viewer_role_arns):
            self._grant(f"viewer_{index}", principal, VIEW_POLICY)

    def _grant(self, id: str, principal_arn: str, policy_arn: str) -> None:
        entry = EksAccessEntry(
            self,
            f"{id}_access",
            cluster_name=self.cluster.name,
            # The role's full ARN, path included (IAM Identity Center's ``aws-reserved/...``):
            # access entries accept paths, unlike the aws-auth ConfigMap.
            principal_arn=principal_arn,
            type="STANDARD",
        )
        EksAccessPolicyAssociation(
            self,
            f"{id}_policy",
            cluster_name=self.cluster.name,
            principal_arn=entry.principal_arn,
            policy_arn=policy_arn,
            access_scope=EksAccessPolicyAssociationAccessScope(type="cluster"),
        )
