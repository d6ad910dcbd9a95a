"""Rollout duration, against arithmetic done by hand.

Every wave of new pods takes node 60 + scheduling 2 + image pull 10 + startup 2 x 15 + readiness 5 = 107 s
(``tests.report.builders.container``).
"""

from __future__ import annotations

from typing import Any

from contexter_deploy.facts.parameters import DEFAULT_PARAMETERS, requirements_for
from contexter_deploy.facts.rollout_timing import UNBOUNDED, metric_seconds
from contexter_deploy.report.result import Status
from contexter_deploy.report.rollout import rollout_rows
from tests.report.builders import container, inputs_of, workload, workloads_of

TEMPLATE = {
    "apiVersion": "argoproj.io/v1alpha1",
    "kind": "AnalysisTemplate",
    "metadata": {"name": "success-rate", "namespace": "contexter"},
    "spec": {
        "metrics": [
            {"name": "success-rate", "interval": "30s", "count": 4, "successCondition": "result[0] >= 0.99"}
        ]
    },
}
ANALYSIS = {"templates": [{"templateName": "success-rate"}]}


def rows(*documents: dict[str, Any]) -> list[Any]:
    inputs = inputs_of(*documents)
    return rollout_rows(inputs, workloads_of(inputs), DEFAULT_PARAMETERS, requirements_for("prod"))


def test_analysis_run_lasts_initial_delay_plus_interval_times_count_minus_one() -> None:
    assert metric_seconds({"interval": "30s", "count": 4}) == 90  # 30 x (4 - 1)
    assert metric_seconds({"initialDelay": "1m", "interval": "30s", "count": 2}) == 90  # 60 + 30
    assert metric_seconds({}) == 0  # one measurement
    assert metric_seconds({"interval": "30s"}) == float("inf")  # no count: runs until stopped


def test_blue_green_adds_preview_analysis_promotion_and_scale_down_delay() -> None:
    # preview 107 + pre 90 + post 90 + scaleDownDelaySeconds 300 = 587 s < 600 s
    strategy = {
        "blueGreen": {
            "activeService": "api",
            "prePromotionAnalysis": ANALYSIS,
            "postPromotionAnalysis": ANALYSIS,
            "scaleDownDelaySeconds": 300,
        }
    }
    [row] = rows(workload("Rollout", "api", strategy=strategy), TEMPLATE)
    assert row.status is Status.PASS
    assert row.seconds == 587
    assert "AnalysisTemplate contexter/success-rate" in row.derived_from


def test_canary_waves_pauses_and_worst_replica_count() -> None:
    # traffic-routed, 3 replicas: setWeight 10 -> 1 pod (107), pause 60, setWeight 50 -> 2 pods (107),
    # pause 60, promote -> 3 pods (107), scaleDownDelay 30: 3 x 107 + 120 + 30 = 471 s
    strategy = {
        "canary": {
            "trafficRouting": {"istio": {"virtualService": {"name": "search"}}},
            "analysis": ANALYSIS,
            "steps": [
                {"setWeight": 10},
                {"pause": {"duration": "1m"}},
                {"setWeight": 50},
                {"pause": {"duration": 60}},
            ],
        }
    }
    [row] = rows(workload("Rollout", "search", strategy=strategy), TEMPLATE)
    assert row.seconds == 471
    assert row.status is Status.PASS


def test_fails_when_a_pause_has_no_duration() -> None:
    strategy = {"canary": {"steps": [{"setWeight": 20}, {"pause": {}}]}}
    [row] = rows(workload("Rollout", "search", strategy=strategy))
    assert row.status is Status.FAIL
    assert row.value.startswith("unbounded")


def test_fails_when_blue_green_waits_for_manual_promotion() -> None:
    strategy = {"blueGreen": {"activeService": "api", "autoPromotionEnabled": False}}
    [row] = rows(workload("Rollout", "api", strategy=strategy))
    assert row.status is Status.FAIL
    assert "manual promotion unbounded" in row.details[-1]


def test_fails_when_steps_exceed_the_deployment_budget() -> None:
    # 107 (setWeight 50) + 600 (pause 10m) + 107 (promote) + 30 = 844 s >= 600 s
    strategy = {
        "canary": {
            "trafficRouting": {"istio": {}},
            "steps": [{"setWeight": 50}, {"pause": {"duration": "10m"}}],
        }
    }
    [row] = rows(workload("Rollout", "search", strategy=strategy))
    assert row.seconds == 844
    assert "844 s >= 600 s" in row.details


def test_fails_when_an_analysis_template_is_missing() -> None:
    strategy = {"blueGreen": {"activeService": "api", "prePromotionAnalysis": ANALYSIS}}
    [row] = rows(workload("Rollout", "api", strategy=strategy))
    assert row.status is Status.FAIL
    assert "AnalysisTemplate success-rate is referenced but not found" in row.details


def test_deployment_rolls_in_waves_of_surge_plus_unavailable() -> None:
    # 4 replicas, maxSurge 1, maxUnavailable 0: 4 waves x 107 = 428 s
    strategy = {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 1, "maxUnavailable": 0}}
    [row] = rows(workload("Deployment", "api", replicas=4, strategy=strategy))
    assert row.seconds == 428


def test_statefulset_update_is_shown_as_information_with_its_arithmetic() -> None:
    # 3 x (grace 30 + start: scheduling 2 + pull 10 + startup 30 + readiness 5 = 47) = 231 s (no new node);
    # a data-service update, not an application deployment: no target, even far above 600 s
    slow: dict[str, Any] = {
        "startupProbe": {"httpGet": {"path": "/", "port": 1}, "periodSeconds": 10, "failureThreshold": 60}
    }
    app = workload("Rollout", "api", strategy={"blueGreen": {"activeService": "api"}})
    quick = workload("StatefulSet", "qdrant", namespace="contexter-data")
    big = workload("StatefulSet", "big", namespace="contexter-data", containers=[container("big", **slow)])
    by_subject = {row.subject: row for row in rows(app, quick, big)}
    assert by_subject["qdrant"].seconds == 231
    assert by_subject["qdrant"].status is Status.INFO
    assert "3 x (termination 30 s + start 47 s) 231 s" in by_subject["qdrant"].details[-1]
    # startup 10 x 60 = 600: 3 x (30 + 2 + 10 + 600 + 5) = 1941 s, still information
    assert (by_subject["big"].seconds, by_subject["big"].status) == (1941, Status.INFO)
    assert by_subject["big"].target == "context (data-service update)"


def test_fails_when_there_is_no_workload() -> None:
    [row] = rows()
    assert row.status is Status.FAIL
    assert row.details == ("no Deployment or Rollout found in dist/prod",)
    # StatefulSets alone are no application deployment: the figure still has no subject
    [missing, info] = rows(workload("StatefulSet", "qdrant", namespace="contexter-data"))
    assert (missing.status, info.status) == (Status.FAIL, Status.INFO)


def test_a_job_metric_lasts_up_to_its_deadline() -> None:
    job = {"name": "smoke-test", "provider": {"job": {"spec": {"activeDeadlineSeconds": 135}}}}
    assert metric_seconds(job) == 135
    assert metric_seconds({**job, "initialDelay": "10s"}) == 145
    assert metric_seconds({**job, "count": 2, "interval": "30s"}) == 2 * 135 + 30


def test_a_job_metric_without_a_deadline_is_unbounded() -> None:
    assert metric_seconds({"name": "smoke-test", "provider": {"job": {"spec": {}}}}) == UNBOUNDED
