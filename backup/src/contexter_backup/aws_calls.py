"""The AWS calls each subcommand makes, declared next to the code that makes them (``store.py``).

The deployment's IAM analysis (``contexter_deploy.validation.credentials``) evaluates every call of
a Job's subcommand against its Pod Identity role, the bucket policy and the key policy; the tests
record the boto3 calls the tool really makes against a moto S3 and check them against ``CALLS``,
so neither can drift from the other.

Uploads carry no encryption headers (``SERVER_SIDE_ENCRYPTION``): the bucket's default encryption
applies its KMS key with an S3 Bucket Key, so KMS sees the bucket's ARN as encryption context.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Scope = Literal["bucket", "component", "every-component"]
"""Where a call reaches: the bucket itself (listings), the objects of the one component the
subcommand names, or the objects of every component (``verify``/``prune``/``list`` without
``--component``)."""


@dataclass(frozen=True)
class S3Call:
    """One S3 API operation and what IAM authorizes it as."""

    operation: str
    """The API operation as botocore names it, e.g. ``CreateMultipartUpload``."""
    action: str
    """The IAM action S3 authorizes it with, e.g. ``s3:PutObject``."""
    kms_actions: tuple[str, ...] = ()
    """What S3 asks KMS for, with the caller's permissions, on an SSE-KMS bucket."""
    on_bucket: bool = False
    """Authorized on the bucket ARN (listings) rather than on an object ARN."""


S3_CALLS: dict[str, S3Call] = {
    call.operation: call
    for call in (
        S3Call("CreateMultipartUpload", "s3:PutObject", ("kms:GenerateDataKey",)),
        S3Call("UploadPart", "s3:PutObject", ("kms:GenerateDataKey", "kms:Decrypt")),
        S3Call("CompleteMultipartUpload", "s3:PutObject", ("kms:Decrypt",)),
        S3Call("AbortMultipartUpload", "s3:AbortMultipartUpload"),
        S3Call("PutObject", "s3:PutObject", ("kms:GenerateDataKey",)),
        S3Call("HeadObject", "s3:GetObject"),
        S3Call("GetObject", "s3:GetObject", ("kms:Decrypt",)),
        S3Call("DeleteObject", "s3:DeleteObject"),
        S3Call("ListObjectsV2", "s3:ListBucket", on_bucket=True),
        S3Call("ListMultipartUploads", "s3:ListBucketMultipartUploads", on_bucket=True),
    )
}
"""Every S3 operation the tool calls. Multipart parts and the completion need ``kms:Decrypt`` as
well as ``GenerateDataKey`` (S3 decrypts the upload's data key)."""

SERVER_SIDE_ENCRYPTION: dict[str, str] = {}
"""Extra arguments of every upload (``CreateMultipartUpload``, ``PutObject``): none, so the bucket's
default encryption decides. The bucket policy denies only uploads that ask for another key."""

UPLOAD = ("CreateMultipartUpload", "UploadPart", "CompleteMultipartUpload", "HeadObject", "PutObject")
"""A backup: the streamed object(s), the size and checksum check, the manifest written last."""
ABORT = ("AbortMultipartUpload",)
"""What a failed upload does to clean up after itself."""
READ = ("ListObjectsV2", "GetObject")
"""Find the newest complete backup and read its manifest and data."""

CALLS: dict[tuple[str, ...], dict[Scope, tuple[str, ...]]] = {
    ("qdrant", "snapshot"): {"component": (*UPLOAD, *ABORT)},
    ("qdrant", "restore"): {"bucket": ("ListObjectsV2",), "component": ("GetObject",)},
    ("redis", "dump"): {"component": (*UPLOAD, *ABORT)},
    ("redis", "fetch"): {"bucket": ("ListObjectsV2",), "component": ("GetObject",)},
    ("redis", "restore"): {"bucket": ("ListObjectsV2",), "component": ("GetObject",)},
    ("vault", "snapshot"): {"component": (*UPLOAD, *ABORT)},
    ("vault", "restore"): {"bucket": ("ListObjectsV2",), "component": ("GetObject",)},
    ("verify",): {"bucket": ("ListObjectsV2",), "every-component": ("GetObject",)},
    ("prune",): {
        "bucket": ("ListObjectsV2", "ListMultipartUploads"),
        "every-component": ("GetObject", "DeleteObject", "AbortMultipartUpload"),
    },
    ("list",): {"bucket": ("ListObjectsV2",), "every-component": ("GetObject",)},
}
"""Per subcommand (its argv words), the S3 operations it may call, by where they reach."""


def calls_of(argv: tuple[str, ...]) -> dict[Scope, tuple[str, ...]]:
    """The declared calls of the subcommand ``argv`` starts with; ``KeyError`` naming the known ones."""
    for words, calls in CALLS.items():
        if argv[: len(words)] == words:
            return calls
    known = ", ".join(" ".join(words) for words in CALLS)
    raise KeyError(f"contexter-backup {' '.join(argv)!r}: no declared AWS calls; known subcommands: {known}")
