"""The OIDC trust policies, evaluated against the ``sub`` claim each job really presents.

The policies are read from the committed Terraform JSON of the bootstrap stack (what would be
applied); the subjects are built from the workflow files (the job's GitHub environment, its
ref, its workflow file) with GitHub's subject template (``naming.GITHUB_OIDC_CLAIM_KEYS``).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from contexter_deploy.ground.naming import GITHUB_OIDC_CLAIM_KEYS
from infra.bootstrap.github_oidc import allows, github_trust, presented_subject
from tests.conftest import REPO_ROOT
from tests.workflows import invariants

REPOSITORY = "contexter/contexter-deploy"
WORKFLOWS = REPO_ROOT / ".github" / "workflows"
PULL_REQUEST = "refs/pull/17/merge"
MAIN = "refs/heads/main"


def _roles() -> dict[str, dict[str, Any]]:
    stack = json.loads((REPO_ROOT / "cdktf.out/stacks/bootstrap/cdk.tf.json").read_text(encoding="utf-8"))
    return {
        role["name"]: json.loads(role["assume_role_policy"])
        for role in stack["resource"]["aws_iam_role"].values()
    }


def _claims(sub: str) -> dict[str, str]:
    return {"aud": "sts.amazonaws.com", "sub": sub}


def _job(workflow: str, job: str) -> dict[str, Any]:
    jobs: dict[str, dict[str, Any]] = invariants.load(WORKFLOWS / workflow)["jobs"]
    return jobs[job]


def legitimate_jobs() -> list[tuple[str, str, str]]:
    """(role, job, sub) for every job that assumes a role, with the environment its YAML names."""
    plan, apply = _job("infra.yml", "plan"), _job("infra.yml", "apply")
    assert plan["environment"] == (
        "${{ github.event_name == 'pull_request' && format('{0}-plan', matrix.environment)"
        " || format('{0}-drift', matrix.environment) }}"
    )
    assert apply["environment"] == "${{ matrix.environment }}"
    assert _job("images.yml", "push")["environment"] == "images"
    assert _job("promote.yml", "staging-check")["environment"] == (
        "${{ needs.staging.outputs.performance-environment }}"
    )
    jobs = [
        (
            "contexter-github-images",
            "images.yml push",
            presented_subject(REPOSITORY, workflow="images.yml", ref=MAIN, environment="images"),
        ),
        (
            "contexter-staging-github-promote",
            "promote.yml staging-check",
            presented_subject(
                REPOSITORY, workflow="promote.yml", ref=MAIN, environment="staging-performance-test"
            ),
        ),
    ]
    for env in ("dev", "staging", "prod"):
        jobs += [
            (
                f"contexter-{env}-github-plan",
                f"infra.yml plan ({env}, pull request)",
                presented_subject(
                    REPOSITORY,
                    workflow="infra.yml",
                    ref=PULL_REQUEST,
                    environment=f"{env}-plan",
                    event="pull_request",
                ),
            ),
            (
                f"contexter-{env}-github-plan",
                f"infra.yml plan ({env}, drift)",
                presented_subject(
                    REPOSITORY, workflow="infra.yml", ref=MAIN, environment=f"{env}-drift", event="schedule"
                ),
            ),
            (
                f"contexter-{env}-github-apply",
                f"infra.yml apply ({env})",
                presented_subject(REPOSITORY, workflow="infra.yml", ref=MAIN, environment=env),
            ),
        ]
    return jobs


def test_the_subject_template_names_the_workflow_file() -> None:
    assert GITHUB_OIDC_CLAIM_KEYS == ("repo", "context", "ref", "job_workflow_ref")
    assert presented_subject(REPOSITORY, workflow="infra.yml", ref=MAIN, environment="prod") == (
        "repo:contexter/contexter-deploy:environment:prod:ref:refs/heads/main"
        ":job_workflow_ref:contexter/contexter-deploy/.github/workflows/infra.yml@refs/heads/main"
    )
    assert presented_subject(
        REPOSITORY, workflow="ci.yml", ref=PULL_REQUEST, event="pull_request"
    ).startswith("repo:contexter/contexter-deploy:pull_request:ref:refs/pull/17/merge:job_workflow_ref:")


@pytest.mark.parametrize(("role", "job", "sub"), legitimate_jobs(), ids=lambda value: str(value)[:60])
def test_every_job_that_assumes_a_role_is_trusted(role: str, job: str, sub: str) -> None:
    assert allows(_roles()[role], _claims(sub)), f"{job} presents {sub}"


def _attacks() -> list[tuple[str, str]]:
    """(what, sub) of jobs that must never assume any of the roles."""
    return [
        (
            "another workflow on main, in an environment",
            presented_subject(REPOSITORY, workflow="ci.yml", ref=MAIN, environment="prod"),
        ),
        ("another workflow on main", presented_subject(REPOSITORY, workflow="ci.yml", ref=MAIN)),
        (
            "a pull request job without environment",
            presented_subject(REPOSITORY, workflow="infra.yml", ref=PULL_REQUEST, event="pull_request"),
        ),
        (
            "a pull request's job in `prod`",
            presented_subject(
                REPOSITORY, workflow="infra.yml", ref=PULL_REQUEST, environment="prod", event="pull_request"
            ),
        ),
        (
            "another branch, environment `images`",
            presented_subject(
                REPOSITORY, workflow="images.yml", ref="refs/heads/feature", environment="images"
            ),
        ),
        (
            "a fork",
            presented_subject(
                "attacker/contexter-deploy", workflow="images.yml", ref=MAIN, environment="images"
            ),
        ),
        ("the old subject of a job on main", f"repo:{REPOSITORY}:ref:refs/heads/main:ref:refs/heads/main"),
        (
            "a pull request's promote.yml in the gate's environment",
            presented_subject(
                REPOSITORY, workflow="promote.yml", ref=PULL_REQUEST, environment="staging-performance-test"
            ),
        ),
    ]


@pytest.mark.parametrize(("what", "sub"), _attacks(), ids=[what for what, _ in _attacks()])
def test_no_role_trusts_a_job_it_was_not_made_for(what: str, sub: str) -> None:
    assert [name for name, policy in _roles().items() if allows(policy, _claims(sub))] == [], what


def test_each_role_trusts_only_its_own_jobs() -> None:
    jobs = legitimate_jobs()
    for role, policy in _roles().items():
        if "Federated" not in json.dumps(policy):
            continue
        trusted = {job for name, job, sub in jobs if allows(policy, _claims(sub))}
        assert trusted == {job for name, job, _ in jobs if name == role}, role


def test_fails_before_the_fix_a_role_bound_to_main_only_trusts_every_workflow_on_main() -> None:
    """The images role trusted ``repo:<repo>:ref:refs/heads/main:ref:refs/heads/main``: under the old
    template every job on main presented exactly that, whatever its workflow file."""
    old = github_trust(
        "arn:aws:iam::1:oidc-provider/x", subjects=(f"repo:{REPOSITORY}:ref:{MAIN}:ref:{MAIN}",)
    )
    ci_on_main_old_template = f"repo:{REPOSITORY}:ref:{MAIN}:ref:{MAIN}"
    assert allows(old, _claims(ci_on_main_old_template))
    new = _roles()["contexter-github-images"]
    assert not allows(new, _claims(presented_subject(REPOSITORY, workflow="ci.yml", ref=MAIN)))


def test_the_evaluator_matches_sts_wildcards_and_the_audience() -> None:
    policy = github_trust(
        "arn:aws:iam::1:oidc-provider/x", subjects=("repo:a/b:environment:x:ref:refs/pull/*/merge",)
    )
    assert allows(policy, _claims("repo:a/b:environment:x:ref:refs/pull/9/merge"))
    assert not allows(policy, {"aud": "other", "sub": "repo:a/b:environment:x:ref:refs/pull/9/merge"})
    assert not allows(policy, _claims("repo:a/b:environment:y:ref:refs/pull/9/merge"))
    assert not allows(policy, {"sub": "repo:a/b:environment:x:ref:refs/pull/9/merge"})
