"""Synthesize the Terraform JSON of every stack into ``cdktf.out`` without a half-written state."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Sequence
from pathlib import Path

from contexter_deploy.config import ConfigError, ConfigIssue, Environment
from contexter_deploy.config.loader import ENVIRONMENTS_DIR, REPO_ROOT
from contexter_deploy.config.model import ImageReference
from contexter_deploy.config.shared import SHARED_FILE, Shared, load_shared
from contexter_deploy.naming import IMAGES, shared_names
from contexter_deploy.output import TreeDiff, read_tree, replace_files

CDKTF_OUT = REPO_ROOT / "cdktf.out"
_OWNED = re.compile(r"^(manifest\.json|stacks/[^/]+/cdk\.tf\.json)$")


def is_generated(path: str) -> bool:
    """Whether ``path`` (relative to ``cdktf.out``) is written by synth, rather than by ``terraform init``."""
    return _OWNED.match(path) is not None


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


def synth_stacks(
    environments: Sequence[Environment], *, shared: Shared | None = None, outdir: Path | None = None
) -> TreeDiff:
    """Synthesize every stack into a temporary folder, then move the JSON into ``outdir``.

    ``shared`` defaults to ``environments/shared.yaml``. Loading the AWS provider bindings costs
    about 15 s and 600 MB, so callers run this only when the inputs of the Terraform JSON changed
    (the Makefile tracks them).
    """
    shared = shared or load_shared(directory=ENVIRONMENTS_DIR)
    check_accounts(shared, environments)
    from infra.app import build_app

    target = outdir or CDKTF_OUT
    with tempfile.TemporaryDirectory(prefix="cdktf-") as staging:
        build_app(environments, shared, outdir=staging).synth()
        generated = {path: text for path, text in read_tree(Path(staging)).items() if is_generated(path)}
    return replace_files(target, generated, owned=is_generated)
