"""Zero-downtime readiness: each gate, and each way it fails."""

from __future__ import annotations

from typing import Any

from contexter_deploy.report.parameters import DEFAULT_PARAMETERS, requirements_for
from contexter_deploy.report.result import Status
from contexter_deploy.report.zero_downtime import prestop_seconds, zero_downtime_rows
from tests.report.builders import container, inputs_of, pdb, workload, workloads_of
from tests.report.test_rollout import ANALYSIS, TEMPLATE

BLUE_GREEN = {"blueGreen": {"activeService": "api", "prePromotionAnalysis": ANALYSIS}}


def row(*documents: dict[str, Any]) -> Any:
    inputs = inputs_of(*documents)
    [result] = zero_downtime_rows(inputs, workloads_of(inputs), DEFAULT_PARAMETERS, requirements_for("prod"))
    return result


def test_blue_green_with_analysis_pdb_readiness_and_prestop_is_ready() -> None:
    result = row(workload("Rollout", "api", strategy=BLUE_GREEN), TEMPLATE, pdb("api", maxUnavailable=1))
    assert (result.value, result.status) == ("ready", Status.PASS)


def test_prestop_duration_from_sleep_action_and_exec() -> None:
    assert prestop_seconds({"lifecycle": {"preStop": {"sleep": {"seconds": 15}}}}) == 15
    assert prestop_seconds({"lifecycle": {"preStop": {"exec": {"command": ["sh", "-c", "sleep 20"]}}}}) == 20
    assert prestop_seconds({"lifecycle": {"preStop": {"httpGet": {"path": "/drain"}}}}) is None


def test_fails_when_max_unavailable_is_one_with_one_replica() -> None:
    strategy = {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 1, "maxUnavailable": 1}}
    result = row(workload("Deployment", "api", replicas=1, strategy=strategy), pdb("api", maxUnavailable=1))
    assert result.status is Status.FAIL
    assert "1 replica: every drain or restart drops the service" in result.details
    assert "maxUnavailable 1 = 1 pod(s) at 1 replicas (must be 0)" in result.details
    assert "PodDisruptionBudget contexter/api allows evicting all 1 replica(s)" in result.details


def test_fails_when_the_default_25_percent_becomes_a_pod_at_max_replicas() -> None:
    # canary maxUnavailable defaults to 25%: floor(0.25 x 3) = 0 at baseline, but floor(0.25 x 30) = 7 at max
    hpa = {
        "apiVersion": "autoscaling/v2",
        "kind": "HorizontalPodAutoscaler",
        "metadata": {"name": "search", "namespace": "contexter"},
        "spec": {
            "scaleTargetRef": {"kind": "Rollout", "name": "search"},
            "minReplicas": 3,
            "maxReplicas": 30,
        },
    }
    strategy = {"canary": {"analysis": ANALYSIS, "steps": [{"setWeight": 50}]}}
    result = row(
        workload("Rollout", "search", strategy=strategy), hpa, TEMPLATE, pdb("search", maxUnavailable=1)
    )
    assert result.details == ("maxUnavailable 25% = 7 pod(s) at 30 replicas (must be 0)",)


def test_fails_when_prestop_outlasts_the_grace_period_and_readiness_is_missing() -> None:
    slow = container("api", lifecycle={"preStop": {"sleep": {"seconds": 45}}})
    del slow["readinessProbe"]
    result = row(
        workload("Rollout", "api", strategy=BLUE_GREEN, containers=[slow]),
        TEMPLATE,
        pdb("api", maxUnavailable=1),
    )
    assert "container api serves ports without a readinessProbe" in result.details
    assert "container api preStop 45 s >= terminationGracePeriodSeconds 30 s" in result.details


def test_fails_when_the_pdb_blocks_drains_or_promotion_is_not_gated() -> None:
    ungated = {"blueGreen": {"activeService": "api"}}
    result = row(workload("Rollout", "api", strategy=ungated), pdb("api", minAvailable=3))
    assert (
        "PodDisruptionBudget contexter/api allows no eviction at 3 replicas: drains block" in result.details
    )
    assert "no blueGreen.prePromotionAnalysis: promotion is not gated by analysis" in result.details


def test_fails_when_every_analysis_metric_is_dry_run() -> None:
    dry = {
        "blueGreen": {
            "activeService": "api",
            "prePromotionAnalysis": {**ANALYSIS, "dryRun": [{"metricName": "success-rate"}]},
        }
    }
    result = row(workload("Rollout", "api", strategy=dry), TEMPLATE, pdb("api", maxUnavailable=1))
    assert result.details == (
        "blueGreen.prePromotionAnalysis has no metric with a success or failure condition"
        " outside dryRun: it never aborts",
    )
