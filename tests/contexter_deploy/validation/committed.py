"""The committed ``dist/<env>`` documents, read once per test session (no synth needed)."""

from __future__ import annotations

from functools import cache

import yaml

from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.kubernetes_synth import DIST_DIR
from tests.conftest import REPO_ROOT

SHARED = REPO_ROOT.parent / "shared"


@cache
def committed_manifests(environment: str) -> tuple[Manifest, ...]:
    """Every document of ``dist/<environment>``, hand-applied Jobs included, in path order."""
    return tuple(
        Manifest(document)
        for path in sorted((DIST_DIR / environment).rglob("*.yaml"))
        for document in yaml.load_all(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        if isinstance(document, dict) and "kind" in document
    )
