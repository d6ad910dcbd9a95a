"""Build the cdk8s app of one environment."""

from __future__ import annotations

from typing import Any

from cdk8s import App

from charts.access.access_chart import AccessChart
from charts.backup.backup_chart import BackupChart
from charts.data.data_chart import DataChart
from charts.delivery.performance_test_chart import PerformanceTestChart
from charts.gitops.gitops_chart import GitOpsChart
from charts.gitops.sync_waves import documents
from charts.mesh.mesh_chart import MeshChart
from charts.network.network_chart import NetworkChart
from charts.observability.observability_chart import ObservabilityChart
from charts.platform.platform_chart import PlatformChart
from charts.secrets.secrets_chart import SecretsChart
from charts.services.services_chart import ServicesChart
from contexter_deploy.ground.config import Environment


def build_app(environment: Environment) -> App:
    """Every chart of ``environment``. The app is never written by cdk8s itself:
    ``contexter_deploy.kubernetes_synth`` collects, validates and writes its documents."""
    app = App()
    PlatformChart(app, "platform", environment=environment)
    ServicesChart(app, "services", environment=environment)
    DataChart(app, "data", environment=environment)
    BackupChart(app, "backup", environment=environment)
    NetworkChart(app, "network", environment=environment)
    MeshChart(app, "mesh", environment=environment)
    SecretsChart(app, "secrets", environment=environment)
    AccessChart(app, "access", environment=environment)
    ObservabilityChart(app, "observability", environment=environment)
    PerformanceTestChart(app, "performance-test", environment=environment)
    # Last: the AppProject is derived from what every chart above synthesized.
    GitOpsChart(app, "gitops", environment=environment)
    return app


def render_documents(environment: Environment) -> list[dict[str, Any]]:
    """Every document of ``environment``, each annotated with its Argo CD sync wave."""
    return documents(build_app(environment))
