"""The workload, rollout and SLO rules of the environment model (contexter_deploy/ground/config/model.py).

Like tests/contexter_deploy/test_config.py, every bad file goes through the real command line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from contexter_deploy.ground.config import Environment
from tests.contexter_deploy.test_config import _synth_fails
from tests.helpers import environments_with


def test_workload_defaults_are_the_design_targets(environments: dict[str, Environment]) -> None:
    for environment in environments.values():
        for service in environment.workloads.stateless().values():
            assert service.scaling.target_cpu_utilization_percent == 70
        for service in (environment.workloads.api_gateway, environment.workloads.search):
            assert service.scaling.target_memory_utilization_percent == 80
        assert environment.workloads.ingestion.scaling.queue.list_length_per_replica == 1000
        assert environment.rollout.max_error_rate == 0.01
        assert environment.rollout.canary_weights == (10, 25, 50)
        assert environment.rollout.replica_canary_weights == (25, 50)
        assert environment.backup.aws_backup.start_window_minutes == 60
        assert environment.backup.aws_backup.completion_window_minutes == 180
        assert environment.rollout.deployment_budget_seconds == 600


def test_fails_when_sentinel_runs_on_two_pods(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    environments = environments_with(
        tmp_path, "staging", "replicas: 3\n    sentinel: true", "replicas: 2\n    sentinel: true"
    )
    _synth_fails(
        tmp_path,
        capsys,
        environments,
        "staging",
        "workloads.redis.replicas: 2: must be an odd number >= 3"
        " when sentinel is true (one Sentinel per pod)",
    )


def test_fails_when_prod_collections_are_not_replicated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    environments = environments_with(tmp_path, "prod", "replication_factor: 2", "replication_factor: 1")
    _synth_fails(
        tmp_path,
        capsys,
        environments,
        "prod",
        "workloads.qdrant.replication_factor: 1: must be >= 2 in"
        " prod, so every shard survives the loss of one"
        " node or zone",
    )


def test_fails_when_canary_weights_do_not_increase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    environments = environments_with(
        tmp_path,
        "dev",
        "scale_down_delay_seconds: 60",
        "scale_down_delay_seconds: 60\n  canary_weights: [50, 25]",
    )
    _synth_fails(
        tmp_path,
        capsys,
        environments,
        "dev",
        "rollout.canary_weights: [50, 25]: must be strictly increasing percentages between 1 and 99",
    )


def test_fails_when_analysis_could_never_fail(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    environments = environments_with(
        tmp_path,
        "dev",
        "scale_down_delay_seconds: 60",
        "scale_down_delay_seconds: 60\n  analysis_failure_limit: 3",
    )
    _synth_fails(
        tmp_path,
        capsys,
        environments,
        "dev",
        "rollout.analysis_failure_limit: 3: must be < analysis_count - 1 (3): a run tolerates one"
        " inconclusive measurement besides the failures, and must still need a good one",
    )


def test_fails_when_the_voyage_model_is_not_a_voyage_model(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    environments = environments_with(tmp_path, "dev", "voyage_ai_model: voyage-3.5", "voyage_ai_model: gpt-4")
    _synth_fails(tmp_path, capsys, environments, "dev", "workloads.voyage_ai_model: 'gpt-4'")


def test_fails_when_replica_canary_weights_reach_100(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    environments = environments_with(
        tmp_path,
        "dev",
        "scale_down_delay_seconds: 60",
        "scale_down_delay_seconds: 60\n  replica_canary_weights: [50, 100]",
    )
    _synth_fails(
        tmp_path,
        capsys,
        environments,
        "dev",
        "rollout.replica_canary_weights: [50, 100]: must be strictly increasing percentages between 1 and 99",
    )


def test_fails_when_the_request_rate_target_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    environments = environments_with(tmp_path, "staging", "      target_requests_per_second: 20\n", "")
    _synth_fails(
        tmp_path, capsys, environments, "staging", "workloads.search.scaling.target_requests_per_second"
    )


def test_fails_when_a_request_scaled_service_names_keda(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    environments = environments_with(
        tmp_path,
        "prod",
        "      autoscaler: hpa\n      target_requests_per_second: 20\n",
        "      autoscaler: keda\n",
    )
    _synth_fails(
        tmp_path,
        capsys,
        environments,
        "prod",
        "environments/prod.yaml:74: workloads.search.scaling.autoscaler: 'keda': Input should be 'hpa'",
    )


def test_fails_when_the_queue_worker_names_an_hpa(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    environments = environments_with(tmp_path, "dev", "      autoscaler: keda\n", "      autoscaler: hpa\n")
    _synth_fails(
        tmp_path,
        capsys,
        environments,
        "dev",
        "environments/dev.yaml:82: workloads.ingestion.scaling.autoscaler: 'hpa': Input should be 'keda'",
    )


def test_fails_when_the_aws_backup_start_window_is_below_the_aws_minimum(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    environments = environments_with(
        tmp_path,
        "prod",
        "    dr_copy_retention_days: 35\n",
        "    dr_copy_retention_days: 35\n    start_window_minutes: 30\n",
    )
    _synth_fails(tmp_path, capsys, environments, "prod", "backup.aws_backup.start_window_minutes: 30")
