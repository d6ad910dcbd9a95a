"""charts/services/horizontal_autoscaler.py"""

from __future__ import annotations

from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from charts.observability.metrics import HTTP_REQUESTS_PER_SECOND
from charts.services.horizontal_autoscaler import (
    HorizontalAutoscaler,
    HorizontalAutoscalerProps,
    replicas_after_one_scale_up_period,
    seconds_to_reach,
)
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.topology import SEARCH
from tests.helpers import synth_construct


def _synth(
    min_replicas: int = 3, max_replicas: int = 30, requests_per_second: int | None = 20
) -> dict[str, Any]:
    props = HorizontalAutoscalerProps(
        workload=SEARCH,
        min_replicas=min_replicas,
        max_replicas=max_replicas,
        cpu_utilization_percent=70,
        memory_utilization_percent=80,
        requests_per_second=requests_per_second,
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
        for m in metrics[:2]
    ] == [("ContainerResource", "search", "cpu", 70), ("ContainerResource", "search", "memory", 80)]


def test_the_request_rate_per_pod_leads_the_cpu_signal() -> None:
    # a Pods metric: the HPA divides the pods' total rate by the per-pod target, so it asks for
    # what the demand needs, not for what throttled pods can show
    rate = _synth()["spec"]["metrics"][2]
    assert rate == {
        "type": "Pods",
        "pods": {
            "metric": {"name": HTTP_REQUESTS_PER_SECOND},
            "target": {"type": "AverageValue", "averageValue": "20"},
        },
    }
    assert len(_synth(requests_per_second=None)["spec"]["metrics"]) == 2


def test_every_request_scaled_service_declares_its_sustainable_rate(
    environments: dict[str, Environment],
) -> None:
    for environment in environments.values():
        for service in (environment.workloads.api_gateway, environment.workloads.search):
            assert service.target_requests_per_second >= 1


def test_fails_when_the_request_rate_is_not_positive() -> None:
    with pytest.raises(ValueError, match="requests_per_second 0: allowed a positive request rate per pod"):
        _synth(requests_per_second=0)


def test_scale_up_is_immediate_and_scale_down_is_stabilized() -> None:
    behavior = _synth()["spec"]["behavior"]
    assert behavior["scaleUp"]["stabilizationWindowSeconds"] == 0
    assert behavior["scaleUp"]["selectPolicy"] == "Max"
    assert behavior["scaleDown"]["stabilizationWindowSeconds"] == 300
    assert behavior["scaleDown"]["policies"] == [{"type": "Percent", "value": 10, "periodSeconds": 60}]


def test_the_policy_never_holds_back_a_tenfold_spike(environments: dict[str, Environment]) -> None:
    # x4 (or +4 pods) per 15 s: 3 -> 12 -> 48; two periods cover 10x, within the minute the request
    # rate needs to show the whole spike (1m rate window)
    assert replicas_after_one_scale_up_period(3) == 12
    assert replicas_after_one_scale_up_period(1) == 5
    for environment in environments.values():
        for service in (environment.workloads.api_gateway, environment.workloads.search):
            start = service.min_replicas
            assert seconds_to_reach(min(10 * start, service.max_replicas), start=start) <= 30


def test_fails_when_min_replicas_exceed_max_replicas() -> None:
    with pytest.raises(ValueError, match="min_replicas 5 must be <= max_replicas 3"):
        _synth(min_replicas=5, max_replicas=3)
