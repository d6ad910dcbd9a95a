"""Build every image for real (buildah, no Docker engine), run it as its user, and scan it.

Each image is built from its Dockerfile and build context on a local Debian base image
(see ``tests/images/buildah.py``), then:
- its configuration is what the manifests rely on (UID 10001, tini, port 8000, the labels);
- a service starts as UID 10001, reports ready in < 30 s (DESIGN.md: container startup),
  serves /health and the metric contract, and on SIGTERM stops being ready, finishes the
  request in flight and exits 0, having written nothing outside /tmp (read-only root);
- the pushed archive passes ``trivy image`` (misconfigurations and secrets).
The figures (build time, size, start-to-ready) are printed at the end of the session.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from charts.observability.metrics import HTTP_REQUEST_DURATION_SECONDS, HTTP_REQUESTS_TOTAL
from charts.pod_spec import RUN_AS_USER
from contexter_deploy.ground.topology import HTTP
from tests.conftest import REPO_ROOT
from tests.figures import FIGURE
from tests.images.buildah import BUILD_DIR, Buildah, ensure_base_image
from tests.images.catalog import IMAGES, ImageSpec
from tests.system import require_program

pytestmark = [
    pytest.mark.integration,
    pytest.mark.xdist_group("images"),
    pytest.mark.root,
]

STARTUP_BUDGET_SECONDS = 30
"""DESIGN.md: container startup < 30 s (the startup probe budget)."""
REVISION = "0123456789abcdef0123456789abcdef01234567"
VERSION = "1.2.3-test"
WRITABLE_AT_RUN_TIME = ("tmp", "proc", "sys", "dev", "run", "etc/hosts", "etc/hostname", "etc/resolv.conf")
"""Paths buildah mounts over the rootfs while a container runs; the rest must stay untouched."""


RecordProperty = Callable[[str, object], None]


@dataclass(frozen=True)
class BuiltImage:
    spec: ImageSpec
    tag: str
    config: dict[str, Any]
    """The image configuration as Docker writes it (``User``, ``Entrypoint``, ``Labels``, ...)."""
    build_seconds: float


@pytest.fixture(scope="module")
def buildah() -> Buildah:
    require_program("buildah")
    require_program("debootstrap")
    return Buildah()


@pytest.fixture(scope="module")
def base_image(buildah: Buildah) -> str:
    return ensure_base_image(buildah)


@pytest.fixture(scope="module")
def built(buildah: Buildah, base_image: str) -> Iterator[dict[str, BuiltImage]]:
    """Images built so far in this session, by name (each is built by its own test)."""
    yield {}


def _build(spec: ImageSpec, buildah: Buildah, base_image: str, built: dict[str, BuiltImage]) -> BuiltImage:
    if spec.name in built:
        return built[spec.name]
    if not spec.context.is_dir():
        pytest.fail(f"build context of {spec.name} is missing: {spec.context.relative_to(REPO_ROOT)}")
    tag = f"localhost/contexter/{spec.name}:test"
    build_args = {
        "BUILDER_IMAGE": base_image,
        "BASE_IMAGE": base_image,
        "VERSION": VERSION,
        "REVISION": REVISION,
        **dict(spec.build_args),
    }
    seconds = buildah.build(
        dockerfile=spec.dockerfile,
        context=spec.context,
        tag=tag,
        build_args=build_args,
        ignorefile=spec.ignorefile,
    )
    built[spec.name] = BuiltImage(spec, tag, buildah.inspect(tag)["Docker"]["config"], seconds)
    return built[spec.name]


@pytest.mark.parametrize("spec", IMAGES, ids=lambda spec: spec.name)
def test_image_builds_with_the_configuration_the_manifests_rely_on(
    spec: ImageSpec,
    buildah: Buildah,
    base_image: str,
    built: dict[str, BuiltImage],
    record_property: RecordProperty,
) -> None:
    image = _build(spec, buildah, base_image, built)
    config = image.config
    assert config["User"] == f"{RUN_AS_USER}:{RUN_AS_USER}"
    assert config["Entrypoint"][:2] == ["/usr/bin/tini", "--"]
    assert config["StopSignal"] == "SIGTERM"
    assert config["WorkingDir"] == "/app"
    labels = config["Labels"]
    assert isinstance(labels, dict)
    assert labels["org.opencontainers.image.revision"] == REVISION
    assert labels["org.opencontainers.image.version"] == VERSION
    assert labels["org.opencontainers.image.source"].startswith("https://github.com/contexter/")
    assert labels["org.opencontainers.image.title"] == f"contexter-{spec.name}"
    if spec.kind == "service":
        assert config["Cmd"] == ["python", "-m", "app"]
        assert set(config["ExposedPorts"]) == {f"{HTTP.number}/tcp"}
        assert config["Healthcheck"]["Test"][0] == "CMD"
    else:
        assert config["Entrypoint"][2:] == ["contexter-backup"]
        assert config["Healthcheck"]["Test"] == ["NONE"]
    total, added = _image_sizes_bytes(buildah, image.tag)
    record_property(
        FIGURE,
        f"{spec.name}: built in {image.build_seconds:.0f} s; {total / 1e6:.0f} MB uncompressed,"
        f" {added / 1e6:.0f} MB on top of the base image",
    )


@pytest.mark.parametrize("spec", IMAGES, ids=lambda spec: spec.name)
def test_image_has_no_build_tools_and_read_only_code(
    spec: ImageSpec, buildah: Buildah, base_image: str, built: dict[str, BuiltImage]
) -> None:
    image = _build(spec, buildah, base_image, built)
    with _container(buildah, image) as (_, rootfs):
        for tool in ("usr/bin/gcc", "usr/bin/cc", "usr/bin/make", "app/.venv/bin/pip", "app/.venv/bin/pip3"):
            assert not (rootfs / tool).exists(), f"{tool} must not be in the runtime image"
        writable = [
            str(path.relative_to(rootfs))
            for path in (rootfs / "app").rglob("*")
            if not path.is_symlink() and (path.stat().st_uid != 0 or path.stat().st_mode & 0o022)
        ]
        assert writable == [], "the application must be owned by root and not writable by its user"
        assert (rootfs / "usr/bin/tini").is_file()
    if spec.kind == "service":
        # the Rollouts' preStop hook is `exec: [sleep, N]`: it must run as the image's user
        with _container(buildah, image) as (container, _):
            buildah(
                "run", "--isolation=chroot", f"--user={image.config['User']}", container, "--", "sleep", "0"
            )


@pytest.mark.parametrize("spec", [s for s in IMAGES if s.kind == "service"], ids=lambda spec: spec.name)
def test_service_starts_as_its_user_and_shuts_down_gracefully(
    spec: ImageSpec,
    buildah: Buildah,
    base_image: str,
    built: dict[str, BuiltImage],
    record_property: RecordProperty,
) -> None:
    image = _build(spec, buildah, base_image, built)
    port = _free_port()
    with _container(buildah, image) as (container, rootfs):
        before = _snapshot(rootfs)
        command = [*image.config["Entrypoint"], *image.config["Cmd"]]
        process = subprocess.Popen(
            buildah.command(
                "run",
                "--isolation=chroot",
                f"--user={image.config['User']}",
                "--mount=type=tmpfs,destination=/tmp",
                # chroot isolation shares the host network: listen on loopback, on a free port
                "--env=HOST=127.0.0.1",
                f"--env=PORT={port}",
                "--env=SHUTDOWN_DRAIN_SECONDS=2",
                # tini is not PID 1 without a PID namespace; as a subreaper it still reaps zombies
                "--env=TINI_SUBREAPER=1",
                container,
                "--",
                *command,
            ),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            ready_after = _wait_until_ready(port, process, timeout=STARTUP_BUDGET_SECONDS)
            record_property(FIGURE, f"{spec.name}: start to ready {ready_after:.2f} s")
            assert ready_after < STARTUP_BUDGET_SECONDS
            assert _get(port, "/health")[0] == 200
            _get(port, "/v1/echo?message=hello")
            status, metrics = _get(port, "/metrics")
            assert status == 200
            assert f'{HTTP_REQUESTS_TOTAL}{{method="GET",route="/v1/echo",status="200"}} 1.0' in metrics
            assert f'{HTTP_REQUEST_DURATION_SECONDS}_count{{method="GET",route="/v1/echo"}} 1.0' in metrics

            tini = _descendant(process.pid, "/usr/bin/tini")
            assert _process_uid(tini) == RUN_AS_USER
            in_flight: list[tuple[int, str]] = []
            request = threading.Thread(
                target=lambda: in_flight.append(_get(port, "/v1/echo?message=in-flight&delay_ms=3000"))
            )
            request.start()
            time.sleep(0.5)
            os.kill(tini, signal.SIGTERM)
            time.sleep(0.5)
            assert _get(port, "/ready")[0] == 503, "a draining service must stop reporting ready"
            assert _get(port, "/health")[0] == 200, "a draining service is still alive"
            request.join(timeout=15)
            assert in_flight == [(200, '{"message":"in-flight"}')], "the request in flight must complete"
            assert process.wait(timeout=20) == 0, process.stdout.read() if process.stdout else ""
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        assert _changes(before, _snapshot(rootfs)) == [], "the service must write only under /tmp"


@pytest.mark.parametrize("spec", [s for s in IMAGES if s.kind == "job"], ids=lambda spec: spec.name)
def test_job_image_runs_its_console_script_as_its_user(
    spec: ImageSpec, buildah: Buildah, base_image: str, built: dict[str, BuiltImage]
) -> None:
    image = _build(spec, buildah, base_image, built)
    with _container(buildah, image) as (container, rootfs):
        before = _snapshot(rootfs)
        command = [*image.config["Entrypoint"], *image.config["Cmd"]]
        output = buildah(
            "run",
            "--isolation=chroot",
            f"--user={image.config['User']}",
            "--mount=type=tmpfs,destination=/tmp",
            "--env=TINI_SUBREAPER=1",
            container,
            "--",
            *command,
        )
        assert "usage" in output.lower()
        assert _changes(before, _snapshot(rootfs)) == []


@pytest.mark.parametrize("spec", IMAGES, ids=lambda spec: spec.name)
def test_image_archive_passes_trivy(
    spec: ImageSpec, buildah: Buildah, base_image: str, built: dict[str, BuiltImage]
) -> None:
    image = _build(spec, buildah, base_image, built)
    archive = BUILD_DIR / "archives" / f"{spec.name}.tar"
    archive.parent.mkdir(parents=True, exist_ok=True)
    archive.unlink(missing_ok=True)
    buildah("push", image.tag, f"docker-archive:{archive}:{image.tag}")
    result = subprocess.run(
        [
            str(REPO_ROOT / ".venv/bin/trivy"),
            "image",
            "--input",
            str(archive),
            "--scanners",
            "misconfig,secret",
            "--image-config-scanners",
            "misconfig,secret",
            "--skip-check-update",
            "--skip-db-update",
            "--format",
            "json",
            "--quiet",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    results = json.loads(result.stdout).get("Results", [])
    findings = [
        f"{entry['Target']}: {finding.get('ID') or finding.get('RuleID')}: {finding.get('Title')}"
        for entry in results
        for finding in (entry.get("Misconfigurations") or []) + (entry.get("Secrets") or [])
        if finding.get("Status", "FAIL") == "FAIL"
    ]
    assert findings == []
    assert any(entry.get("Class") == "config" for entry in results), "trivy did not scan the image config"


def _image_sizes_bytes(buildah: Buildah, tag: str) -> tuple[int, int]:
    """Uncompressed size of the whole image and of its last layer (what the Dockerfile adds)."""
    layers = json.loads(buildah.inspect(tag)["Manifest"])["layers"]
    return sum(int(layer["size"]) for layer in layers), int(layers[-1]["size"])


@contextmanager
def _container(buildah: Buildah, image: BuiltImage) -> Iterator[tuple[str, Path]]:
    container = buildah("from", "--pull-never", image.tag).strip()
    try:
        yield container, Path(buildah("mount", container).strip())
    finally:
        buildah("rm", container)


def _snapshot(rootfs: Path) -> dict[str, tuple[int, int]]:
    """(mtime, size) of every file outside ``WRITABLE_AT_RUN_TIME``; directories count by existence."""
    files: dict[str, tuple[int, int]] = {}
    for directory, subdirectories, names in os.walk(rootfs):
        relative = Path(directory).relative_to(rootfs)
        subdirectories[:] = [
            name for name in subdirectories if (relative / name).as_posix() not in WRITABLE_AT_RUN_TIME
        ]
        # buildah's mount points touch the mtime of /etc, so directories count by existence only
        files[relative.as_posix()] = (0, 0)
        for name in names:
            path = (relative / name).as_posix()
            if path not in WRITABLE_AT_RUN_TIME:
                status = (Path(directory) / name).lstat()
                files[path] = (status.st_mtime_ns, status.st_size)
    return files


def _changes(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]) -> list[str]:
    return sorted(path for path in before.keys() | after.keys() if before.get(path) != after.get(path))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _get(port: int, path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def _wait_until_ready(port: int, process: subprocess.Popen[str], *, timeout: float) -> float:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if process.poll() is not None:
            output = process.stdout.read() if process.stdout else ""
            raise AssertionError(
                f"the service exited with {process.returncode} before it was ready:\n{output}"
            )
        try:
            if _get(port, "/ready")[0] == 200:
                return time.monotonic() - started
        except OSError:
            pass
        time.sleep(0.05)
    raise AssertionError(f"not ready within {timeout} s")


def _descendant(pid: int, executable: str) -> int:
    """The process below ``pid`` whose command line starts with ``executable``.

    Go programs such as buildah start children from any thread, so this walks every
    process's parent rather than ``/proc/<pid>/task/<pid>/children``.
    """
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    for candidate, _ in sorted(parents.items()):
        ancestor = parents.get(candidate)
        while ancestor is not None and ancestor != pid:
            ancestor = parents.get(ancestor)
        if ancestor == pid:
            with contextlib.suppress(OSError):
                if Path(f"/proc/{candidate}/cmdline").read_bytes().split(b"\0")[0].decode() == executable:
                    return candidate
    raise LookupError(f"no {executable} below process {pid}")


def _process_uid(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("Uid:"):
            return int(line.split()[1])
    raise LookupError(pid)
