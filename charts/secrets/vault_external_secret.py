"""One ExternalSecret: a Kubernetes Secret kept in sync with one Vault KV v2 path."""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s import ApiObjectMetadata
from constructs import Construct

from charts.secret_catalog import SecretSpec
from contexter_deploy.ground.contracts import ARGOCD_NAMESPACE
from imports import external_secrets as eso


@dataclass(frozen=True)
class VaultExternalSecretProps:
    """Properties of a ``VaultExternalSecret``."""

    secret: SecretSpec
    """Name, namespace, Vault path and keys, from ``charts.secret_catalog``."""
    store: str
    """Name of the ClusterSecretStore to read from."""
    refresh_interval: str
    """How often to re-read Vault (``vault.refresh_interval``, e.g. ``1h``); a rotated value
    reaches the Secret within one interval."""

    def __post_init__(self) -> None:
        if not self.secret.keys:
            raise ValueError(f"{self.secret.name}: keys is empty; allowed: the keys the workloads read")


class VaultExternalSecret(Construct):
    """ExternalSecret named after the Secret it writes, one entry per key: key ``k`` of the Secret
    is property ``k`` of the Vault secret at ``vault_path``.

    ``creationPolicy: Owner``: the ExternalSecret owns the Secret, so removing it from Git removes
    the Secret too, and nothing else may write that Secret. ``deletionPolicy: Retain``: if the path
    disappears from Vault (a mistake, a partial restore), the last good Secret stays and running
    pods keep working; the ExternalSecret reports the error instead.
    """

    def __init__(self, scope: Construct, id: str, *, props: VaultExternalSecretProps) -> None:
        super().__init__(scope, id)
        secret = props.secret
        eso.ExternalSecret(
            self,
            "Resource",
            metadata=ApiObjectMetadata(
                name=secret.name,
                namespace=secret.namespace,
                # In argocd the root Application syncs it, in a wave after External Secrets is
                # installed: its dry run at the start of the sync must not need the CRD yet.
                annotations=(
                    {"argocd.argoproj.io/sync-options": "SkipDryRunOnMissingResource=true"}
                    if secret.namespace == ARGOCD_NAMESPACE
                    else None
                ),
            ),
            spec=eso.ExternalSecretSpec(
                refresh_interval=props.refresh_interval,
                secret_store_ref=eso.ExternalSecretSpecSecretStoreRef(
                    kind=eso.ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE, name=props.store
                ),
                target=eso.ExternalSecretSpecTarget(
                    name=secret.name,
                    creation_policy=eso.ExternalSecretSpecTargetCreationPolicy.OWNER,
                    deletion_policy=eso.ExternalSecretSpecTargetDeletionPolicy.RETAIN,
                ),
                data=[
                    eso.ExternalSecretSpecData(
                        secret_key=key,
                        remote_ref=eso.ExternalSecretSpecDataRemoteRef(key=secret.vault_path, property=key),
                    )
                    for key in secret.keys
                ],
            ),
        )
