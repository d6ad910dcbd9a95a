"""The Terraform stack of one environment."""

from __future__ import annotations

from cdktf import S3Backend, TerraformStack
from cdktf_cdktf_provider_aws.provider import AwsProvider, AwsProviderDefaultTags
from constructs import Construct

from contexter_deploy.config import Environment
from contexter_deploy.naming import PROJECT, names_for
from infra.network.vpc import EnvironmentNetwork, NetworkProps


def cost_allocation_tags(environment: Environment) -> dict[str, str]:
    """Tags every resource carries through the provider's ``default_tags``."""
    return {
        "project": PROJECT,
        "environment": environment.name,
        "owner": environment.cost.owner,
        "cost-center": environment.cost.cost_center,
        "managed-by": "terraform",
    }


class EnvironmentStack(TerraformStack):
    """Everything one environment needs in AWS, in its own state file."""

    def __init__(self, scope: Construct, id: str, *, environment: Environment) -> None:
        super().__init__(scope, id)
        state = environment.terraform_state
        backend = S3Backend(self, bucket=state.bucket, key=state.key, region=state.region, encrypt=True)
        backend.add_override("use_lockfile", True)
        AwsProvider(
            self,
            "aws",
            region=environment.aws.region,
            allowed_account_ids=[environment.aws.account_id],
            default_tags=[AwsProviderDefaultTags(tags=cost_allocation_tags(environment))],
        )
        EnvironmentNetwork(
            self,
            "network",
            props=NetworkProps(name=names_for(environment).prefix, network=environment.network),
        )
