"""charts/gitops/addons/velero.py: cluster backups under the environment's prefix, with Pod Identity."""

from __future__ import annotations

from charts.gitops.addons import velero
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.naming import names_for


def test_velero_backs_up_to_the_backup_bucket_under_its_environment_prefix(
    environments: dict[str, Environment],
) -> None:
    environment = environments["prod"]
    values = velero.ADDON.values(environment)
    [location] = values["configuration"]["backupStorageLocation"]
    assert location["bucket"] == names_for(environment).backup_bucket
    assert location["prefix"] == "prod/velero"
    assert location["config"] == {"region": environment.aws.region}
    assert location["name"] == "default"  # the Schedules name storageLocation "default"
    [snapshots] = values["configuration"]["volumeSnapshotLocation"]
    assert snapshots["config"] == {"region": environment.aws.region}
    # Pod Identity: no static credentials, ServiceAccount velero
    assert values["credentials"] == {"useSecret": False}
    assert values["serviceAccount"]["server"]["name"] == "velero"
