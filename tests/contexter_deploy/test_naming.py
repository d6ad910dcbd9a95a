"""contexter_deploy/ground/naming.py: the names both apps derive appear exactly in what each app
synthesizes."""

from __future__ import annotations

from typing import Any

from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.ground.config import ENVIRONMENT_NAMES, Environment
from contexter_deploy.ground.naming import (
    GITHUB_APPLY_ROLE,
    GITHUB_PLAN_ROLE,
    POD_IDENTITIES,
    VAULT_ADDRESS,
    Names,
    names_for,
)
from contexter_deploy.ground.topology import BACKUP

Stacks = dict[str, dict[str, Any]]


def _named(stack: dict[str, Any], resource_type: str, attribute: str = "name") -> set[str]:
    return {body[attribute] for body in stack["resource"].get(resource_type, {}).values()}


def test_names_are_derived_from_environment_account_and_regions() -> None:
    names = Names(environment="prod", account_id="333333333333", region="eu-west-1", dr_region="eu-central-1")
    assert names.cluster == "contexter-prod"
    assert names.backup_bucket == "contexter-prod-backups-333333333333-eu-west-1"
    assert names.dr_backup_bucket == "contexter-prod-backups-333333333333-eu-central-1"
    assert names.ebs_kms_alias_arn == "arn:aws:kms:eu-west-1:333333333333:alias/contexter-prod-ebs"
    assert names.role_arn("backup") == "arn:aws:iam::333333333333:role/contexter-prod-backup"
    assert names.backup_prefix("qdrant") == "prod/qdrant/"
    assert VAULT_ADDRESS == "https://vault.vault.svc.cluster.local:8200"


def test_the_backup_identity_is_the_backup_workload_of_the_topology() -> None:
    [backup] = [identity for identity in POD_IDENTITIES if identity.role == "backup"]
    assert (backup.namespace, backup.service_account) == (
        BACKUP.identity.namespace,
        BACKUP.identity.service_account,
    )
    assert len({identity.role for identity in POD_IDENTITIES}) == len(POD_IDENTITIES)


def test_terraform_creates_exactly_the_names_the_manifests_use(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    for name in ENVIRONMENT_NAMES:
        stack = terraform_stacks[name]
        names = names_for(environments[name])
        assert _named(stack, "aws_eks_cluster") == {names.cluster}
        assert _named(stack, "aws_s3_bucket", "bucket") == {names.backup_bucket, names.dr_backup_bucket}
        aliases = _named(stack, "aws_kms_alias")
        assert {names.ebs_kms_alias, names.vault_kms_alias} <= aliases
        roles = _named(stack, "aws_iam_role")
        assert {names.role_name(identity.role) for identity in POD_IDENTITIES} <= roles
        assert names.karpenter_node_role in roles
        profiles = {names.karpenter_instance_profile}
        if not environments[name].cluster.endpoint_public_access:
            profiles.add(names.role_name("cluster-client"))
        assert _named(stack, "aws_iam_instance_profile") == profiles
        assert _named(stack, "aws_sqs_queue") == {names.karpenter_interruption_queue}
        assert _named(stack, "aws_backup_vault") == {names.backup_vault}
        assert _named(stack, "aws_cloudwatch_log_group") == {names.cluster_log_group, names.flow_log_group}
        assert stack["output"]["vault_address"]["value"] == VAULT_ADDRESS


def test_the_bootstrap_stack_creates_the_deploy_roles_by_their_names(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    roles = _named(terraform_stacks["bootstrap"], "aws_iam_role")
    for name in ENVIRONMENT_NAMES:
        names = names_for(environments[name])
        assert {names.role_name(GITHUB_PLAN_ROLE), names.role_name(GITHUB_APPLY_ROLE)} <= roles
        assert names.role_name(GITHUB_APPLY_ROLE) == f"contexter-{name}-github-apply"


def test_the_node_class_names_what_terraform_creates(
    terraform_stacks: Stacks, environments: dict[str, Environment], manifests: dict[str, tuple[Manifest, ...]]
) -> None:
    for name in ENVIRONMENT_NAMES:
        names = names_for(environments[name])
        [node_class] = [m for m in manifests[name] if m.kind == "EC2NodeClass"]
        spec = node_class.spec
        assert spec["instanceProfile"] in _named(terraform_stacks[name], "aws_iam_instance_profile")
        [root] = spec["blockDeviceMappings"]
        assert root["ebs"]["kmsKeyID"] == names.ebs_kms_alias_arn
        assert names.ebs_kms_alias in _named(terraform_stacks[name], "aws_kms_alias")
        discovery = {
            subnet["tags"]["karpenter.sh/discovery"]
            for subnet in terraform_stacks[name]["resource"]["aws_subnet"].values()
            if "karpenter.sh/discovery" in subnet["tags"]
        }
        assert [term["tags"]["karpenter.sh/discovery"] for term in spec["subnetSelectorTerms"]] == sorted(
            discovery
        )
