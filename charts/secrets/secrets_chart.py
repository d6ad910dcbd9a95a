"""The chart of secret delivery: Vault -> External Secrets -> Kubernetes Secrets."""

from __future__ import annotations

from cdk8s import Chart
from constructs import Construct

from charts.secret_catalog import secrets_for
from charts.secrets.vault_external_secret import VaultExternalSecret, VaultExternalSecretProps
from charts.secrets.vault_secret_store import VAULT_STORE, VaultSecretStore, VaultSecretStoreProps
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.naming import VAULT_ADDRESS, VAULT_AUTH_AUDIENCE, VAULT_CA_SECRET
from contexter_deploy.ground.topology import EXTERNAL_SECRETS


class SecretsChart(Chart):
    """The ClusterSecretStore ``vault`` and one ExternalSecret per secret the environment consumes
    (``charts.secret_catalog.secrets_for``)."""

    def __init__(self, scope: Construct, id: str, *, environment: Environment) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        vault = environment.vault
        secrets = secrets_for(environment)
        VaultSecretStore(
            self,
            "store",
            props=VaultSecretStoreProps(
                server=VAULT_ADDRESS,
                kv_mount=vault.kv_mount,
                auth_mount=vault.kubernetes_auth_mount,
                auth_role=vault.kubernetes_auth_role,
                service_account=EXTERNAL_SECRETS,
                token_audience=VAULT_AUTH_AUDIENCE,
                ca_secret=VAULT_CA_SECRET,
                namespaces=tuple(sorted({secret.namespace for secret in secrets})),
            ),
        )
        for secret in secrets:
            VaultExternalSecret(
                self,
                f"{secret.namespace}-{secret.name}",
                props=VaultExternalSecretProps(
                    secret=secret, store=VAULT_STORE, refresh_interval=vault.refresh_interval
                ),
            )
