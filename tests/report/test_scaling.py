"""Scale-out for a 10x spike: the HPA simulation against arithmetic done by hand."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from contexter_deploy.facts.parameters import DEFAULT_PARAMETERS, requirements_for
from contexter_deploy.facts.workloads import DEFAULT_SCALE_UP, Metric, Policy, ScalingRules, find_workloads
from contexter_deploy.report.result import Status
from contexter_deploy.report.scaling import (
    observed_load,
    pods_average_proposal,
    scale_out_rows,
    scale_up_limit,
    simulate_spike,
)
from tests.report.builders import container, inputs_of, pod_monitor, workload, workloads_of

UNCAPPED_CPU = Metric("cpu 70%", "per-pod", None, 15)


def rules(*policies: Policy, select: str = "Max", window: int = 0) -> ScalingRules:
    return ScalingRules(policies, select, window, defaulted=False)  # type: ignore[arg-type]


def spike(**overrides: Any) -> Any:
    arguments: dict[str, Any] = {
        "baseline": 3,
        "max_replicas": 30,
        "metrics": [UNCAPPED_CPU],
        "rules": rules(Policy("Percent", 300, 15)),
        "ready_delay_seconds": 85,
        "spike_factor": 10,
        "sync_period_seconds": 15,
        "tolerance": Decimal("0.1"),
        "horizon_seconds": 3600,
    }
    return simulate_spike(**{**arguments, **overrides})


def test_percent_policy_reaches_ten_times_baseline_in_two_syncs() -> None:
    # min 3, +300% every 15 s, sync 15 s: 3 -> 12 at t=15 (ceil(3 x 4)) -> 30 (max) at t=30
    # (the t=15 event is not inside (15, 30], so the period starts from 12: 48 allowed);
    # pods ready 25 s after their node (60 s): 30 + 85 = 115 s
    result = spike()
    assert [(step.seconds, step.replicas) for step in result.steps] == [(15, 12), (30, 30)]
    assert result.seconds == 115
    assert not result.capped


def test_default_behavior_adds_four_pods_or_doubles_every_15_seconds() -> None:
    # no behavior: max(+4 pods, +100%) per 15 s: 3 -> 7 (t=15) -> 14 (t=30) -> 28 (t=45);
    # then 30 / 28 = 1.07 is within the 0.1 tolerance: the HPA stops at 28 = ceil(30 / 1.1).
    # ready 85 s after the last step: 45 + 85 = 130 s
    result = spike(rules=DEFAULT_SCALE_UP)
    assert [(step.seconds, step.replicas) for step in result.steps] == [(15, 7), (30, 14), (45, 28)]
    assert result.goal == 28
    assert result.seconds == 130


def test_cpu_limit_caps_what_each_generation_of_pods_can_show() -> None:
    # limit/request 2, target 0.7: a pod shows at most 2/0.7 = 2.857x target.
    # t=15: 3 ready serve min(30, 3 x 2.857 = 8.57) -> ceil = 9; new pods ready at 15 + 85 = 100.
    # t=30..90: 9 pods, 3 ready: 8.57 / 9 = 0.95 < 1 -> no change.
    # t=105: 9 ready serve min(30, 25.7) -> 26, ready at 190; t=195: 26 ready serve 30 -> 30, ready at 280.
    capped = Metric("cpu 70%", "per-pod", Decimal(2) / Decimal("0.7"), 15)
    result = spike(metrics=[capped], rules=rules(Policy("Percent", 900, 15)))
    assert [(step.seconds, step.replicas) for step in result.steps] == [(15, 9), (105, 26), (195, 30)]
    assert result.seconds == 280


def test_scale_up_stabilisation_window_remembers_the_baseline() -> None:
    # window 30 s: at t=15 the recommendations of t=0 (3) are inside (-15, 15]: min(30, 3) = 3, no change;
    # at t=30 only t=15's recommendation (30) is inside (0, 30]: 3 -> 12 (+300%); t=45: 12 -> 30
    result = spike(rules=rules(Policy("Percent", 300, 15), window=30))
    assert [(step.seconds, step.replicas) for step in result.steps] == [(30, 12), (45, 30)]
    assert result.seconds == 45 + 85


def test_scale_up_limit_counts_only_events_inside_the_period() -> None:
    percent = rules(Policy("Percent", 300, 60))
    # 9 pods added at t=15 are inside (30 - 60, 30]: the period started at 12 - 9 = 3 -> ceil(3 x 4) = 12
    assert scale_up_limit(12, [(15, 9)], percent, 30) == 12
    # at t=75 the t=15 event is outside (15, 75]: start 12 -> 48
    assert scale_up_limit(12, [(15, 9)], percent, 75) == 48


def test_select_policy_min_and_disabled() -> None:
    both = (Policy("Pods", 4, 15), Policy("Percent", 100, 15))
    assert scale_up_limit(3, [], rules(*both, select="Max"), 15) == 7  # max(3 + 4, 3 x 2)
    assert scale_up_limit(3, [], rules(*both, select="Min"), 15) == 6  # min(7, 6)
    assert scale_up_limit(3, [], rules(*both, select="Disabled"), 15) == 3


def test_disabled_scale_up_never_reaches_the_goal() -> None:
    result = spike(rules=rules(Policy("Pods", 4, 15), select="Disabled"), horizon_seconds=120)
    assert result.seconds is None


def _hpa(
    name: str, *, min_replicas: int, max_replicas: int, behavior: dict[str, Any] | None
) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "scaleTargetRef": {"apiVersion": "argoproj.io/v1alpha1", "kind": "Rollout", "name": name},
        "minReplicas": min_replicas,
        "maxReplicas": max_replicas,
        "metrics": [
            {
                "type": "Resource",
                "resource": {"name": "cpu", "target": {"type": "Utilization", "averageUtilization": 70}},
            }
        ],
    }
    if behavior:
        spec["behavior"] = behavior
    return {
        "apiVersion": "autoscaling/v2",
        "kind": "HorizontalPodAutoscaler",
        "metadata": {"name": name, "namespace": "contexter"},
        "spec": spec,
    }


FAST = {"scaleUp": {"policies": [{"type": "Percent", "value": 900, "periodSeconds": 15}]}}
UNLIMITED = [container("api", cpu="250m", cpu_limit="4")]


def test_row_from_manifests_passes_within_three_minutes() -> None:
    # cap (4 / 0.25) / 0.7 = 22.9x: not binding. t=15: 3 -> 30 (+900%).
    # a new pod: node 60 + scheduling 2 + pull 10 + startup 2 x 15 + readiness 5 = 107 s -> 15 + 107 = 122 s
    inputs = inputs_of(
        workload("Rollout", "api", containers=UNLIMITED),
        _hpa("api", min_replicas=3, max_replicas=30, behavior=FAST),
    )
    [row] = scale_out_rows(inputs, workloads_of(inputs), DEFAULT_PARAMETERS, requirements_for("prod"))
    assert row.status is Status.PASS
    assert row.seconds == 122
    assert row.derived_from == ("Rollout contexter/api", "HorizontalPodAutoscaler contexter/api")


def test_fails_when_the_scale_up_policy_is_too_slow() -> None:
    # +1 pod per 15 s: 3 -> 28 (30 within the tolerance) takes 25 syncs: t = 375 s, + 107 s = 482 s > 180 s
    slow = {"scaleUp": {"policies": [{"type": "Pods", "value": 1, "periodSeconds": 15}]}}
    inputs = inputs_of(
        workload("Rollout", "api", containers=UNLIMITED),
        _hpa("api", min_replicas=3, max_replicas=30, behavior=slow),
    )
    [row] = scale_out_rows(inputs, workloads_of(inputs), DEFAULT_PARAMETERS, requirements_for("prod"))
    assert row.status is Status.FAIL
    assert row.seconds == 482
    assert "482 s > 180 s" in row.details


def test_fails_in_prod_when_max_is_below_ten_times_min_but_only_caps_in_staging() -> None:
    inputs = inputs_of(
        workload("Rollout", "api", containers=UNLIMITED),
        _hpa("api", min_replicas=2, max_replicas=10, behavior=FAST),
    )
    [prod] = scale_out_rows(inputs, workloads_of(inputs), DEFAULT_PARAMETERS, requirements_for("prod"))
    [staging] = scale_out_rows(inputs, workloads_of(inputs), DEFAULT_PARAMETERS, requirements_for("staging"))
    assert prod.status is Status.FAIL
    assert "maxReplicas 10 < 10 x 2: the spike cannot be absorbed" in prod.details
    assert staging.status is Status.PASS  # 2 -> 10 at t=15, ready at 122 s
    assert staging.value == "122 s to 10 replicas (capped)"


def test_keda_queue_trigger_scales_on_list_length() -> None:
    # 10 x 2 replicas x 1000 jobs = 20000 jobs: desired = ceil(20000 / 1000) = 20 at the first sync (t=15);
    # the ScaledObject's HPA behaviour allows +900%: 2 -> 20;
    # the 19th replica (ceil(20 / 1.1)) is ready at 15 + 107 = 122 s
    scaled = {
        "apiVersion": "keda.sh/v1alpha1",
        "kind": "ScaledObject",
        "metadata": {"name": "worker", "namespace": "contexter"},
        "spec": {
            "scaleTargetRef": {"apiVersion": "argoproj.io/v1alpha1", "kind": "Rollout", "name": "worker"},
            "minReplicaCount": 2,
            "maxReplicaCount": 20,
            "advanced": {"horizontalPodAutoscalerConfig": {"behavior": FAST}},
            "triggers": [{"type": "redis", "metadata": {"listName": "jobs", "listLength": "1000"}}],
        },
    }
    inputs = inputs_of(workload("Rollout", "worker"), scaled)
    [row] = scale_out_rows(inputs, workloads_of(inputs), DEFAULT_PARAMETERS, requirements_for("prod"))
    assert row.status is Status.PASS
    assert row.seconds == 122
    assert "redis 1000 per replica" in row.details[1]


def test_fails_when_a_rollout_has_no_autoscaler_and_when_there_is_none_at_all() -> None:
    inputs = inputs_of(workload("Rollout", "api"))
    [row] = scale_out_rows(inputs, workloads_of(inputs), DEFAULT_PARAMETERS, requirements_for("prod"))
    assert row.status is Status.FAIL
    assert row.details == ("no HorizontalPodAutoscaler or ScaledObject targets Rollout contexter/api",)
    empty = inputs_of()
    [missing] = scale_out_rows(empty, (), DEFAULT_PARAMETERS, requirements_for("prod"))
    assert missing.status is Status.FAIL
    assert missing.details == ("no HorizontalPodAutoscaler or ScaledObject found in dist/prod",)


RATE = Metric("http_requests_per_second 20/pod (Pods)", "pods-average", None, 15, 45)
"""A request rate scraped every 15 s through a 60 s rate window: it shows 3 + 27 x (t - 15) / 45."""


def test_observed_rate_ramps_over_the_window_after_one_scrape() -> None:
    # baseline 3, spike 30: nothing before t = 15; then 3 + 27 x (t - 15) / 45; all of it from t = 60
    assert observed_load(RATE, Decimal(3), Decimal(30), 10) == 3
    assert observed_load(RATE, Decimal(3), Decimal(30), 15) == 3
    assert observed_load(RATE, Decimal(3), Decimal(30), 30) == 12  # 3 + 27 x 15 / 45
    assert observed_load(RATE, Decimal(3), Decimal(30), 45) == 21  # 3 + 27 x 30 / 45
    assert observed_load(RATE, Decimal(3), Decimal(30), 75) == 30


def test_pods_metric_asks_for_the_demand_whatever_the_pods_can_show() -> None:
    # 21 units over 3 reporting pods: ratio 7, no pod without a sample: ceil(7 x 3) = 21
    assert pods_average_proposal(Decimal(21), replicas=12, running=3, ready=3, tolerance=Decimal("0.1")) == 21
    # 2 more pods running without a sample count as 0 in a scale-up: 21 / 5 = 4.2 -> ceil(4.2 x 5) = 21
    assert pods_average_proposal(Decimal(21), replicas=12, running=5, ready=3, tolerance=Decimal("0.1")) == 21
    # within the tolerance: 31 units over 30 pods is 1.03: no change
    assert (
        pods_average_proposal(Decimal(31), replicas=30, running=30, ready=30, tolerance=Decimal("0.1")) == 30
    )
    # missing pods turn 12 / 3 = 4 into 12 / 12 = 1.0: within the tolerance, no change
    assert (
        pods_average_proposal(Decimal(12), replicas=12, running=12, ready=3, tolerance=Decimal("0.1")) == 12
    )


def test_request_rate_reaches_ten_times_baseline_within_the_rate_window() -> None:
    # min 3, +300% per 15 s, rate 3 + 27 x (t - 15) / 45:
    # t=15: 3 (no change); t=30: 12 -> 12 (limit ceil(3 x 4) = 12); t=45: 21 (the t=30 event is not inside
    # (30, 45], so the limit is 12 x 4 = 48) -> 21; t=60: 30 -> 30. New pods are pending for 62 s, so
    # every sync counts 3 reporting pods and none missing. 28 = ceil(30 / 1.1) is reached at t=60,
    # ready at 60 + 105 = 165 s
    result = spike(metrics=[RATE], ready_delay_seconds=105, pending_seconds=62)
    assert [(step.seconds, step.replicas) for step in result.steps] == [(30, 12), (45, 21), (60, 30)]
    assert result.seconds == 165


def test_cpu_and_request_rate_together_take_the_larger_proposal() -> None:
    # t=15: CPU (cap 2.857) asks ceil(3 x 2.857) = 9, the rate still shows 3 -> 9;
    # t=30: rate 12 -> 12; t=45: 21; t=60: 30: 165 s as with the rate alone
    capped = Metric("cpu 70%", "per-pod", Decimal(2) / Decimal("0.7"), 15)
    result = spike(metrics=[capped, RATE], ready_delay_seconds=105, pending_seconds=62)
    assert [(step.seconds, step.replicas) for step in result.steps] == [(15, 9), (30, 12), (45, 21), (60, 30)]
    assert result.seconds == 165


ADAPTER = {
    "apiVersion": "argoproj.io/v1alpha1",
    "kind": "Application",
    "metadata": {"name": "prometheus-adapter", "namespace": "argocd"},
    "spec": {
        "source": {
            "chart": "prometheus-adapter",
            "helm": {
                "valuesObject": {
                    "rules": {
                        "default": False,
                        "custom": [
                            {
                                "seriesQuery": 'http_requests_total{namespace="contexter",pod!=""}',
                                "resources": {
                                    "overrides": {
                                        "namespace": {"resource": "namespace"},
                                        "pod": {"resource": "pod"},
                                    }
                                },
                                "name": {"as": "http_requests_per_second"},
                                "metricsQuery": (
                                    "sum(rate(<<.Series>>{<<.LabelMatchers>>}[1m])) by (<<.GroupBy>>)"
                                ),
                            }
                        ],
                    }
                }
            },
        }
    },
}


def _rate_hpa(name: str) -> dict[str, Any]:
    hpa = _hpa(name, min_replicas=3, max_replicas=30, behavior=QUADRUPLE)
    hpa["spec"]["metrics"].append(
        {
            "type": "Pods",
            "pods": {
                "metric": {"name": "http_requests_per_second"},
                "target": {"type": "AverageValue", "averageValue": "20"},
            },
        }
    )
    return hpa


QUADRUPLE = {"scaleUp": {"policies": [{"type": "Percent", "value": 300, "periodSeconds": 15}]}}
SATURATING = [container("api", cpu="500m", cpu_limit="1")]
"""CPU limit twice the request: at 70% a pod shows at most 2 / 0.7 = 2.857x target."""


def test_row_from_manifests_scales_on_the_adapter_served_request_rate() -> None:
    # cpu 70% with a 2.857x cap alone: 9 (t=15), then only as new pods become ready: too slow.
    # With the request rate (PodMonitor every 15 s, rule window 1m: ramp from 15 s to 60 s) the steps are
    # 9, 12, 21, 30 at t = 15, 30, 45, 60 (as above); a new pod is ready after node 60 + scheduling 2 +
    # pull 10 + startup 30 + readiness 5 = 107 s: 60 + 107 = 167 s
    inputs = inputs_of(
        workload("Rollout", "api", containers=SATURATING),
        _rate_hpa("api"),
        ADAPTER,
        pod_monitor("api", "http"),
    )
    [row] = scale_out_rows(inputs, workloads_of(inputs), DEFAULT_PARAMETERS, requirements_for("prod"))
    assert (row.seconds, row.status) == (167, Status.PASS)
    assert "replicas: t=15 s -> 9, t=30 s -> 12, t=45 s -> 21, t=60 s -> 30" in row.details
    assert row.derived_from[2:] == ("Application argocd/prometheus-adapter", "PodMonitor contexter/api")


def test_fails_when_no_adapter_serves_the_request_rate() -> None:
    # the HPA names a metric nothing in dist/ serves: the row says so, and only CPU scales:
    # t=15: 3 ready show min(30, 3 x 2.857) -> 9, ready at 15 + 107 = 122; t=135: 9 ready show 25.7 -> 26
    # (limit 9 x 4 = 36), ready at 242; t=255: 26 x 2.857 >= 30 -> 30, ready at 255 + 107 = 362 s > 180 s
    inputs = inputs_of(
        workload("Rollout", "api", containers=SATURATING), _rate_hpa("api"), pod_monitor("api", "http")
    )
    [row] = scale_out_rows(inputs, workloads_of(inputs), DEFAULT_PARAMETERS, requirements_for("prod"))
    assert (row.seconds, row.status) == (362, Status.FAIL)
    assert row.details[0] == (
        "http_requests_per_second 20/pod (Pods): no prometheus-adapter rule in dist/ serves"
        " http_requests_per_second"
    )
    assert "replicas: t=15 s -> 9, t=135 s -> 26, t=255 s -> 30" in row.details


def test_fails_when_no_pod_monitor_scrapes_the_pods() -> None:
    inputs = inputs_of(workload("Rollout", "api", containers=SATURATING), _rate_hpa("api"), ADAPTER)
    [row] = scale_out_rows(inputs, workloads_of(inputs), DEFAULT_PARAMETERS, requirements_for("prod"))
    assert row.status is Status.FAIL
    assert "no PodMonitor scrapes Rollout contexter/api" in row.details[0]


def test_a_request_rate_capped_by_the_pods_capacity_is_no_faster_than_cpu() -> None:
    # the pessimistic assumption: a saturated pod counts only what it serves, at most 2.857x target,
    # so the rate adds nothing to CPU: 3 -> 9 at t=15 and the spike waits for each generation of pods
    capped = replace(
        DEFAULT_PARAMETERS,
        autoscaling=replace(DEFAULT_PARAMETERS.autoscaling, request_rate_follows_demand=False),
    )
    inputs = inputs_of(
        workload("Rollout", "api", containers=SATURATING),
        _rate_hpa("api"),
        ADAPTER,
        pod_monitor("api", "http"),
    )
    [demand] = scale_out_rows(inputs, workloads_of(inputs), DEFAULT_PARAMETERS, requirements_for("prod"))
    [served] = scale_out_rows(inputs, find_workloads(inputs, capped), capped, requirements_for("prod"))
    # capped, the rate shows no more than CPU does: the same 362 s as CPU alone (above)
    assert demand.seconds == 167
    assert (served.seconds, served.status) == (362, Status.FAIL)
