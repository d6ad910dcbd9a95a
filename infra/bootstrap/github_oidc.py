"""GitHub Actions OIDC: the identity provider of an account, and roles that trust one repository.

GitHub signs a token per job; its ``sub`` claim, with the repository's subject template set to
``naming.GITHUB_OIDC_CLAIM_KEYS`` (``repo``, ``context``, ``ref``), names the repository, the
job's context (pull request, environment or branch) and the git ref. The trust policies below
match it exactly, so a role cannot be assumed from a fork, another branch or another environment.
"""

from __future__ import annotations

from dataclasses import dataclass

from cdktf import TerraformProvider
from cdktf_cdktf_provider_aws.iam_openid_connect_provider import IamOpenidConnectProvider
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy import IamRolePolicy
from cdktf_cdktf_provider_aws.iam_role_policy_attachment import IamRolePolicyAttachment
from constructs import Construct

from contexter_deploy.naming import GITHUB_OIDC_HOST
from infra.iam.policy import Statement, policy_document

MAIN_REF = "refs/heads/main"


def pull_request_subject(repository: str) -> str:
    """``sub`` of any pull request job of ``repository`` (matched with StringLike)."""
    return f"repo:{repository}:pull_request:ref:refs/pull/*/merge"


def environment_subject(repository: str, environment: str) -> str:
    """``sub`` of a job of ``repository`` on ``main`` that runs in GitHub environment ``environment``."""
    return f"repo:{repository}:environment:{environment}:ref:{MAIN_REF}"


def branch_subject(repository: str) -> str:
    """``sub`` of a job of ``repository`` on ``main`` outside any GitHub environment."""
    return f"repo:{repository}:ref:{MAIN_REF}:ref:{MAIN_REF}"


def github_trust(provider_arn: str, *, subject: str) -> str:
    """Trust policy for GitHub Actions jobs whose ``sub`` claim matches ``subject``."""
    operator = "StringLike" if "*" in subject else "StringEquals"
    conditions: dict[str, dict[str, str]] = {"StringEquals": {f"{GITHUB_OIDC_HOST}:aud": "sts.amazonaws.com"}}
    conditions.setdefault(operator, {})[f"{GITHUB_OIDC_HOST}:sub"] = subject
    return policy_document(
        Statement(
            sid="GitHubActions",
            principals={"Federated": (provider_arn,)},
            actions=("sts:AssumeRoleWithWebIdentity",),
            conditions=conditions,
        )
    )


@dataclass(frozen=True)
class GithubRoleProps:
    """Properties of ``GithubRole``."""

    role_name: str
    description: str
    provider_arn: str
    subject: str
    """The job identity allowed to assume the role (see the subject functions above)."""
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
            assume_role_policy=github_trust(props.provider_arn, subject=props.subject),
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
