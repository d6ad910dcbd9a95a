"""The shared bootstrap stack: what must exist before any environment stack can be planned."""

from __future__ import annotations

from collections.abc import Sequence

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
        repositories = {environment.gitops.github_repository for environment in environments}
        if len(repositories) != 1:
            raise ValueError(
                "every environment's gitops.repo_url must name one GitHub repository,"
                f" got {sorted(repositories)}"
            )
        [repository] = repositories
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

        if shared.payer_account:
            # the bill groups costs by these keys only once they are activated, in the payer account
            for key in COST_ALLOCATION_TAG_KEYS:
                CeCostAllocationTag(
                    self, f"cost_allocation_tag_{key.replace('-', '_')}", tag_key=key, status="Active"
                )

        accounts: dict[str, EnvironmentAccount] = {}
        for environment in environments:
            names = names_for(environment)
            provider = AwsProvider(
                self,
                f"aws_{environment.name}",
                alias=environment.name,
                region=environment.aws.region,
                allowed_account_ids=[environment.aws.account_id],
                assume_role=[
                    AwsProviderAssumeRole(
                        role_arn=f"arn:aws:iam::{environment.aws.account_id}:role/{shared.account_access_role}",
                        session_name=f"{PROJECT}-bootstrap",
                    )
                ],
                default_tags=[
                    AwsProviderDefaultTags(tags={**cost_allocation_tags(environment), **MANAGED_BY})
                ],
            )
            accounts[environment.name] = EnvironmentAccount(
                self,
                environment.name,
                props=EnvironmentAccountProps(
                    names=names,
                    shared=registry,
                    state_bucket=shared.terraform_state.bucket,
                    repository=repository,
                    provider=provider,
                    admin_role_arns=environment.aws.admin_role_arns,
                    performance_test=environment.performance_test.enabled,
                ),
            )

        ecr = EcrRepositories(
            self,
            "ecr",
            props=EcrProps(
                account_id=shared.account_id,
                repositories={image.replace("-", "_"): registry.repository(image) for image in IMAGES},
                settings=shared.ecr,
                pull_accounts=tuple(environment.aws.account_id for environment in environments),
            ),
        )
        oidc = GithubOidcProvider(self, "github_oidc")
        images = GithubRole(
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
        state = StateBucket(
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
