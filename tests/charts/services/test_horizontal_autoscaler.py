"""charts/services/horizontal_autoscaler.py"""

from __future__ import annotations

from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from charts.services.horizontal_autoscaler import (
    HorizontalAutoscaler,
    HorizontalAutoscalerProps,
    replicas_after_one_scale_up_period,
    seconds_to_reach,
)
from charts.topology import SEARCH
from contexter_deploy.config import Environment
from tests.helpers import synth_construct


def _synth(min_replicas: int = 3, max_replicas: int = 30) -> dict[str, Any]:
    props = HorizontalAutoscalerProps(
        workload=SEARCH,
        min_replicas=min_replicas,
        max_replicas=max_replicas,
        cpu_utilization_percent=70,
        memory_utilization_percent=80,
    )
    [hpa] = synth_construct(lambda chart: HorizontalAutoscaler(chart, "hpa", props=props))
    return hpa


def test_hpa_snapshot(snapshot: SnapshotAssertion) -> None:
    assert _synth() == snapshot


def test_the_hpa_scales_the_rollout(environments: dict[str, Environment]) -> None:
    hpa = _synth()
    assert hpa["apiVersion"] == "autoscaling/v2"
    assert hpa["spec"]["scaleTargetRef"] == {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Rollout",
        "name": "search",
    }


def test_cpu_and_memory_of_the_app_container_drive_scaling() -> None:
    metrics = _synth()["spec"]["metrics"]
    assert [
        (
            m["type"],
            m["containerResource"]["container"],
            m["containerResource"]["name"],
            m["containerResource"]["target"]["averageUtilization"],
        )
        for m in metrics
    ] == [("ContainerResource", "search", "cpu", 70), ("ContainerResource", "search", "memory", 80)]


def test_scale_up_is_immediate_and_scale_down_is_stabilized() -> None:
    behavior = _synth()["spec"]["behavior"]
    assert behavior["scaleUp"]["stabilizationWindowSeconds"] == 0
    assert behavior["scaleUp"]["selectPolicy"] == "Max"
    assert behavior["scaleDown"]["stabilizationWindowSeconds"] == 300
    assert behavior["scaleDown"]["policies"] == [{"type": "Percent", "value": 10, "periodSeconds": 60}]


def test_a_tenfold_spike_is_absorbed_within_a_minute(environments: dict[str, Environment]) -> None:
    assert replicas_after_one_scale_up_period(3) == 7
    assert replicas_after_one_scale_up_period(10) == 20
    for environment in environments.values():
        for service in (environment.workloads.api_gateway, environment.workloads.search):
            start = service.min_replicas
            assert seconds_to_reach(min(10 * start, service.max_replicas), start=start) <= 60


def test_fails_when_min_replicas_exceed_max_replicas() -> None:
    with pytest.raises(ValueError, match="min_replicas 5 must be <= max_replicas 3"):
        _synth(min_replicas=5, max_replicas=3)
