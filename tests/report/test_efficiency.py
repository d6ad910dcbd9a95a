"""Resource efficiency: node allocatable, first-fit decreasing with spread rules, the chosen type."""

from __future__ import annotations

from decimal import Decimal

from contexter_deploy.facts.nodes import (
    Allocatable,
    allocatable,
    instance_catalog,
    kube_reserved_cpu_millicores,
)
from contexter_deploy.facts.parameters import DEFAULT_PARAMETERS
from contexter_deploy.report.efficiency import Pod, pack

MIB = Decimal(2**20)


def test_kube_reserved_cpu_follows_the_eks_bands() -> None:
    assert kube_reserved_cpu_millicores(2) == 70  # 60 + 10
    assert kube_reserved_cpu_millicores(4) == 80  # 60 + 10 + 2 x 5
    assert kube_reserved_cpu_millicores(8) == 90  # 80 + 4 x 2.5


def test_allocatable_of_an_m7i_xlarge() -> None:
    # CPU: 4 - 0.080 kube-reserved - 0.190 DaemonSets (25 + 100 + 30 + 25 + 10 m) = 3.730 cores
    # memory: 16384 - (11 x 58 + 255 = 893) - 100 eviction - 184 DaemonSets (120 + 32 + 32) = 15207 MiB
    capacity = allocatable(instance_catalog()["m7i.xlarge"], DEFAULT_PARAMETERS)
    assert capacity.cpu == Decimal("3.730")
    assert capacity.memory == 15207 * MIB
    assert capacity.pods == 58 - 5


def test_first_fit_decreasing_fills_nodes_in_order() -> None:
    # capacity 2 cores: pods 1.5, 1.0, 0.5, 0.5 (decreasing) -> node 1: 1.5 + 0.5; node 2: 1.0 + 0.5
    capacity = Allocatable(Decimal(2), 100 * MIB * 100, 10)
    pods = [Pod(f"p{i}", Decimal(cpu), MIB) for i, cpu in enumerate(["0.5", "1.5", "0.5", "1.0"])]
    nodes = pack(pods, capacity, zone_count=1)
    assert nodes is not None
    assert [node.cpu for node in nodes] == [Decimal("2.0"), Decimal("1.5")]


def test_zone_spread_forces_a_node_per_zone() -> None:
    # three 0.5-core replicas with a zone skew of 1 cannot share one 2-core node: one per zone
    capacity = Allocatable(Decimal(2), 100 * MIB * 100, 10)
    pods = [Pod("api", Decimal("0.5"), MIB, zone_skew=1)] * 3
    nodes = pack(pods, capacity, zone_count=3)
    assert nodes is not None
    assert sorted(node.zone for node in nodes) == [0, 1, 2]


def test_host_anti_affinity_puts_replicas_on_distinct_nodes_and_oversized_pods_fail() -> None:
    capacity = Allocatable(Decimal(8), 100 * MIB * 100, 10)
    nodes = pack([Pod("qdrant", Decimal(1), MIB, host_skew=0)] * 3, capacity, zone_count=1)
    assert nodes is not None and len(nodes) == 3
    assert pack([Pod("huge", Decimal(9), MIB)], capacity, zone_count=1) is None


def test_least_allocated_placement_fits_what_first_fit_strands() -> None:
    # staging's pods on 3.73-core nodes in 3 zones (each pod with its sidecar):
    # qdrant 1.1 x 3 and redis 0.4 x 3 one per node; search 1.1 x 2, api 0.6 x 2, ingestion 0.6 x 2
    # one per zone. First fit fills node 1 and 2 to 3.4 (qdrant, search, ingestion, api) and must open
    # 2 more nodes for the redis pods that no longer fit beside them: 5 nodes. Least allocated puts each
    # pod on the emptiest node: 3.2, 3.2, 2.7 cores: 3 nodes, 9.1 / (3 x 3.73) = 81%.
    capacity = Allocatable(Decimal("3.73"), 15000 * MIB, 50)
    pods = [
        *[Pod("qdrant", Decimal("1.1"), 4224 * MIB, zone_skew=1, host_skew=0)] * 3,
        *[Pod("redis", Decimal("0.4"), 1280 * MIB, zone_skew=1, host_skew=0)] * 3,
        *[Pod("search", Decimal("1.1"), 1152 * MIB, zone_skew=1)] * 2,
        *[Pod("ingestion", Decimal("0.6"), 1152 * MIB, zone_skew=1)] * 2,
        *[Pod("api", Decimal("0.6"), 640 * MIB, zone_skew=1)] * 2,
    ]
    first = pack(pods, capacity, zone_count=3, placement="first-fit")
    balanced = pack(pods, capacity, zone_count=3, placement="least-allocated")
    assert first is not None and balanced is not None
    assert len(first) == 5
    assert sorted(node.cpu for node in balanced) == [Decimal("2.7"), Decimal("3.2"), Decimal("3.2")]
    assert all(node.owners["redis"] <= 1 and node.owners["qdrant"] <= 1 for node in balanced)
