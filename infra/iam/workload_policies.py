"""Permissions of the Pod Identity roles, one function per role key of ``POD_IDENTITIES``.

Each names the exact bucket prefixes, keys and hosted zone it needs. Karpenter's policy lives
with its other prerequisites in ``infra/cluster/karpenter.py``.
"""

from __future__ import annotations

from dataclasses import dataclass

from infra.iam.policy import Statement, policy_document

EBS_CSI_MANAGED_POLICY = "arn:aws:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy"
"""AWS maintains it with the driver; it is scoped by the tags the driver puts on its volumes."""

ACCEPTED_FINDINGS: dict[str, str] = {
    "parliament:RESOURCE_MISMATCH:ec2": "Karpenter's RunInstances/CreateFleet statements are split by"
    " resource type (image, subnet, security group vs. instance, volume, interface), as Karpenter's own"
    " policy is; parliament reports each statement for the types it does not name",
    "parliament:RESOURCE_MISMATCH:ssm": "Karpenter reads AWS's public AMI parameters"
    " (arn:aws:ssm:<region>::parameter/aws/service/...), which have no account in their ARN",
    "parliament:RESOURCE_MISMATCH:logs": "VPC Flow Logs' role: DescribeLogGroups is authorized on the"
    " log-group ARN pattern the statement names",
}
"""The IAM lint findings on the environment stack's role policies that stay, each with its reason
(``contexter_deploy.validation.iam_lint``); this module is the one the lint imports for them."""


@dataclass(frozen=True)
class BackupBucketAccess:
    """Where a workload's backups go: the bucket, its key, and the prefixes it owns or maintains."""

    bucket: str
    key_arn: str
    region: str
    prefixes: tuple[str, ...]
    """Key prefixes ending in ``/``, e.g. ``prod/qdrant/``, that the workload writes and reads."""
    maintained_prefixes: tuple[str, ...] = ()
    """Prefixes it only verifies and prunes (read, delete, abort uploads), written by another
    workload: ``verify`` and ``prune`` without ``--component`` cover every component (default: none)."""
    list_uploads: bool = False
    """Whether it lists incomplete multipart uploads (``prune``: ``s3:ListBucketMultipartUploads``,
    which S3 authorizes on the bucket and cannot narrow to a prefix; default: no)."""

    def __post_init__(self) -> None:
        for prefix in (*self.prefixes, *self.maintained_prefixes):
            if not prefix.endswith("/") or prefix.startswith("/") or "*" in prefix:
                raise ValueError(f"backup prefix {prefix!r} must look like '<env>/<component>/'")
        overlap = set(self.prefixes) & set(self.maintained_prefixes)
        if overlap:
            raise ValueError(f"backup prefixes {sorted(overlap)} are both written and only maintained")

    @property
    def bucket_arn(self) -> str:
        return f"arn:aws:s3:::{self.bucket}"


MAINTAIN_OBJECT_ACTIONS = ("s3:GetObject", "s3:DeleteObject", "s3:AbortMultipartUpload")
"""``verify`` reads manifests and data back; ``prune`` deletes expired backups and aborts stale uploads."""


def bucket_prefix_statements(
    access: BackupBucketAccess, *, actions: tuple[str, ...], sid: str
) -> tuple[Statement, ...]:
    """List, read and write ``access.prefixes`` only (and maintain ``maintained_prefixes``),
    encrypting with the bucket's key; never touch the object lock (an explicit deny, so no other
    policy can grant it).

    The KMS statement has no encryption-context condition: the backup bucket uses S3 Bucket Keys,
    so the context S3 sends is the bucket's ARN, not the object's, and cannot name a prefix."""
    everything = (*access.prefixes, *access.maintained_prefixes)
    statements = [
        Statement(
            sid=f"List{sid}",
            actions=("s3:ListBucket",),
            resources=(access.bucket_arn,),
            conditions={"StringLike": {"s3:prefix": tuple(f"{prefix}*" for prefix in everything)}},
        ),
        Statement(
            sid=f"ReadWrite{sid}",
            actions=actions,
            resources=tuple(f"{access.bucket_arn}/{prefix}*" for prefix in access.prefixes),
            wildcard_reason="a key prefix: backup object names carry their timestamp",
        ),
    ]
    if access.maintained_prefixes:
        statements.append(
            Statement(
                sid=f"VerifyAndPrune{sid}",
                actions=MAINTAIN_OBJECT_ACTIONS,
                resources=tuple(f"{access.bucket_arn}/{prefix}*" for prefix in access.maintained_prefixes),
                wildcard_reason="a key prefix: backup object names carry their timestamp",
            )
        )
    if access.list_uploads:
        statements.append(
            Statement(
                sid=f"ListIncompleteUploads{sid}",
                actions=("s3:ListBucketMultipartUploads",),
                resources=(access.bucket_arn,),
            )
        )
    statements += [
        Statement(
            sid=f"Encrypt{sid}",
            actions=("kms:GenerateDataKey", "kms:Decrypt"),
            resources=(access.key_arn,),
            conditions={"StringEquals": {"kms:ViaService": f"s3.{access.region}.amazonaws.com"}},
        ),
        Statement(
            sid="NeverUnlockBackups",
            effect="Deny",
            actions=(
                "s3:BypassGovernanceRetention",
                "s3:DeleteObjectVersion",
                "s3:PutObjectRetention",
                "s3:PutObjectLegalHold",
                "s3:PutBucketObjectLockConfiguration",
                "s3:PutLifecycleConfiguration",
            ),
            resources=(access.bucket_arn, f"{access.bucket_arn}/*"),
            wildcard_reason="the deny covers every object of the bucket",
        ),
    ]
    return tuple(statements)


BACKUP_OBJECT_ACTIONS = (
    "s3:GetObject",
    "s3:PutObject",
    "s3:DeleteObject",
    "s3:AbortMultipartUpload",
    "s3:ListMultipartUploadParts",
)
"""Write a backup, read it back to verify or restore, and prune it. ``DeleteObject`` on a versioned,
locked bucket only adds a delete marker: the version stays until its lock expires."""


def backup_policy(access: BackupBucketAccess) -> str:
    """The backup CronJobs of ``contexter-data``: Qdrant and Redis snapshots under their own
    prefixes; ``verify`` and ``prune`` (every component) also read and prune ``<env>/vault/``.
    The calls the tool makes per subcommand: ``contexter_backup.aws_calls``."""
    return policy_document(*bucket_prefix_statements(access, actions=BACKUP_OBJECT_ACTIONS, sid="OwnBackups"))


def vault_policy(*, unseal_key_arns: tuple[str, ...]) -> str:
    """Vault's server pods: auto-unseal with its KMS key or its DR replica, nothing else (the
    raft snapshots are the ``vault-backup`` role's)."""
    return policy_document(
        Statement(
            sid="AutoUnseal",
            actions=("kms:Encrypt", "kms:Decrypt", "kms:DescribeKey"),
            resources=unseal_key_arns,
        ),
    )


def vault_backup_policy(access: BackupBucketAccess) -> str:
    """The Vault snapshot CronJob and restore Job: raft snapshots under ``<env>/vault/`` only."""
    return policy_document(
        *bucket_prefix_statements(access, actions=BACKUP_OBJECT_ACTIONS, sid="RaftSnapshots")
    )


def velero_policy(access: BackupBucketAccess, *, account_id: str, ebs_key_arn: str) -> str:
    """Velero: cluster backups under ``<env>/velero/``, and EBS snapshots of persistent volumes."""
    region = access.region
    return policy_document(
        Statement(
            sid="DescribeVolumesAndSnapshots",
            actions=("ec2:DescribeVolumes", "ec2:DescribeSnapshots"),
            resources=("*",),
            wildcard_reason="EC2 Describe* actions support no resource-level permissions",
        ),
        Statement(
            sid="SnapshotAndRestoreVolumes",
            actions=("ec2:CreateSnapshot", "ec2:CreateVolume", "ec2:CreateTags", "ec2:DeleteSnapshot"),
            resources=(f"arn:aws:ec2:{region}:{account_id}:volume/*", f"arn:aws:ec2:{region}::snapshot/*"),
            wildcard_reason="volume and snapshot IDs are created at run time",
        ),
        Statement(
            sid="EncryptedVolumes",
            actions=(
                "kms:CreateGrant",
                "kms:Decrypt",
                "kms:DescribeKey",
                "kms:GenerateDataKeyWithoutPlaintext",
                "kms:ReEncryptFrom",
                "kms:ReEncryptTo",
            ),
            resources=(ebs_key_arn,),
            conditions={"StringEquals": {"kms:ViaService": f"ec2.{region}.amazonaws.com"}},
        ),
        *bucket_prefix_statements(access, actions=BACKUP_OBJECT_ACTIONS, sid="ClusterBackups"),
    )


def cert_manager_policy(*, hosted_zone_id: str) -> str:
    """cert-manager's DNS-01 solver: ``_acme-challenge`` TXT records in one hosted zone, nothing else.

    The ClusterIssuer must name the zone (``hostedZoneID``), so no zone listing is needed."""
    zone = f"arn:aws:route53:::hostedzone/{hosted_zone_id}"
    return policy_document(
        Statement(
            sid="WriteChallengeRecords",
            actions=("route53:ChangeResourceRecordSets",),
            resources=(zone,),
            conditions={
                "ForAllValues:StringEquals": {"route53:ChangeResourceRecordSetsRecordTypes": ("TXT",)},
                "ForAllValues:StringLike": {
                    "route53:ChangeResourceRecordSetsNormalizedRecordNames": ("_acme-challenge.*",)
                },
            },
        ),
        Statement(sid="ReadZoneRecords", actions=("route53:ListResourceRecordSets",), resources=(zone,)),
        Statement(
            sid="WaitForPropagation",
            actions=("route53:GetChange",),
            resources=("arn:aws:route53:::change/*",),
            wildcard_reason="change IDs are returned by ChangeResourceRecordSets at run time",
        ),
    )


def ebs_csi_policy(*, ebs_key_arn: str) -> str:
    """The EBS CSI controller, on top of ``EBS_CSI_MANAGED_POLICY``: volumes encrypted with the EBS key."""
    return policy_document(
        Statement(
            sid="GrantsForAttachedVolumes",
            actions=("kms:CreateGrant", "kms:ListGrants", "kms:RevokeGrant"),
            resources=(ebs_key_arn,),
            conditions={"Bool": {"kms:GrantIsForAWSResource": "true"}},
        ),
        Statement(
            sid="EncryptVolumes",
            actions=(
                "kms:Encrypt",
                "kms:Decrypt",
                "kms:ReEncryptFrom",
                "kms:ReEncryptTo",
                "kms:GenerateDataKey",
                "kms:GenerateDataKeyWithoutPlaintext",
                "kms:DescribeKey",
            ),
            resources=(ebs_key_arn,),
        ),
    )
