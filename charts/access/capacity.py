"""The worst-case demand of each Contexter namespace, derived from the environment and topology.

The ResourceQuota and LimitRange are computed from this instead of from second, hand-written
numbers: raise ``max_replicas`` or a workload's limits and the quota follows.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

from charts.backup.backup_chart import scheduled_jobs, staging_redis_resources
from charts.data import qdrant as qdrant_pod
from charts.data import redis as redis_pod
from charts.delivery.smoke_test import SMOKE_TEST_RESOURCES
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.config.model import ComputeResources, Resources
from contexter_deploy.ground.config.quantity import parse_quantity
from contexter_deploy.ground.topology import BACKUP, QDRANT, REDIS, SMOKE_TEST, workloads_in


@dataclass(frozen=True)
class Compute:
    """CPU (cores) and memory (bytes), requested and limited, of one or more containers."""

    cpu_request: Decimal
    cpu_limit: Decimal
    memory_request: Decimal
    memory_limit: Decimal

    @classmethod
    def of(cls, resources: Resources | ComputeResources) -> Compute:
        """The CPU and memory of one container configured with ``resources``."""
        return cls(
            cpu_request=parse_quantity(resources.requests.cpu),
            cpu_limit=parse_quantity(resources.limits.cpu),
            memory_request=parse_quantity(resources.requests.memory),
            memory_limit=parse_quantity(resources.limits.memory),
        )

    def __add__(self, other: Compute) -> Compute:
        return Compute(
            self.cpu_request + other.cpu_request,
            self.cpu_limit + other.cpu_limit,
            self.memory_request + other.memory_request,
            self.memory_limit + other.memory_limit,
        )

    def times(self, count: int) -> Compute:
        """``count`` copies of these containers."""
        return Compute(
            self.cpu_request * count,
            self.cpu_limit * count,
            self.memory_request * count,
            self.memory_limit * count,
        )


@dataclass(frozen=True)
class PodGroup:
    """The pods of one workload at their worst case."""

    name: str
    pods: int
    """Most pods that run at once."""
    containers: tuple[Compute, ...]
    """The containers of one pod, the injected istio-proxy included."""
    volumes: tuple[Decimal, ...] = ()
    """Size in bytes of each PersistentVolumeClaim of one pod."""

    @property
    def per_pod(self) -> Compute:
        total = Compute(Decimal(0), Decimal(0), Decimal(0), Decimal(0))
        for container in self.containers:
            total += container
        return total


def namespace_demand(environment: Environment, namespace: str) -> tuple[PodGroup, ...]:
    """Every pod group of ``namespace`` at its worst case:

    - a Rollout at ``max_replicas`` with both ReplicaSets at full size (blue-green keeps the old one
      for ``scale_down_delay_seconds``; a canary at 100% runs stable and canary side by side);
    - a StatefulSet at ``replicas``, each container at the resources the pod is built with
      (``container_resources`` of ``charts.data.qdrant`` and ``charts.data.redis``);
    - every backup CronJob of the namespace running at once (``charts.backup.scheduled_jobs``),
      plus one restore Job; the largest restore (Redis) runs the tool beside a staging Redis server;
    - one pre-promotion smoke-test Job (``charts.delivery.smoke_test``).
    """
    proxy = Compute.of(environment.mesh.proxy_resources)
    configured = environment.workloads
    stateless = configured.stateless()
    groups: list[PodGroup] = []
    for target in workloads_in(namespace):
        if target.name in stateless:
            service = stateless[target.name]
            groups.append(
                PodGroup(target.name, 2 * service.max_replicas, (Compute.of(service.resources), proxy))
            )
        elif target is QDRANT:
            qdrant = configured.qdrant
            groups.append(
                PodGroup(
                    target.name,
                    qdrant.replicas,
                    (*_containers(qdrant_pod.container_resources(qdrant)), proxy),
                    (parse_quantity(qdrant.data_volume_size), parse_quantity(qdrant.snapshots_volume_size)),
                )
            )
        elif target is REDIS:
            redis = configured.redis
            groups.append(
                PodGroup(
                    target.name,
                    redis.replicas,
                    (*_containers(redis_pod.container_resources(redis)), proxy),
                    (parse_quantity(redis.volume_size),),
                )
            )
        elif target is BACKUP:
            tool = Compute.of(environment.backup.resources)
            jobs = [job for job in scheduled_jobs(environment) if job.namespace == namespace]
            if jobs:
                groups.append(PodGroup(target.name, len(jobs), (tool, proxy)))
                staging_redis = Compute.of(staging_redis_resources(environment))
                groups.append(PodGroup("restore", 1, (tool, staging_redis, proxy)))
        elif target is SMOKE_TEST:
            groups.append(PodGroup(target.name, 1, (Compute.of(SMOKE_TEST_RESOURCES), proxy)))
        else:
            raise ValueError(f"no capacity model for workload {target.name!r} in {namespace}")
    return tuple(groups)


def _containers(sized: dict[str, Resources]) -> tuple[Compute, ...]:
    return tuple(Compute.of(resources) for resources in sized.values())


def configured_containers(environment: Environment, namespace: str) -> tuple[Compute, ...]:
    """The configured application containers of ``namespace`` (not the proxy, not jobs)."""
    configured = environment.workloads
    sized: dict[str, Resources] = {name: s.resources for name, s in configured.stateless().items()}
    sized[QDRANT.name] = configured.qdrant.resources
    sized[REDIS.name] = configured.redis.resources
    return tuple(Compute.of(sized[w.name]) for w in workloads_in(namespace) if w.name in sized)


def smallest_container(environment: Environment, namespace: str) -> Compute:
    """The smallest request and the smallest limit, per resource, among the configured containers
    of ``namespace``: what a container that declares no resources gets from the LimitRange."""
    containers = configured_containers(environment, namespace)
    if not containers:
        raise ValueError(f"{namespace} has no configured containers to size a default from")
    return Compute(
        cpu_request=min(c.cpu_request for c in containers),
        cpu_limit=min(c.cpu_limit for c in containers),
        memory_request=min(c.memory_request for c in containers),
        memory_limit=min(c.memory_limit for c in containers),
    )


def largest_container(environment: Environment, namespace: str) -> Compute:
    """The largest limit, per resource, among the configured containers of ``namespace`` and the
    istio-proxy: the LimitRange maximum, so every configured container (and the proxy) fits."""
    containers = (
        *configured_containers(environment, namespace),
        Compute.of(environment.mesh.proxy_resources),
    )
    return Compute(
        cpu_request=max(c.cpu_request for c in containers),
        cpu_limit=max(c.cpu_limit for c in containers),
        memory_request=max(c.memory_request for c in containers),
        memory_limit=max(c.memory_limit for c in containers),
    )


def cpu_quantity(cores: Decimal) -> str:
    """``cores`` as a Kubernetes quantity in whole millicores, rounded up (``2.5`` -> ``2500m``)."""
    return f"{math.ceil(cores * 1000)}m"


def memory_quantity(size: Decimal) -> str:
    """``size`` bytes as a quantity in whole mebibytes, rounded up."""
    return f"{math.ceil(size / 2**20)}Mi"


def storage_quantity(size: Decimal) -> str:
    """``size`` bytes as a quantity in whole gibibytes, rounded up."""
    return f"{math.ceil(size / 2**30)}Gi"
