"""What each environment account needs before its stack can be applied from GitHub Actions."""

from __future__ import annotations

from dataclasses import dataclass

from cdktf import TerraformProvider
from cdktf_cdktf_provider_aws.iam_policy import IamPolicy
from cdktf_cdktf_provider_aws.iam_service_linked_role import IamServiceLinkedRole
from constructs import Construct

from contexter_deploy.ground.naming import (
    GITHUB_APPLY_ROLE,
    GITHUB_PLAN_ROLE,
    GITHUB_PROMOTE_ROLE,
    Names,
    SharedNames,
)
from infra.bootstrap.deploy_policies import (
    READ_ONLY_POLICY,
    WORKLOAD_BOUNDARY,
    apply_policy,
    cluster_access_grants,
    plan_policy,
    promote_policy,
    workload_boundary_policy,
)
from infra.bootstrap.github_oidc import (
    INFRA_WORKFLOW,
    PROMOTE_WORKFLOW,
    GithubOidcProvider,
    GithubRole,
    GithubRoleProps,
    environment_subject,
    pull_request_subject,
)

ACCOUNT_SERVICE_LINKED_ROLES: dict[str, str] = {
    "autoscaling": "autoscaling.amazonaws.com",
    "spot": "spot.amazonaws.com",
}
"""Service-linked roles the environment stack relies on before AWS would create them itself: the EBS
key policy names Auto Scaling's (KMS rejects a policy naming a missing role), and Karpenter's first
spot launch needs Spot's."""


@dataclass(frozen=True)
class EnvironmentAccountProps:
    """Properties of ``EnvironmentAccount``."""

    names: Names
    shared: SharedNames
    state_bucket: str
    repository: str
    """GitHub ``<owner>/<name>`` whose workflows deploy this environment."""
    provider: TerraformProvider
    """Provider that assumes the bootstrap role in this environment's account."""
    admin_role_arns: tuple[str, ...] = ()
    """Operators' roles (``aws.admin_role_arns``): the only principals ``apply`` may make cluster admins."""
    performance_test: bool = False
    """Create the promote role of the promotion's performance gate (``performance_test.enabled``;
    default: no such role)."""


class EnvironmentAccount(Construct):
    """The GitHub OIDC provider and the ``plan`` and ``apply`` roles of one environment account, and
    the account's service-linked roles.

    ``plan`` is assumable only by infra.yml, from a pull request in GitHub environment ``<env>-plan``
    or from ``main`` in ``<env>-drift``, and can only read; ``apply`` only by infra.yml from ``main``
    in the GitHub environment named after this environment (whose protection rules,
    e.g. required reviewers for prod, therefore gate every apply). ``promote``, where the performance
    gate runs, only from ``main`` in ``Names.performance_test_github_environment``: it can describe
    the cluster, and its EKS access entry (environment stack) is namespaced."""

    def __init__(self, scope: Construct, id: str, *, props: EnvironmentAccountProps) -> None:
        super().__init__(scope, id)
        oidc = GithubOidcProvider(self, "github_oidc", provider=props.provider)
        self._service_linked_roles(props)
        self.boundary = self._boundary(props)
        self.plan = self._plan_role(props, oidc)
        self.apply = self._apply_role(props, oidc)
        self.promote: GithubRole | None = self._promote_role(props, oidc) if props.performance_test else None

    def _service_linked_roles(self, props: EnvironmentAccountProps) -> None:
        """``ACCOUNT_SERVICE_LINKED_ROLES``, which the stack needs before AWS would create them."""
        for role_id, service in ACCOUNT_SERVICE_LINKED_ROLES.items():
            IamServiceLinkedRole(
                self, f"{role_id}_service_linked_role", aws_service_name=service, provider=props.provider
            )

    def _boundary(self, props: EnvironmentAccountProps) -> IamPolicy:
        """The permissions boundary of the environment stack's roles (``workload_boundary_policy``)."""
        names, provider = props.names, props.provider
        # The boundary lives here, outside the environment stack, so ``apply`` can neither create
        # nor change it; every role the environment stack creates carries it.
        return IamPolicy(
            self,
            "workload_boundary",
            name=f"{names.prefix}-{WORKLOAD_BOUNDARY}",
            description=f"Permissions boundary of every role the {names.environment} stack creates",
            policy=workload_boundary_policy(names),
            provider=provider,
        )

    def _plan_role(self, props: EnvironmentAccountProps, oidc: GithubOidcProvider) -> GithubRole:
        """``plan``: reads, from pull requests in ``<env>-plan`` and from ``main`` in ``<env>-drift``."""
        names, provider = props.names, props.provider
        return GithubRole(
            self,
            "github_plan",
            props=GithubRoleProps(
                role_name=names.role_name(GITHUB_PLAN_ROLE),
                description=f"terraform plan of {names.environment} from pull requests of {props.repository}",
                provider_arn=oidc.arn,
                # pull requests' plans in <env>-plan (prod-plan: required reviewers), the drift plan
                # of main in <env>-drift; infra.yml only
                subjects=(
                    pull_request_subject(
                        props.repository, f"{names.environment}-plan", workflow=INFRA_WORKFLOW
                    ),
                    environment_subject(
                        props.repository, f"{names.environment}-drift", workflow=INFRA_WORKFLOW
                    ),
                ),
                policy=plan_policy(props.shared, names, state_bucket=props.state_bucket),
                managed_policy_arns=(READ_ONLY_POLICY,),
                provider=provider,
            ),
        )

    def _apply_role(self, props: EnvironmentAccountProps, oidc: GithubOidcProvider) -> GithubRole:
        """``apply``: changes this environment, from ``main`` in the GitHub environment of its name."""
        names, provider = props.names, props.provider
        return GithubRole(
            self,
            "github_apply",
            props=GithubRoleProps(
                role_name=names.role_name(GITHUB_APPLY_ROLE),
                description=f"terraform apply of {names.environment} from main of {props.repository}",
                provider_arn=oidc.arn,
                subjects=(environment_subject(props.repository, names.environment, workflow=INFRA_WORKFLOW),),
                policy=apply_policy(
                    props.shared,
                    names,
                    state_bucket=props.state_bucket,
                    grants=cluster_access_grants(
                        names, admin_role_arns=props.admin_role_arns, promote=props.performance_test
                    ),
                ),
                managed_policy_arns=(READ_ONLY_POLICY,),
                provider=provider,
            ),
        )

    def _promote_role(self, props: EnvironmentAccountProps, oidc: GithubOidcProvider) -> GithubRole:
        """``promote``: finds the cluster for the performance gate, from ``main`` only."""
        names, provider = props.names, props.provider
        return GithubRole(
            self,
            "github_promote",
            props=GithubRoleProps(
                role_name=names.role_name(GITHUB_PROMOTE_ROLE),
                description=f"performance gate of promotions to {names.environment} from main of"
                f" {props.repository}",
                provider_arn=oidc.arn,
                subjects=(
                    environment_subject(
                        props.repository,
                        names.performance_test_github_environment,
                        workflow=PROMOTE_WORKFLOW,
                    ),
                ),
                policy=promote_policy(names),
                provider=provider,
            ),
        )
