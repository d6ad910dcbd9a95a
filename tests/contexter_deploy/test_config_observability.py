"""The observability and SLO fields of the environment model, and their production rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from contexter_deploy.cli import main
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.config.errors import RuleViolation
from tests.helpers import environments_with


def _with(environment: Environment, **observability: object) -> Environment:
    data = environment.model_dump()
    data["observability"].update(observability)
    return Environment.model_validate(data)


def test_slo_defaults_match_design(environments: dict[str, Environment]) -> None:
    slo = environments["prod"].slo
    assert slo.availability_target == 0.999
    assert slo.error_ratio_threshold == 0.01
    assert slo.ingestion_queue_alert_depth == 1000
    assert slo.window_days == 30


def test_fails_when_prod_runs_a_single_prometheus(environments: dict[str, Environment]) -> None:
    with pytest.raises(
        (RuleViolation, ValidationError),
        match=r"must be >= 2 in prod: alerts must survive the loss of one node",
    ):
        _with(environments["prod"], prometheus_replicas=1)


def test_fails_when_prometheus_forgets_samples_inside_the_slo_window(
    environments: dict[str, Environment],
) -> None:
    with pytest.raises(
        (RuleViolation, ValidationError), match=r"must be >= slo.window_days \(30\) in staging"
    ):
        _with(environments["staging"], prometheus_retention_days=14)


def test_dev_may_run_a_single_small_monitoring_stack(environments: dict[str, Environment]) -> None:
    assert (
        _with(
            environments["dev"], prometheus_replicas=1, alertmanager_replicas=1
        ).observability.prometheus_replicas
        == 1
    )


def test_the_loader_names_the_file_line_and_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    environments = environments_with(tmp_path, "prod", "prometheus_replicas: 2", "prometheus_replicas: 1")
    status = main(["validate", "--env", "prod", "--environments-dir", str(environments)])
    error = capsys.readouterr().err
    assert status == 2
    assert "environments/prod.yaml:" in error
    assert "observability.prometheus_replicas: 1: must be >= 2 in prod" in error
