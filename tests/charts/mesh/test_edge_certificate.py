"""charts/mesh/edge_certificate.py"""

from __future__ import annotations

from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from charts.mesh.edge_certificate import EdgeCertificate, EdgeCertificateProps
from contexter_deploy.facts.manifests import Manifest, find
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.config.model import CertificateIssuer
from tests.helpers import documents_of_kind, synth_construct


def _props(issuer: CertificateIssuer, **changes: Any) -> EdgeCertificateProps:
    values: dict[str, Any] = {
        "name": "contexter-edge",
        "namespace": "istio-ingress",
        "host": "api.contexter.example.com",
        "issuer": issuer,
        "acme_email": "platform@contexter.example.com",
        "acme_server": "https://acme-v02.api.letsencrypt.org/directory",
        "hosted_zone_id": "Z0PROD0000000000000001",
        "region": "eu-west-1",
        **changes,
    }
    return EdgeCertificateProps(**values)


def _synth(issuer: CertificateIssuer) -> list[dict[str, Any]]:
    return synth_construct(lambda chart: EdgeCertificate(chart, "cert", props=_props(issuer)))


def test_edge_certificate_snapshot(snapshot: SnapshotAssertion) -> None:
    assert [_synth("acme-dns01"), _synth("self-signed")] == snapshot


def test_acme_solves_dns01_in_the_configured_zone_with_ambient_credentials() -> None:
    [issuer] = documents_of_kind(_synth("acme-dns01"), "ClusterIssuer")
    acme = issuer["spec"]["acme"]
    [solver] = acme["solvers"]
    assert solver["dns01"] == {"route53": {"hostedZoneID": "Z0PROD0000000000000001", "region": "eu-west-1"}}
    assert solver["selector"] == {"dnsNames": ["api.contexter.example.com"]}
    assert "http01" not in solver


def test_the_certificate_lands_where_the_gateway_reads_it() -> None:
    [certificate] = documents_of_kind(_synth("acme-dns01"), "Certificate")
    assert certificate["metadata"]["namespace"] == "istio-ingress"
    assert certificate["spec"]["secretName"] == "contexter-edge-tls"
    assert certificate["spec"]["issuerRef"] == {
        "name": "contexter-acme-dns01",
        "kind": "ClusterIssuer",
        "group": "cert-manager.io",
    }
    assert certificate["spec"]["privateKey"] == {
        "algorithm": "ECDSA",
        "size": 256,
        "rotationPolicy": "Always",
    }


def test_fails_when_renewal_comes_after_expiry() -> None:
    with pytest.raises(ValueError, match="renew_before_hours: 2160: allowed: between 1 and duration_hours"):
        _props("self-signed", renew_before_hours=2160)


def test_the_issuer_follows_the_typed_setting_not_the_environment_name(
    environments: dict[str, Environment], manifests: dict[str, tuple[Manifest, ...]]
) -> None:
    for name, environment in environments.items():
        issuer = environment.ingress.certificate_issuer
        assert find(manifests[name], "ClusterIssuer", f"contexter-{issuer}") is not None
        gateway = find(manifests[name], "Gateway", "contexter-edge", "istio-ingress")
        assert gateway is not None
        assert gateway.spec["servers"][0]["hosts"] == [environment.ingress.host]
    assert environments["prod"].ingress.certificate_issuer == "acme-dns01"
