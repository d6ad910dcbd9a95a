"""infra/backup/ and the EBS key: S3 backups with object lock and DR replication, AWS Backup."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from contexter_deploy.ground.config import ENVIRONMENT_NAMES, Environment
from contexter_deploy.ground.config.model import AwsBackupPlan, BackupBucketLifecycle
from contexter_deploy.ground.config.schedule import aws_cron_to_five_fields, max_interval_seconds
from contexter_deploy.ground.naming import BACKUP_SELECTION_NAMESPACES, names_for
from tests.infra.terraform_json import TERRAFORM, as_list, document, reference, resource, resources, statement

if TYPE_CHECKING:
    from infra.backup.aws_backup_plan import AwsBackupProps
    from infra.backup.backup_bucket import BackupBucketProps

# infra/ modules load the AWS provider bindings (about 600 MB): tests import them locally, so only the
# xdist worker of group "terraform" loads them, once; collection in other workers stays cheap.
pytestmark = TERRAFORM

Stacks = dict[str, dict[str, Any]]
BUCKETS = ("backups_bucket", "backups_dr_bucket")
KEYS = {"backups_bucket": "backups_kms_key", "backups_dr_bucket": "backups_dr_kms_key"}


def _of_bucket(stack: dict[str, Any], resource_type: str, bucket: str) -> dict[str, Any]:
    bucket_id = reference("aws_s3_bucket", bucket, "id")
    [found] = [body for body in resources(stack, resource_type).values() if body["bucket"] == bucket_id]
    return found


def test_the_ebs_key_has_the_alias_the_storage_class_names(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    for name in ENVIRONMENT_NAMES:
        stack = terraform_stacks[name]
        names = names_for(environments[name])
        alias = resource(stack, "aws_kms_alias", "ebs_alias")
        assert alias["name"] == names.ebs_kms_alias
        assert alias["target_key_id"] == reference("aws_kms_key", "ebs_key", "key_id")
        assert names.ebs_kms_alias_arn == f"arn:aws:kms:{names.region}:{names.account_id}:{alias['name']}"
        assert resource(stack, "aws_kms_key", "ebs_key")["enable_key_rotation"] is True


def test_every_kms_key_rotates_and_can_be_recovered(terraform_stacks: Stacks) -> None:
    for stack in terraform_stacks.values():
        keys = resources(stack, "aws_kms_key")
        assert keys
        for key in keys.values():
            assert key["enable_key_rotation"] is True
            assert key["deletion_window_in_days"] == 30
            document(key["policy"])


def test_backup_buckets_are_named_versioned_encrypted_and_private(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    for name in ENVIRONMENT_NAMES:
        stack = terraform_stacks[name]
        names = names_for(environments[name])
        assert resource(stack, "aws_s3_bucket", "backups_bucket")["bucket"] == names.backup_bucket
        assert resource(stack, "aws_s3_bucket", "backups_dr_bucket")["bucket"] == names.dr_backup_bucket
        for bucket in BUCKETS:
            assert resource(stack, "aws_s3_bucket", bucket)["object_lock_enabled"] is True
            versioning = _of_bucket(stack, "aws_s3_bucket_versioning", bucket)
            assert versioning["versioning_configuration"]["status"] == "Enabled"
            [rule] = _of_bucket(stack, "aws_s3_bucket_server_side_encryption_configuration", bucket)["rule"]
            assert rule["apply_server_side_encryption_by_default"] == {
                "sse_algorithm": "aws:kms",
                "kms_master_key_id": reference("aws_kms_key", KEYS[bucket], "arn"),
            }
            block = _of_bucket(stack, "aws_s3_bucket_public_access_block", bucket)
            assert all(
                block[flag] is True
                for flag in (
                    "block_public_acls",
                    "block_public_policy",
                    "ignore_public_acls",
                    "restrict_public_buckets",
                )
            )
            ownership = _of_bucket(stack, "aws_s3_bucket_ownership_controls", bucket)
            assert ownership["rule"]["object_ownership"] == "BucketOwnerEnforced"


def test_backup_buckets_accept_tls_only_and_their_own_key_only(terraform_stacks: Stacks) -> None:
    for name in ENVIRONMENT_NAMES:
        stack = terraform_stacks[name]
        for bucket in BUCKETS:
            policy = document(_of_bucket(stack, "aws_s3_bucket_policy", bucket)["policy"])
            tls = statement(policy, "DenyInsecureTransport")
            assert tls["Effect"] == "Deny" and tls["Principal"] == {"AWS": "*"}
            assert tls["Condition"] == {"Bool": {"aws:SecureTransport": "false"}}
            key = statement(policy, "DenyOtherKmsKeys")
            # Only a header naming another key is refused; an upload without one gets the default.
            assert key["Condition"] == {
                "StringNotEquals": {
                    "s3:x-amz-server-side-encryption-aws-kms-key-id": reference(
                        "aws_kms_key", KEYS[bucket], "arn"
                    )
                },
                "Null": {"s3:x-amz-server-side-encryption-aws-kms-key-id": "false"},
            }
            assert all(
                "IfExists" not in operator for s in policy["Statement"] for operator in s.get("Condition", {})
            )


def test_object_lock_uses_the_configured_mode_and_days(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    for name in ENVIRONMENT_NAMES:
        backup = environments[name].backup
        for bucket in BUCKETS:
            lock = _of_bucket(terraform_stacks[name], "aws_s3_bucket_object_lock_configuration", bucket)
            assert lock["rule"]["default_retention"] == {
                "mode": backup.object_lock_mode,
                "days": backup.object_lock_days,
            }
    assert environments["prod"].backup.object_lock_mode == "COMPLIANCE"


def test_only_admins_may_bypass_governance_retention(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    for name in ENVIRONMENT_NAMES:
        policy = document(
            _of_bucket(terraform_stacks[name], "aws_s3_bucket_policy", "backups_bucket")["policy"]
        )
        bypass = statement(policy, "OnlyAdminsBypassGovernanceRetention")
        assert bypass["Effect"] == "Deny"
        assert as_list(bypass["Condition"]["ArnNotEquals"]["aws:PrincipalArn"]) == list(
            environments[name].aws.admin_role_arns
        )


def test_objects_move_to_cheaper_storage_and_pruned_versions_expire_after_the_lock(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    for name in ENVIRONMENT_NAMES:
        backup = environments[name].backup
        for bucket in BUCKETS:
            [rule] = _of_bucket(terraform_stacks[name], "aws_s3_bucket_lifecycle_configuration", bucket)[
                "rule"
            ]
            assert rule["status"] == "Enabled"
            assert [(t["storage_class"], t["days"]) for t in rule["transition"]] == [
                ("STANDARD_IA", backup.bucket_lifecycle.infrequent_access_after_days),
                ("GLACIER", backup.bucket_lifecycle.glacier_after_days),
            ]
            [expiration] = rule["noncurrent_version_expiration"]
            assert expiration["noncurrent_days"] >= backup.object_lock_days
            assert rule["abort_incomplete_multipart_upload"] == [{"days_after_initiation": 7}]


def test_backups_replicate_to_the_dr_region(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    for name in ENVIRONMENT_NAMES:
        stack = terraform_stacks[name]
        aws = environments[name].aws
        assert resource(stack, "aws_s3_bucket", "backups_dr_bucket")["provider"] == "aws.dr"
        assert resource(stack, "aws_kms_key", "backups_dr_kms_key")["provider"] == "aws.dr"
        replication = resource(stack, "aws_s3_bucket_replication_configuration", "backups_replication")
        assert replication["bucket"] == reference("aws_s3_bucket", "backups_bucket", "id")
        [rule] = replication["rule"]
        assert rule["status"] == "Enabled"
        assert rule["destination"]["bucket"] == reference("aws_s3_bucket", "backups_dr_bucket", "arn")
        assert rule["destination"]["encryption_configuration"] == {
            "replica_kms_key_id": reference("aws_kms_key", "backups_dr_kms_key", "arn")
        }
        assert rule["source_selection_criteria"]["sse_kms_encrypted_objects"]["status"] == "Enabled"
        assert rule["delete_marker_replication"]["status"] == "Enabled"
        assert set(replication["depends_on"]) == {
            "aws_s3_bucket_versioning.backups_bucket_versioning",
            "aws_s3_bucket_versioning.backups_dr_bucket_versioning",
        }
        [dr_provider] = [p for p in stack["provider"]["aws"] if p.get("alias") == "dr"]
        assert dr_provider["region"] == aws.dr_region != aws.region


def test_volume_snapshots_run_hourly_or_better_and_are_copied_to_the_dr_region(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    for name in ENVIRONMENT_NAMES:
        stack = terraform_stacks[name]
        plan_config = environments[name].backup.aws_backup
        [rule] = resource(stack, "aws_backup_plan", "volume_backups_plan")["rule"]
        assert rule["schedule"] == plan_config.schedule
        assert max_interval_seconds(aws_cron_to_five_fields(rule["schedule"])) <= 3600, "RPO < 1 h"
        assert rule["lifecycle"]["delete_after"] == plan_config.retention_days
        # explicit windows bound the worst case the readiness report computes (unset, AWS allows
        # 8 hours to start and 7 days to complete)
        assert (rule["start_window"], rule["completion_window"]) == (
            plan_config.start_window_minutes,
            plan_config.completion_window_minutes,
        )
        assert rule["target_vault_name"] == reference("aws_backup_vault", "volume_backups_vault", "name")
        [copy] = rule["copy_action"]
        assert copy["destination_vault_arn"] == reference(
            "aws_backup_vault", "volume_backups_dr_vault", "arn"
        )
        assert copy["lifecycle"]["delete_after"] == plan_config.dr_copy_retention_days
        vaults = resources(stack, "aws_backup_vault")
        assert vaults["volume_backups_dr_vault"]["provider"] == "aws.dr"
        assert vaults["volume_backups_vault"]["kms_key_arn"] == reference(
            "aws_kms_key", "volume_backups_kms_key", "arn"
        )
        assert vaults["volume_backups_dr_vault"]["kms_key_arn"] == reference(
            "aws_kms_key", "volume_backups_dr_kms_key", "arn"
        )


def test_the_stateful_namespaces_volumes_are_selected_by_tag(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    for name in ENVIRONMENT_NAMES:
        aws = environments[name].aws
        selections = resources(terraform_stacks[name], "aws_backup_selection").values()
        selected = set()
        for selection in selections:
            assert selection["resources"] == [f"arn:aws:ec2:{aws.region}:{aws.account_id}:volume/*"]
            [condition] = selection["condition"]
            tags = {c["key"]: c["value"] for c in condition["string_equals"]}
            assert tags["aws:ResourceTag/ebs.csi.aws.com/cluster"] == "true"
            selected.add(tags["aws:ResourceTag/kubernetes.io/created-for/pvc/namespace"])
        assert selected == set(BACKUP_SELECTION_NAMESPACES) == {"contexter-data", "vault"}


def _backup_props(**overrides: Any) -> AwsBackupProps:
    from infra.backup.aws_backup_plan import AwsBackupProps

    values: dict[str, Any] = {
        "name": "contexter-prod-ebs",
        "account_id": "333333333333",
        "region": "eu-west-1",
        "dr_region": "eu-central-1",
        "dr_provider": None,
        "role_name": "contexter-prod-aws-backup",
        "key_alias": "alias/contexter-prod-backup-vault",
        "plan": AwsBackupPlan(schedule="cron(0 * * * ? *)", retention_days=35, dr_copy_retention_days=35),
        "namespaces": ("contexter-data",),
    }
    return AwsBackupProps(**{**values, **overrides})


def _bucket_props(**overrides: Any) -> BackupBucketProps:
    from infra.backup.backup_bucket import BackupBucketProps

    values: dict[str, Any] = {
        "bucket": "contexter-prod-backups-333333333333-eu-west-1",
        "dr_bucket": "contexter-prod-backups-333333333333-eu-central-1",
        "account_id": "333333333333",
        "region": "eu-west-1",
        "dr_region": "eu-central-1",
        "dr_provider": None,
        "key_alias": "alias/contexter-prod-backups",
        "replication_role_name": "contexter-prod-backup-replication",
        "object_lock_mode": "COMPLIANCE",
        "object_lock_days": 30,
        "lifecycle": BackupBucketLifecycle(),
        "admin_role_arns": ("arn:aws:iam::333333333333:role/admin",),
        "alarm_topic_arn": "arn:aws:sns:eu-west-1:333333333333:contexter-prod-aws-alerts",
    }
    return BackupBucketProps(**{**values, **overrides})


def test_props_of_the_configured_plans_are_valid() -> None:
    _backup_props()
    _bucket_props()


def test_fails_when_the_backup_schedule_is_slower_than_hourly() -> None:
    slow = AwsBackupPlan(schedule="cron(0 */2 * * ? *)", retention_days=35, dr_copy_retention_days=35)
    with pytest.raises(
        ValueError, match=r"schedule 'cron\(0 \*/2 \* \* \? \*\)' runs every 7200s; allowed: every 3600s"
    ):
        _backup_props(plan=slow)


def test_fails_when_the_dr_region_is_missing() -> None:
    with pytest.raises(ValueError, match=r"a DR region is required"):
        _bucket_props(dr_region="")
    with pytest.raises(ValueError, match=r"copies need a DR region other than eu-west-1, got ''"):
        _backup_props(dr_region="")


def test_fails_when_the_dr_region_is_the_primary_region() -> None:
    with pytest.raises(ValueError, match=r"dr_region eu-west-1 must differ from region eu-west-1"):
        _bucket_props(dr_region="eu-west-1")


def test_fails_when_pruned_versions_would_expire_before_their_lock() -> None:
    with pytest.raises(
        ValueError, match=r"noncurrent versions expire after 35 days, before the 60-day object lock"
    ):
        _bucket_props(object_lock_days=60)
