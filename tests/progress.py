"""Progress lines for the slow steps of a test session, so a newcomer never watches a silent terminal.

Under xdist the workers' own output never reaches the terminal; only the controller prints. The
controller does see every test start (``pytest_runtest_logstart``), so it prints a step's line when
the first test of that step starts. The root conftest wires this up; a new slow step adds a row here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest


@dataclass(frozen=True)
class Step:
    prefixes: tuple[str, ...]
    """Node-id prefixes (``tests/…/test_file.py``, ``…::test_name``) whose first test begins the step."""
    message: str


STEPS: tuple[Step, ...] = (
    Step(
        ("tests/infra/", "tests/contexter_deploy/test_naming.py"),
        "loading the AWS provider bindings once for the Terraform tests (about 30 s, in one worker)",
    ),
    Step(
        ("tests/images/test_image_builds.py",),
        "building the base image with debootstrap and the four images with buildah (about 4 min)",
    ),
    Step(
        ("tests/backup/test_redis_backup.py", "tests/backup/test_qdrant_backup.py"),
        "starting redis-server, a replica, Sentinel and a moto S3 server for the backup tool (about 30 s)",
    ),
    Step(
        ("tests/backup/test_backup_chain_in_a_box.py",),
        "running the backup chain in a box: Redis, moto S3, Pushgateway, Prometheus, Alertmanager,"
        " redis_exporter (about 90 s)",
    ),
    Step(
        ("tests/charts/data/test_redis.py::test_sentinels_promote",),
        "starting three redis-server processes and Sentinels for the failover test (about 20 s)",
    ),
)


@dataclass
class Progress:
    """Prints each step's line once, when its first test starts."""

    reporter: pytest.TerminalReporter
    steps: tuple[Step, ...] = STEPS
    printed: set[str] = field(default_factory=set)

    def test_started(self, nodeid: str) -> None:
        for step in self.steps:
            if step.message not in self.printed and nodeid.startswith(step.prefixes):
                self.printed.add(step.message)
                if getattr(self.reporter._tw, "width_of_current_line", 0):  # after progress dots
                    self.reporter.write("\n")
                self.reporter.write_line(f"==> {step.message}")
