"""The S3 backup bucket (Qdrant, Redis and Vault snapshots, Velero) and its replica in the DR region."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from cdktf import TerraformProvider
from cdktf_cdktf_provider_aws.cloudwatch_metric_alarm import CloudwatchMetricAlarm
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy import IamRolePolicy
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.s3_bucket_lifecycle_configuration import (
    S3BucketLifecycleConfiguration,
    S3BucketLifecycleConfigurationRule,
    S3BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload,
    S3BucketLifecycleConfigurationRuleExpiration,
    S3BucketLifecycleConfigurationRuleFilter,
    S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration,
    S3BucketLifecycleConfigurationRuleTransition,
)
from cdktf_cdktf_provider_aws.s3_bucket_object_lock_configuration import (
    S3BucketObjectLockConfigurationA,
    S3BucketObjectLockConfigurationRuleA,
    S3BucketObjectLockConfigurationRuleDefaultRetentionA,
)
from cdktf_cdktf_provider_aws.s3_bucket_policy import S3BucketPolicy
from cdktf_cdktf_provider_aws.s3_bucket_replication_configuration import (
    S3BucketReplicationConfigurationA,
    S3BucketReplicationConfigurationRule,
    S3BucketReplicationConfigurationRuleDeleteMarkerReplication,
    S3BucketReplicationConfigurationRuleDestination,
    S3BucketReplicationConfigurationRuleDestinationEncryptionConfiguration,
    S3BucketReplicationConfigurationRuleDestinationMetrics,
    S3BucketReplicationConfigurationRuleFilter,
    S3BucketReplicationConfigurationRuleSourceSelectionCriteria,
    S3BucketReplicationConfigurationRuleSourceSelectionCriteriaSseKmsEncryptedObjects,
)
from cdktf_cdktf_provider_aws.s3_bucket_versioning import (
    S3BucketVersioningA,
)
from constructs import Construct

from contexter_deploy.ground.config.model import BackupBucketLifecycle
from infra.iam.policy import (
    Statement,
    deny_insecure_transport,
    deny_other_encryption,
    policy_document,
    service_trust,
)
from infra.security.kms_key import KmsKey, KmsKeyProps
from infra.security.private_bucket import private_bucket

REPLICATION_RULE_ID = "to-dr-region"
"""The replication rule; its CloudWatch metrics carry it as the ``RuleId`` dimension."""


@dataclass(frozen=True)
class BackupBucketProps:
    """Properties of ``BackupBucket``."""

    bucket: str
    dr_bucket: str
    account_id: str
    region: str
    dr_region: str
    dr_provider: TerraformProvider
    """Provider of ``dr_region``: the replica, its key and its policy live there."""
    key_alias: str
    """Alias of the bucket's KMS key, the same in both regions."""
    replication_role_name: str
    object_lock_mode: Literal["GOVERNANCE", "COMPLIANCE"]
    object_lock_days: int
    lifecycle: BackupBucketLifecycle
    admin_role_arns: tuple[str, ...]
    """The only principals that may bypass GOVERNANCE retention (e.g. to purge a poisoned backup)."""
    alarm_topic_arn: str
    """SNS topic the replication alarms notify (``AwsAlerts``): a failed or late replica is news."""
    replication_latency_alarm_seconds: int = 3600
    """Alarm when the oldest pending replica is older than this (default: 1 h, the backups' RPO)."""

    def __post_init__(self) -> None:
        if not self.dr_region:
            raise ValueError(
                f"backup bucket {self.bucket}: a DR region is required; backups must outlive the region"
            )
        if self.dr_region == self.region:
            raise ValueError(
                f"backup bucket {self.bucket}: dr_region {self.dr_region} must differ"
                f" from region {self.region}"
            )
        if self.object_lock_days < 1:
            raise ValueError(
                f"backup bucket {self.bucket}: object_lock_days {self.object_lock_days} must be >= 1"
            )
        if self.lifecycle.noncurrent_version_expiration_days < self.object_lock_days:
            raise ValueError(
                f"backup bucket {self.bucket}: noncurrent versions expire after"
                f" {self.lifecycle.noncurrent_version_expiration_days} days, before the"
                f" {self.object_lock_days}-day object lock ends"
            )


class BackupBucket(Construct):
    """A versioned, object-locked, KMS-encrypted, private, TLS-only bucket, replicated to the same
    kind of bucket in the DR region.

    Object Lock gives every version a default retention: within it, nothing (``COMPLIANCE``) or
    only the admin roles (``GOVERNANCE``) can delete or overwrite a backup, so a compromised
    cluster cannot destroy the backups it writes. Deleting a key only adds a delete marker; the
    lifecycle rule removes pruned (noncurrent) versions once their lock has expired.
    """

    def __init__(self, scope: Construct, id: str, *, props: BackupBucketProps) -> None:
        super().__init__(scope, id)
        self.key = KmsKey(
            self,
            "kms",
            props=KmsKeyProps(
                alias=props.key_alias,
                description=f"Backups in s3://{props.bucket}",
                account_id=props.account_id,
            ),
        )
        self.dr_key = KmsKey(
            self,
            "dr_kms",
            props=KmsKeyProps(
                alias=props.key_alias,
                description=f"Replicated backups in s3://{props.dr_bucket}",
                account_id=props.account_id,
                provider=props.dr_provider,
            ),
        )
        self._versioning: list[S3BucketVersioningA] = []
        self.bucket = self._bucket("bucket", props, props.bucket, self.key.arn, provider=None)
        self.dr_bucket = self._bucket(
            "dr_bucket", props, props.dr_bucket, self.dr_key.arn, provider=props.dr_provider
        )
        self.arn: str = self.bucket.arn
        self._replicate(props)

    def _bucket(
        self,
        id: str,
        props: BackupBucketProps,
        name: str,
        key_arn: str,
        *,
        provider: TerraformProvider | None,
    ) -> S3Bucket:
        created = private_bucket(
            self,
            bucket_id=id,
            id_prefix=f"{id}_",
            name=name,
            key_arn=key_arn,
            bucket_key_enabled=True,
            object_lock_enabled=True,
            provider=provider,
        )
        bucket, versioning = created.bucket, created.versioning
        self._object_lock(id, props, bucket, versioning, provider=provider)
        self._lifecycle(id, props, bucket, versioning, provider=provider)
        self._bucket_policy(id, props, bucket, name, key_arn, provider=provider)
        self._versioning.append(versioning)
        return bucket

    def _object_lock(
        self,
        id: str,
        props: BackupBucketProps,
        bucket: S3Bucket,
        versioning: S3BucketVersioningA,
        *,
        provider: TerraformProvider | None,
    ) -> None:
        """Every version gets the default retention, within which nothing (or only the admins) deletes it."""
        S3BucketObjectLockConfigurationA(
            self,
            f"{id}_object_lock",
            bucket=bucket.id,
            rule=S3BucketObjectLockConfigurationRuleA(
                default_retention=S3BucketObjectLockConfigurationRuleDefaultRetentionA(
                    mode=props.object_lock_mode, days=props.object_lock_days
                )
            ),
            depends_on=[versioning],
            provider=provider,
        )

    def _lifecycle(
        self,
        id: str,
        props: BackupBucketProps,
        bucket: S3Bucket,
        versioning: S3BucketVersioningA,
        *,
        provider: TerraformProvider | None,
    ) -> None:
        """Move backups to cheaper storage as they age; remove pruned versions once their lock has expired."""
        lifecycle = props.lifecycle
        S3BucketLifecycleConfiguration(
            self,
            f"{id}_lifecycle",
            bucket=bucket.id,
            rule=[
                S3BucketLifecycleConfigurationRule(
                    id="tiering-and-pruned-versions",
                    status="Enabled",
                    filter=[S3BucketLifecycleConfigurationRuleFilter(prefix="")],
                    transition=[
                        S3BucketLifecycleConfigurationRuleTransition(
                            days=lifecycle.infrequent_access_after_days, storage_class="STANDARD_IA"
                        ),
                        S3BucketLifecycleConfigurationRuleTransition(
                            days=lifecycle.glacier_after_days, storage_class="GLACIER"
                        ),
                    ],
                    noncurrent_version_expiration=[
                        S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration(
                            noncurrent_days=lifecycle.noncurrent_version_expiration_days
                        )
                    ],
                    expiration=[
                        S3BucketLifecycleConfigurationRuleExpiration(expired_object_delete_marker=True)
                    ],
                    abort_incomplete_multipart_upload=[
                        S3BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload(
                            days_after_initiation=7
                        )
                    ],
                )
            ],
            depends_on=[versioning],
            provider=provider,
        )

    def _bucket_policy(
        self,
        id: str,
        props: BackupBucketProps,
        bucket: S3Bucket,
        name: str,
        key_arn: str,
        *,
        provider: TerraformProvider | None,
    ) -> None:
        """TLS only, the bucket's key only, and only the admins bypass GOVERNANCE retention."""
        bucket_arn = f"arn:aws:s3:::{name}"
        S3BucketPolicy(
            self,
            f"{id}_policy",
            bucket=bucket.id,
            policy=policy_document(
                deny_insecure_transport(bucket_arn, f"{bucket_arn}/*"),
                *deny_other_encryption(bucket_arn, key_arn),
                Statement(
                    sid="OnlyAdminsBypassGovernanceRetention",
                    effect="Deny",
                    principals={"AWS": ("*",)},
                    actions=("s3:BypassGovernanceRetention",),
                    resources=(f"{bucket_arn}/*",),
                    conditions={"ArnNotEquals": {"aws:PrincipalArn": props.admin_role_arns}},
                    wildcard_reason="the lock protects every object of the bucket",
                ),
            ),
            provider=provider,
        )

    def _replicate(self, props: BackupBucketProps) -> None:
        role = self._replication_role(props)
        self._replication_configuration(props, role)
        self._replication_alarms(props)

    def _replication_role(self, props: BackupBucketProps) -> IamRole:
        """The role S3 replicates as: read the source's versions, write the replicas, use both keys."""
        role = IamRole(
            self,
            "replication_role",
            name=props.replication_role_name,
            description=f"S3 replication of {props.bucket} to {props.dr_bucket}",
            assume_role_policy=service_trust("s3.amazonaws.com", source_account=props.account_id),
        )
        IamRolePolicy(
            self,
            "replication_role_policy",
            name="replicate-backups",
            role=role.name,
            policy=self._replication_policy(props),
        )
        return role

    def _replication_policy(self, props: BackupBucketProps) -> str:
        """Each key only through S3 in its own region, and only for its bucket's objects."""
        source_arn, destination_arn = f"arn:aws:s3:::{props.bucket}", f"arn:aws:s3:::{props.dr_bucket}"
        return policy_document(
            Statement(
                sid="ReadReplicationConfiguration",
                actions=("s3:GetReplicationConfiguration", "s3:ListBucket"),
                resources=(source_arn,),
            ),
            Statement(
                sid="ReadSourceVersions",
                actions=(
                    "s3:GetObjectVersionForReplication",
                    "s3:GetObjectVersionAcl",
                    "s3:GetObjectVersionTagging",
                    "s3:GetObjectRetention",
                    "s3:GetObjectLegalHold",
                ),
                resources=(f"{source_arn}/*",),
                wildcard_reason="every object of the source bucket is replicated",
            ),
            Statement(
                sid="WriteReplicas",
                actions=("s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags"),
                resources=(f"{destination_arn}/*",),
                wildcard_reason="every object of the source bucket is replicated",
            ),
            Statement(
                sid="DecryptSourceObjects",
                actions=("kms:Decrypt",),
                resources=(self.key.arn,),
                conditions={
                    "StringEquals": {"kms:ViaService": f"s3.{props.region}.amazonaws.com"},
                    # Bucket Keys: S3 asks KMS with the bucket's ARN as context, not the object's.
                    "StringLike": {"kms:EncryptionContext:aws:s3:arn": (source_arn, f"{source_arn}/*")},
                },
            ),
            Statement(
                sid="EncryptReplicas",
                actions=("kms:Encrypt", "kms:GenerateDataKey"),
                resources=(self.dr_key.arn,),
                conditions={
                    "StringEquals": {"kms:ViaService": f"s3.{props.dr_region}.amazonaws.com"},
                    "StringLike": {
                        "kms:EncryptionContext:aws:s3:arn": (destination_arn, f"{destination_arn}/*")
                    },
                },
            ),
        )

    def _replication_configuration(self, props: BackupBucketProps, role: IamRole) -> None:
        """Replicate every object, delete marker and KMS-encrypted version to the DR bucket, under its key."""
        source, destination = self.bucket, self.dr_bucket
        S3BucketReplicationConfigurationA(
            self,
            "replication",
            bucket=source.id,
            role=role.arn,
            rule=[
                S3BucketReplicationConfigurationRule(
                    id=REPLICATION_RULE_ID,
                    status="Enabled",
                    filter=S3BucketReplicationConfigurationRuleFilter(prefix=""),
                    delete_marker_replication=S3BucketReplicationConfigurationRuleDeleteMarkerReplication(
                        status="Enabled"
                    ),
                    source_selection_criteria=S3BucketReplicationConfigurationRuleSourceSelectionCriteria(
                        sse_kms_encrypted_objects=(
                            S3BucketReplicationConfigurationRuleSourceSelectionCriteriaSseKmsEncryptedObjects(
                                status="Enabled"
                            )
                        )
                    ),
                    destination=S3BucketReplicationConfigurationRuleDestination(
                        bucket=destination.arn,
                        storage_class="STANDARD_IA",
                        # Publishes OperationsFailedReplication and ReplicationLatency to CloudWatch.
                        metrics=S3BucketReplicationConfigurationRuleDestinationMetrics(status="Enabled"),
                        encryption_configuration=(
                            S3BucketReplicationConfigurationRuleDestinationEncryptionConfiguration(
                                replica_kms_key_id=self.dr_key.arn
                            )
                        ),
                    ),
                )
            ],
            depends_on=list(self._versioning),
        )

    def _replication_alarms(self, props: BackupBucketProps) -> None:
        """A failed or late replica notifies ``alarm_topic_arn``."""
        dimensions = {
            "SourceBucket": props.bucket,
            "DestinationBucket": props.dr_bucket,
            "RuleId": REPLICATION_RULE_ID,
        }
        CloudwatchMetricAlarm(
            self,
            "replication_failed_alarm",
            alarm_name=f"{props.bucket}-replication-failed",
            alarm_description=f"Objects of s3://{props.bucket} failed to replicate to s3://{props.dr_bucket}"
            " (KMS or bucket policy denial, deleted destination key);"
            " see docs/infrastructure.md, Replication alarms",
            namespace="AWS/S3",
            metric_name="OperationsFailedReplication",
            dimensions=dimensions,
            statistic="Sum",
            period=300,
            evaluation_periods=1,
            comparison_operator="GreaterThanThreshold",
            threshold=0,
            treat_missing_data="notBreaching",
            alarm_actions=[props.alarm_topic_arn],
            ok_actions=[props.alarm_topic_arn],
        )
        CloudwatchMetricAlarm(
            self,
            "replication_latency_alarm",
            alarm_name=f"{props.bucket}-replication-late",
            alarm_description=f"Replicas in s3://{props.dr_bucket} are more than"
            f" {props.replication_latency_alarm_seconds} s behind s3://{props.bucket}",
            namespace="AWS/S3",
            metric_name="ReplicationLatency",
            dimensions=dimensions,
            statistic="Maximum",
            period=300,
            evaluation_periods=3,
            comparison_operator="GreaterThanThreshold",
            threshold=props.replication_latency_alarm_seconds,
            treat_missing_data="notBreaching",
            alarm_actions=[props.alarm_topic_arn],
            ok_actions=[props.alarm_topic_arn],
        )
