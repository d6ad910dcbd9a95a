"""checkov (kubernetes framework) on the committed dist/: no failed check.

checkov does not know the Argo Rollout kind and would skip the pods of the stateless services.
So the scan also covers every Rollout's pod template, presented to checkov as the Deployment it
replaces (same metadata, so the same ``checkov.io/skipN`` suppressions apply). Suppressions are
only accepted as annotations on the resource, each with a written reason.

checkov runs once per session, on a copy of dist/ plus those Deployments.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from contexter_deploy.ground.topology import WORKLOADS
from contexter_deploy.kubernetes_synth import DIST_DIR
from tests.conftest import REPO_ROOT


def rollout_as_deployment(rollout: dict[str, Any]) -> dict[str, Any]:
    """The Deployment a Rollout stands for: what checkov can scan."""
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": rollout["metadata"],
        "spec": {"selector": rollout["spec"]["selector"], "template": rollout["spec"]["template"]},
    }


@pytest.fixture(scope="session")
def scanned_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("checkov")
    shutil.copytree(DIST_DIR, root / "dist")
    for path in sorted(DIST_DIR.rglob("*.rollout.yaml")):
        relative = path.relative_to(DIST_DIR)
        target = root / "rollout-pods" / relative.parent / path.name.replace(".rollout.", ".deployment.")
        target.parent.mkdir(parents=True, exist_ok=True)
        rollout = yaml.safe_load(path.read_text(encoding="utf-8"))
        target.write_text(yaml.safe_dump(rollout_as_deployment(rollout)), encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def checkov_results(scanned_tree: Path) -> dict[str, list[dict[str, Any]]]:
    result = subprocess.run(
        [
            str(REPO_ROOT / ".venv" / "bin" / "checkov"),
            "--directory",
            str(scanned_tree),
            "--framework",
            "kubernetes",
            "--skip-download",
            "--output",
            "json",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    report = json.loads(result.stdout)
    reports = report if isinstance(report, list) else [report]
    results: dict[str, list[dict[str, Any]]] = {
        "passed_checks": [],
        "failed_checks": [],
        "skipped_checks": [],
    }
    for entry in reports:
        for key, checks in results.items():
            checks.extend(entry.get("results", {}).get(key, []))
    return results


def test_checkov_scanned_every_environment(checkov_results: dict[str, list[dict[str, Any]]]) -> None:
    environments = {check["file_path"].split("/")[2] for check in checkov_results["passed_checks"]}
    assert environments == {"dev", "staging", "prod"}


def test_checkov_reports_no_failed_check(checkov_results: dict[str, list[dict[str, Any]]]) -> None:
    failed = checkov_results["failed_checks"]
    assert not failed, "\n".join(
        f"{check['check_id']} {check['resource']} ({check['file_path']}): {check['check_name']}"
        for check in failed
    )


def test_checkov_scans_the_rollout_pods(checkov_results: dict[str, list[dict[str, Any]]]) -> None:
    scanned = {
        check["resource"]
        for check in checkov_results["passed_checks"]
        if check["file_path"].startswith("/rollout-pods/")
    }
    for name in ("api-gateway", "search", "ingestion"):
        assert f"Deployment.contexter.{name}" in scanned
    pod_checks = {check["check_id"] for check in checkov_results["passed_checks"]}
    # Probes, limits, non-root, read-only root, no privilege escalation, seccomp, digest: all ran.
    assert {
        "CKV_K8S_8",
        "CKV_K8S_9",
        "CKV_K8S_11",
        "CKV_K8S_13",
        "CKV_K8S_22",
        "CKV_K8S_20",
        "CKV_K8S_31",
    } <= pod_checks


def test_every_suppression_is_an_annotation_with_a_reason(
    checkov_results: dict[str, list[dict[str, Any]]],
) -> None:
    for check in checkov_results["skipped_checks"]:
        reason = check.get("check_result", {}).get("suppress_comment", "")
        assert len(reason) > 40, f"{check['check_id']} on {check['resource']} is suppressed without a reason"


def test_workload_suppressions_are_few_and_deliberate(
    checkov_results: dict[str, list[dict[str, Any]]],
) -> None:
    """The Contexter workloads suppress only two checks: CKV_K8S_43 (image digests) for dev's mutable
    tags, and CKV_K8S_35 (secrets as files) where an app or the exporter reads a secret from its
    environment."""
    workloads = {
        f"{kind}.{w.namespace}.{w.name}" for w in WORKLOADS for kind in ("Deployment", "StatefulSet")
    }
    suppressed = {
        (check["check_id"], check["file_path"].split("/")[2])
        for check in checkov_results["skipped_checks"]
        if check["resource"] in workloads
    }
    assert {check for check, _ in suppressed} == {"CKV_K8S_43", "CKV_K8S_35"}
    assert {environment for check, environment in suppressed if check == "CKV_K8S_43"} == {"dev"}
