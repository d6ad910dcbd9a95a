"""checkov (framework kubernetes) on the committed dist/: no failed check.

A check that does not apply to a resource is suppressed on that resource with the annotation
``checkov.io/skipN: CKV_K8S_NN=<reason>``; checkov then reports it as skipped, with the reason.
"""

from __future__ import annotations

import json
import subprocess
from typing import Any

import pytest

from tests.conftest import REPO_ROOT


@pytest.fixture(scope="session")
def checkov_report() -> dict[str, Any]:
    """One checkov run over dist/ per session (it takes seconds)."""
    result = subprocess.run(
        [
            str(REPO_ROOT / ".venv" / "bin" / "checkov"),
            "--directory",
            "dist",
            "--framework",
            "kubernetes",
            "--skip-download",
            "--output",
            "json",
            "--quiet",
        ],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def test_checkov_scanned_every_environment(checkov_report: dict[str, Any]) -> None:
    summary = checkov_report["summary"]
    assert summary["passed"] > 0
    assert summary["resource_count"] > 0


def test_checkov_finds_no_failed_check(checkov_report: dict[str, Any]) -> None:
    failed = checkov_report["results"]["failed_checks"]
    assert not failed, "\n".join(
        f"{check['check_id']} {check['check_name']}: {check['resource']} ({check['file_path']})"
        for check in failed
    )
