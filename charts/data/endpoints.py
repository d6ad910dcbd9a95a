"""Addresses of the stateful services, derived from ``contexter_deploy.ground.topology``: used by the data
constructs themselves (peer bootstrap) and by the services' ConfigMaps and autoscaler."""

from __future__ import annotations

from contexter_deploy.ground.topology import QDRANT, REDIS, Workload, cluster_host

REDIS_MASTER_SET = "contexter"
"""Name under which the Sentinels monitor the Redis primary (``sentinel monitor <name> ...``)."""

REDIS_DATABASE = 0
"""The Redis logical database every Contexter client uses."""


def pod_host(workload: Workload, ordinal: int) -> str:
    """Stable DNS name of StatefulSet pod ``ordinal``, through the workload's headless Service."""
    return (
        f"{workload.name}-{ordinal}.{cluster_host(workload.require_headless_service(), workload.namespace)}"
    )


def headless_domain(workload: Workload) -> str:
    """The domain under which every pod of ``workload`` has its stable name (``<pod>.<domain>``)."""
    return cluster_host(workload.require_headless_service(), workload.namespace)


def http_url(workload: Workload, port: str) -> str:
    """``http://<service>:<port>`` of ``workload``'s client Service; Istio adds mTLS on the wire."""
    return f"http://{cluster_host(workload.name, workload.namespace)}:{workload.port(port).number}"


def qdrant_url() -> str:
    """Qdrant REST endpoint."""
    return http_url(QDRANT, "http")


def qdrant_grpc_url() -> str:
    """Qdrant gRPC endpoint."""
    return http_url(QDRANT, "grpc")


def qdrant_peer_url(ordinal: int) -> str:
    """Peer-to-peer (Raft) URI of Qdrant pod ``ordinal``."""
    return f"http://{pod_host(QDRANT, ordinal)}:{QDRANT.port('p2p').number}"


def redis_address() -> str:
    """``host:port`` of the Redis client Service, for a single-instance Redis."""
    return f"{cluster_host(REDIS.name, REDIS.namespace)}:{REDIS.port('redis').number}"


def redis_url() -> str:
    """``redis://`` URL of a single-instance Redis (the password comes from the Secret)."""
    return f"redis://{redis_address()}/{REDIS_DATABASE}"


def sentinel_addresses(replicas: int) -> tuple[str, ...]:
    """``host:port`` of every Sentinel: one beside each Redis pod, addressed by its stable name."""
    port = REDIS.port("sentinel").number
    return tuple(f"{pod_host(REDIS, ordinal)}:{port}" for ordinal in range(replicas))
