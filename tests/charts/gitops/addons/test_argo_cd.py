"""charts/gitops/addons/argo_cd.py: Argo CD's health check for Applications."""

from __future__ import annotations

from charts.gitops.addons import argo_cd
from contexter_deploy.ground.config import Environment


def test_argo_cd_reports_the_health_of_applications_so_root_waves_wait(
    environments: dict[str, Environment],
) -> None:
    cm = argo_cd.ADDON.values(environments["prod"])["configs"]["cm"]
    assert "obj.status.health.status" in cm["resource.customizations.health.argoproj.io_Application"]
