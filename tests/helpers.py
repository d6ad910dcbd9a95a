"""Small helpers shared by the tests."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from cdk8s import App, Chart, Testing

from contexter_deploy.ground.config import Environment, load_environment
from contexter_deploy.ground.config.images import image_fields
from contexter_deploy.ground.config.loader import ENVIRONMENTS_DIR
from contexter_deploy.ground.naming import IMAGES

T = TypeVar("T")


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


def promoted_images(environment: Environment) -> dict[str, str]:
    """Dotted field -> image of every image the promotion pins in ``environment``: those the image
    workflow builds (``naming.IMAGES``), which ``contexter-deploy set-image`` rewrites on every
    release. A test that needs one reads it here, from the environment file, and never spells it out.
    """
    fields = image_fields()
    return {fields[image]: field_value(environment, fields[image]) for image in IMAGES if image in fields}


def field_value(environment: Environment, field: str) -> str:
    """The value of the dotted ``field`` (e.g. ``workloads.search.image``) of ``environment``."""
    value: Any = environment
    for key in field.split("."):
        value = getattr(value, key)
    return str(value)


def image_of(environment: str, field: str, *, directory: Path = ENVIRONMENTS_DIR) -> str:
    """The image ``environments/<environment>.yaml`` pins at ``field`` (e.g. ``workloads.search.image``)."""
    return field_value(load_environment(environment, directory=directory), field)


def mask_promoted_images(value: T, environment: Environment) -> T:
    """``value`` with every image a promotion may change replaced by ``<environments/E.yaml FIELD>``.

    Snapshots of rendered objects go through this, so they record which field an image comes
    from, and a promotion (a new digest in the environment file) changes no snapshot.
    """
    replacements = sorted(
        (
            (image, f"<environments/{environment.name}.yaml {field}>")
            for field, image in promoted_images(environment).items()
        ),
        key=lambda pair: -len(pair[0]),
    )

    def mask(item: Any) -> Any:
        if isinstance(item, str):
            for image, placeholder in replacements:
                item = item.replace(image, placeholder)
            return item
        if isinstance(item, dict):
            return {key: mask(child) for key, child in item.items()}
        if isinstance(item, (list, tuple)):
            return type(item)(mask(child) for child in item)
        return item

    masked: T = mask(value)
    return masked
