"""charts/access/limit_range.py"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from charts.access.capacity import Compute
from charts.access.limit_range import NamespaceLimitRange, NamespaceLimitRangeProps
from contexter_deploy.facts.manifests import Manifest, find
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.config.quantity import parse_quantity
from tests.helpers import synth_construct

SMALL = Compute(Decimal("0.1"), Decimal("0.5"), Decimal(2**27), Decimal(2**28))
LARGE = Compute(Decimal(1), Decimal(4), Decimal(2**32), Decimal(2**33))


def _synth(props: NamespaceLimitRangeProps) -> dict[str, Any]:
    [limits] = synth_construct(lambda chart: NamespaceLimitRange(chart, "limits", props=props))
    return limits


def test_limit_range_snapshot(snapshot: SnapshotAssertion) -> None:
    props = NamespaceLimitRangeProps(
        namespace="contexter-data", default=SMALL, maximum=LARGE, max_volume=Decimal(2**34)
    )
    assert _synth(props) == snapshot


def test_only_cpu_and_memory_are_constrained_for_containers() -> None:
    container, volume = _synth(
        NamespaceLimitRangeProps(namespace="n", default=SMALL, maximum=LARGE, max_volume=Decimal(2**34))
    )["spec"]["limits"]
    assert container == {
        "type": "Container",
        "defaultRequest": {"cpu": "100m", "memory": "128Mi"},
        "default": {"cpu": "500m", "memory": "256Mi"},
        "max": {"cpu": "4000m", "memory": "8192Mi"},
    }
    assert volume == {"type": "PersistentVolumeClaim", "max": {"storage": "16Gi"}}


def test_fails_when_the_default_exceeds_the_maximum() -> None:
    with pytest.raises(ValueError, match="the default limits exceed the maximum"):
        NamespaceLimitRangeProps(namespace="n", default=LARGE, maximum=SMALL)


def test_every_configured_container_and_the_proxy_fit_the_maximum(
    environments: dict[str, Environment], manifests: dict[str, tuple[Manifest, ...]]
) -> None:
    for name, environment in environments.items():
        for namespace in ("contexter", "contexter-data"):
            limits = find(manifests[name], "LimitRange", "defaults", namespace)
            assert limits is not None
            maximum = limits.spec["limits"][0]["max"]
            proxy = environment.mesh.proxy_resources.limits
            assert parse_quantity(proxy.cpu) <= parse_quantity(maximum["cpu"])
            assert parse_quantity(proxy.memory) <= parse_quantity(maximum["memory"])
            for workload in (m for m in manifests[name] if m.namespace == namespace and "template" in m.spec):
                for container in workload.spec["template"]["spec"]["containers"]:
                    for resource in ("cpu", "memory"):
                        limit = container["resources"]["limits"][resource]
                        assert parse_quantity(limit) <= parse_quantity(maximum[resource]), workload.ref
