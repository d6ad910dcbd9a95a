"""ci.yml's and infra.yml's step scripts, run as GitHub runs them, against fixtures."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from contexter_deploy.ground.config import ENVIRONMENT_NAMES
from contexter_deploy.kubernetes_synth import DEFAULT_CRD_SCHEMAS
from tests.conftest import REPO_ROOT
from tests.workflows.sandbox import Sandbox

LOCK = REPO_ROOT / ".github" / "crd-schemas.sha256"
FAKE_CURL = """
# curl --fail ... --output FILE URL: serve URL's path from $UPSTREAM (a copy of the schemas)
while (($#)); do case "$1" in --output) out="$2"; shift 2 ;; http*) url="$1"; shift ;; *) shift ;; esac; done
path="${url#"$CRD_SCHEMAS_BASE_URL"/*/*/*/}"
[[ -f "$UPSTREAM/$path" ]] || { echo "curl: (22) 404 $url" >&2; exit 22; }
cp "$UPSTREAM/$path" "$out"
"""
requires_schemas = pytest.mark.shared


def test_the_checksum_file_pins_the_commit_cdk8s_yaml_names() -> None:
    lines = LOCK.read_text(encoding="utf-8").splitlines()
    commit = next(line.split()[-1] for line in lines if line.startswith("# commit: "))
    assert "github.com/datreeio/CRDs-catalog" in (REPO_ROOT / "cdk8s.yaml").read_text(encoding="utf-8")
    assert commit in (REPO_ROOT / "cdk8s.yaml").read_text(encoding="utf-8")


@requires_schemas
def test_the_checksums_cover_exactly_the_schemas_the_validator_reads() -> None:
    listed = sorted(
        line.split()[1] for line in LOCK.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
    )
    present = sorted(
        str(path.relative_to(DEFAULT_CRD_SCHEMAS)) for path in DEFAULT_CRD_SCHEMAS.glob("*/*.json")
    )
    assert listed == present and len(listed) == 116


def _fetch(tmp_path: Path, upstream: Path) -> subprocess.CompletedProcess[str]:
    box = Sandbox.create(tmp_path)
    shutil.copy2(LOCK, box.root / ".github" / "crd-schemas.sha256")
    box.fake("curl", FAKE_CURL)
    return box.run(
        "bash .github/scripts/fetch-crd-schemas.sh schemas\n",
        env={"UPSTREAM": str(upstream), "CRD_SCHEMAS_BASE_URL": "https://raw.example"},
    )


@requires_schemas
def test_ci_fetches_the_schemas_and_checks_every_checksum(tmp_path: Path) -> None:
    result = _fetch(tmp_path, DEFAULT_CRD_SCHEMAS)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "116 CRD schemas from datreeio/CRDs-catalog@7b1e26ef" in result.stdout


@requires_schemas
def test_fails_when_an_upstream_schema_differs_from_its_checksum(tmp_path: Path) -> None:
    upstream = tmp_path / "upstream"
    shutil.copytree(DEFAULT_CRD_SCHEMAS, upstream)
    (upstream / "argoproj.io/rollout_v1alpha1.json").write_text("{}", encoding="utf-8")
    result = _fetch(tmp_path, upstream)
    assert result.returncode == 1 and "rollout_v1alpha1.json: FAILED" in result.stdout


@requires_schemas
def test_fails_when_an_upstream_schema_is_missing(tmp_path: Path) -> None:
    upstream = tmp_path / "upstream"
    shutil.copytree(DEFAULT_CRD_SCHEMAS, upstream)
    (upstream / "velero.io/schedule_v1.json").unlink()
    result = _fetch(tmp_path, upstream)
    assert result.returncode == 22 and "404" in result.stderr


def _repository(tmp_path: Path) -> Path:
    """A git repository with the stacks and an empty promotion, then the changes of a test."""
    root = tmp_path / "repo"
    for relative in ("cdktf.out/stacks", ".github/scripts", ".github/workflows", "environments"):
        shutil.copytree(REPO_ROOT / relative, root / relative)
    git = ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "base"], check=True)
    return root


def _changes(root: Path, event: str) -> dict[str, str]:
    git = ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@example.com"]
    base = subprocess.run(
        [*git, "rev-parse", "HEAD~1"], capture_output=True, text=True, check=True
    ).stdout.strip()
    subprocess.run([*git, "add", "-A"], check=True)
    box = Sandbox(root)
    (root / "github").mkdir(exist_ok=True)
    (root / "github" / "output").write_text("", encoding="utf-8")
    (root / "bin").mkdir(exist_ok=True)
    result = box.run("bash .github/scripts/terraform-changes.sh\n", env={"EVENT": event, "BASE": base})
    assert result.returncode == 0, result.stderr
    return box.outputs()


def _commit(root: Path, message: str) -> None:
    git = ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", message, "--allow-empty"], check=True)


def test_an_image_promotion_plans_and_applies_no_stack(tmp_path: Path) -> None:
    root = _repository(tmp_path)
    path = root / "environments" / "prod.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    _commit(root, "promote")
    assert _changes(root, "push") == {"environments": "[]", "bootstrap": "false"}


def test_a_change_of_one_stack_plans_and_applies_that_stack_only(tmp_path: Path) -> None:
    root = _repository(tmp_path)
    for stack in ("prod", "bootstrap"):
        path = root / "cdktf.out" / "stacks" / stack / "cdk.tf.json"
        path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    _commit(root, "infra")
    assert _changes(root, "pull_request") == {"environments": '["prod"]', "bootstrap": "true"}
    assert _changes(root, "push") == {"environments": '["prod"]', "bootstrap": "false"}


def test_the_schedule_plans_every_environment_in_apply_order(tmp_path: Path) -> None:
    root = _repository(tmp_path)
    _commit(root, "nothing")
    assert _changes(root, "schedule")["environments"] == '["' + '","'.join(ENVIRONMENT_NAMES) + '"]'
