"""What each stateless service is told about its environment: the ConfigMap data and the Secret
references, both derived from the call graph (a service learns about what it calls, nothing else)."""

from __future__ import annotations

from dataclasses import dataclass

from charts.data.endpoints import (
    REDIS_DATABASE,
    REDIS_MASTER_SET,
    http_url,
    qdrant_grpc_url,
    qdrant_url,
    redis_url,
    sentinel_addresses,
)
from charts.secret_catalog import QDRANT_CLIENT, REDIS_CLIENT, VOYAGE_AI, SecretSpec
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.topology import (
    CALL_GRAPH,
    EXTERNAL_CALLS,
    INGESTION,
    QDRANT,
    REDIS,
    Workload,
    workload,
)
from contexter_deploy.ground.topology import VOYAGE_AI as VOYAGE_AI_HOST

QDRANT_WRITERS: frozenset[str] = frozenset({INGESTION.name})
"""Services that write to Qdrant get the read-write API key; every other caller the read-only key."""


@dataclass(frozen=True)
class SecretEnv:
    """An environment variable read from one key of a Kubernetes Secret (never an inline value)."""

    name: str
    secret: SecretSpec
    key: str

    def __post_init__(self) -> None:
        if self.key not in self.secret.keys:
            raise ValueError(
                f"Secret {self.secret.name!r} has no key {self.key!r}; keys: {', '.join(self.secret.keys)}"
            )


def callees(caller: Workload) -> tuple[Workload, ...]:
    """The workloads ``caller`` calls, in call-graph order."""
    names = dict.fromkeys(flow.destination for flow in CALL_GRAPH if flow.source == caller.name)
    return tuple(workload(name) for name in names if name != caller.name)


def _calls_external(caller: Workload, host: str) -> bool:
    return (caller.name, host) in EXTERNAL_CALLS


def settings(service: Workload, environment: Environment) -> dict[str, str]:
    """The ConfigMap data of ``service``: its own port, then one group of keys per dependency."""
    workloads = environment.workloads
    data = {"SERVICE_NAME": service.name, "HTTP_PORT": str(service.port("http").number)}
    for callee in callees(service):
        if callee.delivery is not None:
            data[f"{callee.name.upper().replace('-', '_')}_URL"] = http_url(callee, "http")
        elif callee == QDRANT:
            data |= {
                "QDRANT_URL": qdrant_url(),
                "QDRANT_GRPC_URL": qdrant_grpc_url(),
                "QDRANT_COLLECTION": workloads.qdrant.collection,
                "QDRANT_REPLICATION_FACTOR": str(workloads.qdrant.replication_factor),
            }
        elif callee == REDIS:
            data |= redis_settings(environment)
    if _calls_external(service, VOYAGE_AI_HOST.name):
        data |= {
            "VOYAGE_AI_URL": f"https://{VOYAGE_AI_HOST.host}",
            "VOYAGE_AI_MODEL": workloads.voyage_ai_model,
        }
    return data


def redis_settings(environment: Environment) -> dict[str, str]:
    """How to reach Redis: through the Sentinels (staging, prod) or one address (dev)."""
    redis = environment.workloads.redis
    data = {
        "INGESTION_QUEUE": environment.workloads.ingestion.queue.name,
        "REDIS_DATABASE": str(REDIS_DATABASE),
    }
    if redis.sentinel:
        return data | {
            "REDIS_MODE": "sentinel",
            "REDIS_SENTINEL_ADDRESSES": ",".join(sentinel_addresses(redis.replicas)),
            "REDIS_SENTINEL_MASTER": REDIS_MASTER_SET,
        }
    return data | {"REDIS_MODE": "standalone", "REDIS_URL": redis_url()}


def secret_environment(service: Workload) -> tuple[SecretEnv, ...]:
    """The Secret-backed environment variables of ``service``, from ``charts.secret_catalog``."""
    called = {callee.name for callee in callees(service)}
    env: list[SecretEnv] = []
    if QDRANT.name in called:
        key = "api-key" if service.name in QDRANT_WRITERS else "read-only-api-key"
        env.append(SecretEnv("QDRANT_API_KEY", QDRANT_CLIENT, key))
    if REDIS.name in called:
        env.append(SecretEnv("REDIS_PASSWORD", REDIS_CLIENT, "password"))
    if _calls_external(service, VOYAGE_AI_HOST.name):
        env.append(SecretEnv("VOYAGE_API_KEY", VOYAGE_AI, "api-key"))
    return tuple(env)
