"""GitHub Actions OIDC: the identity provider of an account, and roles that trust one job of one workflow.

GitHub signs a token per job. AWS can match only its ``aud`` and ``sub`` claims (it supports no
other GitHub claim), so the repository's subject template (``naming.GITHUB_OIDC_CLAIM_KEYS``:
``repo``, ``context``, ``ref``, ``job_workflow_ref``) puts into ``sub`` the repository, the job's
context (its GitHub environment, ``pull_request``, or its branch), the git ref, and the workflow
file that defines the job, at that ref::

    repo:<owner>/<name>:environment:prod:ref:refs/heads/main:job_workflow_ref:<owner>/<name>/.github/workflows/infra.yml@refs/heads/main

Each trust policy below names all of these, so a role cannot be assumed from a fork, another
branch, another GitHub environment, or another workflow file of the same repository (for a
reusable workflow, ``job_workflow_ref`` is the called file: promote.yml even when images.yml
calls it). ``presented_subject`` is what GitHub puts in the token; ``allows`` evaluates a trust
policy against it as STS does, and the tests check every role against the jobs that assume it.
"""

from __future__ import annotations

import fnmatch
import json
from dataclasses import dataclass
from typing import Any

from cdktf import TerraformProvider
from cdktf_cdktf_provider_aws.iam_openid_connect_provider import IamOpenidConnectProvider
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy import IamRolePolicy
from cdktf_cdktf_provider_aws.iam_role_policy_attachment import IamRolePolicyAttachment
from constructs import Construct

from contexter_deploy.ground.naming import GITHUB_OIDC_HOST
from infra.iam.policy import Statement, policy_document

MAIN_REF = "refs/heads/main"
PULL_REQUEST_REF = "refs/pull/*/merge"
"""The ref of every pull request job (``*``: the pull request number); matched with StringLike."""
IMAGES_WORKFLOW = "images.yml"
PROMOTE_WORKFLOW = "promote.yml"
INFRA_WORKFLOW = "infra.yml"
IMAGES_ENVIRONMENT = "images"
"""GitHub environment of the image workflow's push job (deployment branch: main)."""


def _workflow_ref(repository: str, workflow: str, ref: str) -> str:
    return f"{repository}/.github/workflows/{workflow}@{ref}"


def presented_subject(
    repository: str, *, workflow: str, ref: str, environment: str | None = None, event: str = "push"
) -> str:
    """The ``sub`` GitHub signs for a job of ``workflow`` at ``ref`` under the subject template.

    The context is ``environment:<name>`` for a job with a GitHub environment, ``pull_request``
    for a pull request's job without one, and ``ref:<ref>`` otherwise (GitHub's documented forms).
    """
    if environment is not None:
        context = f"environment:{environment}"
    elif event == "pull_request":
        context = "pull_request"
    else:
        context = f"ref:{ref}"
    return (
        f"repo:{repository}:{context}:ref:{ref}:job_workflow_ref:{_workflow_ref(repository, workflow, ref)}"
    )


def environment_subject(repository: str, environment: str, *, workflow: str, ref: str = MAIN_REF) -> str:
    """``sub`` of a job of ``workflow`` at ``ref`` (default: main) in GitHub environment ``environment``."""
    return presented_subject(repository, workflow=workflow, ref=ref, environment=environment)


def pull_request_subject(repository: str, environment: str, *, workflow: str) -> str:
    """``sub`` of any pull request's job of ``workflow`` in GitHub environment ``environment``."""
    return environment_subject(repository, environment, workflow=workflow, ref=PULL_REQUEST_REF)


def github_trust(provider_arn: str, *, subjects: tuple[str, ...]) -> str:
    """Trust policy for GitHub Actions jobs whose ``sub`` claim is one of ``subjects``."""
    if not subjects:
        raise ValueError("a GitHub role needs at least one subject")
    operator = "StringLike" if any("*" in subject for subject in subjects) else "StringEquals"
    conditions: dict[str, dict[str, str | tuple[str, ...]]] = {
        "StringEquals": {f"{GITHUB_OIDC_HOST}:aud": "sts.amazonaws.com"}
    }
    conditions.setdefault(operator, {})[f"{GITHUB_OIDC_HOST}:sub"] = (
        subjects[0] if len(subjects) == 1 else subjects
    )
    return policy_document(
        Statement(
            sid="GitHubActions",
            principals={"Federated": (provider_arn,)},
            actions=("sts:AssumeRoleWithWebIdentity",),
            conditions=conditions,
        )
    )


def allows(trust_policy: str | dict[str, Any], claims: dict[str, str]) -> bool:
    """Whether STS lets a web identity with ``claims`` (``aud``, ``sub``) assume a role with
    ``trust_policy``: an Allow statement for sts:AssumeRoleWithWebIdentity whose every condition
    matches (StringEquals exactly, StringLike with ``*`` and ``?`` wildcards; any of a list)."""
    document = json.loads(trust_policy) if isinstance(trust_policy, str) else trust_policy
    for statement in document["Statement"]:
        actions = statement["Action"] if isinstance(statement["Action"], list) else [statement["Action"]]
        if statement["Effect"] != "Allow" or "sts:AssumeRoleWithWebIdentity" not in actions:
            continue
        if all(
            _matches(operator, claims.get(key.removeprefix(f"{GITHUB_OIDC_HOST}:")), expected)
            for operator, values in statement.get("Condition", {}).items()
            for key, expected in values.items()
        ):
            return True
    return False


def _matches(operator: str, value: str | None, expected: str | list[str]) -> bool:
    if value is None:
        return False
    candidates = expected if isinstance(expected, list) else [expected]
    if operator == "StringEquals":
        return value in candidates
    if operator == "StringLike":
        # IAM's wildcards: * any run of characters, ? one character; no character classes
        return any(fnmatch.fnmatchcase(value, pattern.replace("[", "[[]")) for pattern in candidates)
    raise ValueError(f"condition operator {operator} is not evaluated here")


@dataclass(frozen=True)
class GithubRoleProps:
    """Properties of ``GithubRole``."""

    role_name: str
    description: str
    provider_arn: str
    subjects: tuple[str, ...]
    """The job identities allowed to assume the role (see the subject functions above)."""
    policy: str
    managed_policy_arns: tuple[str, ...] = ()
    provider: TerraformProvider | None = None
    """Provider of the account the role lives in (default: the stack's default provider)."""


class GithubRole(Construct):
    """A role GitHub Actions jobs of one repository assume with their OIDC token, for one hour at most."""

    def __init__(self, scope: Construct, id: str, *, props: GithubRoleProps) -> None:
        super().__init__(scope, id)
        self.role = IamRole(
            self,
            "role",
            name=props.role_name,
            description=props.description,
            assume_role_policy=github_trust(props.provider_arn, subjects=props.subjects),
            max_session_duration=3600,
            provider=props.provider,
        )
        IamRolePolicy(
            self,
            "policy",
            name=id.replace("_", "-"),
            role=self.role.name,
            policy=props.policy,
            provider=props.provider,
        )
        for policy_arn in props.managed_policy_arns:
            IamRolePolicyAttachment(
                self,
                f"role_{policy_arn.rsplit('/', 1)[1].lower()}",
                role=self.role.name,
                policy_arn=policy_arn,
                provider=props.provider,
            )
        self.arn: str = self.role.arn


class GithubOidcProvider(Construct):
    """The account's OpenID Connect provider for ``token.actions.githubusercontent.com``.

    AWS verifies GitHub's certificate through its own trust store, so no thumbprint is pinned."""

    def __init__(self, scope: Construct, id: str, *, provider: TerraformProvider | None = None) -> None:
        super().__init__(scope, id)
        self.provider = IamOpenidConnectProvider(
            self,
            "provider",
            url=f"https://{GITHUB_OIDC_HOST}",
            client_id_list=["sts.amazonaws.com"],
            provider=provider,
        )
        self.arn: str = self.provider.arn
