"""The ClusterSecretStore ``vault``: how External Secrets reads Vault's KV v2 engine."""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s import ApiObjectMetadata
from constructs import Construct

from contexter_deploy.ground.topology import Identity
from imports import external_secrets as eso

VAULT_STORE = "vault"
"""Name of the ClusterSecretStore every ExternalSecret references."""


@dataclass(frozen=True)
class VaultSecretStoreProps:
    """Properties of a ``VaultSecretStore``."""

    server: str
    """Vault's HTTPS address (``contexter_deploy.ground.naming.VAULT_ADDRESS``)."""
    kv_mount: str
    """Mount path of the KV v2 engine (``vault.kv_mount``)."""
    auth_mount: str
    """Mount path of the Kubernetes auth method (``vault.kubernetes_auth_mount``)."""
    auth_role: str
    """Vault role bound to ``service_account`` (``vault.kubernetes_auth_role``)."""
    service_account: Identity
    """ServiceAccount whose token logs in: the External Secrets controller's."""
    token_audience: str
    """Audience of that token; the Vault role requires it."""
    ca_secret: tuple[str, str, str]
    """(namespace, name, key) of the Secret key with the CA certificate that signed Vault's certificate."""
    namespaces: tuple[str, ...]
    """The only namespaces whose ExternalSecrets may use this store."""

    def __post_init__(self) -> None:
        if not self.server.startswith("https://"):
            raise ValueError(f"server: {self.server!r}: allowed: an https:// address (tokens travel on it)")
        if not self.namespaces:
            raise ValueError("namespaces is empty; allowed: the namespaces that consume secrets")


class VaultSecretStore(Construct):
    """ClusterSecretStore ``vault`` (``external-secrets.io/v1``).

    Authentication is Vault's Kubernetes auth with a short-lived token that External Secrets requests
    for its own ServiceAccount, bound to the Vault audience: no static Vault token exists anywhere.
    TLS to Vault is verified against the CA certificate cert-manager stores beside Vault's serving
    certificate (key ``ca.crt`` of its Secret). ``conditions`` limits the store to the
    Contexter namespaces, so no other tenant can read Contexter's paths through it.
    """

    def __init__(self, scope: Construct, id: str, *, props: VaultSecretStoreProps) -> None:
        super().__init__(scope, id)
        ca_namespace, ca_name, ca_key = props.ca_secret
        eso.ClusterSecretStore(
            self,
            "Resource",
            metadata=ApiObjectMetadata(name=VAULT_STORE),
            spec=eso.ClusterSecretStoreSpec(
                conditions=[eso.ClusterSecretStoreSpecConditions(namespaces=list(props.namespaces))],
                provider=eso.ClusterSecretStoreSpecProvider(
                    vault=eso.ClusterSecretStoreSpecProviderVault(
                        server=props.server,
                        path=props.kv_mount,
                        version=eso.ClusterSecretStoreSpecProviderVaultVersion.V2,
                        ca_provider=eso.ClusterSecretStoreSpecProviderVaultCaProvider(
                            type=eso.ClusterSecretStoreSpecProviderVaultCaProviderType.SECRET,
                            namespace=ca_namespace,
                            name=ca_name,
                            key=ca_key,
                        ),
                        auth=eso.ClusterSecretStoreSpecProviderVaultAuth(
                            kubernetes=eso.ClusterSecretStoreSpecProviderVaultAuthKubernetes(
                                mount_path=props.auth_mount,
                                role=props.auth_role,
                                service_account_ref=eso.ClusterSecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef(
                                    name=props.service_account.service_account,
                                    namespace=props.service_account.namespace,
                                    audiences=[props.token_audience],
                                ),
                            )
                        ),
                    )
                ),
            ),
        )
