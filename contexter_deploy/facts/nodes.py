"""Node capacity: EC2 instance types and what pods may request on one node of each.

Read by the readiness report's efficiency figure and by the bootstrap simulation
(``contexter_deploy/validation/bootstrap.py``), so both place pods on the same allocatable.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

import yaml

from contexter_deploy.facts.parameters import Parameters

MIB = Decimal(2**20)
INSTANCE_TYPES_FILE = Path(__file__).with_name("instance_types.yaml")


@dataclass(frozen=True)
class InstanceType:
    """Capacity of one EC2 instance type (``instance_types.yaml``)."""

    name: str
    vcpu: int
    memory_gib: int
    max_pods: int
    category: str
    generation: int

    @property
    def family(self) -> str:
        return self.name.split(".")[0]


@cache
def instance_catalog() -> Mapping[str, InstanceType]:
    """Every instance type the report knows, by name."""
    raw = yaml.safe_load(INSTANCE_TYPES_FILE.read_text(encoding="utf-8"))
    return {name: InstanceType(name=name, **values) for name, values in raw.items()}


def kube_reserved_cpu_millicores(vcpu: int) -> int:
    """EKS AMI: 6% of the first core, 1% of the second, 0.5% of cores 3-4, 0.25% of the rest."""
    bands = [(1, 60), (1, 10), (2, 5)]
    reserved = Decimal(0)
    remaining = vcpu
    for cores, millicores in bands:
        used = min(remaining, cores)
        reserved += used * millicores
        remaining -= used
    reserved += Decimal(remaining) * Decimal("2.5")
    return int(reserved)


@dataclass(frozen=True)
class Allocatable:
    cpu: Decimal
    """Cores."""
    memory: Decimal
    """Bytes."""
    pods: int


def allocatable(
    instance: InstanceType, parameters: Parameters, extra: Sequence[tuple[Decimal, Decimal]] = ()
) -> Allocatable:
    """What pods may request on one node of ``instance``; ``extra`` are DaemonSets from ``dist/``."""
    overhead = parameters.node_overhead
    daemon_cpu = sum((Decimal(cpu) for _, cpu, _ in overhead.daemonsets), Decimal(0)) / 1000 + sum(
        (c for c, _ in extra), Decimal(0)
    )
    daemon_memory = sum(Decimal(memory) for _, _, memory in overhead.daemonsets) * MIB + sum(
        (m for _, m in extra), Decimal(0)
    )
    cpu = (
        Decimal(instance.vcpu)
        - Decimal(kube_reserved_cpu_millicores(instance.vcpu)) / 1000
        - Decimal(overhead.system_reserved_cpu_millicores) / 1000
        - daemon_cpu
    )
    memory = (
        Decimal(instance.memory_gib) * 1024 * MIB
        - (11 * instance.max_pods + 255) * MIB
        - (overhead.eviction_memory_mib + overhead.system_reserved_memory_mib) * MIB
        - daemon_memory
    )
    pods = instance.max_pods - len(overhead.daemonsets) - len(extra)
    return Allocatable(cpu, memory, pods)
