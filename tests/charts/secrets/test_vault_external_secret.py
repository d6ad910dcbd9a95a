"""charts/secrets/vault_external_secret.py"""

from __future__ import annotations

from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from charts.secret_catalog import QDRANT_CLIENT, SecretSpec, secrets_for
from charts.secrets.vault_external_secret import VaultExternalSecret, VaultExternalSecretProps
from contexter_deploy.facts.manifests import Manifest, find
from contexter_deploy.ground.config import Environment
from tests.helpers import synth_construct


def _synth(secret: SecretSpec) -> dict[str, Any]:
    props = VaultExternalSecretProps(secret=secret, store="vault", refresh_interval="1h")
    [external] = synth_construct(lambda chart: VaultExternalSecret(chart, "es", props=props))
    return external


def test_vault_external_secret_snapshot(snapshot: SnapshotAssertion) -> None:
    assert _synth(QDRANT_CLIENT) == snapshot


def test_each_key_of_the_secret_is_the_same_property_in_vault() -> None:
    spec = _synth(QDRANT_CLIENT)["spec"]
    assert spec["data"] == [
        {"secretKey": key, "remoteRef": {"key": "contexter/qdrant", "property": key}}
        for key in QDRANT_CLIENT.keys
    ]
    assert spec["secretStoreRef"] == {"kind": "ClusterSecretStore", "name": "vault"}


def test_the_secret_is_owned_and_survives_a_deletion_in_vault() -> None:
    target = _synth(QDRANT_CLIENT)["spec"]["target"]
    assert target == {"name": "qdrant-api-key", "creationPolicy": "Owner", "deletionPolicy": "Retain"}


def test_fails_on_a_secret_without_keys() -> None:
    with pytest.raises(ValueError, match="keys is empty"):
        VaultExternalSecretProps(
            secret=SecretSpec("x", "contexter", "contexter/x", ()), store="vault", refresh_interval="1h"
        )


def test_every_catalog_entry_has_an_external_secret(
    environments: dict[str, Environment], manifests: dict[str, tuple[Manifest, ...]]
) -> None:
    for name, environment in environments.items():
        external = [m for m in manifests[name] if m.kind == "ExternalSecret"]
        assert len(external) == len(secrets_for(environment))
        for secret in secrets_for(environment):
            document = find(manifests[name], "ExternalSecret", secret.name, secret.namespace)
            assert document is not None
            assert document.spec["refreshInterval"] == environment.vault.refresh_interval
            assert [d["secretKey"] for d in document.spec["data"]] == list(secret.keys)
