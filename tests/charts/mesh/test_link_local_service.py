"""charts/mesh/link_local_service.py"""

from __future__ import annotations

from syrupy.assertion import SnapshotAssertion

from charts.mesh.link_local_service import LinkLocalService, LinkLocalServiceProps
from contexter_deploy.ground.topology import POD_IDENTITY_AGENT
from tests.helpers import synth_construct


def test_link_local_service_snapshot(snapshot: SnapshotAssertion) -> None:
    props = LinkLocalServiceProps(endpoint=POD_IDENTITY_AGENT, namespace="contexter-data")
    [entry] = synth_construct(lambda chart: LinkLocalService(chart, "se", props=props))
    assert entry == snapshot
    assert entry["spec"]["addresses"] == ["169.254.170.23/32"]
    assert entry["spec"]["endpoints"] == [{"address": "169.254.170.23"}]
    assert entry["spec"]["resolution"] == "STATIC"
    assert entry["spec"]["ports"] == [{"name": "tcp", "number": 80, "protocol": "TCP"}]
    assert entry["spec"]["exportTo"] == ["."]
