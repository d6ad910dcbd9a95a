"""infra/cluster/namespaced_access.py: access policies scoped to namespaces, never to the cluster."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.infra.terraform_json import TERRAFORM

if TYPE_CHECKING:
    from infra.cluster.eks_cluster import Cluster

# infra/ modules load the AWS provider bindings: only the xdist worker of group "terraform" imports them.
pytestmark = TERRAFORM

ROLE = "arn:aws:iam::222222222222:role/contexter-staging-github-promote"
VIEW = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy"
EDIT = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy"
CLUSTER_ADMIN = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy"


def _props(cluster: Cluster, grants: dict[str, tuple[str, ...]]) -> object:
    from infra.cluster.namespaced_access import NamespacedAccessProps

    return NamespacedAccessProps(cluster=cluster, principal_arn=ROLE, grants=grants)


def test_the_policies_are_the_ones_eks_defines() -> None:
    from infra.cluster.eks_cluster import CLUSTER_ADMIN_POLICY, EDIT_POLICY, VIEW_POLICY
    from infra.cluster.namespaced_access import NAMESPACED_POLICIES

    assert (VIEW_POLICY, EDIT_POLICY, CLUSTER_ADMIN_POLICY) == (VIEW, EDIT, CLUSTER_ADMIN)
    assert dict(NAMESPACED_POLICIES) == {VIEW: "view", EDIT: "edit"}


def test_view_and_edit_in_distinct_namespaces_are_accepted(cluster: Cluster) -> None:
    _props(cluster, {VIEW: ("contexter",), EDIT: ("contexter-perf",)})


def test_fails_when_a_grant_names_no_namespace(cluster: Cluster) -> None:
    with pytest.raises(ValueError, match=r"edit has no namespace; EKS would apply it cluster-wide"):
        _props(cluster, {EDIT: ()})


def test_fails_when_a_grant_uses_the_cluster_admin_policy(cluster: Cluster) -> None:
    with pytest.raises(ValueError, match=r"AmazonEKSClusterAdminPolicy is not allowed in a namespaced grant"):
        _props(cluster, {CLUSTER_ADMIN: ("contexter-perf",)})


def test_fails_when_a_namespace_gets_two_policies(cluster: Cluster) -> None:
    with pytest.raises(ValueError, match=r"namespaces \['contexter'\] are granted more than one policy"):
        _props(cluster, {VIEW: ("contexter",), EDIT: ("contexter",)})


def test_fails_when_there_is_no_grant(cluster: Cluster) -> None:
    with pytest.raises(ValueError, match=r"no grants"):
        _props(cluster, {})
