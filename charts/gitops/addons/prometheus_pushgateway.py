"""prometheus-pushgateway: where the backup Jobs push their last success."""

from __future__ import annotations

from charts.gitops.addon_chart import AddonChart, Values
from charts.gitops.helm_repositories import PROMETHEUS_COMMUNITY_REPO
from charts.gitops.helm_values import RESTRICTED_CONTAINER, RESTRICTED_POD, resources
from contexter_deploy.ground.config.model import Storage
from contexter_deploy.ground.topology import PROMETHEUS

PUSHGATEWAY_DATA_DIR = "/data"
"""Where the Pushgateway chart mounts its persistent volume (``persistentVolume.mountPath``)."""

PUSHGATEWAY_PERSISTENCE_INTERVAL = "1m"
"""How often Pushgateway writes its series to the persistence file: at most this much of pushes is
lost on a crash (a clean shutdown writes them too). Default upstream: 5m."""


def persistence_args() -> list[str]:
    """Pushgateway's flags that keep pushed series across restarts, on the chart's volume."""
    return [
        f"--persistence.file={PUSHGATEWAY_DATA_DIR}/pushgateway.data",
        f"--persistence.interval={PUSHGATEWAY_PERSISTENCE_INTERVAL}",
    ]


def values(*, storage: Storage) -> Values:
    """Where the backup Jobs push their last success (``metrics.BACKUP_LAST_SUCCESS_TIMESTAMP``).

    One replica on a persistent volume: two replicas would each hold a different subset of the
    pushed series, and a restart must not forget when the last backup succeeded. The volume alone
    keeps nothing: Pushgateway holds pushed series in memory and writes them to disk only with
    ``--persistence.file`` (every ``--persistence.interval``, and on shutdown), reading them back at
    start; the chart mounts the volume at ``persistentVolume.mountPath``.
    """
    return {
        "replicaCount": 1,
        "persistentVolume": {
            "enabled": True,
            "size": "2Gi",
            "storageClass": storage.class_name,
            "mountPath": PUSHGATEWAY_DATA_DIR,
        },
        "extraArgs": persistence_args(),
        "serviceMonitor": {"enabled": True, "honorLabels": True},
        "resources": resources("50m", "64Mi"),
        "securityContext": {**RESTRICTED_POD, "runAsUser": 65534, "fsGroup": 65534},
        "containerSecurityContext": RESTRICTED_CONTAINER,
    }


ADDON = AddonChart(
    name="prometheus-pushgateway",
    repo_url=PROMETHEUS_COMMUNITY_REPO,
    chart="prometheus-pushgateway",
    version="3.2.0",
    namespace=PROMETHEUS.identity.namespace,
    wave=7,
    values=lambda environment: values(storage=environment.storage),
    needs=("kube-prometheus-stack",),
    cluster_kinds=(),
)
