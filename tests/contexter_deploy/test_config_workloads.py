"""The workload, rollout and SLO rules of the environment model (contexter_deploy/ground/config/model.py).

Their failure cases are rows of the broken-file table in tests/contexter_deploy/test_config.py.
"""

from __future__ import annotations

from contexter_deploy.ground.config import Environment


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
