"""One full promotion, walked on fixtures: pin a service and the backup image as the workflow does,
the test suite's affected modules pass unchanged, the digests are checked live, and the
performance gate fails a regression and passes a good release."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from contexter_deploy.ground.config import load_environment
from perf.regression import Baseline, RunFigures, baseline_key
from tests.conftest import REPO_ROOT, SHARED
from tests.perf.test_perf_gate import FAKE_GH, REPOSITORY, TRUSTED_RUN
from tests.perf.test_regression import summary
from tests.workflows.sandbox import GITHUB_SHELL, Sandbox
from tests.workflows.test_promotion_scripts import FAKE_KUBECTL, Cluster

SEARCH = "sha256:" + "5e" * 32
BACKUP = "sha256:" + "ba" * 32
TAG = "f" * 40 + "-4242-1"
AFFECTED = (
    "tests/contexter_deploy/test_promote.py",
    "tests/contexter_deploy/test_config.py",
    "tests/charts/services/test_pod.py",
    "tests/charts/services/test_stateless_service.py",
    "tests/charts/backup/test_backup_chart.py",
)
"""The modules that read the images of the environment files (test_promote's guard lists them)."""
COPIED = (
    "charts",
    "contexter_deploy",
    "perf",
    "imports",
    "tests",
    "environments",
    "dist",
    ".github",
    "backup",
    "docs",
)


@pytest.fixture(scope="module")
def checkout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the repository where the promotion runs (pin, synth), as the workflow's checkout."""
    root = tmp_path_factory.mktemp("promotion") / "checkout"
    for name in COPIED:
        shutil.copytree(REPO_ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("pyproject.toml", "cdk8s.yaml"):
        shutil.copy2(REPO_ROOT / name, root / name)
    (root / ".venv").symlink_to(REPO_ROOT / ".venv")
    if SHARED.is_dir():  # the upstream sources beside the copy, as beside the checkout
        (root.parent / "shared").symlink_to(SHARED)
    digests = json.dumps({"search": {"digest": SEARCH, "tag": TAG}, "backup": {"digest": BACKUP, "tag": TAG}})
    env = {**os.environ, "PYTHONPATH": str(root), "DIGESTS": digests, "PYTHONDONTWRITEBYTECODE": "1"}
    for environment in ("staging", "prod"):
        step = (
            "bash .github/scripts/pin-digests.sh\n"
            f".venv/bin/contexter-deploy synth --env {environment} --target kubernetes\n"
        )
        result = subprocess.run(
            [*GITHUB_SHELL, "-c", step],
            cwd=root,
            env={**env, "ENVIRONMENT": environment},
            capture_output=True,
            text=True,
            check=False,
            timeout=600,
        )
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return root


@pytest.mark.integration
def test_the_pins_land_in_the_environment_files_and_dist(checkout: Path) -> None:
    for environment in ("staging", "prod"):
        loaded = load_environment(environment, directory=checkout / "environments")
        assert loaded.workloads.search.image.endswith(f":{TAG}@{SEARCH}")
        assert loaded.backup.image.endswith(f":{TAG}@{BACKUP}")
        rollout = (checkout / "dist" / environment / "contexter" / "search.rollout.yaml").read_text(
            encoding="utf-8"
        )
        assert SEARCH in rollout
        assert BACKUP in (checkout / "dist" / environment / "vault" / "vault-backup.cronjob.yaml").read_text()


@pytest.mark.integration
def test_the_affected_tests_pass_unchanged_after_the_promotion(checkout: Path) -> None:
    result = subprocess.run(
        [
            str(REPO_ROOT / ".venv/bin/python"),
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-n",
            "0",
            *AFFECTED,
        ],
        cwd=checkout,
        # a session of its own: under xdist the worker's PYTEST_XDIST_* variables would make syrupy
        # leave its snapshot report to a controller that does not exist
        env={
            **{name: value for name, value in os.environ.items() if not name.startswith("PYTEST_")},
            "PYTHONPATH": str(checkout),
            "PYTHONDONTWRITEBYTECODE": "1",
        },
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-5000:]
    assert " passed" in result.stdout and "snapshot" in result.stdout and "failed" not in result.stdout
    changed = subprocess.run(
        ["diff", "-rq", str(REPO_ROOT / "tests"), str(checkout / "tests"), "-x", "__pycache__"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert changed.stdout == "", "the promotion changed a test or a snapshot"


@pytest.mark.integration
def test_the_digest_check_and_the_performance_gate_judge_the_promotion(
    checkout: Path, tmp_path: Path
) -> None:
    box = Sandbox(checkout)
    (checkout / "bin").mkdir(exist_ok=True)
    (checkout / "github").mkdir(exist_ok=True)
    for name in ("output", "summary"):
        (checkout / "github" / name).write_text("", encoding="utf-8")
    box.fake("kubectl", FAKE_KUBECTL)
    box.fake("gh", FAKE_GH)
    cluster = Cluster(tmp_path / "cluster")
    cluster.backup(BACKUP)
    cluster.service("search", [SEARCH, SEARCH])
    digests = json.dumps({"search": {"digest": SEARCH, "tag": TAG}, "backup": {"digest": BACKUP, "tag": TAG}})
    live = box.run(
        "bash .github/scripts/wait-for-digests.sh\n",
        env={
            "ENVIRONMENT": "prod",
            "DIGESTS": digests,
            "FIXTURES": str(cluster.root),
            "DEADLINE_SECONDS": "0",
        },
    )
    assert live.returncode == 0, live.stdout + live.stderr

    # the gate in staging: prod (as it was before this promotion) recorded its baseline
    fixtures = tmp_path / "gh"
    fixtures.mkdir()
    prod_before = baseline_key(load_environment("prod"))
    record = Baseline(
        prod_before,
        dt.datetime.now(dt.UTC),
        tuple(RunFigures(3600, p, 0.001) for p in (200.0, 204.0, 198.0)),
    )
    with zipfile.ZipFile(fixtures / "5.zip", "w") as archive:
        archive.writestr("baseline.json", json.dumps(record.to_json()))
    (fixtures / "artifacts.json").write_text(
        json.dumps(
            {
                "artifacts": [
                    {
                        "id": 5,
                        "expired": False,
                        "created_at": "2026-11-30T10:00:00Z",
                        "workflow_run": {"id": 11},
                    }
                ]
            }
        )
    )
    (fixtures / "run-11.json").write_text(json.dumps(TRUSTED_RUN))
    shutil.copy2(REPO_ROOT / "environments" / "prod.yaml", checkout / "environments" / "prod.yaml")
    for p95, expected in ((320.0, 1), (201.0, 0)):
        runs = checkout / "runs"
        shutil.rmtree(runs, ignore_errors=True)
        runs.mkdir()
        for number, value in enumerate((p95, p95 + 2, p95 - 2), start=1):
            (runs / f"run-{number}.json").write_text(json.dumps(summary(p95_ms=value)), encoding="utf-8")
        gate = box.run(
            "bash .github/scripts/perf-gate.sh staging\n",
            env={"REPOSITORY": REPOSITORY, "FIXTURES": str(fixtures)},
        )
        assert gate.returncode == expected, gate.stdout + gate.stderr
