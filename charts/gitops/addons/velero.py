"""Velero: cluster backups to the backup bucket and EBS snapshots of the volumes."""

from __future__ import annotations

from charts.gitops.addon_chart import CRD, RBAC_KINDS, AddonChart, NamespacePolicy, Values
from charts.gitops.helm_values import RESTRICTED_CONTAINER, RESTRICTED_POD, resources
from charts.platform import capacity
from contexter_deploy.ground.naming import Names, names_for

VELERO_AWS_PLUGIN = "velero/velero-plugin-for-aws:v1.13.0"
"""The AWS object-store and EBS-snapshot plugin matching Velero 1.17 (velero chart 11.2.0)."""


def values(*, names: Names) -> Values:
    """Velero as ServiceAccount ``velero`` (Pod Identity): cluster backups to
    ``<backup bucket>/<env>/velero`` and EBS snapshots in the environment's region (both of ``names``).

    The snapshots need no tag key here: the aws plugin copies the volume's tags onto each snapshot
    it creates, and the EBS CSI driver puts the cost-allocation tags on every volume
    (``extraVolumeTags``, infra/cluster); its ``volumeSnapshotLocation`` config has no tags."""
    region = names.region
    return {
        "initContainers": [
            {
                "name": "velero-plugin-for-aws",
                "image": VELERO_AWS_PLUGIN,
                "imagePullPolicy": "IfNotPresent",
                "volumeMounts": [{"mountPath": "/target", "name": "plugins"}],
                "securityContext": RESTRICTED_CONTAINER,
            }
        ],
        "configuration": {
            "backupStorageLocation": [
                {
                    "name": "default",
                    "provider": "aws",
                    "bucket": names.backup_bucket,
                    "prefix": f"{names.environment}/velero",
                    "default": True,
                    "config": {"region": region},
                }
            ],
            "volumeSnapshotLocation": [{"name": "default", "provider": "aws", "config": {"region": region}}],
            "logFormat": "json",
        },
        "credentials": {"useSecret": False},
        "serviceAccount": {"server": {"create": True, "name": "velero"}},
        "deployNodeAgent": False,
        "backupsEnabled": True,
        "snapshotsEnabled": True,
        "resources": resources("100m", "256Mi"),
        "podSecurityContext": {**RESTRICTED_POD, "runAsUser": 65532, "runAsGroup": 65532, "fsGroup": 65532},
        "containerSecurityContext": RESTRICTED_CONTAINER,
        "metrics": {"enabled": True, "serviceMonitor": {"enabled": True}},
        "priorityClassName": capacity.CRITICAL_PRIORITY,
    }


ADDON = AddonChart(
    name="velero",
    repo_url="https://vmware-tanzu.github.io/helm-charts",
    chart="velero",
    version="11.2.0",
    namespace="velero",
    wave=7,
    values=lambda environment: values(names=names_for(environment)),
    needs=("prometheus-operator-crds",),
    namespace_policy=NamespacePolicy(),
    cluster_kinds=(CRD, *RBAC_KINDS),
)
