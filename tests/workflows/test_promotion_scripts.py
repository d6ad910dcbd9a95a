"""The promotion's step scripts, run here as GitHub runs them, against fixtures (fake kubectl, gh)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from contexter_deploy.ground.config import load_environment
from contexter_deploy.promote import live_targets, set_image
from tests.conftest import REPO_ROOT
from tests.workflows.sandbox import Sandbox

DIGEST = "sha256:" + "cd" * 32
OLD = "sha256:" + "0" * 64
BUILD = "a" * 40 + "-2000-1"
FAKE_KUBECTL = """
# kubectl -n NS get pods -l SELECTOR -o json | get cronjob NAME -o json | get jobs -o json
namespace="$2"
case "$3 $4" in
  "get pods") cat "$FIXTURES/$namespace/pods-${6//[=,\\/]/_}.json" ;;
  "get cronjob") cat "$FIXTURES/$namespace/cronjob-$5.json" ;;
  "get jobs") cat "$FIXTURES/$namespace/jobs.json" ;;
  *) echo "kubectl: unexpected call: $*" >&2; exit 1 ;;
esac
"""
WAIT = "bash .github/scripts/wait-for-digests.sh\n"


def _pods(name: str, digests: list[str], *, ready: bool = True) -> dict[str, Any]:
    return {
        "items": [
            {
                "metadata": {"name": f"{name}-{i}"},
                "status": {
                    "containerStatuses": [{"name": name, "ready": ready, "imageID": f"repo@{digest}"}]
                },
            }
            for i, digest in enumerate(digests)
        ]
    }


def _cronjob(container: str, digest: str) -> dict[str, Any]:
    image = f"111111111111.dkr.ecr.eu-west-1.amazonaws.com/contexter/backup:{BUILD}@{digest}"
    return {
        "spec": {
            "jobTemplate": {
                "spec": {"template": {"spec": {"containers": [{"name": container, "image": image}]}}}
            }
        }
    }


def _job(cronjob: str, container: str, digest: str, *, succeeded: int) -> dict[str, Any]:
    job = _cronjob(container, digest)["spec"]["jobTemplate"]
    return {
        "metadata": {"ownerReferences": [{"kind": "CronJob", "name": cronjob}]},
        "spec": job["spec"],
        "status": {"succeeded": succeeded} if succeeded else {"failed": 1},
    }


class Cluster:
    """Fixture files the fake kubectl serves, laid out as the backup and service targets need."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def write(self, namespace: str, name: str, document: dict[str, Any]) -> None:
        (self.root / namespace).mkdir(parents=True, exist_ok=True)
        (self.root / namespace / f"{name}.json").write_text(json.dumps(document), encoding="utf-8")

    def backup(self, digest: str, *, run: bool = True, succeeded: int = 1) -> None:
        jobs: dict[str, list[dict[str, Any]]] = {}
        for target in live_targets("prod", "backup"):
            namespace, name, container = (
                str(target["namespace"]),
                str(target["name"]),
                str(target["container"]),
            )
            self.write(namespace, f"cronjob-{name}", _cronjob(container, digest))
            if run and target["needs_run"]:
                jobs.setdefault(namespace, []).append(_job(name, container, digest, succeeded=succeeded))
        for namespace in ("contexter-data", "vault"):
            self.write(namespace, "jobs", {"items": jobs.get(namespace, [])})

    def service(self, name: str, digests: list[str], *, ready: bool = True) -> None:
        self.write("contexter", f"pods-app.kubernetes.io_name_{name}", _pods(name, digests, ready=ready))


@pytest.fixture
def sandbox(tmp_path: Path) -> Sandbox:
    box = Sandbox.create(tmp_path)
    shutil.copytree(REPO_ROOT / "dist" / "prod", box.root / "dist" / "prod")
    box.fake("kubectl", FAKE_KUBECTL)
    return box


def _wait(sandbox: Sandbox, cluster: Cluster, digests: dict[str, str]) -> Any:
    payload = json.dumps({name: {"digest": digest, "tag": BUILD} for name, digest in digests.items()})
    return sandbox.run(
        WAIT,
        env={
            "ENVIRONMENT": "prod",
            "DIGESTS": payload,
            "FIXTURES": str(cluster.root),
            "DEADLINE_SECONDS": "0",
        },
    )


def test_the_backup_image_is_live_when_every_cronjob_carries_it_and_each_backup_ran_it(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    cluster = Cluster(tmp_path / "cluster")
    cluster.backup(DIGEST)
    result = _wait(sandbox, cluster, {"backup": DIGEST})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "every promoted digest is live in prod" in result.stdout


def test_fails_when_the_backups_have_not_run_the_new_digest(sandbox: Sandbox, tmp_path: Path) -> None:
    cluster = Cluster(tmp_path / "cluster")
    cluster.backup(DIGEST, run=False)
    result = _wait(sandbox, cluster, {"backup": DIGEST})
    assert result.returncode == 1
    assert "backup in contexter-data/qdrant-backup" in result.stdout
    assert "backup in vault/vault-backup" in result.stdout
    assert "backup-verify" not in result.stdout, "maintenance CronJobs need the template only"


def test_fails_when_the_backup_run_failed(sandbox: Sandbox, tmp_path: Path) -> None:
    cluster = Cluster(tmp_path / "cluster")
    cluster.backup(DIGEST, succeeded=0)
    assert _wait(sandbox, cluster, {"backup": DIGEST}).returncode == 1


def test_fails_when_a_cronjob_still_has_the_old_template(sandbox: Sandbox, tmp_path: Path) -> None:
    cluster = Cluster(tmp_path / "cluster")
    cluster.backup(DIGEST)
    cluster.write("contexter-data", "cronjob-backup-prune", _cronjob("backup", OLD))
    result = _wait(sandbox, cluster, {"backup": DIGEST})
    assert result.returncode == 1 and "contexter-data/backup-prune" in result.stdout


def test_a_service_is_live_only_when_every_pod_runs_the_digest_and_is_ready(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    cluster = Cluster(tmp_path / "cluster")
    cluster.service("search", [DIGEST, DIGEST, DIGEST])
    assert _wait(sandbox, cluster, {"search": DIGEST}).returncode == 0
    cluster.service("search", [DIGEST, DIGEST, OLD])  # the canary's old ReplicaSet still serves
    assert _wait(sandbox, cluster, {"search": DIGEST}).returncode == 1
    cluster.service("search", [DIGEST], ready=False)
    assert _wait(sandbox, cluster, {"search": DIGEST}).returncode == 1


def test_fails_before_the_fix_the_backup_was_looked_for_as_pods_in_contexter() -> None:
    """The old script waited for ready pods of `backup` in namespace contexter; there are none."""
    targets = live_targets("prod", "backup")
    assert {target["kind"] for target in targets} == {"cronjob"}
    assert {target["namespace"] for target in targets} == {"contexter-data", "vault"}
    assert [t["name"] for t in targets if t["needs_run"]] == ["qdrant-backup", "redis-backup", "vault-backup"]


def test_pin_digests_keeps_a_newer_build_unless_it_is_a_rollback(sandbox: Sandbox) -> None:
    environments = sandbox.root / "environments"
    set_image("staging", "search", DIGEST, tag="b" * 40 + "-3000-1", directory=environments)
    older = json.dumps({"search": {"digest": OLD, "tag": "c" * 40 + "-2500-1"}})
    result = sandbox.run(
        "bash .github/scripts/pin-digests.sh\n", env={"ENVIRONMENT": "staging", "DIGESTS": older}
    )
    assert result.returncode == 0, result.stderr
    assert "unchanged" in result.stdout
    image = load_environment("staging", directory=environments).workloads.search.image
    assert image.endswith(f"-3000-1@{DIGEST}")
    rollback = sandbox.run(
        "bash .github/scripts/pin-digests.sh\n",
        env={"ENVIRONMENT": "staging", "DIGESTS": older, "ROLLBACK": "true"},
    )
    assert rollback.returncode == 0, rollback.stderr
    assert load_environment("staging", directory=environments).workloads.search.image.endswith(
        f"-2500-1@{OLD}"
    )


def test_image_matrix_refuses_a_branch_in_a_release_dispatch(sandbox: Sandbox) -> None:
    script = "python3 -c 'print(1)' >/dev/null; .venv/bin/python .github/scripts/image_matrix.py\n"
    base = {"EVENT": "repository_dispatch", "INPUT_IMAGE": "search", "SOURCE": "main", "DEPLOY_SHA": "d" * 40}
    (sandbox.root / ".github/scripts/image_matrix.py").write_text(
        (REPO_ROOT / ".github/scripts/image_matrix.py").read_text(encoding="utf-8"), encoding="utf-8"
    )
    refused = sandbox.run(script, env={**base, "INPUT_REF": "main"})
    assert refused.returncode == 1 and "40-hex commit" in refused.stderr
    ok = sandbox.run(script, env={**base, "INPUT_REF": "e" * 40})
    assert ok.returncode == 0, ok.stderr
    [entry] = json.loads(ok.stdout.removeprefix("matrix="))["include"]
    assert entry["ref"] == "e" * 40 and entry["repository"] == "contexter/search"


def test_a_rebuild_of_what_prod_runs_needs_build_tags(sandbox: Sandbox) -> None:
    script = ".venv/bin/python .github/scripts/image_matrix.py\n"
    env = {
        "EVENT": "schedule",
        "INPUT_IMAGE": "all",
        "INPUT_REF": "",
        "SOURCE": "deployed",
        "DEPLOY_SHA": "d" * 40,
    }
    refused = sandbox.run(script, env=env)
    assert refused.returncode == 1 and "names no source commit" in refused.stderr, (
        "prod's tags are 1.4.2 today"
    )


FAKE_PR_GH = """
echo "$*" >> "$FIXTURES/calls"
case "$1 $2" in
  "auth setup-git") ;;
  "pr create") echo "https://github.com/contexter/contexter-deploy/pull/7" ;;
  "pr merge") ;;
  "pr view") cat "$FIXTURES/state" ;;
  *) echo "gh: unexpected call: $*" >&2; exit 1 ;;
esac
"""


def _promotion_repository(sandbox: Sandbox, tmp_path: Path) -> Path:
    root = sandbox.root
    git = ["git", "-C", str(root)]
    origin = tmp_path / "origin.git"
    subprocess.run(["git", "init", "-q", "--bare", str(origin)], check=True)
    subprocess.run([*git, "init", "-q", "-b", "main"], check=True)
    subprocess.run([*git, "remote", "add", "origin", str(origin)], check=True)
    subprocess.run([*git, "add", "environments", "dist"], check=True)
    subprocess.run([*git, "-c", "user.name=t", "-c", "user.email=t@e", "commit", "-qm", "base"], check=True)
    fixtures = tmp_path / "gh"
    fixtures.mkdir()
    sandbox.fake("gh", FAKE_PR_GH)
    return fixtures


def _open(sandbox: Sandbox, fixtures: Path, state: str, **env: str) -> Any:
    (fixtures / "state").write_text(state, encoding="utf-8")
    return sandbox.run(
        "bash .github/scripts/open-promotion-pr.sh\n",
        env={"ENVIRONMENT": "prod", "RUN_ID": "99", "FIXTURES": str(fixtures), "POLL_SECONDS": "0", **env},
    )


def test_the_promotion_pull_request_is_merged_before_the_job_ends(sandbox: Sandbox, tmp_path: Path) -> None:
    fixtures = _promotion_repository(sandbox, tmp_path)
    set_image("prod", "search", DIGEST, tag=BUILD, directory=sandbox.root / "environments")
    result = _open(sandbox, fixtures, "MERGED\tabc123\n")
    assert result.returncode == 0, result.stdout + result.stderr
    assert sandbox.outputs() == {"changed": "true", "commit": "abc123"}
    calls = (fixtures / "calls").read_text(encoding="utf-8")
    assert "pr merge https://github.com/contexter/contexter-deploy/pull/7 --auto" in calls


@pytest.mark.parametrize(
    ("state", "message"),
    [("CLOSED\t-\n", "was closed without merging"), ("OPEN\t-\n", "was not merged in time")],
)
def test_fails_when_the_pull_request_is_closed_or_never_merged(
    sandbox: Sandbox, tmp_path: Path, state: str, message: str
) -> None:
    fixtures = _promotion_repository(sandbox, tmp_path)
    set_image("prod", "search", DIGEST, tag=BUILD, directory=sandbox.root / "environments")
    result = _open(sandbox, fixtures, state, MERGE_TIMEOUT_SECONDS="0")
    assert result.returncode == 1 and message in result.stdout


def test_nothing_to_change_is_a_success_without_a_pull_request(sandbox: Sandbox, tmp_path: Path) -> None:
    fixtures = _promotion_repository(sandbox, tmp_path)
    result = _open(sandbox, fixtures, "OPEN\t-\n")
    assert result.returncode == 0 and sandbox.outputs() == {"changed": "false"}
    assert not (fixtures / "calls").exists()
