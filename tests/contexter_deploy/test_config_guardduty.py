"""``guardduty``: runtime monitoring and the lowest severity of a finding that is e-mailed."""

from __future__ import annotations

from pathlib import Path

import pytest

from contexter_deploy.ground.config import ConfigError, Environment, load_environment
from contexter_deploy.ground.config.model import GUARDDUTY_SEVERITY_FLOORS, GuardDutySettings
from tests.helpers import environments_with


def test_each_environment_says_what_guardduty_watches(environments: dict[str, Environment]) -> None:
    settings = {name: e.guardduty for name, e in environments.items()}
    assert {name: s.runtime_monitoring for name, s in settings.items()} == {
        "dev": False,
        "staging": True,
        "prod": True,
    }
    assert {name: s.min_severity for name, s in settings.items()} == {"dev": 7.0, "staging": 7.0, "prod": 4.0}


def test_the_defaults_watch_the_runtime_and_send_high_findings() -> None:
    default = Environment.model_fields["guardduty"].default
    assert default == GuardDutySettings()
    assert (default.runtime_monitoring, default.alert_severity, default.min_severity) == (True, "high", 7.0)
    assert default.finding_publishing_frequency == "FIFTEEN_MINUTES"


def test_severity_floors_are_guardduty_s_levels() -> None:
    """GuardDuty user guide, "Severity levels of findings": low 1.0-3.9, medium 4.0-6.9, high
    7.0-8.9, critical 9.0-10.0."""
    assert GUARDDUTY_SEVERITY_FLOORS == {"low": 1.0, "medium": 4.0, "high": 7.0, "critical": 9.0}


def test_fails_when_prod_turns_runtime_monitoring_off(tmp_path: Path) -> None:
    directory = environments_with(
        tmp_path, "prod", "  runtime_monitoring: true", "  runtime_monitoring: false"
    )
    with pytest.raises(
        ConfigError,
        match=r"prod.yaml:\d+: guardduty.runtime_monitoring: False: must be true in prod: without it"
        r" nothing sees what runs inside the pods and nodes",
    ):
        load_environment("prod", directory=directory)


def test_fails_when_the_severity_is_not_a_guardduty_level(tmp_path: Path) -> None:
    directory = environments_with(tmp_path, "staging", "  alert_severity: high", "  alert_severity: 7")
    with pytest.raises(
        ConfigError, match=r"guardduty.alert_severity: .*'low', 'medium', 'high' or 'critical'"
    ):
        load_environment("staging", directory=directory)
