"""charts/data/endpoints.py"""

from __future__ import annotations

from charts.data.endpoints import (
    pod_host,
    qdrant_grpc_url,
    qdrant_peer_url,
    qdrant_url,
    redis_address,
    redis_url,
    sentinel_addresses,
)
from contexter_deploy.ground.topology import QDRANT


def test_addresses_come_from_the_topology() -> None:
    assert qdrant_url() == "http://qdrant.contexter-data.svc.cluster.local:6333"
    assert qdrant_grpc_url() == "http://qdrant.contexter-data.svc.cluster.local:6334"
    assert redis_address() == "redis.contexter-data.svc.cluster.local:6379"
    assert redis_url() == "redis://redis.contexter-data.svc.cluster.local:6379/0"


def test_pods_are_addressed_through_the_headless_service() -> None:
    assert pod_host(QDRANT, 2) == "qdrant-2.qdrant-headless.contexter-data.svc.cluster.local"
    assert qdrant_peer_url(0) == "http://qdrant-0.qdrant-headless.contexter-data.svc.cluster.local:6335"
    assert sentinel_addresses(2) == (
        "redis-0.redis-headless.contexter-data.svc.cluster.local:26379",
        "redis-1.redis-headless.contexter-data.svc.cluster.local:26379",
    )
