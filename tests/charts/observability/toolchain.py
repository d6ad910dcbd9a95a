"""The real Prometheus toolchain for the tests: Debian's promtool, amtool, Alertmanager, Pushgateway.

Versions on the build machines (Debian 12): Prometheus/promtool 2.42, Alertmanager/amtool 0.25,
Pushgateway 1.5. The cluster runs newer ones (kube-prometheus-stack 80.9.1: Prometheus v3,
Alertmanager 0.29), so the rules keep to the PromQL both Prometheus 2.42 and v3 accept (no v3-only
functions or syntax, no ``holt_winters``/``info()``), and the Alertmanager configuration to fields
Alertmanager 0.25 knows (no ``url_file`` on a webhook, for instance). A missing binary fails the
test and names the Debian package; it never skips.

Servers started here bind 127.0.0.1 on a free port, keep their state in a temporary directory,
wait for readiness with a bounded timeout, and are stopped by PID.
"""

from __future__ import annotations

import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml

from contexter_deploy.ground.runbooks import REPO_ROOT
from tests.system import require_program

ENVIRONMENTS = ("dev", "staging", "prod")
DIST = REPO_ROOT / "dist"


binary = require_program
"""The path of a program; fails (never skips) naming its Debian package when it is missing."""


def run(
    args: Sequence[str], *, timeout: float = 120, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run a tool and return its result (exit code, stdout, stderr) without raising."""
    return subprocess.run(
        list(args), capture_output=True, text=True, timeout=timeout, check=False, cwd=cwd, env=env
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_ready(url: str, process: subprocess.Popen[bytes], *, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"{process.args!r} exited with {process.returncode} before {url} was ready")
        try:
            with urllib.request.urlopen(url, timeout=1) as response:  # noqa: S310 - loopback only
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.1)
    raise AssertionError(f"{url} not ready within {timeout} s")


@contextmanager
def server(args: Sequence[str], ready_url: str, log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """A server process, ready when ``ready_url`` answers 200, stopped by PID on exit."""
    with log.open("wb") as output:
        process = subprocess.Popen(list(args), stdout=output, stderr=subprocess.STDOUT)
        try:
            wait_ready(ready_url, process)
            yield process
        finally:
            stop(process)


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


def dist_documents(env: str, kind: str) -> list[dict[str, Any]]:
    """Every document of ``kind`` in the committed ``dist/<env>``."""
    suffix = f".{kind.lower()}.yaml"
    return [
        yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted((DIST / env).glob(f"*/*{suffix}"))
    ]


def application_values(env: str, application: str) -> dict[str, Any]:
    """The Helm values of the Argo CD Application ``application`` in ``dist/<env>``."""
    path = DIST / env / "argocd" / f"{application}.application.yaml"
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    values: dict[str, Any] = document["spec"]["source"]["helm"]["valuesObject"]
    return values


def alertmanager_config(env: str) -> dict[str, Any]:
    """The Alertmanager configuration kube-prometheus-stack renders from ``dist/<env>``."""
    config: dict[str, Any] = application_values(env, "kube-prometheus-stack")["alertmanager"]["config"]
    return config


def write_yaml(path: Path, data: Any) -> Path:
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path
