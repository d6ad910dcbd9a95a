"""charts/delivery/smoke_test.py"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from cdk8s import Chart
from cdk8s import Testing as Cdk8sTesting
from cdk8s_plus_27 import k8s
from syrupy.assertion import SnapshotAssertion

from charts.delivery.analysis import Measurement, SloAnalysisProps
from charts.delivery.smoke_test import (
    K6_IMAGE,
    NATIVE_SIDECAR_ANNOTATION,
    SCRIPT,
    SCRIPT_KEY,
    SMOKE_TEST_METRIC,
    SmokeTest,
    SmokeTestProps,
)
from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.facts.rollout_timing import metric_seconds
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.topology import API_GATEWAY, SEARCH, SMOKE_TEST, SMOKE_TEST_PATH, flows_to
from contexter_deploy.validation.workload_checks import check_container_hardening, pod_template
from tests.charts.delivery.argo_analysis import run_phase
from tests.helpers import documents_of_kind, synth_construct

REPO = Path(__file__).resolve().parents[3]


def _slo(environment: Environment) -> SloAnalysisProps:
    return SloAnalysisProps(
        service=API_GATEWAY.name,
        namespace=API_GATEWAY.namespace,
        max_error_rate=environment.rollout.max_error_rate,
        latency_p95_ms=environment.slo.latency_p95_ms,
        measurement=Measurement(interval_seconds=30, count=4),
    )


def _preview() -> k8s.KubeService:
    chart = Chart(Cdk8sTesting.app(), "services", disable_resource_name_hashes=True)
    return k8s.KubeService(chart, "preview", metadata=k8s.ObjectMeta(name="api-gateway-preview"))


def _props(environment: Environment, **changes: Any) -> SmokeTestProps:
    return SmokeTestProps(
        **{
            "target": API_GATEWAY,
            "preview": _preview(),
            "client": SMOKE_TEST,
            "path": SMOKE_TEST_PATH,
            "slo": _slo(environment),
            **changes,
        }
    )


def _synth(props: SmokeTestProps) -> list[dict[str, Any]]:
    return synth_construct(lambda chart: SmokeTest(chart, "smoke", props=props))


def _job_metric(documents: list[dict[str, Any]]) -> dict[str, Any]:
    [template] = documents_of_kind(documents, "AnalysisTemplate")
    [metric] = [m for m in template["spec"]["metrics"] if "job" in m["provider"]]
    return metric  # type: ignore[no-any-return]


def test_smoke_test_snapshot(environments: dict[str, Environment], snapshot: SnapshotAssertion) -> None:
    assert _synth(_props(environments["prod"])) == snapshot


def test_the_job_calls_the_preview_in_the_mesh_as_its_own_identity(
    environments: dict[str, Environment],
) -> None:
    job = _job_metric(_synth(_props(environments["prod"])))["provider"]["job"]["spec"]
    pod = job["template"]
    assert pod["metadata"]["labels"]["app.kubernetes.io/name"] == SMOKE_TEST.name
    assert pod["spec"]["serviceAccountName"] == SMOKE_TEST.identity.service_account
    assert pod["metadata"]["annotations"][NATIVE_SIDECAR_ANNOTATION] == "true", "else the Job never completes"
    assert "sidecar.istio.io/inject" not in pod["metadata"].get("labels", {}), "it must stay in the mesh"
    env = {e["name"]: e["value"] for e in pod["spec"]["containers"][0]["env"]}
    assert env["TARGET_URL"] == "http://api-gateway-preview.contexter.svc.cluster.local:8000"
    assert env["REQUEST_PATH"] == SMOKE_TEST_PATH
    assert (job["backoffLimit"], pod["spec"]["restartPolicy"]) == (0, "Never"), (
        "one failed run fails the gate"
    )


def test_the_call_graph_admits_the_smoke_test_for_its_path_only() -> None:
    [flow] = [f for f in flows_to(API_GATEWAY.name) if f.source == SMOKE_TEST.name]
    assert (flow.ports, flow.paths, flow.methods) == (("http",), (SMOKE_TEST_PATH,), ("GET",))
    assert SMOKE_TEST.namespace == API_GATEWAY.namespace, "Argo Rollouts creates the Job beside the Rollout"


def test_the_script_fails_on_server_errors_timeouts_and_too_few_requests(
    environments: dict[str, Environment],
) -> None:
    documents = _synth(_props(environments["prod"]))
    [config_map] = documents_of_kind(documents, "ConfigMap")
    script = config_map["data"][SCRIPT_KEY]
    assert "expectedStatuses({ min: 200, max: 499 })" in script
    for threshold in ("http_req_failed", "http_req_duration", "http_reqs"):
        assert re.search(rf"{threshold}: \[`[a-z(0-9)]+[<>]=?\$\{{__ENV\.[A-Z_0-9]+\}}`\]", script), threshold


def test_the_run_ends_at_the_job_deadline(environments: dict[str, Environment]) -> None:
    props = _props(environments["prod"])
    [template] = documents_of_kind(_synth(props), "AnalysisTemplate")
    durations = {m["name"]: metric_seconds(m) for m in template["spec"]["metrics"]}
    assert durations[SMOKE_TEST_METRIC] == props.active_deadline_seconds == 135
    assert max(durations.values()) == props.active_deadline_seconds
    for metric in template["spec"]["metrics"]:
        if "prometheus" in metric["provider"]:
            assert run_phase(metric, ["Inconclusive"] * 3) == "Inconclusive", "idle preview: never promoted"


def test_the_job_pod_is_hardened_like_every_pod(environments: dict[str, Environment]) -> None:
    [template] = documents_of_kind(_synth(_props(environments["prod"])), "AnalysisTemplate")
    assert pod_template(Manifest(template)) is not None, "the synth's pod checks see the Job's pod"
    assert list(check_container_hardening([Manifest(template)])) == []
    container = _job_metric([template])["provider"]["job"]["spec"]["template"]["spec"]["containers"][0]
    container["securityContext"]["readOnlyRootFilesystem"] = False
    assert [f.message for f in check_container_hardening([Manifest(template)])]


def test_k6_is_the_release_the_performance_gate_runs() -> None:
    perf = yaml.safe_load((REPO / "perf" / "k6-job.yaml").read_text(encoding="utf-8"))
    [container] = perf["spec"]["template"]["spec"]["containers"]
    assert container["image"] == K6_IMAGE


def test_fails_when_the_target_is_not_blue_green(environments: dict[str, Environment]) -> None:
    with pytest.raises(ValueError, match="a smoke test calls a blue-green preview Service"):
        _props(environments["prod"], target=SEARCH)


def test_fails_when_the_smoke_test_sends_too_few_requests(environments: dict[str, Environment]) -> None:
    with pytest.raises(ValueError, match="makes 100 requests; allowed: at least twice min_requests"):
        _props(environments["prod"], rate_per_second=2, duration_seconds=50)


def test_the_script_is_valid_javascript(tmp_path: Path) -> None:
    path = tmp_path / "smoke.mjs"
    path.write_text(SCRIPT, encoding="utf-8")
    result = subprocess.run(
        ["node", "--check", str(path)], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    path.write_text(SCRIPT.replace("export const options = {", "export const options = {{"), encoding="utf-8")
    broken = subprocess.run(
        ["node", "--check", str(path)], capture_output=True, text=True, timeout=60, check=False
    )
    assert broken.returncode != 0, "node --check catches a syntax error"
