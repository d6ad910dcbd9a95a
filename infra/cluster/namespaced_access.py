"""An EKS access entry whose access policies are scoped to namespaces, never to the whole cluster."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from cdktf_cdktf_provider_aws.eks_access_entry import EksAccessEntry
from cdktf_cdktf_provider_aws.eks_access_policy_association import (
    EksAccessPolicyAssociation,
    EksAccessPolicyAssociationAccessScope,
)
from constructs import Construct

from infra.cluster.eks_cluster import EDIT_POLICY, VIEW_POLICY, Cluster

NAMESPACED_POLICIES: Mapping[str, str] = {VIEW_POLICY: "view", EDIT_POLICY: "edit"}
"""The EKS access policies a namespaced grant may use (Kubernetes ``view`` and ``edit``). Neither
can read or change RBAC; cluster-admin and admin policies are refused outright."""


@dataclass(frozen=True)
class NamespacedAccessProps:
    """Properties of ``NamespacedAccess``."""

    cluster: Cluster
    """The cluster to grant access to; the entry refers to it by reference, so Terraform creates it first."""
    principal_arn: str
    """IAM role that gets the access (its path is dropped: EKS rejects role paths)."""
    grants: Mapping[str, tuple[str, ...]]
    """Access policy ARN -> the namespaces it applies in, e.g. ``{VIEW_POLICY: ("contexter",)}``."""

    def __post_init__(self) -> None:
        if not self.grants:
            raise ValueError(f"{self.principal_arn}: no grants; allowed: at least one policy and namespace")
        for policy, namespaces in self.grants.items():
            if policy not in NAMESPACED_POLICIES:
                raise ValueError(
                    f"{self.principal_arn}: access policy {policy} is not allowed in a namespaced grant;"
                    f" allowed: {', '.join(sorted(NAMESPACED_POLICIES))}"
                )
            if not namespaces:
                raise ValueError(
                    f"{self.principal_arn}: {NAMESPACED_POLICIES[policy]} has no namespace; EKS would"
                    " apply it cluster-wide; allowed: one or more namespaces"
                )
        granted = [namespace for namespaces in self.grants.values() for namespace in namespaces]
        twice = sorted({namespace for namespace in granted if granted.count(namespace) > 1})
        if twice:
            raise ValueError(
                f"{self.principal_arn}: namespaces {twice} are granted more than one policy; allowed:"
                " one policy per namespace, the least that suffices"
            )


class NamespacedAccess(Construct):
    """A ``STANDARD`` access entry for one role and one policy association per access policy, each
    with ``access_scope`` of type ``namespace``: the role holds no Kubernetes group and no right
    outside the listed namespaces (not even to list namespaces)."""

    def __init__(self, scope: Construct, id: str, *, props: NamespacedAccessProps) -> None:
        super().__init__(scope, id)
        cluster_name = props.cluster.cluster.name
        self.entry = EksAccessEntry(
            self,
            "entry",
            cluster_name=cluster_name,
            principal_arn=props.principal_arn,
            type="STANDARD",
        )
        for policy, namespaces in props.grants.items():
            EksAccessPolicyAssociation(
                self,
                NAMESPACED_POLICIES[policy],
                cluster_name=cluster_name,
                principal_arn=self.entry.principal_arn,
                policy_arn=policy,
                access_scope=EksAccessPolicyAssociationAccessScope(
                    type="namespace", namespaces=list(namespaces)
                ),
            )
