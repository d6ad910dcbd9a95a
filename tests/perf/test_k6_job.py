"""The k6 Job manifest is valid, hardened and pins its image, like everything in dist/, and runs in
what dist/<env> synthesizes for it (namespace, ServiceAccount, token Secret)."""

from __future__ import annotations

import json
import re
import subprocess
from typing import Any

import kubernetes_validate
import pytest
import yaml

from charts.delivery.performance_test import NETWORK_POLICY, RUN_OBJECTS
from charts.secret_catalog import PERF_API_TOKEN
from contexter_deploy.facts.manifests import Manifest, find
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.topology import PERFORMANCE_TEST
from contexter_deploy.kubernetes_synth import DIST_DIR
from tests.conftest import REPO_ROOT

FILES = (REPO_ROOT / "perf/k6-job.yaml",)
RUN_K6 = REPO_ROOT / ".github/scripts/run-k6.sh"


def _documents() -> list[dict[str, Any]]:
    return [
        document
        for path in FILES
        for document in yaml.safe_load_all(path.read_text(encoding="utf-8"))
        if document
    ]


@pytest.mark.parametrize("version", ["1.27", "1.33"])
def test_every_document_is_valid_kubernetes(version: str) -> None:
    for document in _documents():
        kubernetes_validate.validate(document, version, strict=True)


def test_the_job_runs_hardened_and_pins_its_image_by_digest() -> None:
    job = _job()
    pod = job["spec"]["template"]["spec"]
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert job["spec"]["backoffLimit"] == 0, "a failed load test must not be retried into a pass"
    for container in pod["containers"]:
        assert re.search(r"@sha256:[0-9a-f]{64}$", container["image"])
        assert container["securityContext"]["readOnlyRootFilesystem"] is True
        assert container["securityContext"]["capabilities"]["drop"] == ["ALL"]
        assert "secretKeyRef" not in json.dumps(container.get("env", [])), "secrets are mounted as files"


def _job() -> dict[str, Any]:
    [job] = _documents()
    assert job["kind"] == "Job"
    return job


def test_the_job_runs_in_what_dist_synthesizes_for_it(manifests: dict[str, tuple[Manifest, ...]]) -> None:
    """The workflow applies only the Job and its ConfigMaps; the rest is Argo CD's, in staging."""
    job = _job()
    pod = job["spec"]["template"]["spec"]
    assert job["metadata"]["namespace"] == PERFORMANCE_TEST.namespace
    assert pod["serviceAccountName"] == PERFORMANCE_TEST.service_account
    assert pod["automountServiceAccountToken"] is False
    documents = manifests["staging"]
    assert find(documents, "Namespace", PERFORMANCE_TEST.namespace, None) is not None
    assert find(documents, "ServiceAccount", PERFORMANCE_TEST.service_account, PERFORMANCE_TEST.namespace)
    [token] = [volume for volume in pod["volumes"] if "secret" in volume]
    assert token["secret"]["secretName"] == PERF_API_TOKEN.name
    [mount] = [m for m in pod["containers"][0]["volumeMounts"] if m["name"] == token["name"]]
    script = (REPO_ROOT / "perf/k6/api-gateway.js").read_text(encoding="utf-8")
    [key] = PERF_API_TOKEN.keys
    assert f"'{mount['mountPath']}/{key}'" in script, "k6 reads the key the ExternalSecret writes"


def test_the_workflow_script_targets_the_same_namespace_and_creates_nothing_else() -> None:
    script = RUN_K6.read_text(encoding="utf-8")
    assert f"namespace={PERFORMANCE_TEST.namespace}\n" in script
    assert f"job={_job()['metadata']['name']}\n" in script
    applied = re.findall(r"kubectl apply -f (\S+)", script)
    assert applied == ["-", "-", "perf/k6-job.yaml"], "two ConfigMaps through stdin, then the Job"
    assert "create namespace" not in script and "k6-setup" not in script


def test_argo_cd_ignores_exactly_what_the_workflow_applies(
    environments: dict[str, Environment], manifests: dict[str, tuple[Manifest, ...]]
) -> None:
    """The Job and its ConfigMaps are not in Git; the contexter AppProject warns about orphans in its
    namespaces, except these, where the gate runs."""
    script = RUN_K6.read_text(encoding="utf-8")
    applied = {("", "ConfigMap", name) for name in re.findall(r"create configmap (\S+)", script)}
    applied.add(("batch", "Job", _job()["metadata"]["name"]))
    assert applied == set(RUN_OBJECTS)
    for name, documents in manifests.items():
        project = find(documents, "AppProject", "contexter", "argocd")
        assert project is not None
        ignored = {
            (i["group"], i["kind"], i["name"]) for i in project.spec["orphanedResources"].get("ignore", [])
        }
        assert ignored == (applied if environments[name].performance_test.enabled else set()), name


def test_checkov_passes_the_k6_job_with_the_network_policy_that_covers_it(
    environments: dict[str, Environment],
) -> None:
    """Scanned with the synthesized NetworkPolicy of its namespace (CKV2_K8S_6 looks for one)."""
    [environment] = [e for e in environments.values() if e.performance_test.enabled]
    policy = DIST_DIR / environment.name / PERFORMANCE_TEST.namespace / f"{NETWORK_POLICY}.networkpolicy.yaml"
    assert policy.is_file()
    result = subprocess.run(
        [
            str(REPO_ROOT / ".venv/bin/checkov"),
            *(argument for path in (*FILES, policy) for argument in ("-f", str(path))),
            "--framework",
            "kubernetes",
            "--skip-download",
            "-o",
            "json",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    reports = json.loads(result.stdout)
    for report in reports if isinstance(reports, list) else [reports]:
        assert (report["summary"]["failed"], report["summary"]["passed"] > 0) == (0, True)
