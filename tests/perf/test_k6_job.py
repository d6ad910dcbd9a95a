"""The k6 Job manifest is valid, hardened and pins its image, like everything in dist/."""

from __future__ import annotations

import json
import re
import subprocess
from typing import Any

import kubernetes_validate
import pytest
import yaml

from tests.conftest import REPO_ROOT

FILES = (REPO_ROOT / "perf/k6-setup.yaml", REPO_ROOT / "perf/k6-job.yaml")


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
    job = next(document for document in _documents() if document["kind"] == "Job")
    pod = job["spec"]["template"]["spec"]
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert job["spec"]["backoffLimit"] == 0, "a failed load test must not be retried into a pass"
    for container in pod["containers"]:
        assert re.search(r"@sha256:[0-9a-f]{64}$", container["image"])
        assert container["securityContext"]["readOnlyRootFilesystem"] is True
        assert container["securityContext"]["capabilities"]["drop"] == ["ALL"]
        assert "secretKeyRef" not in json.dumps(container.get("env", [])), "secrets are mounted as files"


def test_the_namespace_enforces_the_restricted_pod_security_level() -> None:
    namespace = next(document for document in _documents() if document["kind"] == "Namespace")
    assert namespace["metadata"]["labels"]["pod-security.kubernetes.io/enforce"] == "restricted"


def test_checkov_passes_the_k6_manifests() -> None:
    result = subprocess.run(
        [
            str(REPO_ROOT / ".venv/bin/checkov"),
            *(argument for path in FILES for argument in ("-f", str(path))),
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
