"""Build and run OCI images without a Docker engine: debootstrap for the base, buildah for the rest.

buildah keeps its images under ``.build/buildah`` (vfs storage, so it needs no overlay support)
and runs build steps with chroot isolation (so it needs no OCI runtime). The base image is a
``debootstrap --variant=minbase`` Debian with Python 3.11: it stands in for both defaults of the
Dockerfiles, ``debian:bookworm-slim`` (the builder, which installs python3-venv and tini itself)
and distroless ``python3-debian12`` (the runtime: Debian's /usr/bin/python3.11). It is cached
under ``.build/`` keyed by its inputs, so only the first run pays for debootstrap.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.conftest import REPO_ROOT

BUILD_DIR = REPO_ROOT / ".build"
"""Everything this module creates (gitignored): the base rootfs and buildah's storage."""


@dataclass(frozen=True)
class BaseImageRecipe:
    """What goes into the local base image; its hash names the cached rootfs and image."""

    suite: str = "bookworm"
    mirror: str = "http://deb.debian.org/debian"
    packages: tuple[str, ...] = ("python3",)
    """Debian packages added to minbase: the Python 3.11 runtime, nothing else."""

    @property
    def key(self) -> str:
        recipe = json.dumps([self.suite, self.mirror, self.packages, "minbase", 1])
        return hashlib.sha256(recipe.encode()).hexdigest()[:12]

    @property
    def tag(self) -> str:
        return f"localhost/contexter-test-base:{self.key}"


@dataclass(frozen=True)
class Buildah:
    """The ``buildah`` command with this project's storage; every call is logged to ``log``."""

    root: Path = BUILD_DIR / "buildah" / "storage"
    runroot: Path = BUILD_DIR / "buildah" / "run"
    log: list[str] = field(default_factory=list)

    def __call__(self, *args: str, timeout: float = 1800, check: bool = True) -> str:
        command = [
            "buildah",
            "--root",
            str(self.root),
            "--runroot",
            str(self.runroot),
            "--storage-driver",
            "vfs",
            *args,
        ]
        self.log.append(" ".join(command))
        result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
        if check and result.returncode != 0:
            raise BuildahError(command, result.returncode, result.stdout, result.stderr)
        return result.stdout

    def command(self, *args: str) -> list[str]:
        """The full command line for ``args``, for callers that need a ``Popen``."""
        return [
            "buildah",
            "--root",
            str(self.root),
            "--runroot",
            str(self.runroot),
            "--storage-driver",
            "vfs",
            *args,
        ]

    def image_exists(self, image: str) -> bool:
        return self("inspect", "--type", "image", image, check=False) != ""

    def inspect(self, image: str) -> dict[str, Any]:
        document: dict[str, Any] = json.loads(self("inspect", "--type", "image", image))
        return document

    def build(
        self,
        *,
        dockerfile: Path,
        context: Path,
        tag: str,
        build_args: dict[str, str],
        ignorefile: Path | None = None,
    ) -> float:
        """``buildah bud`` one Dockerfile; returns the build time in seconds.

        No ``--layers``: buildah 1.28 reuses a cached ``LABEL`` step even when the build args it
        expands changed (wrong revision labels), and with vfs every cached step is a full copy
        of the rootfs, so a build without the cache is also faster (about 2 min here).
        """
        arguments = [f"--build-arg={name}={value}" for name, value in sorted(build_args.items())]
        if ignorefile is not None:
            arguments.append(f"--ignorefile={ignorefile}")
        started = time.perf_counter()
        self(
            "bud",
            "--isolation=chroot",
            "--format=docker",  # keeps HEALTHCHECK and STOPSIGNAL, as BuildKit does
            f"--file={dockerfile}",
            f"--tag={tag}",
            *arguments,
            str(context),
        )
        return time.perf_counter() - started


class BuildahError(RuntimeError):
    """A buildah command failed; the message carries its output."""

    def __init__(self, command: list[str], returncode: int, stdout: str, stderr: str) -> None:
        tail = "\n".join((stdout + stderr).splitlines()[-60:])
        super().__init__(f"{' '.join(command)} exited {returncode}:\n{tail}")


HOST_CA_CERTIFICATES = Path("/usr/local/share/ca-certificates")
"""Local CAs of this machine (e.g. a TLS-inspecting egress proxy), which the builder must trust too.

They go into the base image's ``/usr/local/share/ca-certificates``; the builder stage's
``ca-certificates`` package adds them to the bundle Debian's pip uses. Production builders have none.
"""

BASE_CONTAINERFILE = """\
FROM scratch
ADD rootfs.tar /
COPY ca-certificates/ /usr/local/share/ca-certificates/
CMD ["/bin/bash"]
"""


def ensure_base_image(buildah: Buildah, recipe: BaseImageRecipe | None = None) -> str:
    """The local base image, built on first use: debootstrap, then ``FROM scratch`` + ``ADD rootfs.tar``.

    The rootfs tarball is cached by recipe; the image is tagged by recipe and local CAs.
    """
    recipe = recipe or BaseImageRecipe()
    certificates = sorted(HOST_CA_CERTIFICATES.glob("*.crt")) if HOST_CA_CERTIFICATES.is_dir() else []
    digest = hashlib.sha256(b"".join(path.read_bytes() for path in certificates)).hexdigest()[:8]
    tag = f"{recipe.tag}-{digest}"
    if buildah.image_exists(tag):
        return tag
    folder = BUILD_DIR / f"base-{recipe.key}"
    folder.mkdir(parents=True, exist_ok=True)
    tarball = folder / "rootfs.tar"
    if not tarball.exists():
        _debootstrap_tarball(recipe, tarball)
    shutil.rmtree(folder / "ca-certificates", ignore_errors=True)
    (folder / "ca-certificates").mkdir()
    for path in certificates:
        shutil.copyfile(path, folder / "ca-certificates" / path.name)
    (folder / "Containerfile").write_text(BASE_CONTAINERFILE, encoding="utf-8")
    buildah("bud", "--isolation=chroot", "--format=docker", f"--tag={tag}", str(folder))
    return tag


def _debootstrap_tarball(recipe: BaseImageRecipe, tarball: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="rootfs-", dir=tarball.parent) as scratch:
        rootfs = Path(scratch) / "rootfs"
        subprocess.run(
            [
                "debootstrap",
                "--variant=minbase",
                f"--include={','.join(recipe.packages)}",
                recipe.suite,
                str(rootfs),
                recipe.mirror,
            ],
            check=True,
            capture_output=True,
            timeout=1800,
        )
        for cache in ("var/cache/apt/archives", "var/lib/apt/lists"):
            shutil.rmtree(rootfs / cache)
            (rootfs / cache / "partial").mkdir(parents=True)
        partial = tarball.with_suffix(".partial")
        subprocess.run(
            ["tar", "--numeric-owner", "--xattrs", "-C", str(rootfs), "-cf", str(partial), "."],
            check=True,
            capture_output=True,
        )
        partial.replace(tarball)
