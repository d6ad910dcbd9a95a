"""IAM and resource policy documents built from typed statements and rendered with ``json.dumps``.

Least privilege is enforced where the statement is written: a resource with a ``*`` in it
needs a ``wildcard_reason`` (AWS requires ``*`` for some actions, and a key policy's
``Resource`` is always ``*``, meaning "this key"), so an unexplained wildcard fails the synth.
ARNs that exist only after apply (a KMS key, an SQS queue) are Terraform references
(``${aws_kms_key.backup.arn}``), which Terraform substitutes inside the JSON string.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

ConditionValues = str | tuple[str, ...]
Conditions = Mapping[str, Mapping[str, ConditionValues]]
"""``{"StringEquals": {"aws:SourceAccount": "111111111111"}}``."""


@dataclass(frozen=True)
class Statement:
    """One statement of a policy document."""

    sid: str
    """Statement ID: says what the statement is for, e.g. ``WriteQdrantBackups``."""
    actions: tuple[str, ...]
    resources: tuple[str, ...] = ()
    """Exact ARNs or Terraform references; empty in trust policies, which name no resource."""
    effect: Literal["Allow", "Deny"] = "Allow"
    principals: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """``{"Service": ("pods.eks.amazonaws.com",)}``; only in trust and resource policies."""
    conditions: Conditions = field(default_factory=dict)
    wildcard_reason: str | None = None
    """Why a resource contains ``*``; required then, and only then."""

    def __post_init__(self) -> None:
        if not re.fullmatch(r"[A-Za-z0-9]+", self.sid):
            raise ValueError(f"statement sid {self.sid!r} must be alphanumeric (IAM allows nothing else)")
        if not self.actions:
            raise ValueError(f"statement {self.sid} has no actions")
        wildcards = [resource for resource in self.resources if "*" in resource]
        if wildcards and not self.wildcard_reason:
            raise ValueError(
                f"statement {self.sid} grants {', '.join(self.actions)} on {', '.join(wildcards)}:"
                " name exact ARNs, or give wildcard_reason saying why AWS needs the wildcard"
            )
        if self.wildcard_reason and not wildcards:
            raise ValueError(f"statement {self.sid} has a wildcard_reason but no wildcard resource")

    def to_json(self) -> dict[str, object]:
        document: dict[str, object] = {"Sid": self.sid, "Effect": self.effect}
        if self.principals:
            document["Principal"] = {kind: _one_or_many(values) for kind, values in self.principals.items()}
        document["Action"] = _one_or_many(self.actions)
        if self.resources:
            document["Resource"] = _one_or_many(self.resources)
        if self.conditions:
            document["Condition"] = {
                operator: {key: _one_or_many(value) for key, value in values.items()}
                for operator, values in self.conditions.items()
            }
        return document


def policy_document(*statements: Statement) -> str:
    """The JSON policy document of ``statements``; statement IDs must be unique."""
    sids = [statement.sid for statement in statements]
    duplicates = sorted({sid for sid in sids if sids.count(sid) > 1})
    if duplicates:
        raise ValueError(f"duplicate statement sids: {', '.join(duplicates)}")
    return json.dumps(
        {"Version": "2012-10-17", "Statement": [statement.to_json() for statement in statements]}
    )


def deny_insecure_transport(*resources: str) -> Statement:
    """Deny every request that does not use TLS (``aws:SecureTransport`` false)."""
    return Statement(
        sid="DenyInsecureTransport",
        effect="Deny",
        principals={"AWS": ("*",)},
        actions=("s3:*",),
        resources=resources,
        conditions={"Bool": {"aws:SecureTransport": "false"}},
        wildcard_reason="object ARNs of the whole bucket: every key must be reached over TLS only",
    )


def service_trust(service: str, *, source_account: str | None = None) -> str:
    """Trust policy letting AWS service ``service`` (e.g. ``eks.amazonaws.com``) assume a role.

    ``source_account``, for services that send ``aws:SourceAccount`` (VPC Flow Logs, S3
    replication), prevents the confused-deputy problem: the service can assume the role only
    while acting for a resource of that account. EC2, EKS and AWS Backup do not send it.
    """
    conditions: Conditions = {"StringEquals": {"aws:SourceAccount": source_account}} if source_account else {}
    return policy_document(
        Statement(
            sid="AssumedByService",
            principals={"Service": (service,)},
            actions=("sts:AssumeRole",),
            conditions=conditions,
        )
    )


def _one_or_many(values: ConditionValues) -> str | list[str]:
    if isinstance(values, str):
        return values
    return values[0] if len(values) == 1 else list(values)


SSE_HEADER = "s3:x-amz-server-side-encryption"
SSE_KMS_KEY_HEADER = "s3:x-amz-server-side-encryption-aws-kms-key-id"


def deny_other_encryption(bucket_arn: str, key_arn: str) -> tuple[Statement, ...]:
    """Refuse an upload that asks for any encryption other than the bucket's own KMS key.

    An upload without encryption headers is allowed: the bucket's default encryption applies its
    key (with the Bucket Key where enabled). That is what the Terraform S3 backend without
    ``encrypt`` sends for the state and its ``.tflock``, what the backup tool and Velero (no
    ``kmsKeyId``) send. Denied are: another algorithm (SSE-S3 ``AES256``); ``aws:kms`` without a key
    ID, which S3 would encrypt with the AWS managed ``aws/s3`` key instead of the default; another
    key. Each condition tests a header only where it is present (``Null`` false), so a missing
    header never matches the way ``StringNotEqualsIfExists`` would.
    """
    objects = f"{bucket_arn}/*"
    reason = "every object of the bucket is encrypted with the bucket's key"
    return (
        Statement(
            sid="DenyOtherEncryption",
            effect="Deny",
            principals={"AWS": ("*",)},
            actions=("s3:PutObject",),
            resources=(objects,),
            conditions={"StringNotEquals": {SSE_HEADER: "aws:kms"}, "Null": {SSE_HEADER: "false"}},
            wildcard_reason=reason,
        ),
        Statement(
            sid="DenyTheAwsManagedKey",
            effect="Deny",
            principals={"AWS": ("*",)},
            actions=("s3:PutObject",),
            resources=(objects,),
            conditions={"Null": {SSE_HEADER: "false", SSE_KMS_KEY_HEADER: "true"}},
            wildcard_reason=reason,
        ),
        Statement(
            sid="DenyOtherKmsKeys",
            effect="Deny",
            principals={"AWS": ("*",)},
            actions=("s3:PutObject",),
            resources=(objects,),
            conditions={
                "StringNotEquals": {SSE_KMS_KEY_HEADER: key_arn},
                "Null": {SSE_KMS_KEY_HEADER: "false"},
            },
            wildcard_reason=reason,
        ),
    )
