"""Small helpers shared by the tests."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cdk8s import App, Chart, Testing

from contexter_deploy.config.loader import ENVIRONMENTS_DIR


def synth_construct(build: Callable[[Chart], object]) -> list[dict[str, Any]]:
    """Build one construct in an empty chart and return its documents, as cdk8s-plus tests do."""
    app: App = Testing.app()
    chart = Chart(app, "test", disable_resource_name_hashes=True)
    build(chart)
    return list(Testing.synth(chart))


def documents_of_kind(documents: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [document for document in documents if document["kind"] == kind]


def environments_with(tmp_path: Path, name: str, old: str, new: str) -> Path:
    """A copy of ``environments/`` where ``old`` is replaced by ``new`` in ``<name>.yaml``.

    Fails the test if ``old`` does not occur, so a mutation can never silently miss.
    """
    directory = tmp_path / "environments"
    shutil.copytree(ENVIRONMENTS_DIR, directory)
    path = directory / f"{name}.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not found in environments/{name}.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return directory
