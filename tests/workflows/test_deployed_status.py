"""The prod check (``.github/scripts/wait-for-deployed-status.sh``), run as GitHub runs it
(``bash --noprofile --norc -eo pipefail``) against a fake ``gh`` answering from fixture files.

Prod's Argo CD posts one commit status per image on the revision it synced (context
``contexter/prod/<workload>``, description: the digests the live objects run); the check reads
them through the GitHub API only, never the cluster.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO_ROOT
from tests.workflows.sandbox import Sandbox

DIGEST = "sha256:" + "cd" * 32
BACKUP = "sha256:" + "be" * 32
OLD = "sha256:" + "0" * 64
MERGE = "1" * 40
LATER = "2" * 40
SCRIPT = "bash .github/scripts/wait-for-deployed-status.sh\n"
FAKE_GH = """
echo "$*" >> "$FIXTURES/calls"
[[ "$1" == api ]] || { echo "gh: unexpected call: $*" >&2; exit 1; }
case "$2" in
  repos/contexter/contexter-deploy/compare/*...main) cat "$FIXTURES/later" ;;  # what --jq prints
  repos/contexter/contexter-deploy/commits/*/statuses\\?per_page=100)
    sha="${2#repos/contexter/contexter-deploy/commits/}"; sha="${sha%%/*}"
    if [[ -f "$FIXTURES/status-$sha.json" ]]; then cat "$FIXTURES/status-$sha.json"
    else echo '[]'; fi ;;
  *) echo "gh: unexpected call: $*" >&2; exit 1 ;;
esac
"""


@pytest.fixture
def sandbox(tmp_path: Path) -> Sandbox:
    box = Sandbox.create(tmp_path)
    shutil.copytree(REPO_ROOT / "dist" / "prod", box.root / "dist" / "prod")
    box.fake("gh", FAKE_GH)
    (tmp_path / "gh").mkdir()
    (tmp_path / "gh" / "later").write_text("", encoding="utf-8")
    return box


REPORTER = "contexter-deployment-status[bot]"


def _statuses(fixtures: Path, sha: str, *statuses: tuple[str, ...]) -> None:
    """The statuses of ``sha``, newest first: (context, state, description[, creator])."""
    body = [
        {"context": c, "state": s, "description": d, "creator": {"login": rest[0] if rest else REPORTER}}
        for c, s, d, *rest in statuses
    ]
    (fixtures / f"status-{sha}.json").write_text(json.dumps(body), encoding="utf-8")


def _check(sandbox: Sandbox, tmp_path: Path, digests: dict[str, str], **env: str) -> Any:
    payload = json.dumps({name: {"digest": digest, "tag": "t"} for name, digest in digests.items()})
    return sandbox.run(
        SCRIPT,
        env={
            "ENVIRONMENT": "prod",
            "DIGESTS": payload,
            "COMMIT": MERGE,
            "REPOSITORY": "contexter/contexter-deploy",
            "REPORTER": REPORTER,
            "FIXTURES": str(tmp_path / "gh"),
            "DEADLINE_SECONDS": "0",
            **env,
        },
    )


def test_passes_when_prod_reports_the_promoted_digests_on_the_merge_commit(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    _statuses(
        tmp_path / "gh",
        MERGE,
        ("contexter/prod/search", "success", f"{DIGEST[7:]} "),
        ("contexter/prod/backup", "success", f"{OLD[7:]} {BACKUP[7:]} "),  # earlier runs' pods stay listed
        ("contexter/prod/api-gateway", "success", f"{OLD[7:]} "),  # not promoted: not looked at
    )
    result = _check(sandbox, tmp_path, {"search": DIGEST, "backup": BACKUP})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "prod reports every promoted digest as synced and healthy" in result.stdout
    calls = (tmp_path / "gh" / "calls").read_text(encoding="utf-8")
    assert "kubectl" not in calls and all(line.startswith("api repos/") for line in calls.splitlines())


def test_fails_when_the_status_reports_other_digests(sandbox: Sandbox, tmp_path: Path) -> None:
    _statuses(tmp_path / "gh", MERGE, ("contexter/prod/search", "success", f"{OLD[7:]} "))
    result = _check(sandbox, tmp_path, {"search": DIGEST})
    assert result.returncode == 1
    assert f"contexter/prod/search (wants {DIGEST}; {MERGE} reports {OLD[7:]} )" in result.stdout


def test_fails_while_an_old_pod_of_a_service_still_runs(sandbox: Sandbox, tmp_path: Path) -> None:
    _statuses(tmp_path / "gh", MERGE, ("contexter/prod/search", "success", f"{OLD[7:]} {DIGEST[7:]} "))
    assert _check(sandbox, tmp_path, {"search": DIGEST}).returncode == 1


def test_fails_when_no_status_arrives_before_the_deadline(sandbox: Sandbox, tmp_path: Path) -> None:
    result = _check(sandbox, tmp_path, {"search": DIGEST})
    assert result.returncode == 1
    assert "did not report the promoted digests before the deadline" in result.stdout
    assert "contexter/prod/search (wants" in result.stdout and "missing" in result.stdout


def test_fails_at_once_on_a_failure_status(sandbox: Sandbox, tmp_path: Path) -> None:
    _statuses(tmp_path / "gh", MERGE, ("contexter/prod/search", "failure", "Degraded"))
    result = _check(sandbox, tmp_path, {"search": DIGEST}, DEADLINE_SECONDS="600")
    assert result.returncode == 1
    assert "contexter/prod/search on 1111111111111111111111111111111111111111 is failure" in result.stdout


def test_a_status_on_a_later_commit_of_main_counts(sandbox: Sandbox, tmp_path: Path) -> None:
    """Main moved on before Argo CD polled: it synced a later commit and reported there."""
    (tmp_path / "gh" / "later").write_text(LATER + "\n", encoding="utf-8")
    _statuses(tmp_path / "gh", LATER, ("contexter/prod/search", "success", f"{DIGEST[7:]} "))
    result = _check(sandbox, tmp_path, {"search": DIGEST})
    assert result.returncode == 0, result.stdout + result.stderr


def test_waits_and_passes_once_the_status_arrives(sandbox: Sandbox, tmp_path: Path) -> None:
    """A fake gh that answers with the status from its third poll on: the check keeps polling."""
    sandbox.fake(
        "gh",
        'n=$(($(cat "$FIXTURES/n" 2>/dev/null || echo 0) + 1)); echo "$n" > "$FIXTURES/n"\n'
        'if [[ "$2" == */compare/* ]]; then exit 0; fi\n'
        'if ((n >= 6)); then cat "$FIXTURES/status-ready.json"; else echo "[]"; fi\n',
    )
    _statuses(tmp_path / "gh", "ready", ("contexter/prod/search", "success", f"{DIGEST[7:]} "))
    result = _check(sandbox, tmp_path, {"search": DIGEST}, DEADLINE_SECONDS="600")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("waiting for: contexter/prod/search") == 2


def test_refuses_a_commit_that_is_not_a_sha(sandbox: Sandbox, tmp_path: Path) -> None:
    result = _check(sandbox, tmp_path, {"search": DIGEST}, COMMIT="")
    assert result.returncode == 1 and "COMMIT" in result.stdout + result.stderr


def test_fails_when_the_status_was_posted_by_anyone_but_the_reporter(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    """A workflow with ``statuses: write`` could post the context; only the App's statuses count."""
    _statuses(
        tmp_path / "gh",
        MERGE,
        ("contexter/prod/search", "success", f"{DIGEST[7:]} ", "github-actions[bot]"),
        ("contexter/prod/search", "success", f"{OLD[7:]} "),
    )
    result = _check(sandbox, tmp_path, {"search": DIGEST})
    assert result.returncode == 1
    assert f"reports {OLD[7:]}" in result.stdout
