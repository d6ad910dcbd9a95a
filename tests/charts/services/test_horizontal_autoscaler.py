"""charts/services/horizontal_autoscaler.py

The scale-up behaviour is judged by the readiness report's own HPA model
(``contexter_deploy.report.scaling``), read from the synthesized HPA as the report reads dist/.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from cdk8s import Chart
from syrupy.assertion import SnapshotAssertion

from charts.observability.metrics import HTTP_REQUESTS_PER_SECOND
from charts.services.horizontal_autoscaler import HorizontalAutoscaler, HorizontalAutoscalerProps
from contexter_deploy.facts.workloads import Metric, ScalingRules, scale_up_rules
from contexter_deploy.ground.config import Environment, load_environment
from contexter_deploy.ground.topology import SEARCH
from contexter_deploy.report.scaling import scale_up_limit, simulate_spike
from tests.charts.services.rollout_fixture import build_rollout
from tests.helpers import documents_of_kind, synth_construct


def _synth(
    min_replicas: int = 3, max_replicas: int = 30, requests_per_second: int | None = 20
) -> dict[str, Any]:
    def build(chart: Chart) -> None:
        props = HorizontalAutoscalerProps(
            target=build_rollout(chart, load_environment("prod"), SEARCH),
            min_replicas=min_replicas,
            max_replicas=max_replicas,
            cpu_utilization_percent=70,
            memory_utilization_percent=80,
            requests_per_second=requests_per_second,
        )
        HorizontalAutoscaler(chart, "hpa", props=props)

    [hpa] = documents_of_kind(synth_construct(build), "HorizontalPodAutoscaler")
    return hpa


def _scale_up() -> ScalingRules:
    return scale_up_rules(_synth()["spec"]["behavior"])


def _policy_limited_steps(rules: ScalingRules, *, start: int, periods: int) -> list[int]:
    """Replicas after each sync when every sync asks for more than the policies allow."""
    replicas, events, steps = start, list[tuple[int, int]](), []
    for now in range(15, 15 * periods + 1, 15):
        limit = scale_up_limit(replicas, events, rules, now)
        events.append((now, limit - replicas))
        replicas = limit
        steps.append(replicas)
    return steps


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
            assert service.scaling.target_requests_per_second >= 1


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
    rules = _scale_up()
    assert _policy_limited_steps(rules, start=3, periods=2) == [12, 48]
    assert _policy_limited_steps(rules, start=1, periods=1) == [5]
    # a metric that shows the whole spike at once, and pods that are ready at once: only the
    # policies stand between the HPA and the replicas the spike needs
    demand = Metric(name="demand", kind="total", ratio_cap=None, delay_seconds=0)
    for environment in environments.values():
        for service in (environment.workloads.api_gateway, environment.workloads.search):
            spike = simulate_spike(
                baseline=service.min_replicas,
                max_replicas=service.max_replicas,
                metrics=[demand],
                rules=rules,
                ready_delay_seconds=0,
                spike_factor=10,
                sync_period_seconds=15,
                tolerance=Decimal("0.1"),
                horizon_seconds=600,
            )
            assert spike.seconds is not None and spike.seconds <= 30, spike


def test_fails_when_min_replicas_exceed_max_replicas() -> None:
    with pytest.raises(ValueError, match="min_replicas 5 must be <= max_replicas 3"):
        _synth(min_replicas=5, max_replicas=3)
