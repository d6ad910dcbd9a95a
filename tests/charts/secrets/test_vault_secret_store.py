"""charts/secrets/vault_secret_store.py"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from charts.secrets.vault_secret_store import VAULT_STORE, VaultSecretStore, VaultSecretStoreProps
from contexter_deploy.facts.manifests import Manifest, find
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.naming import VAULT_ADDRESS, VAULT_AUTH_AUDIENCE, VAULT_CA_SECRET
from contexter_deploy.ground.topology import EXTERNAL_SECRETS
from tests.helpers import synth_construct

PROPS = VaultSecretStoreProps(
    server=VAULT_ADDRESS,
    kv_mount="secret",
    auth_mount="kubernetes",
    auth_role="external-secrets",
    service_account=EXTERNAL_SECRETS,
    token_audience=VAULT_AUTH_AUDIENCE,
    ca_secret=VAULT_CA_SECRET,
    namespaces=("contexter", "contexter-data"),
)


def _synth(props: VaultSecretStoreProps) -> dict[str, Any]:
    [store] = synth_construct(lambda chart: VaultSecretStore(chart, "store", props=props))
    return store


def test_vault_secret_store_snapshot(snapshot: SnapshotAssertion) -> None:
    assert _synth(PROPS) == snapshot


def test_vault_is_read_over_verified_tls_with_an_audience_bound_token() -> None:
    store = _synth(PROPS)
    assert store["apiVersion"] == "external-secrets.io/v1"
    assert store["metadata"] == {"name": VAULT_STORE}
    vault = store["spec"]["provider"]["vault"]
    assert (vault["server"], vault["path"], vault["version"]) == (VAULT_ADDRESS, "secret", "v2")
    assert vault["caProvider"] == {
        "type": "Secret",
        "namespace": "vault",
        "name": "vault-server-tls",
        "key": "ca.crt",
    }
    assert vault["auth"] == {
        "kubernetes": {
            "mountPath": "kubernetes",
            "role": "external-secrets",
            "serviceAccountRef": {
                "name": "external-secrets",
                "namespace": "external-secrets",
                "audiences": ["vault"],
            },
        }
    }


def test_only_the_contexter_namespaces_may_use_the_store() -> None:
    assert _synth(PROPS)["spec"]["conditions"] == [{"namespaces": ["contexter", "contexter-data"]}]


def test_fails_on_plain_http_or_no_namespaces() -> None:
    with pytest.raises(ValueError, match="allowed: an https:// address"):
        replace(PROPS, server="http://vault.vault.svc:8200")
    with pytest.raises(ValueError, match="namespaces is empty"):
        replace(PROPS, namespaces=())


def test_the_store_uses_the_configured_vault_settings(
    environments: dict[str, Environment], manifests: dict[str, tuple[Manifest, ...]]
) -> None:
    for name, environment in environments.items():
        store = find(manifests[name], "ClusterSecretStore", VAULT_STORE)
        assert store is not None
        kubernetes = store.spec["provider"]["vault"]["auth"]["kubernetes"]
        assert kubernetes["mountPath"] == environment.vault.kubernetes_auth_mount
        assert kubernetes["role"] == environment.vault.kubernetes_auth_role
        assert store.spec["provider"]["vault"]["path"] == environment.vault.kv_mount
