"""infra/iam/: least-privilege policy documents and the Pod Identity roles of ``POD_IDENTITIES``."""

from __future__ import annotations

import re
from typing import Any

import pytest

from contexter_deploy.ground.config import ENVIRONMENT_NAMES, Environment
from contexter_deploy.ground.naming import POD_IDENTITIES, names_for, pod_identity
from infra.iam.policy import Statement, policy_document
from infra.iam.workload_policies import EBS_CSI_MANAGED_POLICY, BackupBucketAccess
from tests.infra.terraform_json import (
    REFERENCE,
    TERRAFORM,
    as_list,
    document,
    policies,
    reference,
    resource,
    resources,
    role_policy,
    statement,
)

pytestmark = TERRAFORM

Stacks = dict[str, dict[str, Any]]
ARN = re.compile(r"^arn:aws:[a-z0-9-]+:[a-z0-9-]*:(\d{12}|aws)?:\S+$")

WILDCARD_RESOURCES = re.compile(
    r"^(\*"  # actions without resource-level permissions, or "this key" in a key policy
    r"|arn:aws:s3:::[a-z0-9.-]+/(\S+/)?\*"  # objects under a bucket or a key prefix
    # IDs created at run time
    r"|arn:aws:(ec2|ssm|logs|kms|eks|events|backup|iam|route53|cloudwatch|guardduty):[a-z0-9-]*:(\d{12})?:\S*\*"
    r")$"
)
"""The only shapes a wildcard resource may take; a statement that uses one says why (``wildcard_reason``)."""


def test_every_policy_document_parses_and_names_arns_or_references(terraform_stacks: Stacks) -> None:
    checked = 0
    for stack in terraform_stacks.values():
        for address, _, policy in policies(stack):
            for item in policy["Statement"]:
                assert re.fullmatch(r"[A-Za-z0-9]+", item["Sid"]), address
                for resource_arn in as_list(item.get("Resource", [])):
                    assert ARN.match(resource_arn) or REFERENCE.match(resource_arn) or resource_arn == "*", (
                        address,
                        resource_arn,
                    )
                    if "*" in resource_arn:
                        assert WILDCARD_RESOURCES.match(resource_arn), (address, item["Sid"], resource_arn)
                checked += 1
    assert checked > 100


def test_no_allow_statement_grants_every_action(terraform_stacks: Stacks) -> None:
    for stack in terraform_stacks.values():
        for address, attribute, policy in policies(stack):
            for item in policy["Statement"]:
                if item["Effect"] == "Allow" and not address.startswith("aws_kms_key"):
                    assert "*" not in as_list(item["Action"]), (address, attribute, item["Sid"])


def test_pod_identity_associations_match_the_declared_table(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    for name in ENVIRONMENT_NAMES:
        stack = terraform_stacks[name]
        names = names_for(environments[name])
        associations = resources(stack, "aws_eks_pod_identity_association")
        assert len(associations) == len(POD_IDENTITIES)
        for identity in POD_IDENTITIES:
            key = identity.role.replace("-", "_")
            association = associations[f"pod_identities_{key}_association"]
            assert (association["namespace"], association["service_account"]) == (
                identity.namespace,
                identity.service_account,
            )
            assert association["cluster_name"] == names.cluster
            assert association["depends_on"] == ["aws_eks_cluster.eks_cluster"]
            role = resource(stack, "aws_iam_role", f"pod_identities_{key}_role")
            assert role["name"] == names.role_name(identity.role)
            assert association["role_arn"] == reference("aws_iam_role", f"pod_identities_{key}_role", "arn")


def test_a_pod_identity_role_trusts_only_its_service_account(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    for name in ENVIRONMENT_NAMES:
        stack = terraform_stacks[name]
        for identity in POD_IDENTITIES:
            role = resource(stack, "aws_iam_role", f"pod_identities_{identity.role.replace('-', '_')}_role")
            [trust] = document(role["assume_role_policy"])["Statement"]
            assert trust["Principal"] == {"Service": "pods.eks.amazonaws.com"}
            assert trust["Condition"]["StringEquals"] == {
                "aws:SourceAccount": environments[name].aws.account_id,
                "aws:RequestTag/eks-cluster-name": names_for(environments[name]).cluster,
                "aws:RequestTag/kubernetes-namespace": identity.namespace,
                "aws:RequestTag/kubernetes-service-account": identity.service_account,
            }


def _object_resources(policy: dict[str, Any], sid: str) -> list[str]:
    return as_list(statement(policy, sid)["Resource"])


def test_the_backup_jobs_reach_only_their_own_prefixes(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    for name in ENVIRONMENT_NAMES:
        names = names_for(environments[name])
        policy = role_policy(terraform_stacks[name], "pod_identities_backup_role")
        bucket = names.backup_bucket_arn
        assert _object_resources(policy, "ReadWriteOwnBackups") == [
            f"{bucket}/{name}/qdrant/*",
            f"{bucket}/{name}/redis/*",
        ]
        # verify and prune, without --component, read and prune vault/ as well
        assert statement(policy, "ListOwnBackups")["Condition"] == {
            "StringLike": {"s3:prefix": [f"{name}/qdrant/*", f"{name}/redis/*", f"{name}/vault/*"]}
        }
        assert _object_resources(policy, "VerifyAndPruneOwnBackups") == [f"{bucket}/{name}/vault/*"]
        assert statement(policy, "VerifyAndPruneOwnBackups")["Action"] == [
            "s3:GetObject",
            "s3:DeleteObject",
            "s3:AbortMultipartUpload",
        ]
        assert (
            statement(policy, "ListIncompleteUploadsOwnBackups")["Action"] == "s3:ListBucketMultipartUploads"
        )
        assert statement(policy, "EncryptOwnBackups")["Resource"] == reference(
            "aws_kms_key", "backups_kms_key", "arn"
        )
        never = statement(policy, "NeverUnlockBackups")
        assert never["Effect"] == "Deny"
        assert {"s3:BypassGovernanceRetention", "s3:DeleteObjectVersion"} <= set(never["Action"])
        allowed = {
            action for s in policy["Statement"] if s["Effect"] == "Allow" for action in as_list(s["Action"])
        }
        assert "s3:DeleteObjectVersion" not in allowed, "pruning adds delete markers; locked versions stay"


def test_vault_unseals_with_its_key_and_snapshots_to_its_prefix(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    for name in ENVIRONMENT_NAMES:
        names = names_for(environments[name])
        policy = role_policy(terraform_stacks[name], "pod_identities_vault_role")
        unseal = statement(policy, "AutoUnseal")
        assert unseal["Resource"] == [
            reference("aws_kms_key", "vault_unseal_key", "arn"),
            reference("aws_kms_replica_key", "vault_dr_unseal_key", "arn"),
        ]
        stack = terraform_stacks[name]
        assert resource(stack, "aws_kms_key", "vault_unseal_key")["multi_region"] is True
        replica = resource(stack, "aws_kms_replica_key", "vault_dr_unseal_key")
        assert replica["provider"] == "aws.dr", "a restored Vault unseals in the DR region"
        assert resource(stack, "aws_kms_alias", "vault_dr_unseal_alias")["name"] == names.vault_kms_alias
        assert set(unseal["Action"]) == {"kms:Encrypt", "kms:Decrypt", "kms:DescribeKey"}
        assert [s["Sid"] for s in policy["Statement"]] == ["AutoUnseal"], "the server pods write no snapshot"
        snapshots = role_policy(terraform_stacks[name], "pod_identities_vault_backup_role")
        assert _object_resources(snapshots, "ReadWriteRaftSnapshots") == [
            f"{names.backup_bucket_arn}/{name}/vault/*"
        ]
        alias = resource(terraform_stacks[name], "aws_kms_alias", "vault_unseal_alias")
        assert alias["name"] == names.vault_kms_alias


def test_velero_writes_its_prefix_and_snapshots_volumes(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    for name in ENVIRONMENT_NAMES:
        names = names_for(environments[name])
        policy = role_policy(terraform_stacks[name], "pod_identities_velero_role")
        assert _object_resources(policy, "ReadWriteClusterBackups") == [
            f"{names.backup_bucket_arn}/{name}/velero/*"
        ]
        assert "ec2:CreateSnapshot" in statement(policy, "SnapshotAndRestoreVolumes")["Action"]
        assert statement(policy, "EncryptedVolumes")["Resource"] == reference("aws_kms_key", "ebs_key", "arn")


def test_cert_manager_writes_acme_challenges_in_its_zone_only(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    for name in ENVIRONMENT_NAMES:
        policy = role_policy(terraform_stacks[name], "pod_identities_cert_manager_role")
        change = statement(policy, "WriteChallengeRecords")
        assert (
            change["Resource"] == f"arn:aws:route53:::hostedzone/{environments[name].ingress.hosted_zone_id}"
        )
        assert change["Condition"]["ForAllValues:StringEquals"] == {
            "route53:ChangeResourceRecordSetsRecordTypes": "TXT"
        }
        assert change["Condition"]["ForAllValues:StringLike"] == {
            "route53:ChangeResourceRecordSetsNormalizedRecordNames": "_acme-challenge.*"
        }


def test_the_ebs_csi_driver_uses_the_ebs_key(terraform_stacks: Stacks) -> None:
    for name in ENVIRONMENT_NAMES:
        stack = terraform_stacks[name]
        policy = role_policy(stack, "pod_identities_ebs_csi_role")
        assert statement(policy, "EncryptVolumes")["Resource"] == reference("aws_kms_key", "ebs_key", "arn")
        attachments = [
            body["policy_arn"]
            for body in resources(stack, "aws_iam_role_policy_attachment").values()
            if body["role"] == reference("aws_iam_role", "pod_identities_ebs_csi_role", "name")
        ]
        assert attachments == [EBS_CSI_MANAGED_POLICY]


def test_pod_identity_lookup_names_the_known_roles() -> None:
    assert pod_identity("backup").namespace == "contexter-data"
    with pytest.raises(
        KeyError, match=r"no pod identity 'nope'; known: backup, vault, vault-backup, karpenter"
    ):
        pod_identity("nope")


def test_fails_when_a_wildcard_resource_has_no_reason() -> None:
    with pytest.raises(
        ValueError, match=r"statement ReadAll grants s3:GetObject on arn:aws:s3:::b/\*: name exact ARNs"
    ):
        Statement(sid="ReadAll", actions=("s3:GetObject",), resources=("arn:aws:s3:::b/*",))


def test_fails_when_a_reason_is_given_without_a_wildcard() -> None:
    with pytest.raises(ValueError, match=r"has a wildcard_reason but no wildcard resource"):
        Statement(sid="Read", actions=("s3:GetObject",), resources=("arn:aws:s3:::b/k",), wildcard_reason="x")


def test_fails_when_two_statements_share_a_sid() -> None:
    read = Statement(sid="Read", actions=("s3:GetObject",), resources=("arn:aws:s3:::b/k",))
    with pytest.raises(ValueError, match=r"duplicate statement sids: Read"):
        policy_document(read, read)


def test_fails_when_a_backup_prefix_is_not_a_prefix() -> None:
    with pytest.raises(ValueError, match=r"backup prefix 'prod/qdrant' must look like '<env>/<component>/'"):
        BackupBucketAccess(bucket="b", key_arn="k", region="eu-west-1", prefixes=("prod/qdrant",))
