"""The sample service behaves as every Contexter service image must (the contract in Dockerfiles/).

It runs here as ``python -m app``, exactly as the image runs it, from the project's virtualenv
(the dev extra pins the same fastapi, uvicorn and prometheus-client as its requirements.lock).
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import tomllib
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest
from prometheus_client.parser import text_string_to_metric_families

from charts.observability.metrics import HTTP_REQUEST_DURATION_SECONDS, HTTP_REQUESTS_TOTAL
from tests.conftest import REPO_ROOT
from tests.images.catalog import SAMPLE_SERVICE

STARTUP_SECONDS = 60
"""Generous: without compiled bytecode, importing FastAPI alone takes seconds on a busy machine."""


class Service:
    """A running ``python -m app`` on a free loopback port."""

    def __init__(self, *, drain_seconds: float) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port: int = probe.getsockname()[1]
        environment = {
            **os.environ,
            "HOST": "127.0.0.1",
            "PORT": str(self.port),
            "SHUTDOWN_DRAIN_SECONDS": str(drain_seconds),
            "SHUTDOWN_TIMEOUT_SECONDS": "10",
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "app"],
            cwd=SAMPLE_SERVICE,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.output()
            try:
                if self.get("/ready")[0] == 200:
                    return
            except OSError:
                time.sleep(0.1)
        raise AssertionError(f"not ready within {STARTUP_SECONDS} s")

    def get(self, path: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}", timeout=15) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def output(self) -> str:
        return self.process.stdout.read() if self.process.stdout else ""

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()


@pytest.fixture(scope="module")
def service() -> Iterator[Service]:
    running = Service(drain_seconds=0)
    yield running
    running.stop()


def test_probes_answer(service: Service) -> None:
    assert service.get("/health") == (200, '{"status":"ok"}')
    assert service.get("/ready") == (200, '{"status":"ready"}')


def test_metrics_export_exactly_the_metric_contract(service: Service) -> None:
    service.get("/v1/echo?message=contract")
    service.get("/no-such-route")
    status, text = service.get("/metrics")
    assert status == 200
    families = {family.name: family for family in text_string_to_metric_families(text)}
    # the parser names a counter family without its _total suffix
    assert set(families) == {HTTP_REQUESTS_TOTAL.removesuffix("_total"), HTTP_REQUEST_DURATION_SECONDS}
    requests = families[HTTP_REQUESTS_TOTAL.removesuffix("_total")]
    assert requests.type == "counter"
    assert {sample.name for sample in requests.samples} == {HTTP_REQUESTS_TOTAL}
    assert all(set(sample.labels) == {"method", "route", "status"} for sample in requests.samples)
    echo = [sample for sample in requests.samples if sample.labels["route"] == "/v1/echo"]
    assert [(sample.labels["status"], sample.value) for sample in echo] == [("200", 1.0)]
    unmatched = [sample for sample in requests.samples if sample.labels["status"] == "404"]
    assert [sample.labels["route"] for sample in unmatched] == ["unmatched"], "raw paths never become labels"
    duration = families[HTTP_REQUEST_DURATION_SECONDS]
    assert duration.type == "histogram"
    assert {sample.name for sample in duration.samples} == {
        f"{HTTP_REQUEST_DURATION_SECONDS}_{suffix}" for suffix in ("bucket", "count", "sum")
    }
    assert all(set(sample.labels) - {"le"} == {"method", "route"} for sample in duration.samples)


def test_fails_when_a_request_asks_for_more_delay_than_the_shutdown_budget(service: Service) -> None:
    status, _ = service.get("/v1/echo?message=x&delay_ms=60000")
    assert status == 422


def test_sigterm_stops_readiness_finishes_the_request_in_flight_and_exits_0() -> None:
    running = Service(drain_seconds=1.5)
    try:
        in_flight: list[tuple[int, str]] = []
        request = threading.Thread(
            target=lambda: in_flight.append(running.get("/v1/echo?message=in-flight&delay_ms=2500"))
        )
        request.start()
        time.sleep(0.3)
        running.process.send_signal(signal.SIGTERM)
        time.sleep(0.3)
        assert running.get("/ready")[0] == 503
        assert running.get("/health")[0] == 200
        request.join(timeout=20)
        assert in_flight == [(200, '{"message":"in-flight"}')]
        assert running.process.wait(timeout=20) == 0
        output = running.output()
        assert "draining for 1.5 s" in output
        assert output.index("draining") < output.index("Shutting down")
    finally:
        running.stop()


def _pins(text: str) -> dict[str, str]:
    return {
        name.lower(): version
        for name, version in re.findall(r"^([A-Za-z0-9_.\-]+)==([^\s\\;]+)", text, re.MULTILINE)
    }


def test_the_lock_file_pins_every_dependency_with_hashes() -> None:
    lock = (SAMPLE_SERVICE / "requirements.lock").read_text(encoding="utf-8")
    direct = _pins((SAMPLE_SERVICE / "requirements.in").read_text(encoding="utf-8"))
    locked = _pins(lock)
    assert direct.items() <= locked.items()
    entries = re.split(r"\n(?=[a-z])", lock.split("\n", 2)[2])
    assert all("--hash=sha256:" in entry for entry in entries), "every locked package needs a hash"


def test_the_project_tests_the_sample_service_with_its_locked_versions() -> None:
    locked = _pins((SAMPLE_SERVICE / "requirements.lock").read_text(encoding="utf-8"))
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    dev = _pins("\n".join(project["optional-dependencies"]["dev"]))
    for name in ("fastapi", "uvicorn", "prometheus-client"):
        assert dev[name] == locked[name], name
