"""charts/access/capacity.py"""

from __future__ import annotations

from decimal import Decimal

from charts.access.capacity import (
    Compute,
    cpu_quantity,
    largest_container,
    memory_quantity,
    namespace_demand,
    smallest_container,
    storage_quantity,
)
from contexter_deploy.ground.config import Environment


def test_a_rollout_counts_both_replica_sets_at_maximum_scale(environments: dict[str, Environment]) -> None:
    prod = environments["prod"]
    groups = {group.name: group for group in namespace_demand(prod, "contexter")}
    assert set(groups) == {"api-gateway", "search", "ingestion", "api-gateway-smoke"}
    assert groups["api-gateway-smoke"].pods == 1, "one pre-promotion smoke-test Job at a time"
    for name, service in prod.workloads.stateless().items():
        assert groups[name].pods == 2 * service.max_replicas
        assert groups[name].containers == (
            Compute.of(service.resources),
            Compute.of(prod.mesh.proxy_resources),
        )


def test_stateful_pods_count_their_volumes_and_sidecar_containers(
    environments: dict[str, Environment],
) -> None:
    prod = environments["prod"]
    groups = {group.name: group for group in namespace_demand(prod, "contexter-data")}
    assert groups["qdrant"].pods == prod.workloads.qdrant.replicas
    assert groups["qdrant"].volumes == (Decimal(200 * 2**30), Decimal(100 * 2**30))
    assert len(groups["redis"].containers) == 4  # redis, exporter, sentinel, istio-proxy
    # qdrant-backup, redis-backup, backup-prune and backup-verify may overlap; vault-backup runs in vault
    assert groups["backup"].pods == 4
    assert groups["restore"].pods == 1


def test_without_sentinel_redis_runs_two_containers_and_the_proxy(
    environments: dict[str, Environment],
) -> None:
    groups = {group.name: group for group in namespace_demand(environments["dev"], "contexter-data")}
    assert len(groups["redis"].containers) == 3


def test_the_default_is_the_smallest_and_the_maximum_the_largest_container(
    environments: dict[str, Environment],
) -> None:
    prod = environments["prod"]
    smallest, largest = smallest_container(prod, "contexter"), largest_container(prod, "contexter")
    assert (smallest.cpu_request, smallest.memory_limit) == (Decimal("0.5"), Decimal(768 * 2**20))
    assert (largest.cpu_limit, largest.memory_limit) == (Decimal(2), Decimal(1536 * 2**20))


def test_quantities_round_up() -> None:
    assert cpu_quantity(Decimal("1.0001")) == "1001m"
    assert memory_quantity(Decimal(2**20 + 1)) == "2Mi"
    assert storage_quantity(Decimal(0)) == "0Gi"
