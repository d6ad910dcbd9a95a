"""The S3 bucket that holds every stack's Terraform state, locked with S3's native lock files."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cdktf_cdktf_provider_aws.s3_bucket_lifecycle_configuration import (
    S3BucketLifecycleConfiguration,
    S3BucketLifecycleConfigurationRule,
    S3BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload,
    S3BucketLifecycleConfigurationRuleFilter,
    S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration,
)
from cdktf_cdktf_provider_aws.s3_bucket_policy import S3BucketPolicy
from constructs import Construct

from infra.iam.policy import Statement, deny_insecure_transport, deny_other_encryption, policy_document
from infra.security.kms_key import KmsKey, KmsKeyProps
from infra.security.private_bucket import private_bucket


@dataclass(frozen=True)
class StateAccess:
    """Who may use one environment's state: ``readers`` plan (read, and lock), ``writers`` apply."""

    environment: str
    key: str
    """Object key of the state, e.g. ``environments/prod/terraform.tfstate``."""
    readers: tuple[str, ...]
    writers: tuple[str, ...]

    @property
    def sid(self) -> str:
        return self.environment.capitalize()

    @property
    def prefix(self) -> str:
        return self.key.rsplit("/", 1)[0] + "/"


@dataclass(frozen=True)
class StateBucketProps:
    """Properties of ``StateBucket``."""

    bucket: str
    account_id: str
    region: str
    key_alias: str
    noncurrent_version_expiration_days: int
    environments: Sequence[StateAccess]
    """Roles of other accounts that use a state file here, each limited to its environment's prefix."""


class StateBucket(Construct):
    """A versioned, private, TLS-only bucket, encrypted with a KMS key whose policy gives each
    environment's roles its own state prefix only (the S3 encryption context names the object).

    The S3 backend's native lock (``use_lockfile``) writes ``<key>.tflock`` next to the state, so
    no DynamoDB table is needed. The stacks' backend leaves ``encrypt`` unset: the state and its
    lock file are uploaded without encryption headers and the bucket's default encryption applies
    the state key; the policy refuses only uploads that ask for another encryption
    (``deny_other_encryption``).
    """

    def __init__(self, scope: Construct, id: str, *, props: StateBucketProps) -> None:
        super().__init__(scope, id)
        bucket_arn = f"arn:aws:s3:::{props.bucket}"
        self.key = KmsKey(
            self,
            "kms",
            props=KmsKeyProps(
                alias=props.key_alias,
                description=f"Terraform state in s3://{props.bucket}",
                account_id=props.account_id,
                statements=tuple(
                    _key_statement(access, bucket_arn, props.region) for access in props.environments
                ),
            ),
        )
        state = private_bucket(
            self,
            bucket_id="bucket",
            id_prefix="",
            name=props.bucket,
            key_arn=self.key.arn,
            # Without a bucket key the encryption context is the object's ARN, which the key
            # policy uses to confine each environment to its own state.
            bucket_key_enabled=False,
        )
        self.bucket = state.bucket
        S3BucketLifecycleConfiguration(
            self,
            "lifecycle",
            bucket=self.bucket.id,
            rule=[
                S3BucketLifecycleConfigurationRule(
                    id="old-state-versions",
                    status="Enabled",
                    filter=[S3BucketLifecycleConfigurationRuleFilter(prefix="")],
                    noncurrent_version_expiration=[
                        S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration(
                            noncurrent_days=props.noncurrent_version_expiration_days
                        )
                    ],
                    abort_incomplete_multipart_upload=[
                        S3BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload(
                            days_after_initiation=7
                        )
                    ],
                )
            ],
            depends_on=[state.versioning],
        )
        statements = [
            deny_insecure_transport(bucket_arn, f"{bucket_arn}/*"),
            *deny_other_encryption(bucket_arn, self.key.arn),
        ]
        for access in props.environments:
            statements.extend(_bucket_statements(access, bucket_arn))
        S3BucketPolicy(self, "policy", bucket=self.bucket.id, policy=policy_document(*statements))
        self.arn: str = self.bucket.arn


def _bucket_statements(access: StateAccess, bucket_arn: str) -> tuple[Statement, ...]:
    state, lock = f"{bucket_arn}/{access.key}", f"{bucket_arn}/{access.key}.tflock"
    everyone = (*access.readers, *access.writers)
    return (
        Statement(
            sid=f"List{access.sid}State",
            principals={"AWS": everyone},
            actions=("s3:ListBucket",),
            resources=(bucket_arn,),
            conditions={"StringLike": {"s3:prefix": f"{access.prefix}*"}},
        ),
        Statement(
            sid=f"Read{access.sid}State",
            principals={"AWS": everyone},
            actions=("s3:GetObject",),
            resources=(state,),
        ),
        Statement(
            sid=f"Write{access.sid}State",
            principals={"AWS": access.writers},
            actions=("s3:PutObject",),
            resources=(state,),
        ),
        Statement(
            sid=f"Lock{access.sid}State",
            principals={"AWS": everyone},
            actions=("s3:GetObject", "s3:PutObject", "s3:DeleteObject"),
            resources=(lock,),
        ),
    )


def _key_statement(access: StateAccess, bucket_arn: str, region: str) -> Statement:
    return Statement(
        sid=f"Encrypt{access.sid}State",
        principals={"AWS": (*access.readers, *access.writers)},
        actions=("kms:Decrypt", "kms:GenerateDataKey"),
        resources=("*",),
        conditions={
            "StringEquals": {"kms:ViaService": f"s3.{region}.amazonaws.com"},
            "StringLike": {"kms:EncryptionContext:aws:s3:arn": f"{bucket_arn}/{access.prefix}*"},
        },
        wildcard_reason="in a key policy, Resource '*' means this key",
    )
