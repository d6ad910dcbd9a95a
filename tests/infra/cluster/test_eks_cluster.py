"""infra/cluster/: the EKS control plane, its add-ons and the system node group."""

from __future__ import annotations

from ipaddress import IPv4Network
from typing import TYPE_CHECKING, Any

import pytest

from contexter_deploy.ground.config import ENVIRONMENT_NAMES, Environment
from contexter_deploy.ground.config.model import NodeGroup
from contexter_deploy.ground.naming import (
    GITHUB_APPLY_ROLE,
    GITHUB_PROMOTE_ROLE,
    KARPENTER_DISCOVERY_TAG,
    names_for,
)
from contexter_deploy.ground.topology import APPS_NAMESPACE, PERFORMANCE_TEST
from tests.infra.terraform_json import TERRAFORM, reference, resource, resources

if TYPE_CHECKING:
    from infra.cluster.eks_cluster import Cluster, EksClusterProps

# infra/ modules load the AWS provider bindings (about 600 MB): tests import them locally, so only the
# xdist worker of group "terraform" loads them, once; collection in other workers stays cheap.
pytestmark = TERRAFORM

Stacks = dict[str, dict[str, Any]]


def _cluster(stack: dict[str, Any]) -> dict[str, Any]:
    return resource(stack, "aws_eks_cluster", "eks_cluster")


def _props(**overrides: Any) -> EksClusterProps:
    from infra.cluster.eks_cluster import EksClusterProps

    values: dict[str, Any] = {
        "name": "contexter-dev",
        "account_id": "444444444444",
        "kubernetes_version": "1.33",
        "role_name": "contexter-dev-eks-cluster",
        "subnet_ids": ("subnet-a", "subnet-b"),
        "log_group_name": "/aws/eks/contexter-dev/cluster",
        "log_retention_days": 30,
        "logs_kms_key_arn": "arn:aws:kms:eu-west-1:444444444444:key/x",
    }
    return EksClusterProps(**{**values, **overrides})


def test_the_cluster_runs_the_configured_version(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    for name in ENVIRONMENT_NAMES:
        cluster = _cluster(terraform_stacks[name])
        assert cluster["name"] == names_for(environments[name]).cluster
        assert cluster["version"] == environments[name].cluster.kubernetes_version
        assert cluster["deletion_protection"] is True


def test_secrets_are_envelope_encrypted_with_a_rotated_customer_key(terraform_stacks: Stacks) -> None:
    for name in ENVIRONMENT_NAMES:
        stack = terraform_stacks[name]
        encryption = _cluster(stack)["encryption_config"]
        assert encryption["resources"] == ["secrets"]
        assert encryption["provider"]["key_arn"] == reference("aws_kms_key", "eks_secrets_key", "arn")
        key = resource(stack, "aws_kms_key", "eks_secrets_key")
        assert key["enable_key_rotation"] is True


def test_every_control_plane_log_is_kept_encrypted_for_the_configured_days(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    for name in ENVIRONMENT_NAMES:
        stack = terraform_stacks[name]
        cluster = _cluster(stack)
        assert cluster["enabled_cluster_log_types"] == [
            "api",
            "audit",
            "authenticator",
            "controllerManager",
            "scheduler",
        ]
        group = resource(stack, "aws_cloudwatch_log_group", "eks_log_group")
        assert group["name"] == f"/aws/eks/{cluster['name']}/cluster", "the name EKS writes to"
        assert group["retention_in_days"] == environments[name].cluster.control_plane_log_retention_days
        assert group["kms_key_id"] == reference("aws_kms_key", "logs_key", "arn")
        assert "aws_cloudwatch_log_group.eks_log_group" in cluster["depends_on"], (
            "created before EKS creates it"
        )


def test_the_api_endpoint_is_private_or_restricted_to_the_allow_list(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    for name in ENVIRONMENT_NAMES:
        vpc = _cluster(terraform_stacks[name])["vpc_config"]
        config = environments[name].cluster
        assert vpc["endpoint_private_access"] is True
        assert vpc["endpoint_public_access"] is config.endpoint_public_access
        if config.endpoint_public_access:
            assert vpc["public_access_cidrs"] == [str(cidr) for cidr in config.public_access_cidrs]
            assert "0.0.0.0/0" not in vpc["public_access_cidrs"]
        else:
            assert "public_access_cidrs" not in vpc
    assert _cluster(terraform_stacks["prod"])["vpc_config"]["endpoint_public_access"] is False


def _grants(stack: dict[str, Any]) -> dict[str, dict[str, dict[str, Any]]]:
    """Principal ARN -> policy ARN -> access scope, from the access entries and their associations."""
    principal_of = {
        reference("aws_eks_access_entry", id_, "principal_arn"): entry["principal_arn"]
        for id_, entry in resources(stack, "aws_eks_access_entry").items()
    }
    grants: dict[str, dict[str, dict[str, Any]]] = {}
    for body in resources(stack, "aws_eks_access_policy_association").values():
        policies = grants.setdefault(principal_of[body["principal_arn"]], {})
        assert body["policy_arn"] not in policies, "one association per policy and principal"
        policies[body["policy_arn"]] = body["access_scope"]
    return grants


def test_access_is_granted_by_access_entries_only(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    from infra.cluster.eks_cluster import CLUSTER_ADMIN_POLICY, VIEW_POLICY

    for name in ENVIRONMENT_NAMES:
        stack = terraform_stacks[name]
        assert _cluster(stack)["access_config"] == {
            "authentication_mode": "API",
            "bootstrap_cluster_creator_admin_permissions": False,
        }
        cluster_wide = {
            principal: {policy for policy, scope in policies.items() if scope == {"type": "cluster"}}
            for principal, policies in _grants(stack).items()
        }
        # The role ARN exactly as IAM has it, path included: access entries accept paths.
        expected = {arn: {CLUSTER_ADMIN_POLICY} for arn in environments[name].aws.admin_role_arns}
        expected[names_for(environments[name]).role_arn(GITHUB_APPLY_ROLE)] = {VIEW_POLICY}
        assert {principal: policies for principal, policies in cluster_wide.items() if policies} == expected


def test_the_promote_role_may_view_contexter_and_the_backups_and_edit_the_perf_namespace_only(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    """The performance gate reads which digests run, and runs k6 in its namespace; nothing cluster-wide."""
    from infra.cluster.eks_cluster import EDIT_POLICY, VIEW_POLICY

    for name in ENVIRONMENT_NAMES:
        promote = names_for(environments[name]).role_arn(GITHUB_PROMOTE_ROLE)
        grants = _grants(terraform_stacks[name])
        if not environments[name].performance_test.enabled:
            assert promote not in grants, name
            continue
        assert grants[promote] == {
            VIEW_POLICY: {"type": "namespace", "namespaces": [APPS_NAMESPACE, "contexter-data", "vault"]},
            EDIT_POLICY: {"type": "namespace", "namespaces": [PERFORMANCE_TEST.namespace]},
        }
        [entry] = [
            body
            for body in resources(terraform_stacks[name], "aws_eks_access_entry").values()
            if body["principal_arn"] == promote
        ]
        assert entry["type"] == "STANDARD" and "kubernetes_groups" not in entry
        assert entry["cluster_name"] == reference("aws_eks_cluster", "eks_cluster", "name")


def test_the_cluster_security_group_is_discoverable_by_karpenter(terraform_stacks: Stacks) -> None:
    for name in ENVIRONMENT_NAMES:
        tag = resource(terraform_stacks[name], "aws_ec2_tag", "eks_security_group_discovery_tag")
        assert (tag["key"], tag["value"]) == (KARPENTER_DISCOVERY_TAG, f"contexter-{name}")


def test_managed_addons_are_pinned_to_the_configured_versions(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    for name in ENVIRONMENT_NAMES:
        stack = terraform_stacks[name]
        versions = environments[name].cluster.addons
        addons = {body["addon_name"]: body for body in resources(stack, "aws_eks_addon").values()}
        assert {addon: body["addon_version"] for addon, body in addons.items()} == {
            "vpc-cni": versions.vpc_cni,
            "coredns": versions.coredns,
            "kube-proxy": versions.kube_proxy,
            "aws-ebs-csi-driver": versions.aws_ebs_csi_driver,
            "eks-pod-identity-agent": versions.eks_pod_identity_agent,
        }
        assert '"enableNetworkPolicy": "true"' in addons["vpc-cni"]["configuration_values"], (
            "NetworkPolicies are enforced only when the VPC CNI is told to"
        )
        node_group = "aws_eks_node_group.system_nodes_node_group"
        assert node_group in addons["coredns"]["depends_on"]
        assert node_group in addons["aws-ebs-csi-driver"]["depends_on"]
        assert (
            "aws_eks_pod_identity_association.pod_identities_ebs_csi_association"
            in addons["aws-ebs-csi-driver"]["depends_on"]
        )
        group = resource(stack, "aws_eks_node_group", "system_nodes_node_group")
        assert "aws_eks_addon.base_addons_vpc_cni" in group["depends_on"], (
            "nodes become Ready only with the CNI"
        )


def test_system_nodes_are_on_demand_tainted_and_spread_across_zones(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    for name in ENVIRONMENT_NAMES:
        stack = terraform_stacks[name]
        nodes = environments[name].cluster.system_nodes
        group = resource(stack, "aws_eks_node_group", "system_nodes_node_group")
        assert group["capacity_type"] == "ON_DEMAND"
        assert group["instance_types"] == list(nodes.instance_types)
        assert group["scaling_config"] == {
            "min_size": nodes.min_size,
            "desired_size": nodes.desired_size,
            "max_size": nodes.max_size,
        }
        assert len(group["subnet_ids"]) == environments[name].aws.az_count
        assert group["taint"] == [{"key": "CriticalAddonsOnly", "value": "true", "effect": "NO_SCHEDULE"}]
        assert group["version"] == environments[name].cluster.kubernetes_version


def test_system_nodes_require_imdsv2_and_encrypt_their_root_volume(terraform_stacks: Stacks) -> None:
    for name in ENVIRONMENT_NAMES:
        template = resource(terraform_stacks[name], "aws_launch_template", "system_nodes_launch_template")
        assert template["metadata_options"] == {
            "http_endpoint": "enabled",
            "http_tokens": "required",
            "http_put_response_hop_limit": 1,
            "instance_metadata_tags": "disabled",
        }
        [root] = template["block_device_mappings"]
        assert root["ebs"]["encrypted"] == "true"
        assert root["ebs"]["volume_type"] == "gp3"
        assert root["ebs"]["kms_key_id"] == reference("aws_kms_key", "ebs_key", "arn")


def test_ami_type_follows_the_instance_architecture() -> None:
    from infra.cluster.system_node_group import ami_type

    assert ami_type(["m7i.large", "t3.large"]) == "AL2023_x86_64_STANDARD"
    assert ami_type(["m7g.large", "c7gn.xlarge"]) == "AL2023_ARM_64_STANDARD"


def test_fails_when_a_public_endpoint_has_no_cidr_allow_list() -> None:
    with pytest.raises(ValueError, match=r"endpoint_public_access needs public_access_cidrs"):
        _props(endpoint_public_access=True)


def test_fails_when_the_public_endpoint_is_open_to_the_internet() -> None:
    with pytest.raises(ValueError, match=r"public_access_cidrs must not contain 0.0.0.0/0"):
        _props(endpoint_public_access=True, public_access_cidrs=(IPv4Network("0.0.0.0/0"),))


def test_fails_when_an_allow_list_is_given_for_a_private_endpoint() -> None:
    with pytest.raises(ValueError, match=r"are set but endpoint_public_access is false"):
        _props(public_access_cidrs=(IPv4Network("203.0.113.0/24"),))


def test_fails_when_the_log_retention_is_not_one_cloudwatch_accepts() -> None:
    with pytest.raises(ValueError, match=r"log retention 45 days; allowed by CloudWatch Logs: 1, 3, 5"):
        _props(log_retention_days=45)


def test_fails_when_the_cluster_has_one_subnet() -> None:
    with pytest.raises(ValueError, match=r"needs subnets in at least two zones"):
        _props(subnet_ids=("subnet-a",))


def test_fails_when_a_zone_would_have_no_system_node(cluster: Cluster) -> None:
    from infra.cluster.system_node_group import SystemNodeGroupProps

    with pytest.raises(ValueError, match=r"min_size 2 is below the 3 zones"):
        SystemNodeGroupProps(
            cluster=cluster,
            kubernetes_version="1.33",
            role_name="contexter-staging-system-node",
            subnet_ids=("a", "b", "c"),
            nodes=NodeGroup(instance_types=("m7i.large",), min_size=2, desired_size=2, max_size=4),
            ebs_kms_key_arn="arn:aws:kms:eu-west-1:222222222222:key/x",
        )


def test_fails_when_system_nodes_mix_architectures() -> None:
    from infra.cluster.system_node_group import ami_type

    with pytest.raises(ValueError, match=r"mix x86 and Graviton"):
        ami_type(["m7i.large", "m7g.large"])
