"""Build the cdk8s app of one environment."""

from __future__ import annotations

from cdk8s import App

from charts.backup.backup_chart import BackupChart
from charts.data.data_chart import DataChart
from charts.platform.platform_chart import PlatformChart
from charts.services.services_chart import ServicesChart
from contexter_deploy.config import Environment


def build_app(environment: Environment) -> App:
    """Every chart of ``environment``. The app is never written by cdk8s itself:
    ``contexter_deploy.synth`` collects, validates and writes its documents."""
    app = App()
    PlatformChart(app, "platform", environment=environment)
    ServicesChart(app, "services", environment=environment)
    DataChart(app, "data", environment=environment)
    BackupChart(app, "backup", environment=environment)
    return app
