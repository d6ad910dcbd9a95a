"""charts/mesh/edge_gateway.py"""

from __future__ import annotations

from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from charts.mesh.edge_gateway import EDGE, HSTS, EdgeGateway, EdgeGatewayProps
from contexter_deploy.ground.topology import API_GATEWAY, INGRESS_GATEWAY, SEARCH, flows_to
from tests.helpers import documents_of_kind, synth_construct

[EDGE_FLOW] = [f for f in flows_to("api-gateway") if f.source == INGRESS_GATEWAY.name]


def _props(**changes: Any) -> EdgeGatewayProps:
    values: dict[str, Any] = {
        "host": "api.contexter.example.com",
        "credential_name": "contexter-edge-tls",
        "gateway": INGRESS_GATEWAY,
        "destination": API_GATEWAY,
        "flow": EDGE_FLOW,
        **changes,
    }
    return EdgeGatewayProps(**values)


def _synth() -> list[dict[str, Any]]:
    return synth_construct(lambda chart: EdgeGateway(chart, "edge", props=_props()))


def test_edge_gateway_snapshot(snapshot: SnapshotAssertion) -> None:
    assert _synth() == snapshot


def test_the_gateway_serves_tls_only_and_redirects_http() -> None:
    [gateway] = documents_of_kind(_synth(), "Gateway")
    assert gateway["metadata"] == {"name": EDGE, "namespace": "istio-ingress"}
    assert gateway["spec"]["selector"] == {"istio": "ingressgateway"}
    https, http = gateway["spec"]["servers"]
    assert https["port"]["protocol"] == "HTTPS"
    assert https["tls"] == {
        "mode": "SIMPLE",
        "credentialName": "contexter-edge-tls",
        "minProtocolVersion": "TLSV1_2",
    }
    assert http["port"]["protocol"] == "HTTP"
    assert http["tls"] == {"httpsRedirect": True}


def test_the_edge_routes_to_the_active_service_of_the_blue_green_rollout() -> None:
    [routes] = documents_of_kind(_synth(), "VirtualService")
    assert routes["spec"]["gateways"] == [EDGE]
    [route] = routes["spec"]["http"]
    assert route["route"] == [
        {"destination": {"host": "api-gateway.contexter.svc.cluster.local", "port": {"number": 8000}}}
    ]
    assert route["timeout"] == f"{API_GATEWAY.request_timeout_seconds}s"
    assert route["headers"]["response"]["set"] == {"Strict-Transport-Security": HSTS}


def test_fails_on_a_flow_that_does_not_lead_from_the_gateway_to_the_destination() -> None:
    with pytest.raises(ValueError, match="allowed: the flow istio-ingressgateway -> search"):
        _props(destination=SEARCH)
