"""The shared bootstrap account (``environments/shared.yaml``): Terraform state and container images.

Every environment's Terraform state and every Contexter image live in this one account, so
that no environment account (dev included) can rewrite another environment's state or images.
Only the cdktf app reads it; the cdk8s app sees the image references in ``environments/<env>.yaml``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import Field, StringConstraints, model_validator

from contexter_deploy.ground.config.errors import RuleViolation
from contexter_deploy.ground.config.loader import ENVIRONMENTS_DIR, load_model_file
from contexter_deploy.ground.config.model import AwsRegion, IamRoleArn, StrictModel

SHARED_FILE = "shared.yaml"


class StateBucket(StrictModel):
    """The S3 bucket that holds the Terraform state of every stack, with native S3 locking."""

    bucket: Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")]
    noncurrent_version_expiration_days: Annotated[int, Field(ge=1)] = 90
    """Days an overwritten state version is kept, to roll back a bad apply (default: 90)."""


class Ecr(StrictModel):
    """The ECR repositories of the Contexter images (one per image in ``naming.IMAGES``)."""

    mutable_tags: tuple[Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_.*-]{1,128}$")], ...] = ()
    """Tags exempt from tag immutability, e.g. dev's rolling ``main`` (default: none, every tag is
    immutable)."""
    untagged_expiration_days: Annotated[int, Field(ge=1)] = 14
    """Days an untagged image (a superseded rolling tag, a failed push) is kept (default: 14)."""
    max_images: Annotated[int, Field(ge=10)] = 500
    """Images kept per repository; older ones expire (default: 500, years of releases)."""


class Shared(StrictModel):
    """The shared bootstrap account, as read from ``environments/shared.yaml``."""

    account_id: Annotated[str, StringConstraints(pattern=r"^\d{12}$")]
    region: AwsRegion
    """Region of the state bucket and of the ECR registry."""
    account_access_role: Annotated[str, StringConstraints(pattern=r"^[\w+=,.@-]{1,64}$")] = (
        "OrganizationAccountAccessRole"
    )
    """Role the bootstrap stack assumes in each environment account to create the GitHub OIDC provider,
    the deploy roles and the service-linked roles (default: the role AWS Organizations creates)."""
    admin_role_arns: Annotated[tuple[IamRoleArn, ...], Field(min_length=1)]
    """Operators' roles in this account: key administrators of the state and ECR keys."""
    terraform_state: StateBucket
    ecr: Ecr = Ecr()
    owner: str
    """``owner`` cost-allocation tag of the shared resources."""
    cost_center: str
    """``cost-center`` cost-allocation tag of the shared resources."""
    payer_account: bool = False
    """Whether this account is the AWS Organization's management (payer) account. Only there can
    tag keys be activated as cost-allocation tags; when true, the bootstrap stack activates every
    key of ``cost_allocation_tags`` (``aws_ce_cost_allocation_tag``). Otherwise activate them once
    in the payer account's Billing console (default: false)."""

    @model_validator(mode="after")
    def _admins_in_this_account(self) -> Shared:
        for arn in self.admin_role_arns:
            if arn.split(":")[4] != self.account_id:
                raise RuleViolation(
                    "admin_role_arns", arn, f"must be a role of this account ({self.account_id})"
                )
        return self


def load_shared(*, directory: Path = ENVIRONMENTS_DIR) -> Shared:
    """Load and validate ``<directory>/shared.yaml``; raises ``ConfigError`` like the environment loader."""
    return load_model_file(directory / SHARED_FILE, Shared)
