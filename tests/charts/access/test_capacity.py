"""charts/access/capacity.py"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import pytest

from charts.access.capacity import (
    Compute,
    PodGroup,
    cpu_quantity,
    largest_container,
    memory_quantity,
    namespace_demand,
    smallest_container,
    storage_quantity,
)
from contexter_deploy.facts.manifests import Manifest, find
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.config.quantity import parse_quantity
from contexter_deploy.ground.topology import DATA_NAMESPACE, QDRANT, REDIS


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


def _rendered(container: Mapping[str, Any]) -> Compute:
    resources = container["resources"]
    return Compute(
        cpu_request=parse_quantity(str(resources["requests"]["cpu"])),
        cpu_limit=parse_quantity(str(resources["limits"]["cpu"])),
        memory_request=parse_quantity(str(resources["requests"]["memory"])),
        memory_limit=parse_quantity(str(resources["limits"]["memory"])),
    )


def _quota_mismatch(group: PodGroup, proxy: Compute, stateful_set: Manifest) -> str | None:
    """Why ``group`` does not count the containers ``stateful_set`` renders (``None``: it does)."""
    rendered = sorted((_rendered(c) for c in stateful_set.spec["template"]["spec"]["containers"]), key=repr)
    counted = sorted((c for c in group.containers if c != proxy), key=repr)
    if counted != rendered:
        return f"{group.name}: the quota counts {counted}, the pods run {rendered}"
    return None


@pytest.mark.parametrize("name", ["dev", "staging", "prod"])
def test_the_quota_counts_each_stateful_container_at_the_size_it_runs_with(
    name: str, environments: dict[str, Environment], manifests: dict[str, tuple[Manifest, ...]]
) -> None:
    environment = environments[name]
    proxy = Compute.of(environment.mesh.proxy_resources)
    groups = {group.name: group for group in namespace_demand(environment, DATA_NAMESPACE)}
    for workload in (QDRANT, REDIS):
        stateful_set = find(manifests[name], "StatefulSet", workload.name, workload.namespace)
        assert stateful_set is not None
        assert _quota_mismatch(groups[workload.name], proxy, stateful_set) is None


def test_fails_when_the_quota_counts_the_redis_sidecars_at_the_redis_size(
    environments: dict[str, Environment], manifests: dict[str, tuple[Manifest, ...]]
) -> None:
    prod = environments["prod"]
    proxy = Compute.of(prod.mesh.proxy_resources)
    stateful_set = find(manifests["prod"], "StatefulSet", REDIS.name, REDIS.namespace)
    assert stateful_set is not None
    redis = Compute.of(prod.workloads.redis.resources)
    every_container_as_redis = PodGroup(
        REDIS.name, prod.workloads.redis.replicas, (redis, redis, redis, proxy)
    )
    assert _quota_mismatch(every_container_as_redis, proxy, stateful_set) is not None
