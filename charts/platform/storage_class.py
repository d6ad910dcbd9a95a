"""The encrypted gp3 StorageClass that every persistent volume uses (Qdrant, Redis, Vault)."""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s_plus_27 import k8s
from constructs import Construct

EBS_CSI_PROVISIONER = "ebs.csi.aws.com"


@dataclass(frozen=True)
class EncryptedStorageClassProps:
    """Properties of ``EncryptedStorageClass``."""

    name: str
    """StorageClass name that volume claims use (``storage.class_name``)."""
    kms_key_id: str
    """KMS key (or alias) ARN that encrypts every volume; the infra stack creates it."""
    iops: int = 3000
    """Provisioned IOPS per volume (default: 3000, the gp3 baseline at no extra cost)."""
    throughput_mibps: int = 125
    """Provisioned throughput per volume in MiB/s (default: 125, the gp3 baseline)."""


class EncryptedStorageClass(Construct):
    """A gp3 StorageClass of the EBS CSI driver: KMS-encrypted, expandable, retained, zone-aware.

    ``WaitForFirstConsumer`` creates each volume in the zone where the scheduler placed its pod, so
    zone spread decides placement and a volume never strands its pod in another zone. ``Retain``
    keeps the EBS volume (and its data) when a claim is deleted by mistake.
    """

    def __init__(self, scope: Construct, id: str, *, props: EncryptedStorageClassProps) -> None:
        super().__init__(scope, id)
        if not props.kms_key_id.startswith("arn:aws:kms:"):
            raise ValueError(
                f"kms_key_id {props.kms_key_id!r} must be a KMS key or alias ARN ('arn:aws:kms:...')"
            )
        self.name = props.name
        self.resource = k8s.KubeStorageClass(
            self,
            "Resource",
            metadata=k8s.ObjectMeta(name=props.name),
            provisioner=EBS_CSI_PROVISIONER,
            parameters={
                "type": "gp3",
                "iops": str(props.iops),
                "throughput": str(props.throughput_mibps),
                "encrypted": "true",
                "kmsKeyId": props.kms_key_id,
                "csi.storage.k8s.io/fstype": "ext4",
            },
            volume_binding_mode="WaitForFirstConsumer",
            allow_volume_expansion=True,
            reclaim_policy="Retain",
        )
