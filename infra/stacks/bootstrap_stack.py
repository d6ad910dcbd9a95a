"""The shared bootstrap stack: what must exist before any environment stack can be planned."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from cdktf import S3Backend, TerraformOutput
from cdktf_cdktf_provider_aws.ce_cost_allocation_tag import CeCostAllocationTag
from cdktf_cdktf_provider_aws.provider import AwsProvider, AwsProviderAssumeRole, AwsProviderDefaultTags
from constructs import Construct

from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.config.shared import Shared
from contexter_deploy.ground.naming import (
    COST_ALLOCATION_TAG_KEYS,
    IMAGES,
    PROJECT,
    SharedNames,
    cost_allocation_tags,
    names_for,
    shared_names,
)
from infra.bootstrap.deploy_policies import images_policy
from infra.bootstrap.ecr_repositories import EcrProps, EcrRepositories
from infra.bootstrap.environment_account import EnvironmentAccount, EnvironmentAccountProps
from infra.bootstrap.github_oidc import (
    IMAGES_ENVIRONMENT,
    IMAGES_WORKFLOW,
    GithubOidcProvider,
    GithubRole,
    GithubRoleProps,
    environment_subject,
)
from infra.bootstrap.state_bucket import StateAccess, StateBucket, StateBucketProps
from infra.stacks.environment_stack import MANAGED_BY, TERRAFORM_AWS_PROVIDER_SOURCE
from infra.stacks.readable_stack import ReadableStack


class BootstrapStack(ReadableStack):
    """The state bucket, the ECR repositories and the image-push role in the shared account, and in
    each environment account the GitHub OIDC provider, the deploy roles and service-linked roles.

    It is applied by an operator of the shared account, who may assume
    ``shared.account_access_role`` in each environment account; see docs/infrastructure.md for
    the first apply, which has no state bucket to keep its state in yet.
    """

    def __init__(
        self, scope: Construct, id: str, *, shared: Shared, environments: Sequence[Environment]
    ) -> None:
        super().__init__(scope, id)
        registry = shared_names(shared)
        repository = _one_repository(environments)
        self._state_and_provider(shared, registry)
        if shared.payer_account:
            self._cost_allocation_tags()
        accounts: dict[str, EnvironmentAccount] = {
            environment.name: self._environment_account(
                environment, shared=shared, registry=registry, repository=repository
            )
            for environment in environments
        }
        ecr = self._ecr(shared, registry, environments=environments)
        images = self._image_push_role(registry, repository=repository, ecr=ecr)
        state = self._state_bucket(shared, registry, environments=environments, accounts=accounts)
        self._outputs(registry, state=state, images=images, accounts=accounts, ecr=ecr)

    def _state_and_provider(self, shared: Shared, registry: SharedNames) -> None:
        """This stack's state file in the bucket it creates, and the shared account's provider."""
        backend = S3Backend(
            self, bucket=shared.terraform_state.bucket, key=registry.state_key, region=shared.region
        )
        backend.add_override("use_lockfile", True)
        self.add_override("terraform.required_providers.aws.source", TERRAFORM_AWS_PROVIDER_SOURCE)
        shared_tags = {
            "project": PROJECT,
            "environment": "shared",
            "owner": shared.owner,
            "cost-center": shared.cost_center,
            **MANAGED_BY,
        }
        AwsProvider(
            self,
            "aws",
            region=shared.region,
            allowed_account_ids=[shared.account_id],
            default_tags=[AwsProviderDefaultTags(tags=shared_tags)],
        )

    def _cost_allocation_tags(self) -> None:
        """The bill groups costs by these keys only once they are activated, in the payer account."""
        for key in COST_ALLOCATION_TAG_KEYS:
            CeCostAllocationTag(
                self, f"cost_allocation_tag_{key.replace('-', '_')}", tag_key=key, status="Active"
            )

    def _environment_account(
        self, environment: Environment, *, shared: Shared, registry: SharedNames, repository: str
    ) -> EnvironmentAccount:
        """The provider that assumes ``shared.account_access_role`` in the environment's account, and
        what it creates there: the OIDC provider, the deploy roles and the service-linked roles."""
        aws = environment.aws
        provider = AwsProvider(
            self,
            f"aws_{environment.name}",
            alias=environment.name,
            region=aws.region,
            allowed_account_ids=[aws.account_id],
            assume_role=[
                AwsProviderAssumeRole(
                    role_arn=f"arn:aws:iam::{aws.account_id}:role/{shared.account_access_role}",
                    session_name=f"{PROJECT}-bootstrap",
                )
            ],
            default_tags=[AwsProviderDefaultTags(tags={**cost_allocation_tags(environment), **MANAGED_BY})],
        )
        return EnvironmentAccount(
            self,
            environment.name,
            props=EnvironmentAccountProps(
                names=names_for(environment),
                shared=registry,
                state_bucket=shared.terraform_state.bucket,
                repository=repository,
                provider=provider,
                admin_role_arns=aws.admin_role_arns,
                performance_test=environment.performance_test.enabled,
            ),
        )

    def _ecr(
        self, shared: Shared, registry: SharedNames, *, environments: Sequence[Environment]
    ) -> EcrRepositories:
        """One ECR repository per image, pulled by every environment's account."""
        return EcrRepositories(
            self,
            "ecr",
            props=EcrProps(
                account_id=shared.account_id,
                repositories={image.replace("-", "_"): registry.repository(image) for image in IMAGES},
                settings=shared.ecr,
                pull_accounts=tuple(environment.aws.account_id for environment in environments),
            ),
        )

    def _image_push_role(self, registry: SharedNames, *, repository: str, ecr: EcrRepositories) -> GithubRole:
        """The shared account's GitHub OIDC provider and the role the image workflow pushes with."""
        oidc = GithubOidcProvider(self, "github_oidc")
        return GithubRole(
            self,
            "github_images",
            props=GithubRoleProps(
                role_name=registry.images_role,
                description=f"image pushes from main of {repository}",
                provider_arn=oidc.arn,
                # the push job of images.yml, on main, in GitHub environment `images` only
                subjects=(environment_subject(repository, IMAGES_ENVIRONMENT, workflow=IMAGES_WORKFLOW),),
                policy=images_policy(repository_arns=tuple(repo.arn for repo in ecr.repositories.values())),
            ),
        )

    def _state_bucket(
        self,
        shared: Shared,
        registry: SharedNames,
        *,
        environments: Sequence[Environment],
        accounts: Mapping[str, EnvironmentAccount],
    ) -> StateBucket:
        """The state bucket: each environment's plan role reads its state, its apply role writes it."""
        return StateBucket(
            self,
            "state",
            props=StateBucketProps(
                bucket=shared.terraform_state.bucket,
                account_id=shared.account_id,
                region=shared.region,
                key_alias=registry.state_kms_alias,
                noncurrent_version_expiration_days=shared.terraform_state.noncurrent_version_expiration_days,
                environments=[
                    StateAccess(
                        environment=environment.name,
                        key=names_for(environment).state_key,
                        readers=(accounts[environment.name].plan.arn, *environment.aws.admin_role_arns),
                        writers=(accounts[environment.name].apply.arn, *environment.aws.admin_role_arns),
                    )
                    for environment in environments
                ],
            ),
        )

    def _outputs(
        self,
        registry: SharedNames,
        *,
        state: StateBucket,
        images: GithubRole,
        accounts: Mapping[str, EnvironmentAccount],
        ecr: EcrRepositories,
    ) -> None:
        """The bucket, registry, repositories and roles the workflows and operators are configured with."""
        outputs: dict[str, tuple[str, str]] = {
            "state_bucket": (state.bucket.bucket, "S3 bucket of every stack's Terraform state"),
            "registry": (registry.registry, "ECR registry of the Contexter images"),
            "images_role_arn": (images.arn, "Role the image workflow assumes to push"),
        }
        for name, account in accounts.items():
            outputs[f"{name}_plan_role_arn"] = (account.plan.arn, f"terraform plan role of {name}")
            outputs[f"{name}_apply_role_arn"] = (account.apply.arn, f"terraform apply role of {name}")
            if account.promote is not None:
                outputs[f"{name}_promote_role_arn"] = (
                    account.promote.arn,
                    f"performance gate role of promotions to {name}",
                )
        for id_, repository_resource in ecr.repositories.items():
            outputs[f"{id_}_repository_url"] = (repository_resource.repository_url, f"ECR repository {id_}")
        for output_id, (value, description) in outputs.items():
            TerraformOutput(self, output_id, value=value, description=description)


def _one_repository(environments: Sequence[Environment]) -> str:
    """The GitHub repository every environment deploys from; fails when they name more than one."""
    repositories = {environment.gitops.github_repository for environment in environments}
    if len(repositories) != 1:
        raise ValueError(
            f"every environment's gitops.repo_url must name one GitHub repository, got {sorted(repositories)}"
        )
    [repository] = repositories
    return repository
