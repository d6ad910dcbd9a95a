"""The ``contexter-deploy`` command line: validate and diff, and how it fails."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from contexter_deploy.cli import main
from contexter_deploy.kubernetes_synth import DIST_DIR
from tests.conftest import REPO_ROOT


@pytest.mark.shared  # reads the pinned charts or CRDs in ../shared
def test_validate_passes_on_the_committed_dist(capsys: pytest.CaptureFixture[str]) -> None:
    # schemas, checks, freshness, and the readiness report: staging and prod meet every target
    assert main(["validate"]) == 0
    out = capsys.readouterr().out
    for name in ("dev", "staging", "prod"):
        assert f"dist/{name}: valid and up to date" in out
        # the upstream analyses, each with what it evaluated
        assert re.search(rf"{name}: helm-values: \d+ keys of \d+ add-on Applications checked", out), out
        assert re.search(rf"{name}: cel: \d+ CEL rule evaluations", out), out
        assert re.search(rf"{name}: api-level: \d+ resources, \d+ API versions", out), out
    for name in ("staging", "prod"):
        assert re.search(rf"readiness: {name}: (\d+) of \1 targets met; ready", out), out
    for name in ("dev", "staging", "prod"):
        assert f"{name}: bootstrap: wave 3: capacity (+ capacity NodePool critical, NodePool default)" in out
        assert f"{name}: bootstrap with Karpenter down: argo-cd, karpenter schedule on the node groups" in out
        assert re.search(rf"{name}: bootstrap without euw1-az1: \d+ serving pod groups", out), out


def test_fails_when_the_committed_dist_is_out_of_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dist = tmp_path / "dist"
    shutil.copytree(DIST_DIR, dist)
    (dist / "prod/contexter/api-gateway.service.yaml").unlink()

    assert main(["validate", "--env", "prod", "--dist", str(dist)]) == 1
    assert (
        "dist/prod is out of date (1 added, 0 changed, 0 removed); run `make synth`"
        in capsys.readouterr().err
    )


def test_fails_when_a_committed_file_was_edited_into_an_invalid_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dist = tmp_path / "dist"
    shutil.copytree(DIST_DIR, dist)
    path = dist / "dev/contexter/api-gateway.service.yaml"
    path.write_text(path.read_text().replace("type: ClusterIP", "type: ClusterIP\n  typo: true"))

    assert main(["validate", "--env", "dev", "--dist", str(dist)]) == 1
    error = capsys.readouterr().err
    assert (
        "Service contexter/api-gateway: spec: Additional properties are not allowed ('typo' was unexpected)"
        in error
    )
    assert "dist/dev is out of date (0 added, 1 changed, 0 removed)" in error


def test_validate_fails_when_a_pinned_chart_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", "--env", "dev", "--skip-report", "--helm-charts", str(tmp_path)]) == 1
    error = capsys.readouterr().err
    assert (
        f"error: dev: Application argocd/vault: chart vault 0.31.0 is pinned but {tmp_path}/vault-0.31.0"
        " does not exist" in error
    )


def test_diff_shows_what_a_synth_would_change_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dist = tmp_path / "dist"
    shutil.copytree(DIST_DIR, dist)
    path = dist / "staging/contexter/api-gateway.service.yaml"
    path.write_text(path.read_text().replace("port: 8000", "port: 8080"))

    assert main(["diff", "--env", "staging", "--dist", str(dist)]) == 1
    out = capsys.readouterr().out
    assert "staging: 0 added, 1 changed, 0 removed" in out
    assert "-    port: 8080\n+    port: 8000\n" in out


def test_diff_exits_0_when_nothing_would_change(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", "--env", "dev", "--stat"]) == 0
    assert capsys.readouterr().out == "dev: unchanged\n"


def test_a_bad_config_is_one_line_on_stderr_and_exit_code_2(tmp_path: Path) -> None:
    environments = tmp_path / "environments"
    shutil.copytree(REPO_ROOT / "environments", environments)
    (environments / "dev.yaml").write_text(
        (environments / "dev.yaml").read_text().replace("az_count: 2", "az_count: two")
    )

    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "contexter_deploy",
            "diff",
            "--env",
            "dev",
            "--environments-dir",
            str(environments),
            # no schema folder either: its notice must not add a line to a configuration error
            "--crd-schemas",
            str(tmp_path / "absent"),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=REPO_ROOT,
    )

    assert result.returncode == 2
    assert result.stderr.endswith(
        "dev.yaml:10: aws.az_count: 'two': Input should be a valid integer, "
        "unable to parse string as an integer\n"
    )
    assert result.stderr.count("\n") == 1
    assert result.stdout == ""
