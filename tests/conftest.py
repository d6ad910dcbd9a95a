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

from contexter_deploy.config import ENVIRONMENT_NAMES, Environment, load_environment
from contexter_deploy.manifests import Manifest
from contexter_deploy.synth import DEFAULT_CRD_SCHEMAS, Synthesized, synthesize
from tests.figures import print_figures

os.environ.setdefault("JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION", "1")
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

REPO_ROOT = Path(__file__).resolve().parents[1]
CRD_SCHEMAS = DEFAULT_CRD_SCHEMAS if DEFAULT_CRD_SCHEMAS.is_dir() else None

requires_crd_schemas = pytest.mark.skipif(
    CRD_SCHEMAS is None,
    reason=f"{DEFAULT_CRD_SCHEMAS} is absent: CRD schema checks need ../shared/crd-schemas",
)


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
    from contexter_deploy.terraform import synth_stacks

    with tempfile.TemporaryDirectory(prefix="cdktf-test-") as outdir:
        synth_stacks(list(environments.values()), outdir=Path(outdir))
        yield {
            path.parent.name: json.loads(path.read_text(encoding="utf-8"))
            for path in sorted(Path(outdir).glob("stacks/*/cdk.tf.json"))
        }


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run every test that needs the Terraform JSON in one xdist worker, so the provider loads once."""
    for item in items:
        if "terraform_stacks" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("terraform"))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    print_figures(terminalreporter)
