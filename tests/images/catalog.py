"""The images this repository builds, and what each is built from in the tests.

In CI (``.github/workflows/images.yml``) each service image is built from its own repository;
here the service images are built from the sample service, which follows the same contract.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from tests.conftest import REPO_ROOT

DOCKERFILES = REPO_ROOT / "Dockerfiles"
SAMPLE_SERVICE = REPO_ROOT / "tests" / "fixtures" / "sample_service"


@dataclass(frozen=True)
class ImageSpec:
    """One image: its name under ``contexter/`` in the registry and how the tests build it."""

    name: str
    dockerfile: Path
    context: Path
    kind: Literal["service", "job"]
    build_args: tuple[tuple[str, str], ...] = ()

    @property
    def ignorefile(self) -> Path:
        """The Dockerfile-specific ignore file BuildKit reads from beside the Dockerfile."""
        return self.dockerfile.with_name(self.dockerfile.name + ".dockerignore")


SERVICE_DOCKERFILE = DOCKERFILES / "service.Dockerfile"
BACKUP_DOCKERFILE = DOCKERFILES / "backup.Dockerfile"

IMAGES: tuple[ImageSpec, ...] = (
    ImageSpec("api-gateway", SERVICE_DOCKERFILE, SAMPLE_SERVICE, "service", (("SERVICE", "api-gateway"),)),
    ImageSpec("search", SERVICE_DOCKERFILE, SAMPLE_SERVICE, "service", (("SERVICE", "search"),)),
    ImageSpec("ingestion", SERVICE_DOCKERFILE, SAMPLE_SERVICE, "service", (("SERVICE", "ingestion"),)),
    ImageSpec("backup", BACKUP_DOCKERFILE, REPO_ROOT / "backup", "job"),
)
