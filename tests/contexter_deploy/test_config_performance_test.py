"""``performance_test``: where the promotion's performance gate runs, and on which runner."""

from __future__ import annotations

from pathlib import Path

import pytest

from contexter_deploy.ground.config import ConfigError, Environment, load_environment
from contexter_deploy.ground.config.model import PerformanceTest
from tests.helpers import environments_with

STAGING_RUNNER = "runner_labels: [self-hosted, linux, x64, contexter-staging]"


def test_the_gate_runs_in_staging_only(environments: dict[str, Environment]) -> None:
    enabled = {name: e.performance_test.enabled for name, e in environments.items()}
    assert enabled == {"dev": False, "staging": True, "prod": False}


def test_the_gate_is_off_unless_a_file_turns_it_on() -> None:
    default = Environment.model_fields["performance_test"].default
    assert default == PerformanceTest()
    assert (default.enabled, default.runner_labels) == (False, ("ubuntu-24.04",))


def test_fails_when_the_gate_would_call_a_private_endpoint_from_a_hosted_runner(tmp_path: Path) -> None:
    """staging's API endpoint is private: a GitHub-hosted runner could not reach it, so the role and
    its access entry would exist for a job that cannot use them."""
    directory = environments_with(tmp_path, "staging", STAGING_RUNNER, "runner_labels: [ubuntu-24.04]")
    with pytest.raises(
        ConfigError,
        match=r"staging.yaml:\d+: performance_test.runner_labels: \['ubuntu-24.04'\]: the cluster's API"
        r" endpoint is private \(cluster.endpoint_public_access: false\), so the gate's job must run on a"
        r" runner inside the VPC: labels including 'self-hosted'",
    ):
        load_environment("staging", directory=directory)


def test_a_hosted_runner_is_accepted_where_the_endpoint_is_public(tmp_path: Path) -> None:
    directory = environments_with(tmp_path, "dev", "  enabled: false\n", "  enabled: true\n")
    assert load_environment("dev", directory=directory).performance_test.enabled


def test_a_disabled_gate_needs_no_runner_that_reaches_the_cluster(tmp_path: Path) -> None:
    directory = environments_with(
        tmp_path,
        "staging",
        f"  enabled: true\n  {STAGING_RUNNER}",
        "  enabled: false\n  runner_labels: [ubuntu-24.04]",
    )
    assert not load_environment("staging", directory=directory).performance_test.enabled


def test_fails_when_a_runner_label_is_not_a_label(tmp_path: Path) -> None:
    directory = environments_with(tmp_path, "staging", "contexter-staging]", "'contexter staging']")
    with pytest.raises(ConfigError, match=r"performance_test.runner_labels.3: 'contexter staging'"):
        load_environment("staging", directory=directory)
