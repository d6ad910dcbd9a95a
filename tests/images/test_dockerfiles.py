"""Static checks of Dockerfiles/: the scanners are clean and every image keeps its contract.

The contract is what the manifests and the pipeline rely on: base images pinned by digest,
dependencies installed only from hashes, UID/GID 10001 (``charts/services`` ``RUN_AS_USER``),
tini as PID 1 in exec form, port 8000 (``contexter_deploy/ground/topology.py``), the OCI labels the
pipeline sets.
The real builds are in ``test_image_builds.py`` (integration).
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from charts.backup.backup_pod import BACKUP_ENTRYPOINT
from charts.pod_spec import RUN_AS_USER
from contexter_deploy.ground.topology import HTTP
from tests.conftest import REPO_ROOT
from tests.images.catalog import DOCKERFILES, IMAGES

BIN = REPO_ROOT / ".venv" / "bin"
DOCKERFILE_PATHS = sorted(DOCKERFILES.glob("*.Dockerfile"))
DIGEST = re.compile(r"@sha256:[0-9a-f]{64}$")


def _instructions(path: Path) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, with continuation lines joined and comments dropped."""
    logical = re.sub(r"\\\n\s*", " ", path.read_text(encoding="utf-8"))
    pairs = []
    for line in logical.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            instruction, _, arguments = stripped.partition(" ")
            pairs.append((instruction.upper(), arguments.strip()))
    return pairs


def _stages(path: Path) -> list[list[tuple[str, str]]]:
    stages: list[list[tuple[str, str]]] = []
    for instruction, arguments in _instructions(path):
        if instruction == "FROM":
            stages.append([])
        if stages:
            stages[-1].append((instruction, arguments))
    return stages


def _run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, check=False, timeout=300)


def test_there_is_a_dockerfile_for_every_image_and_an_image_for_every_dockerfile() -> None:
    assert {spec.dockerfile for spec in IMAGES} == set(DOCKERFILE_PATHS)
    assert {spec.name for spec in IMAGES} == {"api-gateway", "search", "ingestion", "backup"}


@pytest.mark.parametrize("path", DOCKERFILE_PATHS, ids=lambda path: path.name)
def test_every_dockerfile_has_an_ignore_file_that_sends_only_what_it_needs(path: Path) -> None:
    ignore = path.with_name(path.name + ".dockerignore")
    lines = [line for line in ignore.read_text(encoding="utf-8").splitlines() if line and line[0] != "#"]
    assert lines[0] == "*", "allow-list: exclude everything, then re-include what the build copies"
    assert "**/__pycache__" in lines


@pytest.mark.parametrize("path", DOCKERFILE_PATHS, ids=lambda path: path.name)
def test_base_images_come_from_args_pinned_by_digest(path: Path) -> None:
    instructions = _instructions(path)
    defaults = dict(
        arguments.split("=", 1)
        for instruction, arguments in instructions
        if instruction == "ARG" and "=" in arguments
    )
    froms = [arguments.split()[0] for instruction, arguments in instructions if instruction == "FROM"]
    assert froms == ["${BUILDER_IMAGE}", "${BASE_IMAGE}"]
    for name in ("BUILDER_IMAGE", "BASE_IMAGE"):
        assert DIGEST.search(defaults[name]), f"{name} default must be pinned by digest: {defaults[name]}"


@pytest.mark.parametrize("path", DOCKERFILE_PATHS, ids=lambda path: path.name)
def test_dependencies_are_installed_only_from_hash_locked_wheels(path: Path) -> None:
    installs = [
        arguments
        for instruction, arguments in _instructions(path)
        if instruction == "RUN" and "pip" in arguments
    ]
    locked = [run for run in installs if "-r requirements.lock" in run]
    assert locked, "dependencies must come from requirements.lock"
    for run in locked:
        for flag in ("--require-hashes", "--no-deps", "--only-binary=:all:"):
            assert flag in run


@pytest.mark.parametrize("path", DOCKERFILE_PATHS, ids=lambda path: path.name)
def test_the_runtime_stage_is_hardened(path: Path) -> None:
    runtime = _stages(path)[-1]
    instructions = [instruction for instruction, _ in runtime]
    values = dict(runtime)
    assert "RUN" not in instructions, "the distroless runtime has no shell: nothing may RUN there"
    assert values["USER"] == f"{RUN_AS_USER}:{RUN_AS_USER}"
    assert values["STOPSIGNAL"] == "SIGTERM"
    assert values["WORKDIR"] == "/app"
    assert "HEALTHCHECK" in instructions
    entrypoint = json.loads(values["ENTRYPOINT"])
    assert entrypoint[:2] == ["/usr/bin/tini", "--"], "exec form, with tini as PID 1"
    json.loads(values["CMD"])  # exec form
    labels = " ".join(arguments for instruction, arguments in runtime if instruction == "LABEL")
    for label, arg in (("source", "SOURCE"), ("revision", "REVISION"), ("version", "VERSION")):
        assert f'org.opencontainers.image.{label}="${{{arg}}}"' in labels
    assert "HOME=/tmp" in values["ENV"], "the root filesystem is read-only; only /tmp is writable"


def test_the_service_image_runs_the_service_module_on_the_service_port() -> None:
    runtime = _stages(DOCKERFILES / "service.Dockerfile")[-1]
    values = dict(runtime)
    copies = [arguments for instruction, arguments in runtime if instruction == "COPY"]
    assert "--from=builder /bin/sleep /usr/bin/sleep" in copies, "the pods' preStop hook execs sleep"
    assert json.loads(values["CMD"]) == ["python", "-m", "app"]
    assert values["EXPOSE"] == str(HTTP.number)
    assert f"http://127.0.0.1:{HTTP.number}/health" in values["HEALTHCHECK"]


def test_the_backup_image_runs_the_console_script_and_takes_the_subcommand_as_args() -> None:
    values = dict(_stages(DOCKERFILES / "backup.Dockerfile")[-1])
    # the CronJobs set only args (charts/backup/backup_pod.py): this ENTRYPOINT runs them under tini
    assert json.loads(values["ENTRYPOINT"]) == list(BACKUP_ENTRYPOINT)
    assert values["HEALTHCHECK"] == "NONE"


def test_hadolint_is_clean() -> None:
    result = _run([str(BIN / "hadolint"), *map(str, DOCKERFILE_PATHS)])
    assert result.returncode == 0, result.stdout + result.stderr


def test_fails_when_a_dockerfile_installs_unpinned_packages(tmp_path: Path) -> None:
    dockerfile = tmp_path / "service.Dockerfile"
    text = (DOCKERFILES / "service.Dockerfile").read_text(encoding="utf-8")
    dockerfile.write_text(text.replace("'tini=0.19.0-1*'", "tini"), encoding="utf-8")
    result = _run([str(BIN / "hadolint"), str(dockerfile)])
    assert result.returncode != 0
    assert "DL3008" in result.stdout


def test_checkov_is_clean() -> None:
    result = _run(
        [
            str(BIN / "checkov"),
            "-d",
            "Dockerfiles",
            "--framework",
            "dockerfile",
            "--skip-download",
            "-o",
            "json",
        ]
    )
    report = json.loads(result.stdout)
    summary = report["summary"]
    assert summary["failed"] == 0, [check["check_id"] for check in report["results"]["failed_checks"]]
    assert summary["passed"] > 0
    skipped = {check["check_id"] for check in report["results"]["skipped_checks"]}
    assert skipped <= {"CKV_DOCKER_7"}, "only the FROM ${ARG} false positive is suppressed"


def test_trivy_config_is_clean() -> None:
    result = _run(
        [
            str(BIN / "trivy"),
            "config",
            "--skip-check-update",
            "--exit-code",
            "1",
            "--format",
            "json",
            "--quiet",
            "Dockerfiles",
        ]
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    results = json.loads(result.stdout)["Results"]
    assert {entry["Target"] for entry in results} == {path.name for path in DOCKERFILE_PATHS}
    assert all(entry["MisconfSummary"]["Successes"] > 0 for entry in results)
