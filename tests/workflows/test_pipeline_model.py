"""The delivery pipeline as data: triggers, needs, if-conditions, concurrency, permissions and
environments parsed from the workflow files, each rule shown to fail on the workflow as it was
(``git show`` of the commit before the fix) or on a broken copy."""

from __future__ import annotations

import copy
import fnmatch
import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from contexter_deploy.ground.config import ENVIRONMENT_NAMES
from contexter_deploy.promote import BUILD_TAG, build_order
from tests.conftest import REPO_ROOT
from tests.workflows import invariants

WORKFLOWS_DIR = REPO_ROOT / ".github" / "workflows"
WORKFLOWS = sorted(WORKFLOWS_DIR.glob("*.yml"))
BEFORE = "6db254d"
"""The commit before the pipeline was reworked: its workflows are the broken fixtures."""
PROD_CHECK_BEFORE = "b7e3f03"
"""The last commit whose prod check assumed prod's (non-existent) promote role and called prod's
private endpoint: it always failed, so no prod promotion ended green."""


def _workflow(name: str) -> dict[str, Any]:
    return invariants.load(WORKFLOWS_DIR / name)


def _before(name: str) -> dict[str, Any]:
    text = subprocess.run(
        ["git", "show", f"{BEFORE}:.github/workflows/{name}"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    document = yaml.safe_load(text)
    document["on"] = document.pop(True)
    return dict(document)


def _runs(job: dict[str, Any]) -> str:
    return "\n".join(str(step.get("run", "")) for step in job.get("steps", []))


def _uses(job: dict[str, Any]) -> list[str]:
    return [str(step["uses"]).split("@")[0] for step in job.get("steps", []) if "uses" in step]


# item 3: a promotion ends green only when the new digests serve


def test_the_staging_check_runs_even_when_staging_pinned_the_digests_already() -> None:
    jobs = _workflow("promote.yml")["jobs"]
    assert jobs["staging-check"]["needs"] == "staging"
    assert "pull-request" not in jobs["staging-check"]["if"], "no pull request is still a promotion to check"
    assert "open-promotion-pr.sh" in _runs(jobs["staging"]) and "wait-for-digests.sh" in _runs(
        jobs["staging-check"]
    )
    assert (jobs["prod"]["needs"], jobs["prod-check"]["needs"]) == ("staging-check", "prod")
    assert "wait-for-deployed-status.sh" in _runs(jobs["prod-check"])
    assert "needs.staging-check.result == 'success'" in jobs["prod"]["if"]


CLUSTER_CREDENTIALS = ("aws-actions/configure-aws-credentials", "aws eks", "kubectl", "describe --env prod")
"""What a job needs to reach a cluster: AWS credentials, a kubeconfig, the promote role's ARN."""


def prod_check_problems(workflow: dict[str, Any]) -> list[str]:
    """Why the prod check of ``workflow`` cannot prove that prod serves the digests without a path
    into prod: it must follow the prod merge, reach nothing of AWS or the cluster, and wait for the
    commit statuses prod reports on the merge commit the prod job outputs."""
    jobs = workflow["jobs"]
    check, prod = jobs.get("prod-check", {}), jobs.get("prod", {})
    problems = []
    if check.get("needs") != "prod":
        problems.append(f"prod-check needs {check.get('needs')!r}, not the prod merge")
    if "id-token" in (check.get("permissions") or {}):
        problems.append("prod-check asks for an OIDC token (AWS credentials)")
    text = json.dumps(check)
    problems += [f"prod-check uses {used}" for used in CLUSTER_CREDENTIALS if used in text]
    steps = [step for step in check.get("steps", []) if "wait-for-deployed-status.sh" in str(step.get("run"))]
    if not steps:
        problems.append("prod-check does not wait for the status prod reports")
    elif (steps[0].get("env") or {}).get("COMMIT") != "${{ needs.prod.outputs.commit }}":
        problems.append("prod-check does not wait on the prod job's merge commit")
    elif "vars." not in str((steps[0].get("env") or {}).get("REPORTER")):
        problems.append("prod-check does not name the App whose statuses count")
    if "steps.pull-request.outputs.commit" not in str((prod.get("outputs") or {}).get("commit")):
        problems.append("the prod job does not output the merge commit of its pull request")
    return problems


def test_the_prod_check_follows_the_prod_merge_and_reaches_no_cluster() -> None:
    assert prod_check_problems(_workflow("promote.yml")) == []


def test_fails_before_the_fix_the_prod_check_needed_aws_and_a_kubeconfig_of_prod() -> None:
    text = subprocess.run(
        ["git", "show", f"{PROD_CHECK_BEFORE}:.github/workflows/promote.yml"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    problems = prod_check_problems(yaml.safe_load(text))
    assert "prod-check asks for an OIDC token (AWS credentials)" in problems
    assert "prod-check uses aws-actions/configure-aws-credentials" in problems
    assert "prod-check does not wait for the status prod reports" in problems


def test_fails_before_the_fix_a_run_without_a_pull_request_skipped_staging_check_and_prod() -> None:
    jobs = _before("promote.yml")["jobs"]
    assert jobs["staging-check"]["if"] == "${{ needs.staging.outputs.pull-request != '' }}"
    assert "prod-check" not in jobs and "wait-for-digests.sh" not in _runs(jobs["prod"])


def test_the_promotion_pull_request_waits_until_it_is_merged() -> None:
    script = (REPO_ROOT / ".github/scripts/open-promotion-pr.sh").read_text(encoding="utf-8")
    assert 'gh pr merge "$url" --auto' in script and "MERGED)" in script and "CLOSED)" in script


# item 4: concurrency drops nothing and holds no rollback


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_no_concurrency_group_is_shared_by_runs_that_must_all_happen(path: Path) -> None:
    workflow = invariants.load(path)
    group = str(workflow["concurrency"]["group"])
    if "github.event_name == 'pull_request' && github.ref" in group:
        # a pull request's newer push supersedes its older run; everything else is per commit
        group = group.replace("github.event_name == 'pull_request' && github.ref", "")
    assert invariants.concurrency_findings({**workflow, "concurrency": {"group": group}}) == []


@pytest.mark.parametrize("name", ["images.yml", "promote.yml", "infra.yml"])
def test_fails_before_the_fix_groups_were_shared_by_every_release(name: str) -> None:
    assert invariants.concurrency_findings(_before(name)) != []


def test_no_comment_says_runs_queue() -> None:
    for path in WORKFLOWS:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if "queue" in line and line.lstrip().startswith("#"):
                assert re.search(r"merge queue|no queue|merge-queue", line), (
                    f"{path.name}:{number}: {line.strip()}"
                )


# item 5: every build has a tag of its own


def test_every_build_is_tagged_with_its_source_run_and_attempt() -> None:
    build = _workflow("images.yml")["jobs"]["build"]
    [source] = [step for step in build["steps"] if step.get("id") == "source"]
    assert source["env"]["BUILD"] == "${{ github.run_id }}-${{ github.run_attempt }}"
    assert 'echo "tag=$revision-$BUILD"' in source["run"]
    tag = "a" * 40 + "-12345-2"
    assert BUILD_TAG.fullmatch(tag) and len(tag) <= 128
    assert build_order(f"r/x:{'a' * 40}-12345-2@sha256:{'0' * 64}") == (12345, 2)
    assert build_order(f"r/x:{'a' * 40}-12345-2@sha256:{'0' * 64}") > build_order(f"r/x:{'b' * 40}-999-9")  # type: ignore[operator]


def test_fails_before_the_fix_a_rebuild_reused_the_source_tag() -> None:
    steps = _before("images.yml")["jobs"]["build"]["steps"]
    [push] = [step for step in steps if step.get("id") == "push"]
    assert push["with"]["tags"].endswith(":${{ steps.source.outputs.revision }}")


# item 6: the shell GitHub runs steps with


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_every_step_runs_under_bash_with_pipefail(path: Path) -> None:
    assert invariants.shell_findings(invariants.load(path)) == []


def test_fails_before_the_fix_promote_ran_its_gate_under_bash_e() -> None:
    assert invariants.shell_findings(_before("promote.yml")) == ["no defaults.run.shell: bash"]


# item 7: the prod paths need the code owners' review


def _owners(path: str) -> list[str]:
    """Owners of ``path`` by CODEOWNERS (the last matching pattern wins, gitignore-like)."""
    owners: list[str] = []
    for line in (REPO_ROOT / ".github/CODEOWNERS").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        pattern, *names = line.split()
        anchored = pattern.lstrip("/")
        if anchored.endswith("/"):
            anchored += "**"
        if fnmatch.fnmatchcase(path, anchored) or fnmatch.fnmatchcase(path, anchored.rstrip("*") + "*"):
            owners = names
    return owners


@pytest.mark.parametrize(
    "path",
    [
        "environments/prod.yaml",
        "environments/shared.yaml",
        "dist/prod/contexter/search.rollout.yaml",
        "cdktf.out/stacks/prod/cdk.tf.json",
        "cdktf.out/stacks/bootstrap/cdk.tf.json",
        ".github/workflows/promote.yml",
        ".github/CODEOWNERS",
        "infra/bootstrap/github_oidc.py",
    ],
)
def test_prod_paths_are_owned_by_the_prod_approvers(path: str) -> None:
    assert _owners(path) == ["@contexter/prod-approvers"], path


def test_staging_paths_need_no_prod_approver() -> None:
    assert _owners("environments/staging.yaml") == []
    assert _owners("dist/staging/contexter/search.rollout.yaml") == []


# item 9: secrets and identities


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_secrets_are_read_only_in_github_environments_and_no_pat_is_used(path: Path) -> None:
    assert invariants.secret_findings(invariants.load(path)) == []


def test_fails_before_the_fix_secrets_were_read_outside_environments() -> None:
    assert invariants.secret_findings(_before("images.yml")) == [
        "job build reads a secret outside any GitHub environment",
        "job build uses the token secret SERVICE_REPOSITORIES_READ_TOKEN; use a short-lived GitHub App token",
    ]
    assert invariants.secret_findings(_before("promote.yml")) == [
        "job staging reads a secret outside any GitHub environment"
    ]


def test_only_the_performance_gate_runs_on_the_self_hosted_runner() -> None:
    """Self-hosted runners run only jobs of promote.yml on main (its runner group is restricted to
    that workflow, docs/ci-cd.md); no workflow a pull request triggers runs there."""
    for path in WORKFLOWS:
        workflow = invariants.load(path)
        for name, job in workflow["jobs"].items():
            runs_on = str(job.get("runs-on", ""))
            if (path.name, name) == ("promote.yml", "staging-check"):
                assert runs_on == "${{ fromJSON(needs.staging.outputs.performance-runner) }}"
                continue
            assert "self-hosted" not in runs_on and "fromJSON" not in runs_on, (path.name, name)
    assert "pull_request" not in invariants.triggers(_workflow("promote.yml"))


# item 10: what the build job can reach


def test_the_build_job_has_no_cloud_credential_and_no_oidc_token() -> None:
    jobs = _workflow("images.yml")["jobs"]
    build, push = jobs["build"], jobs["push"]
    assert "id-token" not in build["permissions"]
    assert "aws-actions/configure-aws-credentials" not in _uses(build)
    assert set(_uses(push)) == {
        "actions/download-artifact",
        "aws-actions/configure-aws-credentials",
        "aws-actions/amazon-ecr-login",
        "sigstore/cosign-installer",
        "actions/upload-artifact",
    }, "the job with the token runs no build tool and no other third-party action"


def test_qemu_and_buildkit_are_pinned_by_digest() -> None:
    steps = _workflow("images.yml")["jobs"]["build"]["steps"]
    [qemu] = [
        step["with"] for step in steps if str(step.get("uses", "")).startswith("docker/setup-qemu-action@")
    ]
    [buildx] = [
        step["with"] for step in steps if str(step.get("uses", "")).startswith("docker/setup-buildx-action@")
    ]
    digest = r"@sha256:[0-9a-f]{64}$"
    assert re.search(digest, qemu["image"]) and re.search(
        digest, buildx["driver-opts"].removeprefix("image=")
    )


def test_fails_before_the_fix_the_build_job_held_the_token_and_floating_builders() -> None:
    build = _before("images.yml")["jobs"]["build"]
    assert build["permissions"]["id-token"] == "write"
    qemu = next(
        step for step in build["steps"] if str(step.get("uses", "")).startswith("docker/setup-qemu-action@")
    )
    assert "with" not in qemu, "tonistiigi/binfmt:latest"


# item 11: the scanners


def test_zizmor_gates_in_plain_format_because_sarif_exits_0(tmp_path: Path) -> None:
    text = (WORKFLOWS_DIR / "ci.yml").read_text(encoding="utf-8")
    broken = text.replace("run: .venv/bin/mypy", 'run: echo "${{ github.event.pull_request.title }}"')
    (tmp_path / "ci.yml").write_text(broken, encoding="utf-8")
    zizmor = str(REPO_ROOT / ".venv/bin/zizmor")

    def rc(*args: str) -> int:
        return subprocess.run(
            [zizmor, "--offline", *args, str(tmp_path / "ci.yml")], capture_output=True, check=False
        ).returncode

    assert rc("--format", "sarif") == 0, "SARIF output never fails: it cannot gate"
    assert rc("--format", "plain") != 0
    scan = (REPO_ROOT / ".github/scripts/scan.sh").read_text(encoding="utf-8")
    assert re.search(r"zizmor.*--format plain .github/workflows \|\| failed\+=\(zizmor\)", scan)
    assert re.search(r"zizmor.*--format sarif .*\|\| true", scan)


def test_fails_before_the_fix_ci_uploaded_several_sarif_runs_without_a_category() -> None:
    [upload] = [
        step for step in _before("ci.yml")["jobs"]["code-scanning"]["steps"] if "upload-sarif" in step["uses"]
    ]
    assert "category" not in upload["with"] and upload["with"]["sarif_file"] == "sarif"


# item 13: the applied plan is the reviewed plan


def test_main_applies_the_saved_plan_after_showing_it_and_never_re_plans() -> None:
    jobs = _workflow("infra.yml")["jobs"]
    assert jobs["apply"]["needs"] == ["changes", "show"]
    assert "terraform-saved-plan.sh" in _runs(jobs["show"]) and "environment" not in jobs["show"]
    assert "terraform-apply.sh" in _runs(jobs["apply"])
    apply = (REPO_ROOT / ".github/scripts/terraform-apply.sh").read_text(encoding="utf-8")
    assert 'terraform -chdir="$stack" plan' not in apply and "sha256sum --check --strict" in apply
    assert "schedule" in invariants.triggers(_workflow("infra.yml")), "the daily drift plan"
    assert jobs["bootstrap"]["if"].count("pull_request") == 1


def test_fails_before_the_fix_apply_re_planned_every_environment_for_any_environment_file() -> None:
    before = _before("infra.yml")
    assert "terraform plan -no-color -out=tfplan" in _runs(before["jobs"]["apply"])
    assert "environments/**" in before["on"]["push"]["paths"]
    assert before["jobs"]["apply"]["strategy"]["matrix"]["environment"] == list(ENVIRONMENT_NAMES)


def test_an_image_promotion_triggers_no_infra_run() -> None:
    paths = _workflow("infra.yml")["on"]["push"]["paths"]
    promotion = ["environments/prod.yaml", "dist/prod/contexter/search.rollout.yaml"]
    assert not [
        p for p in promotion for pattern in paths if fnmatch.fnmatchcase(p, pattern.replace("**", "*"))
    ]


def test_the_terraform_lock_files_are_a_documented_gap() -> None:
    """Provider hashes cannot be computed offline: no .terraform.lock.hcl is committed (faking
    hashes would break `terraform init`); the scripts use -lockfile=readonly once one is, and
    docs/ci-cd.md says how to produce them. This test fails when a lock file appears, to
    remove the gap from the docs."""
    locks = sorted(REPO_ROOT.glob("cdktf.out/stacks/*/.terraform.lock.hcl"))
    assert locks == []
    docs = (REPO_ROOT / "docs/ci-cd.md").read_text(encoding="utf-8")
    assert "providers lock" in docs and ".terraform.lock.hcl" in docs
    for script in ("terraform-plan.sh", "terraform-apply.sh", "terraform-saved-plan.sh"):
        assert "-lockfile=readonly" in (REPO_ROOT / ".github/scripts" / script).read_text(encoding="utf-8")


def test_a_broken_copy_with_a_shared_group_and_a_job_group_is_found() -> None:
    workflow = copy.deepcopy(_workflow("promote.yml"))
    workflow["concurrency"]["group"] = "promote"
    workflow["jobs"]["prod"]["concurrency"] = {"group": "prod"}
    assert invariants.concurrency_findings(workflow) == [
        "concurrency group 'promote' is shared by runs",
        "job prod has a concurrency group; its pending runs would be dropped",
    ]
