"""ECR repositories of the Contexter images: immutable tags, scan on push, KMS, lifecycle policy."""

from __future__ import annotations

import json
from dataclasses import dataclass

from cdktf_cdktf_provider_aws.ecr_lifecycle_policy import EcrLifecyclePolicy
from cdktf_cdktf_provider_aws.ecr_repository import (
    EcrRepository,
    EcrRepositoryEncryptionConfiguration,
    EcrRepositoryImageScanningConfiguration,
    EcrRepositoryImageTagMutabilityExclusionFilter,
)
from cdktf_cdktf_provider_aws.ecr_repository_policy import EcrRepositoryPolicy
from constructs import Construct

from contexter_deploy.ground.config.shared import Ecr
from infra.iam.policy import Statement, policy_document
from infra.security.kms_key import KmsKey, KmsKeyProps

PULL_ACTIONS: tuple[str, ...] = (
    "ecr:BatchCheckLayerAvailability",
    "ecr:BatchGetImage",
    "ecr:GetDownloadUrlForLayer",
)


@dataclass(frozen=True)
class EcrProps:
    """Properties of ``EcrRepositories``."""

    account_id: str
    repositories: dict[str, str]
    """Construct ID -> repository name, e.g. ``{"search": "contexter/search"}``."""
    settings: Ecr
    pull_accounts: tuple[str, ...]
    """Environment accounts whose nodes pull the images (their IAM policies grant the nodes)."""

    def __post_init__(self) -> None:
        if not self.repositories:
            raise ValueError("ECR: no repositories")
        if self.account_id in self.pull_accounts:
            raise ValueError(f"ECR: the registry account {self.account_id} is not an environment account")


def lifecycle_policy(settings: Ecr) -> str:
    """Expire untagged images (superseded rolling tags, failed pushes) after a few days, and keep at
    most ``max_images`` images per repository; digests that staging and prod pin are tagged releases."""
    return json.dumps(
        {
            "rules": [
                {
                    "rulePriority": 1,
                    "description": f"untagged images after {settings.untagged_expiration_days} days",
                    "selection": {
                        "tagStatus": "untagged",
                        "countType": "sinceImagePushed",
                        "countUnit": "days",
                        "countNumber": settings.untagged_expiration_days,
                    },
                    "action": {"type": "expire"},
                },
                {
                    "rulePriority": 2,
                    "description": f"keep the newest {settings.max_images} images",
                    "selection": {
                        "tagStatus": "any",
                        "countType": "imageCountMoreThan",
                        "countNumber": settings.max_images,
                    },
                    "action": {"type": "expire"},
                },
            ]
        }
    )


class EcrRepositories(Construct):
    """One private repository per image: tags are immutable (a released tag always names the same
    digest) except the configured rolling tags, every push is scanned, layers are encrypted with a
    customer-managed key, and the environment accounts may pull but never push."""

    def __init__(self, scope: Construct, id: str, *, props: EcrProps) -> None:
        super().__init__(scope, id)
        self.key = KmsKey(
            self,
            "kms",
            props=KmsKeyProps(
                alias="alias/contexter-ecr",
                description="Layers of the Contexter images in ECR",
                account_id=props.account_id,
            ),
        )
        settings = props.settings
        self.repositories: dict[str, EcrRepository] = {}
        for id_, name in props.repositories.items():
            repository = EcrRepository(
                self,
                id_,
                name=name,
                image_tag_mutability="IMMUTABLE_WITH_EXCLUSION" if settings.mutable_tags else "IMMUTABLE",
                image_tag_mutability_exclusion_filter=[
                    EcrRepositoryImageTagMutabilityExclusionFilter(filter=tag, filter_type="WILDCARD")
                    for tag in settings.mutable_tags
                ]
                or None,
                image_scanning_configuration=EcrRepositoryImageScanningConfiguration(scan_on_push=True),
                encryption_configuration=[
                    EcrRepositoryEncryptionConfiguration(encryption_type="KMS", kms_key=self.key.arn)
                ],
            )
            EcrLifecyclePolicy(
                self, f"{id_}_lifecycle", repository=repository.name, policy=lifecycle_policy(settings)
            )
            EcrRepositoryPolicy(
                self,
                f"{id_}_policy",
                repository=repository.name,
                policy=policy_document(
                    Statement(
                        sid="EnvironmentAccountsPull",
                        principals={
                            "AWS": tuple(f"arn:aws:iam::{account}:root" for account in props.pull_accounts)
                        },
                        actions=PULL_ACTIONS,
                    )
                ),
            )
            self.repositories[id_] = repository
