"""checkov on the committed Terraform JSON: no failed check, and every skip says why."""

from __future__ import annotations

import json
import re
import subprocess

import yaml

from tests.conftest import REPO_ROOT

CONFIG = REPO_ROOT / ".checkov.yaml"


def test_checkov_finds_no_failed_check_in_cdktf_out() -> None:
    result = subprocess.run(
        [
            str(REPO_ROOT / ".venv" / "bin" / "checkov"),
            "--directory",
            "cdktf.out",
            "--framework",
            "terraform_json",
            "--skip-download",
            "--config-file",
            str(CONFIG),
            "--output",
            "json",
            "--quiet",
        ],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    report = json.loads(result.stdout)
    summary = report["summary"]
    failed = [
        f"{check['check_id']} {check['resource']} ({check['file_path']})"
        for check in report["results"]["failed_checks"]
    ]
    assert summary["failed"] == 0, "\n".join(failed)
    assert summary["passed"] > 500, "checkov parsed the stacks (a file it cannot parse passes silently)"
    assert summary["parsing_errors"] == 0


def test_every_skipped_check_has_a_written_reason() -> None:
    skipped = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))["skip-check"]
    lines = CONFIG.read_text(encoding="utf-8").splitlines()
    for check in skipped:
        [index] = [i for i, line in enumerate(lines) if line.strip() == f"- {check}"]
        assert re.match(r"^\s*# \S", lines[index - 1]), f"{check} in .checkov.yaml needs a comment saying why"
