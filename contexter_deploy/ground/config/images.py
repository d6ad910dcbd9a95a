"""Which fields of an environment file hold an image: the promotion rewrites them, and Argo CD's
notifications report each of them after a sync."""

from __future__ import annotations

from pydantic import BaseModel

from contexter_deploy.ground.config.model import Environment, Workloads


def image_fields() -> dict[str, str]:
    """Workload name -> dotted path of its ``image`` in the environment file.

    ``workloads.<key>.image`` for the workloads (``api-gateway`` -> ``workloads.api_gateway.image``),
    and ``<key>.image`` for any other section with an image of its own (e.g. ``backup``).
    """
    fields = {
        key.replace("_", "-"): f"workloads.{key}.image"
        for key, field in Workloads.model_fields.items()
        if _has_image(field.annotation)
    }
    for key, field in Environment.model_fields.items():
        if key != "workloads" and _has_image(field.annotation):
            fields[key.replace("_", "-")] = f"{key}.image"
    return fields


def _has_image(model: object) -> bool:
    return isinstance(model, type) and issubclass(model, BaseModel) and "image" in model.model_fields
