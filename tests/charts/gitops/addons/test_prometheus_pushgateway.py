"""charts/gitops/addons/prometheus_pushgateway.py: the backups' last success survives a restart."""

from __future__ import annotations

from charts.gitops.addons import prometheus_pushgateway
from contexter_deploy.ground.config import Environment


def test_the_pushgateway_persists_pushed_series_on_its_mounted_volume(
    environments: dict[str, Environment],
) -> None:
    # pushgateway chart 3.2.0: persistentVolume only mounts the volume (templates/_helpers.tpl);
    # Pushgateway keeps series across restarts only with --persistence.file on that volume
    for environment in environments.values():
        values = prometheus_pushgateway.ADDON.values(environment)
        mount = values["persistentVolume"]["mountPath"]
        [persistence] = [a for a in values["extraArgs"] if a.startswith("--persistence.file=")]
        assert values["persistentVolume"]["enabled"] is True
        assert persistence.removeprefix("--persistence.file=").startswith(mount.rstrip("/") + "/")
