"""``.github/scripts/perf-gate.sh`` run as GitHub runs it, with a fake ``gh`` serving artifacts."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from contexter_deploy.ground.config import load_environment
from contexter_deploy.promote import set_image
from perf.artifacts import choose, refusal
from perf.regression import Baseline, RunFigures, baseline_key
from tests.perf.test_regression import summary
from tests.workflows.sandbox import GITHUB_DEFAULT_SHELL, Sandbox

REPOSITORY = "contexter/contexter-deploy"
NEW_DIGEST = "sha256:" + "ab" * 32
FAKE_GH = """
case "$*" in
  "api repos/$REPOSITORY/actions/artifacts?name="*) cat "$FIXTURES/artifacts.json" ;;
  "api repos/$REPOSITORY/actions/artifacts/"*/zip)
    id="${2#repos/$REPOSITORY/actions/artifacts/}"; cat "$FIXTURES/${id%/zip}.zip" ;;
  "api repos/$REPOSITORY/actions/runs/"*) cat "$FIXTURES/run-${2##*/}.json" ;;
  *) echo "gh: unexpected call: $*" >&2; exit 1 ;;
esac
"""
TRUSTED_RUN = {
    "id": 11,
    "event": "repository_dispatch",
    "head_branch": "main",
    "path": ".github/workflows/images.yml",
    "conclusion": "success",
    "head_repository": {"full_name": REPOSITORY},
}
PULL_REQUEST_RUN = {
    **TRUSTED_RUN,
    "id": 12,
    "event": "pull_request",
    "head_branch": "poison",
    "path": ".github/workflows/ci.yml",
}
GATE = "bash .github/scripts/perf-gate.sh staging\n"


def _artifact(number: int, run: int, created: str = "2026-11-30T10:00:00Z") -> dict[str, Any]:
    return {"id": number, "expired": False, "created_at": created, "workflow_run": {"id": run}}


def _gate(
    tmp_path: Path, *, p95: float, artifacts: list[dict[str, Any]], promote: bool = True
) -> tuple[Sandbox, Any]:
    sandbox = Sandbox.create(tmp_path)
    environments = sandbox.root / "environments"
    if promote:  # staging now pins a new search image; prod still runs the old release
        set_image("staging", "search", NEW_DIGEST, tag="0" * 40 + "-1", directory=environments)
    fixtures = tmp_path / "fixtures"
    fixtures.mkdir()
    prod_key = baseline_key(load_environment("prod", directory=environments))
    record = Baseline(
        prod_key, dt.datetime.now(dt.UTC), tuple(RunFigures(3600, p, 0.001) for p in (200.0, 204.0, 198.0))
    )
    for artifact in artifacts:
        with zipfile.ZipFile(fixtures / f"{artifact['id']}.zip", "w") as archive:
            archive.writestr("baseline.json", json.dumps(record.to_json()))
    (fixtures / "artifacts.json").write_text(json.dumps({"artifacts": artifacts}), encoding="utf-8")
    for run in (TRUSTED_RUN, PULL_REQUEST_RUN):
        (fixtures / f"run-{run['id']}.json").write_text(json.dumps(run), encoding="utf-8")
    sandbox.fake("gh", FAKE_GH)
    (sandbox.root / "runs").mkdir()
    for number, value in enumerate((p95, p95 + 2, p95 - 2), start=1):
        (sandbox.root / "runs" / f"run-{number}.json").write_text(
            json.dumps(summary(p95_ms=value)), encoding="utf-8"
        )
    result = sandbox.run(GATE, env={"REPOSITORY": REPOSITORY, "FIXTURES": str(fixtures)})
    return sandbox, result


def test_the_gate_blocks_a_regression_against_prods_release(tmp_path: Path) -> None:
    sandbox, result = _gate(tmp_path, p95=300.0, artifacts=[_artifact(5, 11)])
    assert result.returncode == 1, result.stdout + result.stderr
    assert "- FAIL: p95 regressed from 200.7 ms to 300.0 ms" in (sandbox.root / "github/summary").read_text()
    assert not (sandbox.root / "perf-baseline").exists(), "a failed release never becomes a baseline"


def test_the_gate_passes_a_good_release_and_records_its_baseline(tmp_path: Path) -> None:
    sandbox, result = _gate(tmp_path, p95=201.0, artifacts=[_artifact(5, 11)])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "PASS: no regression." in (sandbox.root / "github/summary").read_text()
    staging_key = baseline_key(load_environment("staging", directory=sandbox.root / "environments"))
    assert sandbox.outputs() == {"key": staging_key}
    record = json.loads((sandbox.root / "perf-baseline/baseline.json").read_text())
    assert record["key"] == staging_key and len(record["runs"]) == 3


def test_fails_closed_when_the_only_baseline_comes_from_a_pull_request(tmp_path: Path) -> None:
    _, result = _gate(tmp_path, p95=201.0, artifacts=[_artifact(6, 12, created="2026-12-01T00:00:00Z")])
    assert result.returncode == 1
    assert "no trusted baseline for the release prod runs" in result.stdout
    assert "artifact 6: built from" not in result.stderr
    assert "artifact 6: ran on branch 'poison'" in result.stderr


def test_fails_closed_without_any_baseline(tmp_path: Path) -> None:
    _, result = _gate(tmp_path, p95=201.0, artifacts=[])
    assert result.returncode == 1
    assert "no trusted baseline" in result.stdout


def test_a_re_measurement_of_prods_release_needs_no_baseline(tmp_path: Path) -> None:
    sandbox, result = _gate(tmp_path, p95=201.0, artifacts=[], promote=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "measuring it as the baseline" in result.stdout
    assert (sandbox.root / "perf-baseline/baseline.json").is_file()


def test_a_crash_of_compare_fails_the_step_under_githubs_bash_shell(tmp_path: Path) -> None:
    sandbox, _ = _gate(tmp_path, p95=201.0, artifacts=[_artifact(5, 11)])
    (sandbox.root / "runs/run-2.json").write_text("not json", encoding="utf-8")
    result = sandbox.run(GATE, env={"REPOSITORY": REPOSITORY, "FIXTURES": str(tmp_path / "fixtures")})
    assert result.returncode == 2, result.stdout + result.stderr


def test_fails_before_the_fix_compare_piped_to_tee_under_the_default_shell_exits_0(tmp_path: Path) -> None:
    """The step as it was: without ``shell: bash`` GitHub runs ``bash -e``, and the status is tee's."""
    sandbox = Sandbox.create(tmp_path)
    old_step = "python3 -c 'raise SystemExit(1)' | tee -a \"$GITHUB_STEP_SUMMARY\"\n"
    assert sandbox.run(old_step, shell=GITHUB_DEFAULT_SHELL).returncode == 0
    assert sandbox.run(old_step).returncode == 1


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"event": "pull_request"}, "triggered by 'pull_request'"),
        ({"head_branch": "feature"}, "ran on branch 'feature'"),
        ({"path": ".github/workflows/ci.yml"}, "uploaded by '.github/workflows/ci.yml'"),
        ({"conclusion": "failure"}, "its run concluded 'failure'"),
        ({"head_repository": {"full_name": "fork/contexter-deploy"}}, "built from 'fork/contexter-deploy'"),
    ],
)
def test_fails_when_the_baseline_artifact_comes_from_an_untrusted_run(
    change: dict[str, Any], reason: str
) -> None:
    run = {**TRUSTED_RUN, **change}
    assert reason in str(refusal(_artifact(1, 11), run, REPOSITORY))
    with pytest.raises(LookupError, match="no trusted baseline artifact"):
        choose([_artifact(1, 11)], [run], REPOSITORY)


def test_the_newest_trusted_unexpired_artifact_is_chosen() -> None:
    artifacts = [
        _artifact(1, 11, "2026-11-01T00:00:00Z"),
        _artifact(2, 11, "2026-11-20T00:00:00Z"),
        {**_artifact(3, 11, "2026-11-30T00:00:00Z"), "expired": True},
        _artifact(4, 12, "2026-12-01T00:00:00Z"),
    ]
    assert choose(artifacts, [TRUSTED_RUN, PULL_REQUEST_RUN], REPOSITORY) == 2
