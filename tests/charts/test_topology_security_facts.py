"""contexter_deploy/ground/topology.py: the facts the zero-trust policies derive from."""

from __future__ import annotations

import pytest

from contexter_deploy.ground.topology import (
    API_GATEWAY,
    AWS_S3,
    CALL_GRAPH,
    INGESTION,
    KEDA_OPERATOR,
    PEERS,
    POD_IDENTITY_AGENT,
    QDRANT,
    REDIS,
    SEARCH,
    WORKLOADS,
    Peer,
    Workload,
    caller,
    external_host,
    external_hosts_of,
    flows_from,
    flows_to,
    needs_pod_identity,
    routed_ports,
    workloads_in,
)


def test_every_flow_names_known_endpoints_and_ports() -> None:
    for flow in CALL_GRAPH:
        caller(flow.source)
        destination = next(w for w in WORKLOADS if w.name == flow.destination)
        for port in flow.ports:
            destination.port(port)


def test_statefulsets_get_a_headless_service_for_their_peers() -> None:
    assert QDRANT.service_hosts == ("qdrant", "qdrant-headless")
    assert REDIS.headless_service == "redis-headless"
    assert SEARCH.headless_service is None and SEARCH.service_hosts == (
        "search",
        "search-stable",
        "search-canary",
    )


def test_keda_reads_the_queue_length_from_redis() -> None:
    assert [(f.destination, f.ports) for f in flows_from(KEDA_OPERATOR.name)] == [
        ("redis", ("redis", "sentinel"))
    ]
    assert KEDA_OPERATOR in PEERS


def test_the_edge_may_not_fetch_metrics() -> None:
    [edge] = [flow for flow in flows_to(API_GATEWAY.name) if flow.source == "istio-ingressgateway"]
    assert edge.not_paths == ("/metrics", "/metrics/*")


def test_s3_is_reached_by_region_and_bucket_and_needs_pod_identity() -> None:
    assert AWS_S3.hosts(region="eu-west-1", bucket="b") == (
        "s3.eu-west-1.amazonaws.com",
        "b.s3.eu-west-1.amazonaws.com",
    )
    assert needs_pod_identity("backup") and not needs_pod_identity("search")
    assert POD_IDENTITY_AGENT.address == "169.254.170.23"


def test_routed_ports_leave_out_plain_tcp_and_scrape_only_ports() -> None:
    assert [p.name for p in routed_ports(QDRANT)] == ["http", "grpc"]
    assert routed_ports(REDIS) == ()
    assert [p.name for p in routed_ports(INGESTION)] == ["http"]


def test_lookups_name_what_exists() -> None:
    assert [w.name for w in workloads_in("contexter")] == [
        "api-gateway",
        "search",
        "ingestion",
        "api-gateway-smoke",
    ]
    assert [h.name for h in external_hosts_of("search")] == ["voyage-ai"]
    with pytest.raises(KeyError, match="no external host 'x'"):
        external_host("x")
    with pytest.raises(KeyError, match="no peer 'x'"):
        caller("x")


def test_a_callers_timeout_covers_its_callees_at_the_edge() -> None:
    assert API_GATEWAY.request_timeout_seconds > max(
        SEARCH.request_timeout_seconds, INGESTION.request_timeout_seconds
    )


@pytest.mark.parametrize("owner", [REDIS, KEDA_OPERATOR], ids=lambda owner: owner.name)
def test_fails_when_a_port_name_is_unknown(owner: Workload | Peer) -> None:
    names = ", ".join(port.name for port in owner.ports)
    with pytest.raises(KeyError, match=f"{owner.name} has no port 'nope'; ports: {names}"):
        owner.port("nope")
