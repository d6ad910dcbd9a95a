"""An IAM role that exactly one Kubernetes ServiceAccount assumes through EKS Pod Identity."""

from __future__ import annotations

from dataclasses import dataclass

from cdktf_cdktf_provider_aws.eks_pod_identity_association import EksPodIdentityAssociation
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy import IamRolePolicy
from cdktf_cdktf_provider_aws.iam_role_policy_attachment import IamRolePolicyAttachment
from constructs import Construct

from contexter_deploy.ground.naming import PodIdentity
from infra.cluster.eks_cluster import Cluster
from infra.iam.policy import Statement, policy_document


@dataclass(frozen=True)
class PodIdentityRoleProps:
    """Properties of ``PodIdentityRole``."""

    identity: PodIdentity
    role_name: str
    account_id: str
    cluster: Cluster
    """The cluster whose pods assume the role: its name goes into the trust policy, and the
    association waits for it."""
    policy: str
    """The role's inline policy document (JSON): everything the pods may do."""
    managed_policy_arns: tuple[str, ...] = ()
    """AWS-managed policies maintained with the software they serve (default: none)."""


class PodIdentityRole(Construct):
    """A role whose trust policy admits only the EKS Pod Identity agent acting for one ServiceAccount
    of one namespace of one cluster (Pod Identity session tags), plus the association that hands
    its credentials to that ServiceAccount's pods."""

    def __init__(self, scope: Construct, id: str, *, props: PodIdentityRoleProps) -> None:
        super().__init__(scope, id)
        identity = props.identity
        self.role = IamRole(
            self,
            "role",
            name=props.role_name,
            description=f"{identity.namespace}/{identity.service_account}: {identity.purpose}"[:1000],
            assume_role_policy=pod_identity_trust(props),
        )
        IamRolePolicy(self, "policy", name=identity.role, role=self.role.name, policy=props.policy)
        for policy_arn in props.managed_policy_arns:
            IamRolePolicyAttachment(
                self,
                f"role_{policy_arn.rsplit('/', 1)[1].lower()}",
                role=self.role.name,
                policy_arn=policy_arn,
            )
        self.association = EksPodIdentityAssociation(
            self,
            "association",
            cluster_name=props.cluster.name,
            namespace=identity.namespace,
            service_account=identity.service_account,
            role_arn=self.role.arn,
            depends_on=[props.cluster.cluster],
        )
        self.arn: str = self.role.arn


def pod_identity_trust(props: PodIdentityRoleProps) -> str:
    """Pod Identity trust, narrowed by the session tags EKS sets to this cluster, namespace and account."""
    return policy_document(
        Statement(
            sid="AssumedThroughPodIdentity",
            principals={"Service": ("pods.eks.amazonaws.com",)},
            actions=("sts:AssumeRole", "sts:TagSession"),
            conditions={
                "StringEquals": {
                    "aws:SourceAccount": props.account_id,
                    "aws:RequestTag/eks-cluster-name": props.cluster.name,
                    "aws:RequestTag/kubernetes-namespace": props.identity.namespace,
                    "aws:RequestTag/kubernetes-service-account": props.identity.service_account,
                }
            },
        )
    )
