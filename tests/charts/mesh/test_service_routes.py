"""charts/mesh/service_routes.py"""

from __future__ import annotations

from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from charts.mesh.service_routes import SAFE_RETRY_ON, ServiceRoutes, ServiceRoutesProps
from contexter_deploy.facts.manifests import Manifest, find
from contexter_deploy.ground.topology import (
    CANARY_ROUTE,
    INGESTION,
    QDRANT,
    REDIS,
    SEARCH,
    WORKLOADS,
    routed_ports,
)
from tests.helpers import synth_construct


def _synth(props: ServiceRoutesProps) -> dict[str, Any]:
    [service] = synth_construct(lambda chart: ServiceRoutes(chart, "vs", props=props))
    return service


def test_service_routes_snapshot(snapshot: SnapshotAssertion) -> None:
    routes = [
        _synth(ServiceRoutesProps(workload=w, ports=routed_ports(w))) for w in (SEARCH, INGESTION, QDRANT)
    ]
    assert routes == snapshot


def test_the_canary_route_is_the_one_argo_rollouts_rewrites() -> None:
    service = _synth(ServiceRoutesProps(workload=SEARCH, ports=routed_ports(SEARCH)))
    assert service["metadata"]["name"] == "search"
    assert service["spec"]["hosts"] == ["search"]
    [route] = service["spec"]["http"]
    assert route["name"] == CANARY_ROUTE
    assert [(d["destination"]["host"], d["weight"]) for d in route["route"]] == [
        ("search-stable", 100),
        ("search-canary", 0),
    ]


def test_every_route_has_the_workloads_timeout_and_safe_retries() -> None:
    service = _synth(ServiceRoutesProps(workload=QDRANT, ports=routed_ports(QDRANT)))
    assert [route["match"] for route in service["spec"]["http"]] == [[{"port": 6333}], [{"port": 6334}]]
    for route in service["spec"]["http"]:
        assert route["timeout"] == f"{QDRANT.request_timeout_seconds}s"
        assert route["retries"] == {"attempts": 2, "retryOn": SAFE_RETRY_ON}
    assert "5xx" not in SAFE_RETRY_ON and "reset" not in SAFE_RETRY_ON.split(",")


def test_fails_on_ports_it_cannot_route() -> None:
    with pytest.raises(ValueError, match="no ports to route"):
        ServiceRoutesProps(workload=REDIS, ports=routed_ports(REDIS))
    with pytest.raises(ValueError, match="port redis is tcp; allowed: http or grpc"):
        ServiceRoutesProps(workload=REDIS, ports=(REDIS.port("redis"),))
    with pytest.raises(ValueError, match="a canary needs exactly one routed port"):
        ServiceRoutesProps(workload=SEARCH, ports=(*QDRANT.ports[:2],))


def test_every_http_and_grpc_service_has_routes(manifests: dict[str, tuple[Manifest, ...]]) -> None:
    for documents in manifests.values():
        for target in WORKLOADS:
            service = find(documents, "VirtualService", target.name, target.namespace)
            assert (service is not None) == bool(routed_ports(target)), target.name
