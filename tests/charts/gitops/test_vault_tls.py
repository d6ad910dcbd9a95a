"""charts/gitops/vault_tls.py"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import pytest
from syrupy.assertion import SnapshotAssertion

from charts.gitops.vault_tls import (
    CA_ISSUER,
    CA_KEYPAIR_SECRET,
    VAULT_NAMESPACE,
    VAULT_TLS_SECRET,
    VaultTls,
    VaultTlsProps,
)
from contexter_deploy.ground.naming import VAULT_ADDRESS
from tests.helpers import documents_of_kind, synth_construct


def _synth(replicas: int) -> list[dict[str, Any]]:
    return synth_construct(
        lambda chart: VaultTls(chart, "tls", props=VaultTlsProps(cluster="contexter-prod", replicas=replicas))
    )


def test_vault_tls_snapshot(snapshot: SnapshotAssertion) -> None:
    assert _synth(3) == snapshot


def test_the_certificate_names_the_address_clients_use_and_every_raft_peer() -> None:
    certificates = {c["metadata"]["name"]: c for c in documents_of_kind(_synth(5), "Certificate")}
    server = certificates[VAULT_TLS_SECRET]["spec"]
    assert urlsplit(VAULT_ADDRESS).hostname in server["dnsNames"]
    for index in range(5):
        assert f"vault-{index}.vault-internal" in server["dnsNames"]
    assert server["issuerRef"] == {"kind": "Issuer", "name": CA_ISSUER}
    assert server["usages"] == ["server auth", "client auth"]


def test_the_ca_stays_in_vaults_namespace() -> None:
    documents = _synth(1)
    assert {d["metadata"]["namespace"] for d in documents} == {VAULT_NAMESPACE}
    [ca_issuer] = [d for d in documents_of_kind(documents, "Issuer") if "ca" in d["spec"]]
    assert ca_issuer["spec"]["ca"] == {"secretName": CA_KEYPAIR_SECRET}


def test_fails_when_vault_has_no_replicas() -> None:
    with pytest.raises(ValueError, match="Vault replicas 0: allowed 1 or more"):
        _synth(0)
