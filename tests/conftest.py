"""Session-wide fixtures: each environment is loaded and synthesized once per test session.

The AWS provider bindings cost about 15 s and 600 MB to load, so the Terraform stacks are
synthesized once, by ``terraform_stacks``, in the one xdist worker of group ``terraform``.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.ground.config import ENVIRONMENT_NAMES, Environment, load_environment
from contexter_deploy.kubernetes_synth import DEFAULT_CRD_SCHEMAS, Synthesized, synthesize
from tests.figures import print_figures
from tests.progress import Progress

os.environ.setdefault("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION", "1")
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

REPO_ROOT = Path(__file__).resolve().parents[1]
CRD_SCHEMAS = DEFAULT_CRD_SCHEMAS if DEFAULT_CRD_SCHEMAS.is_dir() else None

SHARED = REPO_ROOT.parent / "shared"

requires_crd_schemas = pytest.mark.shared
"""Marks a test that reads the upstream sources in ``../shared`` (CRD schemas, pinned Helm charts)."""

RUN_EVERY_TEST = "CONTEXTER_RUN_EVERY_TEST"
"""Set to ``1`` (``.ci/run`` does) to fail instead of deselecting when a marker's condition is not met."""


def unmet_markers() -> dict[str, str]:
    """The markers whose tests cannot run on this machine, each with the reason (README: "Tests")."""
    unmet = {}
    absent = [folder for folder in (SHARED / "crd-schemas", SHARED / "helm-charts") if not folder.is_dir()]
    if absent:
        unmet["shared"] = f"{' and '.join(map(str, absent))} absent (upstream CRD schemas, Helm charts)"
    if os.geteuid() != 0:
        unmet["root"] = "not running as root (debootstrap and buildah's chroot isolation need root)"
    return unmet


@pytest.fixture(scope="session")
def environments() -> dict[str, Environment]:
    return {name: load_environment(name) for name in ENVIRONMENT_NAMES}


@pytest.fixture(scope="session")
def synthesized(environments: dict[str, Environment]) -> dict[str, Synthesized]:
    """Every environment, synthesized and validated in memory (nothing is written)."""
    return {
        name: synthesize(environment, crd_schemas=CRD_SCHEMAS) for name, environment in environments.items()
    }


@pytest.fixture(scope="session")
def manifests(synthesized: dict[str, Synthesized]) -> dict[str, tuple[Manifest, ...]]:
    return {name: result.manifests for name, result in synthesized.items()}


@pytest.fixture(scope="session")
def terraform_stacks(environments: dict[str, Environment]) -> Iterator[dict[str, dict[str, object]]]:
    """The Terraform JSON of every stack, keyed by stack name; the provider is loaded once."""
    from contexter_deploy.terraform_synth import synth_stacks

    with tempfile.TemporaryDirectory(prefix="cdktf-test-") as outdir:
        synth_stacks(list(environments.values()), outdir=Path(outdir))
        yield {
            path.parent.name: json.loads(path.read_text(encoding="utf-8"))
            for path in sorted(Path(outdir).glob("stacks/*/cdk.tf.json"))
        }


_PROGRESS: list[Progress] = []
"""The controller's progress printer (none in an xdist worker, whose output never reaches the terminal)."""


def pytest_configure(config: pytest.Config) -> None:
    unmet = unmet_markers()
    if unmet and os.environ.get(RUN_EVERY_TEST) == "1":
        reasons = "; ".join(f"{marker}: {reason}" for marker, reason in unmet.items())
        raise pytest.UsageError(f"{RUN_EVERY_TEST}=1 but some tests cannot run here: {reasons}")


def pytest_sessionstart(session: pytest.Session) -> None:
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None and not hasattr(session.config, "workerinput"):
        _PROGRESS.append(Progress(reporter))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Run every test that needs the Terraform JSON in one xdist worker, so the provider loads once;
    deselect, never skip, the tests whose marker's condition is not met (listed in the summary)."""
    for item in items:
        if "terraform_stacks" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("terraform"))
    unmet = unmet_markers()
    deselected = [item for item in items if any(item.get_closest_marker(marker) for marker in unmet)]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = [item for item in items if item not in deselected]


def pytest_runtest_logstart(nodeid: str) -> None:
    for progress in _PROGRESS:
        progress.test_started(nodeid)


def pytest_report_header() -> list[str]:
    return [f"deselected: tests marked '{marker}': {reason}" for marker, reason in unmet_markers().items()]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    print_figures(terminalreporter)
    unmet = unmet_markers()
    if unmet:
        terminalreporter.section("deselected (README: Tests)")
        for marker, reason in unmet.items():
            terminalreporter.write_line(f"tests marked '{marker}' did not run: {reason}")
