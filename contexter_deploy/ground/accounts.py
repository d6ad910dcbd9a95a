"""Rules that span ``environments/shared.yaml`` and the environment files."""

from __future__ import annotations

from collections.abc import Sequence

from contexter_deploy.ground.config import ConfigError, ConfigIssue, Environment
from contexter_deploy.ground.config.model import ImageReference
from contexter_deploy.ground.config.shared import SHARED_FILE, Shared
from contexter_deploy.ground.naming import IMAGES, shared_names


def check_accounts(shared: Shared, environments: Sequence[Environment]) -> None:
    """Rules between ``environments/shared.yaml`` and the environment files; raises ``ConfigError``.

    - Every environment has its own account, and none is the shared account: whoever administers
      an environment's account must not be able to rewrite another environment's state or images.
    - An image from the shared registry names one of its repositories (``naming.IMAGES``).
    """
    registry = shared_names(shared)
    seen: dict[str, str] = {shared.account_id: f"the shared account ({SHARED_FILE})"}
    for environment in environments:
        file = f"environments/{environment.name}.yaml"
        account = environment.aws.account_id
        if account in seen:
            raise ConfigError(
                file, [ConfigIssue("aws.account_id", account, f"must differ from {seen[account]}")]
            )
        seen[account] = f"the account of {environment.name}"
        allowed = {registry.repository_url(image) for image in IMAGES}
        for field, image in environment._images():
            repository = ImageReference.parse(image).repository
            if repository.startswith(f"{registry.registry}/") and repository not in allowed:
                raise ConfigError(
                    file,
                    [
                        ConfigIssue(
                            field,
                            image,
                            "the shared registry has no such repository;"
                            f" allowed: {', '.join(sorted(allowed))}",
                        )
                    ],
                )
