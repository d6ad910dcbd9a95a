"""The KMS key that auto-unseals Vault; Vault's Pod Identity role is built from ``POD_IDENTITIES``."""

from __future__ import annotations

from dataclasses import dataclass

from cdktf import TerraformProvider
from cdktf_cdktf_provider_aws.kms_alias import KmsAlias
from cdktf_cdktf_provider_aws.kms_replica_key import KmsReplicaKey
from constructs import Construct

from infra.cluster.eks_cluster import Cluster
from infra.iam.policy import policy_document
from infra.security.kms_key import DELETION_WINDOW_DAYS, KmsKey, KmsKeyProps, account_root_statement


@dataclass(frozen=True)
class VaultProps:
    """Properties of ``VaultPrerequisites``."""

    cluster: Cluster
    """The cluster Vault runs in (named in the keys' descriptions)."""
    account_id: str
    unseal_key_alias: str
    """``naming.Names.vault_kms_alias``: Vault's ``seal "awskms"`` stanza names it as ``kms_key_id``."""
    dr_provider: TerraformProvider
    """Provider of the DR region, where the key's replica lives."""


class VaultPrerequisites(Construct):
    """Vault runs in the cluster (HA raft StatefulSet, installed by Argo CD); AWS gives it a KMS key
    to unseal itself with after a restart, without a human holding unseal shares.

    The key is multi-Region with a replica (same key material, same alias) in the DR region: a
    raft snapshot restored there unseals while the primary region is down. The key never leaves
    KMS; only Vault's Pod Identity role may use it (``vault_policy``)."""

    def __init__(self, scope: Construct, id: str, *, props: VaultProps) -> None:
        super().__init__(scope, id)
        description = f"Auto-unseal of Vault in {props.cluster.name}"
        self.unseal_key = KmsKey(
            self,
            "unseal",
            props=KmsKeyProps(
                alias=props.unseal_key_alias,
                description=description,
                account_id=props.account_id,
                multi_region=True,
            ),
        )
        self.dr_unseal_key = KmsReplicaKey(
            self,
            "dr_unseal_key",
            primary_key_arn=self.unseal_key.arn,
            description=f"{description} (DR replica)",
            deletion_window_in_days=DELETION_WINDOW_DAYS,
            policy=policy_document(account_root_statement(props.account_id)),
            provider=props.dr_provider,
        )
        KmsAlias(
            self,
            "dr_unseal_alias",
            name=props.unseal_key_alias,
            target_key_id=self.dr_unseal_key.key_id,
            provider=props.dr_provider,
        )
        self.unseal_key_arns: tuple[str, str] = (self.unseal_key.arn, self.dr_unseal_key.arn)
