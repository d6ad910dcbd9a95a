"""The hardening every Contexter S3 bucket shares: owner-enforced, never public, versioned, KMS-encrypted."""

from __future__ import annotations

from dataclasses import dataclass

from cdktf import TerraformProvider
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.s3_bucket_ownership_controls import (
    S3BucketOwnershipControls,
    S3BucketOwnershipControlsRule,
)
from cdktf_cdktf_provider_aws.s3_bucket_public_access_block import S3BucketPublicAccessBlock
from cdktf_cdktf_provider_aws.s3_bucket_server_side_encryption_configuration import (
    S3BucketServerSideEncryptionConfigurationA,
    S3BucketServerSideEncryptionConfigurationRuleA,
    S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA,
)
from cdktf_cdktf_provider_aws.s3_bucket_versioning import (
    S3BucketVersioningA,
    S3BucketVersioningVersioningConfiguration,
)
from constructs import Construct


@dataclass(frozen=True)
class PrivateBucket:
    """A bucket made by ``private_bucket`` and its versioning, which lifecycle and lock rules depend on."""

    bucket: S3Bucket
    versioning: S3BucketVersioningA


def private_bucket(
    scope: Construct,
    *,
    bucket_id: str,
    id_prefix: str,
    name: str,
    key_arn: str,
    bucket_key_enabled: bool,
    object_lock_enabled: bool = False,
    provider: TerraformProvider | None = None,
) -> PrivateBucket:
    """Create bucket ``name`` in ``scope`` with ACLs disabled, all public access blocked, versioning on
    and default encryption with ``key_arn``.

    ``bucket_id`` names the bucket resource and ``id_prefix`` prefixes the others
    (``<prefix>ownership``, ``<prefix>public_access_block``, ``<prefix>versioning``, ``<prefix>encryption``),
    so each caller keeps stable Terraform addresses. ``bucket_key_enabled=False`` keeps the object's
    ARN as the KMS encryption context, for key policies that confine principals to a prefix.
    """
    # Object Lock can only be turned on when the bucket is created; leave the attribute out otherwise.
    lock = True if object_lock_enabled else None
    bucket = S3Bucket(scope, bucket_id, bucket=name, object_lock_enabled=lock, provider=provider)
    S3BucketOwnershipControls(
        scope,
        f"{id_prefix}ownership",
        bucket=bucket.id,
        rule=S3BucketOwnershipControlsRule(object_ownership="BucketOwnerEnforced"),
        provider=provider,
    )
    S3BucketPublicAccessBlock(
        scope,
        f"{id_prefix}public_access_block",
        bucket=bucket.id,
        block_public_acls=True,
        block_public_policy=True,
        ignore_public_acls=True,
        restrict_public_buckets=True,
        provider=provider,
    )
    versioning = S3BucketVersioningA(
        scope,
        f"{id_prefix}versioning",
        bucket=bucket.id,
        versioning_configuration=S3BucketVersioningVersioningConfiguration(status="Enabled"),
        provider=provider,
    )
    S3BucketServerSideEncryptionConfigurationA(
        scope,
        f"{id_prefix}encryption",
        bucket=bucket.id,
        rule=[
            S3BucketServerSideEncryptionConfigurationRuleA(
                apply_server_side_encryption_by_default=(
                    S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA(
                        sse_algorithm="aws:kms", kms_master_key_id=key_arn
                    )
                ),
                bucket_key_enabled=bucket_key_enabled,
            )
        ],
        provider=provider,
    )
    return PrivateBucket(bucket=bucket, versioning=versioning)
