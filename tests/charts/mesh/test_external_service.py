"""charts/mesh/external_service.py"""

from __future__ import annotations

import pytest
from syrupy.assertion import SnapshotAssertion

from charts.mesh.external_service import ExternalService, ExternalServiceProps
from contexter_deploy.facts.manifests import Manifest, find
from tests.helpers import synth_construct


def test_external_service_snapshot(snapshot: SnapshotAssertion) -> None:
    props = ExternalServiceProps(name="voyage-ai", namespace="contexter", hosts=("api.voyageai.com",))
    [entry] = synth_construct(lambda chart: ExternalService(chart, "se", props=props))
    assert entry == snapshot
    assert entry["spec"]["exportTo"] == ["."]
    assert entry["spec"]["location"] == "MESH_EXTERNAL"
    assert entry["spec"]["resolution"] == "DNS"
    assert entry["spec"]["ports"] == [{"name": "tls", "number": 443, "protocol": "TLS"}]


@pytest.mark.parametrize("host", ["*.amazonaws.com", "s3.{region}.amazonaws.com"])
def test_fails_on_a_wildcard_or_unfilled_host(host: str) -> None:
    with pytest.raises(ValueError, match="allowed: an exact host name"):
        ExternalServiceProps(name="x", namespace="contexter", hosts=(host,))


def test_s3_is_reachable_by_the_regional_and_the_bucket_host(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    entry = find(manifests["prod"], "ServiceEntry", "aws-s3", "contexter-data")
    assert entry is not None
    assert entry.spec["hosts"] == [
        "s3.eu-west-1.amazonaws.com",
        "contexter-prod-backups-333333333333-eu-west-1.s3.eu-west-1.amazonaws.com",
    ]
    voyage = find(manifests["prod"], "ServiceEntry", "voyage-ai", "contexter")
    assert voyage is not None and voyage.spec["hosts"] == ["api.voyageai.com"]
