"""charts/mesh/service_traffic_policy.py"""

from __future__ import annotations

import re
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from charts.mesh.service_traffic_policy import ServiceTrafficPolicy, ServiceTrafficPolicyProps
from contexter_deploy.facts.manifests import Manifest, find
from contexter_deploy.ground.topology import WORKLOADS, cluster_host
from tests.helpers import synth_construct


def _synth(props: ServiceTrafficPolicyProps) -> dict[str, Any]:
    [rule] = synth_construct(lambda chart: ServiceTrafficPolicy(chart, "dr", props=props))
    return rule


def test_service_traffic_policy_snapshot(snapshot: SnapshotAssertion) -> None:
    http = _synth(ServiceTrafficPolicyProps(service="search", namespace="contexter", http=True))
    tcp = _synth(ServiceTrafficPolicyProps(service="redis", namespace="contexter-data", http=False))
    assert [http, tcp] == snapshot


def test_traffic_uses_the_mesh_certificates() -> None:
    rule = _synth(ServiceTrafficPolicyProps(service="search", namespace="contexter", http=True))
    assert rule["spec"]["host"] == "search.contexter.svc.cluster.local"
    assert rule["spec"]["trafficPolicy"]["tls"] == {"mode": "ISTIO_MUTUAL"}


def test_http_ejects_on_gateway_errors_only_and_never_more_than_half() -> None:
    outliers = _synth(ServiceTrafficPolicyProps(service="s", namespace="n", http=True))["spec"][
        "trafficPolicy"
    ]["outlierDetection"]
    assert outliers["consecutiveGatewayErrors"] == 5
    assert outliers["consecutive5xxErrors"] == 0  # an application 500 is a bad request, not a bad pod
    assert outliers["maxEjectionPercent"] == 50


def test_tcp_ejects_on_connection_failures() -> None:
    policy = _synth(ServiceTrafficPolicyProps(service="s", namespace="n", http=False))["spec"][
        "trafficPolicy"
    ]
    assert policy["outlierDetection"]["consecutive5xxErrors"] == 5
    assert "http" not in policy["connectionPool"]


def test_a_headless_service_is_never_ejected_from() -> None:
    props = ServiceTrafficPolicyProps(
        service="qdrant-headless", namespace="n", http=True, eject_outliers=False
    )
    assert "outlierDetection" not in _synth(props)["spec"]["trafficPolicy"]


@pytest.mark.parametrize(
    ("field", "value", "allowed"),
    [
        ("max_ejection_percent", 0, "1..100"),
        ("max_connections", 0, ">= 1"),
        ("connect_timeout_seconds", 0, ">= 1"),
    ],
)
def test_fails_on_a_nonsense_limit(field: str, value: int, allowed: str) -> None:
    limits: dict[str, Any] = {field: value}
    with pytest.raises(ValueError, match=re.escape(f"{field}: {value}: allowed: {allowed}")):
        ServiceTrafficPolicyProps(service="s", namespace="n", http=True, **limits)


def test_every_contexter_service_host_has_a_destination_rule(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    for documents in manifests.values():
        rules = {m.spec["host"] for m in documents if m.kind == "DestinationRule"}
        for target in WORKLOADS:
            for service in target.service_hosts:
                assert cluster_host(service, target.namespace) in rules
                rule = find(documents, "DestinationRule", service, target.namespace)
                assert rule is not None and rule.spec["trafficPolicy"]["tls"]["mode"] == "ISTIO_MUTUAL"
