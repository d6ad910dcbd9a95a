"""The analysis rules (``analysis_rules``) over every committed environment, and their broken fixtures."""

from __future__ import annotations

import copy
import math
from pathlib import Path
from typing import Any

import pytest

from tests.charts.delivery import analysis_rules as rules
from tests.charts.delivery.argo_analysis import ExprError, evaluate, measurement_phase, run_phase

FIXTURES = Path(__file__).parent / "fixtures"
ENVIRONMENTS = sorted({env for env, _ in rules.dist_documents("AnalysisTemplate")})


def _fixture(name: str) -> dict[str, Any]:
    [document] = rules.documents(FIXTURES / name)
    return document


def _environment(env: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    templates = [d for e, d in rules.dist_documents("AnalysisTemplate") if e == env]
    rollouts = [d for e, d in rules.dist_documents("Rollout") if e == env]
    return templates, rollouts


def test_every_environment_has_analysis_templates() -> None:
    assert ENVIRONMENTS == ["dev", "prod", "staging"]
    for env in ENVIRONMENTS:
        templates, rollouts = _environment(env)
        assert len(templates) >= 6 and len(rollouts) == 3


@pytest.mark.parametrize("env", ENVIRONMENTS)
def test_every_analysis_follows_the_no_data_rules(env: str) -> None:
    assert rules.all_problems(*_environment(env)) == []


def test_fails_when_a_query_falls_back_to_a_constant() -> None:
    problems = rules.query_problems(_fixture("no-data-passes.analysistemplate.yaml"))
    assert len(problems) == 2 and all("falls back to a constant" in p for p in problems)
    assert "or vector(" in problems[0]


def test_fails_when_an_empty_result_or_nan_passes() -> None:
    template = _fixture("no-data-passes.analysistemplate.yaml")
    # The old "result[0] < 0.01" errors on an empty result and fails NaN; the constant fallback
    # was what passed (above). Conditions that read no data as good are caught here:
    template["spec"]["metrics"][0]["successCondition"] = "len(result) == 0 || result[0] < 0.01"
    template["spec"]["metrics"][1]["successCondition"] = "!(result[0] >= 0.5)"
    assert rules.condition_problems(template) == [
        "api-gateway-slo/error-rate: an empty result passes",
        "api-gateway-slo/latency-p95: NaN passes",
    ]


def test_fails_when_the_limits_let_a_run_without_a_good_measurement_pass() -> None:
    [template] = [
        d
        for e, d in rules.dist_documents("AnalysisTemplate")
        if e == "prod" and d["metadata"]["name"] == "api-gateway-slo"
    ]
    assert rules.limit_problems(template) == []
    broken = copy.deepcopy(template)
    broken["spec"]["metrics"][0]["inconclusiveLimit"] = broken["spec"]["metrics"][0]["count"]
    assert rules.limit_problems(broken) == [
        "api-gateway-slo/error-rate: succeeds after ['Inconclusive', 'Inconclusive', 'Inconclusive',"
        " 'Inconclusive'] (no good measurement)"
    ]


def test_fails_when_a_preview_has_no_traffic_source() -> None:
    rollout = _fixture("idle-preview.rollout.yaml")
    template = _fixture("no-data-passes.analysistemplate.yaml")
    problems = rules.rollout_problems(rollout, {"api-gateway-slo": template})
    assert problems == [
        "api-gateway prePromotionAnalysis: no traffic source (a job or web metric): nothing sends"
        " requests to the preview, so the analysis judges an idle ReplicaSet"
    ]


def test_fails_when_the_canary_completes_before_one_good_measurement() -> None:
    templates, rollouts = _environment("prod")
    [search] = [r for r in rollouts if r["metadata"]["name"] == "search"]
    broken = copy.deepcopy(search)
    for step in broken["spec"]["strategy"]["canary"]["steps"]:
        if "pause" in step:
            step["pause"]["duration"] = 10
    by_name = {t["metadata"]["name"]: t for t in templates}
    problems = rules.rollout_problems(broken, by_name)
    assert problems and all("the rollout completes before one good measurement" in p for p in problems)
    assert rules.rollout_problems(search, by_name) == []


def test_the_evaluator_follows_expr() -> None:
    assert evaluate("len(result) == 1 && !isNaN(result[0]) && result[0] < 0.01", [0.0])
    assert not evaluate("len(result) == 1 && !isNaN(result[0]) && result[0] < 0.01", [])
    assert not evaluate("result[0] < 0.01", [math.nan])
    assert evaluate("result[0] != 1", [0.0])
    with pytest.raises(ExprError):
        evaluate("result[0] < 0.01", [])


def test_measurement_phases_follow_evaluate_result() -> None:
    both = {"successCondition": "result[0] < 1", "failureCondition": "result[0] >= 2"}
    assert measurement_phase(both, [0.5]) == "Successful"
    assert measurement_phase(both, [3]) == "Failed"
    assert measurement_phase(both, [1.5]) == "Inconclusive"
    assert measurement_phase(both, []) == "Error"
    assert measurement_phase({"successCondition": "result[0] < 1"}, [1.5]) == "Failed"
    assert measurement_phase({"failureCondition": "result[0] >= 2"}, [1.5]) == "Successful"
    assert measurement_phase({}, []) == "Successful"


def test_run_phases_follow_assess_metric_status() -> None:
    metric = {"count": 3, "failureLimit": 0, "inconclusiveLimit": 1, "consecutiveErrorLimit": 2}
    assert run_phase(metric, ["Successful"] * 3) == "Successful"
    assert run_phase(metric, ["Inconclusive", "Successful", "Successful"]) == "Successful"
    assert run_phase(metric, ["Inconclusive", "Inconclusive"]) == "Inconclusive"
    assert run_phase(metric, ["Successful", "Failed"]) == "Failed"
    assert run_phase(metric, ["Error", "Error", "Successful", "Error", "Error", "Error"]) == "Error"
    assert run_phase(metric, ["Error", "Error", "Successful", "Successful", "Successful"]) == "Successful"


def _job_pods(env: str) -> list[tuple[str, dict[str, Any]]]:
    return [
        (template["metadata"]["namespace"], metric["provider"]["job"]["spec"]["template"])
        for e, template in rules.dist_documents("AnalysisTemplate")
        if e == env
        for metric in template["spec"]["metrics"]
        if "job" in metric["provider"]
    ]


def _job_pod_problems(env: str, pods: list[tuple[str, dict[str, Any]]]) -> list[str]:
    """The pod a job metric starts must be one the policies know: a NetworkPolicy selects it and lets
    it call out, its ServiceAccount exists, its principal is admitted where it calls, and its
    sidecar quits (native sidecar), or the Job never completes."""
    policies = {
        (d["metadata"]["namespace"], d["metadata"]["name"]): d
        for e, d in rules.dist_documents("NetworkPolicy")
        if e == env
    }
    accounts = {
        (d["metadata"]["namespace"], d["metadata"]["name"])
        for e, d in rules.dist_documents("ServiceAccount")
        if e == env
    }
    principals = {
        principal
        for e, d in rules.dist_documents("AuthorizationPolicy")
        if e == env
        for rule in d["spec"].get("rules") or []
        for source in rule.get("from") or []
        for principal in source["source"].get("principals") or []
    }
    problems = []
    for namespace, pod in pods:
        name = pod["metadata"]["labels"].get("app.kubernetes.io/name")
        account = pod["spec"].get("serviceAccountName", "default")
        policy = policies.get((namespace, str(name)))
        if (
            policy is None
            or not policy["spec"]["podSelector"]["matchLabels"].items() <= pod["metadata"]["labels"].items()
        ):
            problems.append(f"{name}: no NetworkPolicy of its own selects the Job's pod")
        elif not policy["spec"].get("egress"):
            problems.append(f"{name}: its NetworkPolicy lets it call nothing")
        if (namespace, account) not in accounts:
            problems.append(f"{name}: ServiceAccount {account} does not exist")
        if f"cluster.local/ns/{namespace}/sa/{account}" not in principals:
            problems.append(f"{name}: no AuthorizationPolicy admits {account}")
        if (pod["metadata"].get("annotations") or {}).get("sidecar.istio.io/nativeSidecar") != "true":
            problems.append(f"{name}: a classic sidecar never exits, so the Job never completes")
    return problems


@pytest.mark.parametrize("env", ENVIRONMENTS)
def test_every_analysis_job_runs_in_the_mesh_as_a_declared_workload(env: str) -> None:
    pods = _job_pods(env)
    assert pods, "api-gateway's smoke test"
    assert _job_pod_problems(env, pods) == []


def test_fails_when_the_analysis_job_is_not_a_declared_mesh_workload() -> None:
    [(namespace, pod)] = _job_pods("prod")
    broken = copy.deepcopy(pod)
    broken["metadata"]["annotations"] = {}
    broken["metadata"]["labels"]["app.kubernetes.io/name"] = "k6"
    broken["spec"]["serviceAccountName"] = "default"
    assert _job_pod_problems("prod", [(namespace, broken)]) == [
        "k6: no NetworkPolicy of its own selects the Job's pod",
        "k6: ServiceAccount default does not exist",
        "k6: no AuthorizationPolicy admits default",
        "k6: a classic sidecar never exits, so the Job never completes",
    ]
