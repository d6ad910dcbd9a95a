"""Synthesize the Terraform JSON of every stack into ``cdktf.out`` without a half-written state."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Sequence
from pathlib import Path

from contexter_deploy.facts.file_tree import TreeDiff, read_tree, replace_files
from contexter_deploy.ground import accounts
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.config.loader import ENVIRONMENTS_DIR, REPO_ROOT
from contexter_deploy.ground.config.shared import Shared, load_shared

CDKTF_OUT = REPO_ROOT / "cdktf.out"
_OWNED = re.compile(r"^(manifest\.json|stacks/[^/]+/cdk\.tf\.json)$")


def is_generated(path: str) -> bool:
    """Whether ``path`` (relative to ``cdktf.out``) is written by synth, rather than by ``terraform init``."""
    return _OWNED.match(path) is not None


def synth_stacks(
    environments: Sequence[Environment], *, shared: Shared | None = None, outdir: Path | None = None
) -> TreeDiff:
    """Synthesize every stack into a temporary folder, then move the JSON into ``outdir``.

    ``shared`` defaults to ``environments/shared.yaml``. Loading the AWS provider bindings costs
    about 15 s and 600 MB, so callers run this only when the inputs of the Terraform JSON changed
    (the Makefile tracks them).
    """
    shared = shared or load_shared(directory=ENVIRONMENTS_DIR)
    accounts.check_accounts(shared, environments)
    from infra.app import build_app

    target = outdir or CDKTF_OUT
    with tempfile.TemporaryDirectory(prefix="cdktf-") as staging:
        build_app(environments, shared, outdir=staging).synth()
        generated = {path: text for path, text in read_tree(Path(staging)).items() if is_generated(path)}
    return replace_files(target, generated, owned=is_generated)
