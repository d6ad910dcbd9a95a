"""The GitHub Actions pipeline keeps its security and delivery invariants.

Each workflow is parsed as YAML first (checkov silently passes a file it cannot parse), then
checked by the invariants in ``invariants.py``, by actionlint, zizmor (offline) and checkov,
and against the facts it must agree with (images, describe outputs, the drift gate).
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from contexter_deploy.describe import PROMOTE_KEYS, describe, describe_shared, require
from contexter_deploy.ground.config import ENVIRONMENT_NAMES, ConfigError, Environment
from contexter_deploy.ground.config.shared import Shared, load_shared
from tests.conftest import REPO_ROOT
from tests.images.catalog import IMAGES
from tests.system import listed_packages
from tests.workflows import invariants

BIN = REPO_ROOT / ".venv" / "bin"
WORKFLOWS_DIR = REPO_ROOT / ".github" / "workflows"
WORKFLOWS = sorted(WORKFLOWS_DIR.glob("*.yml"))
SCRIPTS = sorted((REPO_ROOT / ".github" / "scripts").glob("*.sh"))

ALLOWED_WRITES: dict[str, dict[str, set[str]]] = {
    "ci.yml": {"code-scanning": {"security-events"}},
    "images.yml": {"push": {"id-token"}, "promote": {"id-token"}},
    "promote.yml": {"staging-check": {"id-token"}},
    "infra.yml": {"plan": {"id-token"}, "apply": {"id-token"}, "comment": {"pull-requests"}},
}
"""The only write permissions of GITHUB_TOKEN, per workflow and job. OIDC tokens (id-token) only
where a job assumes an AWS role or signs; nothing can write contents: promotions go through pull
requests opened by the promotion GitHub App."""


@pytest.fixture(scope="module")
def shared() -> Shared:
    return load_shared()


def _workflow(name: str) -> dict[str, Any]:
    return invariants.load(WORKFLOWS_DIR / name)


def _run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, check=False, timeout=300)


def test_the_pipeline_has_its_four_workflows() -> None:
    assert [path.name for path in WORKFLOWS] == ["ci.yml", "images.yml", "infra.yml", "promote.yml"]


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_every_workflow_parses_as_yaml(path: Path) -> None:
    workflow = invariants.load(path)
    assert workflow["on"] and workflow["jobs"]


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_every_action_is_pinned_to_a_commit_sha(path: Path) -> None:
    assert invariants.unpinned_actions(path.read_text(encoding="utf-8")) == []


def test_fails_when_an_action_is_pinned_to_a_tag_or_without_its_version() -> None:
    text = (
        "steps:\n"
        "  - uses: actions/checkout@v4\n"
        "  - uses: actions/setup-python@42375524e23c412d93fb67b49958b491fce71c38\n"
    )
    assert invariants.unpinned_actions(text) == [
        "line 2: actions/checkout@v4 is not pinned to a 40-hex commit SHA",
        "line 3: actions/setup-python@42375524e23c412d93fb67b49958b491fce71c38 has no '# vX.Y.Z' comment",
    ]


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_every_job_has_least_privilege_permissions(path: Path) -> None:
    assert invariants.permission_findings(invariants.load(path), ALLOWED_WRITES[path.name]) == []


def test_fails_when_a_job_inherits_or_widens_permissions() -> None:
    workflow = _workflow("ci.yml")
    del workflow["jobs"]["lint"]["permissions"]
    workflow["jobs"]["drift"]["permissions"] = {"contents": "write"}
    workflow["permissions"] = {"contents": "write"}
    assert invariants.permission_findings(workflow, ALLOWED_WRITES["ci.yml"]) == [
        "top-level permissions grant writes: {'contents': 'write'}",
        "job lint does not set permissions",
        "job drift may write ['contents']",
    ]


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_checkouts_keep_no_credentials_and_never_run_untrusted_code(path: Path) -> None:
    workflow = invariants.load(path)
    assert not invariants.triggers(workflow) & invariants.UNTRUSTED_TRIGGERS
    assert invariants.checkout_findings(workflow) == []


def test_fails_when_pull_request_target_checks_out_the_contributors_code() -> None:
    workflow = _workflow("ci.yml")
    workflow["on"] = {"pull_request_target": None}
    checkout = workflow["jobs"]["lint"]["steps"][0]
    checkout["with"] = {"ref": "${{ github.event.pull_request.head.sha }}"}
    assert invariants.checkout_findings(workflow) == [
        "job lint: checkout without persist-credentials: false",
        "job lint: checks out untrusted code under ['pull_request_target']",
    ]


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_run_scripts_take_outside_values_from_env_and_never_see_secrets(path: Path) -> None:
    assert invariants.run_findings(invariants.load(path)) == []


def test_fails_when_an_event_value_or_a_secret_is_expanded_into_a_script() -> None:
    workflow = _workflow("promote.yml")
    step = workflow["jobs"]["staging"]["steps"][4]
    step["name"] = "pin"
    step["run"] = (
        'echo "${{ inputs.digests }}"; echo "${{ secrets.PROMOTION_APP_PRIVATE_KEY }}"; echo "$GH_TOKEN"'
    )
    assert invariants.run_findings(workflow) == [
        "job staging, step 'pin': ${{ inputs.digests }} is expanded into the script; pass it via env",
        "job staging, step 'pin': a secret is expanded into the script",
        "job staging, step 'pin': echoes a credential",
    ]


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_every_job_has_a_timeout_and_every_workflow_a_concurrency_group(path: Path) -> None:
    assert invariants.limits_findings(invariants.load(path)) == []


def test_fails_when_a_job_has_no_timeout() -> None:
    workflow = _workflow("infra.yml")
    del workflow["jobs"]["apply"]["timeout-minutes"]
    del workflow["concurrency"]
    assert invariants.limits_findings(workflow) == [
        "no concurrency group",
        "job apply has no timeout-minutes",
    ]


def test_ci_has_the_drift_gate_validation_and_the_scanners() -> None:
    workflow = _workflow("ci.yml")
    assert set(invariants.triggers(workflow)) == {"pull_request", "merge_group", "push"}
    drift = [step.get("run", "") for step in workflow["jobs"]["drift"]["steps"]]
    synth = next(index for index, run in enumerate(drift) if run.startswith("make -B synth"))
    assert drift[synth + 1] == "git diff --exit-code --stat dist/ cdktf.out/"
    fetch = drift.index("bash .github/scripts/fetch-crd-schemas.sh")
    validate = next(index for index, run in enumerate(drift) if "contexter-deploy validate" in run)
    assert fetch < synth < validate and "NOT schema-checked" in drift[validate]
    scan_steps = "\n".join(step.get("run", "") for step in workflow["jobs"]["scan"]["steps"])
    assert "bash .github/scripts/scan.sh" in scan_steps
    scan = (REPO_ROOT / ".github/scripts/scan.sh").read_text(encoding="utf-8")
    for scanner in ('checkov" -d dist', 'checkov" -d cdktf.out/stacks', "hadolint", "zizmor", "actionlint"):
        assert scanner in scan
    uploads = [
        step["with"]
        for step in workflow["jobs"]["code-scanning"]["steps"]
        if "upload-sarif" in step.get("uses", "")
    ]
    assert len({upload["category"] for upload in uploads}) == len(uploads) == 5
    tests = [step.get("run", "") for step in workflow["jobs"]["test"]["steps"]]
    assert tests.index("bash .github/scripts/fetch-crd-schemas.sh") < next(
        index for index, run in enumerate(tests) if "bash .ci/run" in run
    ), "CI runs the same entry point as the local machine, with the CRD schemas in place"


def test_images_builds_every_image_multi_arch_scans_signs_and_outputs_digests() -> None:
    workflow = _workflow("images.yml")
    text = (REPO_ROOT / ".github/scripts/image_matrix.py").read_text(encoding="utf-8")
    catalog = re.findall(r'"([a-z-]+)": \{"dockerfile": "(Dockerfiles/[a-z]+\.Dockerfile)"', text)
    assert sorted(catalog) == sorted(
        (spec.name, str(spec.dockerfile.relative_to(REPO_ROOT))) for spec in IMAGES
    )
    build = workflow["jobs"]["build"]["steps"]
    [push] = [
        step["with"] for step in build if str(step.get("uses", "")).startswith("docker/build-push-action@")
    ]
    assert push["platforms"] == "linux/amd64,linux/arm64"
    assert push["outputs"] == "type=oci,dest=image.tar" and "push" not in push, "nothing is pushed from here"
    assert (push["sbom"], push["provenance"]) == (True, "mode=max")
    assert push["cache-from"].startswith("type=gha")
    runs = "\n".join(step.get("run", "") for step in build)
    assert "scan-image.sh image.tar linux/amd64 linux/arm64" in runs, "the archive pushed, every platform"
    signing = "\n".join(step.get("run", "") for step in workflow["jobs"]["push"]["steps"])
    assert "sha256sum --check --strict image.tar.sha256" in signing
    assert 'cosign sign --yes "$REGISTRY/contexter/$IMAGE@$DIGEST"' in signing, "sign the digest, never a tag"
    assert workflow["jobs"]["digests"]["outputs"]["digests"]


def test_promote_pins_with_set_image_gates_on_performance_and_waits_for_prod_approval() -> None:
    workflow = _workflow("promote.yml")
    assert workflow["jobs"]["prod"]["environment"] == "prod"
    assert workflow["jobs"]["prod"]["needs"] == "staging-check"
    checks = "\n".join(step.get("run", "") for step in workflow["jobs"]["staging-check"]["steps"])
    assert "wait-for-digests.sh" in checks and "run-k6.sh staging" in checks
    assert "perf-gate.sh staging" in checks
    pin = (REPO_ROOT / ".github/scripts/pin-digests.sh").read_text(encoding="utf-8")
    assert ".venv/bin/contexter-deploy set-image" in pin
    assert not re.search(r"^\s*(sed|yq|perl)\b", pin, re.MULTILINE), "digests are written by set-image only"


def test_infra_plans_on_pull_requests_and_applies_on_main_behind_approvals() -> None:
    workflow = _workflow("infra.yml")
    apply = workflow["jobs"]["apply"]
    assert apply["environment"] == "${{ matrix.environment }}"
    assert apply["strategy"]["matrix"]["environment"] == "${{ fromJSON(needs.changes.outputs.environments) }}"
    assert apply["strategy"]["max-parallel"] == 1
    assert "refs/heads/main" in apply["if"]
    assert "pull_request" in workflow["jobs"]["plan"]["if"]


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_no_account_id_or_role_arn_is_hard_coded(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert not re.search(r"\b\d{12}\b", text)
    assert "arn:aws" not in text


def _describe_calls(workflow: dict[str, Any]) -> list[tuple[str, dict[str, Any], str]]:
    """(job name, job, command) of every step ``describe`` that runs ``contexter-deploy describe``."""
    return [
        (name, job, step["run"])
        for name, job in workflow["jobs"].items()
        for step in job.get("steps", [])
        if step.get("id") == "describe"
    ]


def _described(
    job: dict[str, Any], command: str, shared: Shared, environments: dict[str, Environment]
) -> list[set[str]]:
    """The keys ``command`` prints, once per environment it may describe in ``job``."""
    assert command.startswith(".venv/bin/contexter-deploy describe ") and "--format github" in command
    if "--shared" in command:
        return [set(describe_shared(shared))]
    target = re.search(r'--env ("\$ENVIRONMENT"|[a-z]+)', command)
    assert target is not None, command
    if target.group(1) == '"$ENVIRONMENT"':
        names = job["strategy"]["matrix"]["environment"]
        if isinstance(names, str):  # fromJSON(needs.changes.outputs.environments): any of them
            names = list(ENVIRONMENT_NAMES)
    else:
        names = [target.group(1)]
    required = re.findall(r"--require (\w+)", command)
    keys = []
    for name in names:
        values = describe(environments[name], shared)
        require(values, required, environments[name])
        keys.append(set(values))
    return keys


def test_workflows_read_only_outputs_that_describe_provides(
    environments: dict[str, Environment], shared: Shared
) -> None:
    """Every ``steps.describe.outputs.<key>`` a job reads is printed for every environment it describes."""
    calls = 0
    for path in WORKFLOWS:
        for name, job, command in _describe_calls(invariants.load(path)):
            calls += 1
            used = set(re.findall(r"steps\.describe\.outputs\.(\w+)", json.dumps(job)))
            for keys in _described(job, command, shared, environments):
                assert used <= keys, f"{path.name} job {name}: {sorted(used - keys)}"
    assert calls == 5, "images: plan; promote: staging, staging-check; infra: plan and apply"


def test_prod_has_no_promote_role_so_the_prod_check_asks_the_cluster_to_report(
    environments: dict[str, Environment], shared: Shared
) -> None:
    """prod has no promote role (CI has no path into its private endpoint): the prod check
    describes nothing and reads the commit statuses prod's Argo CD posts instead."""
    assert not [n for n, _, _ in _describe_calls(_workflow("promote.yml")) if n == "prod-check"]
    with pytest.raises(
        ConfigError, match="promote_role_arn exists only where performance testing is enabled"
    ):
        require(describe(environments["prod"], shared), ["promote_role_arn"], environments["prod"])


def test_keys_of_the_performance_gate_are_read_only_where_describe_requires_the_role() -> None:
    """Without ``--require promote_role_arn`` a missing role would reach the AWS action as an empty
    string; with it, describe fails first, naming performance_test.enabled."""
    for path in WORKFLOWS:
        for name, job, command in _describe_calls(invariants.load(path)):
            used = set(re.findall(r"steps\.describe\.outputs\.(\w+)", json.dumps(job)))
            if used & set(PROMOTE_KEYS):
                assert "--require promote_role_arn" in command, f"{path.name} job {name}"


def test_images_push_to_the_shared_registry_with_the_shared_role() -> None:
    workflow = _workflow("images.yml")
    [(name, job, command)] = _describe_calls(workflow)
    assert name == "plan" and "--shared" in command
    assert job["outputs"]["registry"] == "${{ steps.describe.outputs.image_registry }}"
    assert job["outputs"]["region"] == "${{ steps.describe.outputs.image_registry_region }}"
    assert job["outputs"]["role"] == "${{ steps.describe.outputs.images_role_arn }}"
    [credentials] = [
        step["with"]
        for step in workflow["jobs"]["push"]["steps"]
        if str(step.get("uses", "")).startswith("aws-actions/configure-aws-credentials@")
    ]
    assert credentials["role-to-assume"] == "${{ needs.plan.outputs.role }}"
    assert credentials["aws-region"] == "${{ needs.plan.outputs.region }}"
    assert workflow["jobs"]["push"]["env"]["REGISTRY"] == "${{ needs.plan.outputs.registry }}"


def test_the_performance_gate_runs_where_the_promote_role_trusts_it(
    environments: dict[str, Environment], shared: Shared
) -> None:
    """The promote role trusts main in GitHub environment <env>-performance-test only: the job must
    run there, on the runner the environment file names, with the role describe prints."""
    workflow = _workflow("promote.yml")
    staging, check = workflow["jobs"]["staging"], workflow["jobs"]["staging-check"]
    assert staging["outputs"]["performance-environment"] == (
        "${{ steps.describe.outputs.performance_test_environment }}"
    )
    assert staging["outputs"]["performance-runner"] == "${{ steps.describe.outputs.performance_test_runner }}"
    assert check["environment"] == "${{ needs.staging.outputs.performance-environment }}"
    assert check["runs-on"] == "${{ fromJSON(needs.staging.outputs.performance-runner) }}"
    first_change = next(i for i, step in enumerate(staging["steps"]) if "set-image" in str(step.get("name")))
    describe_step = next(i for i, step in enumerate(staging["steps"]) if step.get("id") == "describe")
    assert describe_step < first_change, "a missing role fails the promotion before anything changes"
    [credentials] = [
        step["with"]
        for step in check["steps"]
        if str(step.get("uses", "")).startswith("aws-actions/configure-aws-credentials@")
    ]
    assert credentials["role-to-assume"] == "${{ steps.describe.outputs.promote_role_arn }}"
    values = describe(environments["staging"], shared)
    assert values["performance_test_environment"] == "staging-performance-test"
    assert values["promote_role_arn"].endswith(":role/contexter-staging-github-promote")


def test_actionlint_is_clean() -> None:
    result = _run([str(BIN / "actionlint"), *map(str, WORKFLOWS)])
    assert result.returncode == 0, result.stdout + result.stderr


def test_zizmor_is_clean() -> None:
    result = _run([str(BIN / "zizmor"), "--offline", "--format", "json", str(WORKFLOWS_DIR)])
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert json.loads(result.stdout) == []


def test_fails_when_zizmor_sees_a_template_injection(tmp_path: Path) -> None:
    text = (WORKFLOWS_DIR / "ci.yml").read_text(encoding="utf-8")
    broken = text.replace("run: .venv/bin/mypy", 'run: echo "${{ github.event.pull_request.title }}"')
    assert broken != text
    (tmp_path / "ci.yml").write_text(broken, encoding="utf-8")
    result = _run([str(BIN / "zizmor"), "--offline", "--format", "json", str(tmp_path / "ci.yml")])
    assert "template-injection" in {finding["ident"] for finding in json.loads(result.stdout)}


def test_checkov_is_clean_on_the_workflows() -> None:
    result = _run(
        [
            str(BIN / "checkov"),
            "-d",
            ".github",
            "--framework",
            "github_actions",
            "--skip-download",
            "-o",
            "json",
        ]
    )
    summary = json.loads(result.stdout)["summary"]
    assert summary["failed"] == 0
    assert summary["passed"] > 100, "checkov parsed the workflows"
    assert summary["skipped"] == 1, "only CKV_GHA_7 on promote.yml's workflow_dispatch is suppressed"


@pytest.mark.parametrize("path", SCRIPTS, ids=lambda path: path.name)
def test_workflow_scripts_pass_shellcheck(path: Path) -> None:
    result = _run([str(BIN / "shellcheck"), str(path)])
    assert result.returncode == 0, result.stdout


def test_the_ci_entry_point_installs_what_the_image_tests_need() -> None:
    """``.ci/run`` runs ``make test``, which installs the packages of ``system-packages.txt`` first."""
    assert re.search(r"^make test$", (REPO_ROOT / ".ci/run").read_text(encoding="utf-8"), re.MULTILINE)
    assert re.search(
        r"^test: system-packages ", (REPO_ROOT / "Makefile").read_text(encoding="utf-8"), re.MULTILINE
    )
    assert {"buildah", "debootstrap"} <= set(listed_packages())
