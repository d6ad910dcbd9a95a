"""Synthesize the Terraform JSON of every stack into ``cdktf.out`` without a half-written state."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Sequence
from pathlib import Path

from contexter_deploy.config import Environment
from contexter_deploy.config.loader import REPO_ROOT
from contexter_deploy.output import TreeDiff, read_tree, replace_files

CDKTF_OUT = REPO_ROOT / "cdktf.out"
_OWNED = re.compile(r"^(manifest\.json|stacks/[^/]+/cdk\.tf\.json)$")


def is_generated(path: str) -> bool:
    """Whether ``path`` (relative to ``cdktf.out``) is written by synth, rather than by ``terraform init``."""
    return _OWNED.match(path) is not None


def synth_stacks(environments: Sequence[Environment], *, outdir: Path | None = None) -> TreeDiff:
    """Synthesize every stack into a temporary folder, then move the JSON into ``outdir``.

    Loading the AWS provider bindings costs about 15 s and 600 MB, so callers run this only
    when the inputs of the Terraform JSON changed (the Makefile tracks them).
    """
    from infra.app import build_app

    target = outdir or CDKTF_OUT
    with tempfile.TemporaryDirectory(prefix="cdktf-") as staging:
        build_app(environments, outdir=staging).synth()
        generated = {path: text for path, text in read_tree(Path(staging)).items() if is_generated(path)}
    return replace_files(target, generated, owned=is_generated)
