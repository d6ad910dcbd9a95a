"""Argo CD managing itself: highly available, with health for Applications, placed on the system
nodes, and reporting each environment's deployed digests to GitHub (Argo CD Notifications)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import yaml

from charts import secret_catalog
from charts.gitops.addon_chart import CRD, RBAC_KINDS, AddonChart, Values
from charts.gitops.helm_repositories import ARGO_REPO
from charts.gitops.helm_values import CONTROLLER_REPLICAS, min_available_one, resources
from charts.platform import capacity
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.config.images import image_fields
from contexter_deploy.ground.config.model import Cluster, ImageReference

APPLICATION_HEALTH_LUA = """hs = {}
hs.status = "Progressing"
hs.message = ""
if obj.status ~= nil and obj.status.health ~= nil then
  hs.status = obj.status.health.status
  if obj.status.health.message ~= nil then
    hs.message = obj.status.health.message
  end
end
return hs
"""
"""Health of an Argo CD Application from its own status; without it the root Application's sync
waves would not wait for a child Application to become healthy (Argo CD >= 1.8 dropped it)."""

REDIS_HA_REPLICAS = 3
"""Pods of Argo CD's redis-ha (its chart's default), each on its own node (``hardAntiAffinity``)."""


def placement(cluster: Cluster) -> Values:
    """Where every Argo CD pod runs: on the system node group, tolerating its taint.

    Argo CD installs Karpenter, so before it runs there is no other capacity; and it must keep
    running when Karpenter is down, to repair it. ``global`` covers every component of the argo-cd
    chart (each falls back to it: ``.Values.<component>.tolerations | default
    .Values.global.tolerations``); the redis-ha subchart reads only its own keys. The same values
    serve the first ``helm install`` (``contexter-deploy describe argo-cd-values``) and the
    ``argo-cd`` Application that keeps managing Argo CD afterwards.
    """
    selector = {"kubernetes.io/os": "linux", **capacity.system_node_selector()}
    tolerations = capacity.system_tolerations()
    result: Values = {"global": {"nodeSelector": selector, "tolerations": tolerations}}
    redis_ha = cluster.system_nodes.min_size >= REDIS_HA_REPLICAS
    result["redis-ha"] = (
        {
            "enabled": True,
            "nodeSelector": selector,
            "tolerations": tolerations,
            "haproxy": {"nodeSelector": selector, "tolerations": tolerations},
        }
        # Fewer system nodes than redis-ha's pods: one Redis (the chart's ``redis``), or the third
        # pod would wait for a node forever and Argo CD never become healthy.
        if redis_ha
        else {"enabled": False}
    )
    return result


def values(*, environment_name: str, cluster: Cluster, repositories: Mapping[str, str]) -> Values:
    """Argo CD managing itself, highly available, with health for Applications (see above), on the
    system nodes of ``cluster``, notifying the deployed digests of ``repositories``."""
    replicas = CONTROLLER_REPLICAS
    metrics = {"enabled": True, "serviceMonitor": {"enabled": True}}
    pods = placement(cluster)
    return {
        "global": {"logging": {"format": "json"}, **pods["global"]},
        "configs": {
            "cm": {
                "resource.customizations.health.argoproj.io_Application": APPLICATION_HEALTH_LUA,
                "application.resourceTrackingMethod": "annotation",
                "exec.enabled": False,
                "statusbadge.enabled": False,
            },
            "rbac": {"policy.default": "role:readonly"},
        },
        "redis-ha": pods["redis-ha"],
        "controller": {"replicas": 1, "metrics": metrics, "resources": resources("1", "2Gi")},
        "server": {
            "replicas": replicas,
            "pdb": min_available_one(replicas),
            "metrics": metrics,
            "resources": resources("100m", "256Mi"),
        },
        "repoServer": {
            "replicas": replicas,
            "pdb": min_available_one(replicas),
            "metrics": metrics,
            "resources": resources("250m", "512Mi"),
        },
        "applicationSet": {
            "replicas": replicas,
            "pdb": min_available_one(replicas),
            "metrics": metrics,
            "resources": resources("100m", "128Mi"),
        },
        "dex": {"enabled": False},
        "notifications": notifications(environment_name=environment_name, repositories=repositories),
    }


DEPLOYED_TRIGGER = "on-contexter-deployed"
"""The notifications trigger that reports each promoted image of the ``contexter`` Application."""
DEPLOYED_WHEN = (
    "app.status.operationState != nil and app.status.operationState.phase in ['Succeeded']"
    " and app.status.sync.status == 'Synced' and app.status.health.status == 'Healthy'"
)
"""Argo CD's catalogue ``on-deployed`` condition, plus Synced: the sync of a revision succeeded
and the live objects are healthy (a Rollout is Healthy once its canary is promoted and the old
ReplicaSet scaled down). An expression that fails (a field missing) is false, never sent."""
DEPLOYED_ONCE_PER = "[app.status.operationState.syncResult.revision, app.status.summary.images]"
"""Sent again for the same revision when the images the live objects run change: old pods still
terminating when the app turned Healthy, or the first backup Job of a new CronJob template."""
NOTIFICATIONS_APPLICATION = "contexter"
"""The Application whose state is reported (``dist/<env>/argocd/contexter.application.yaml``)."""


def _yaml_text(value: object) -> str:
    """``value`` as the YAML text Argo CD's notifications ConfigMap holds under one key."""
    return yaml.safe_dump(value, sort_keys=False, width=1000)


def deployed_status_context(environment_name: str, workload: str) -> str:
    """The GitHub commit status context that reports ``workload``'s digests in an environment."""
    return f"contexter/{environment_name}/{workload}"


def deployed_template(repository: str) -> str:
    """The status description: the hex of every sha256 digest of ``repository`` among the images
    Argo CD reads from the live objects (``app.status.summary.images``, pods included), each
    followed by a space. Hex only: GitHub keeps 140 characters of a description (the engine cuts
    the rest), so two digests fit, an old pod's and the new one. Sprig's ``hasPrefix``,
    ``splitList``, ``trimPrefix`` (Argo CD's template functions)."""
    return (
        "{{- range .app.status.summary.images -}}"
        f'{{{{- if or (hasPrefix "{repository}@" .) (hasPrefix "{repository}:" .) -}}}}'
        '{{- splitList "@" . | last | trimPrefix "sha256:" }} {{ end -}}'
        "{{- end -}}"
    )


def promoted_repositories(environment: Environment) -> dict[str, str]:
    """Workload -> repository (the image without tag and digest) of every image a promotion pins."""
    repositories = {}
    for workload, path in image_fields().items():
        value: Any = environment
        for part in path.split("."):
            value = getattr(value, part)
        repositories[workload] = ImageReference.parse(str(value)).repository
    return repositories


def notifications(*, environment_name: str, repositories: Mapping[str, str]) -> Values:
    """The cluster reports its own state outward: when the ``contexter`` Application is Synced and
    Healthy, one GitHub commit status per promoted image on the synced revision, context
    ``contexter/<env>/<workload>``, description the digests it runs (``repositories``: workload ->
    repository, from ``promoted_repositories``). The promotion's check waits for it
    (``.github/scripts/wait-for-deployed-status.sh``), so CI needs no path into the cluster.
    The GitHub App (Commit statuses: write) signs in with the keys of
    ``secret_catalog.ARGOCD_NOTIFICATIONS``, synced from Vault; the chart creates no Secret."""
    secret = secret_catalog.ARGOCD_NOTIFICATIONS
    app_id, installation_id, private_key = secret.keys
    templates = {}
    for workload, repository in repositories.items():
        status = {
            "state": "success",
            "label": deployed_status_context(environment_name, workload),
            "targetURL": "{{.context.argocdUrl}}/applications/{{.app.metadata.name}}",
        }
        templates[f"template.contexter-deployed-{workload}"] = _yaml_text(
            {"message": deployed_template(repository), "github": {"status": status}}
        )
    trigger = [
        {
            "when": DEPLOYED_WHEN,
            "oncePer": DEPLOYED_ONCE_PER,
            "send": [f"contexter-deployed-{workload}" for workload in repositories],
        }
    ]
    return {
        "secret": {"create": False, "name": secret.name},
        "notifiers": {
            "service.github": _yaml_text(
                {
                    "appID": f"${app_id}",
                    "installationID": f"${installation_id}",
                    "privateKey": f"${private_key}",
                }
            )
        },
        "triggers": {f"trigger.{DEPLOYED_TRIGGER}": _yaml_text(trigger)},
        "templates": templates,
        "subscriptions": [
            {
                "recipients": ["github"],
                "selector": f"app.kubernetes.io/name={NOTIFICATIONS_APPLICATION}",
                "triggers": [DEPLOYED_TRIGGER],
            }
        ],
    }


ADDON = AddonChart(
    name="argo-cd",
    repo_url=ARGO_REPO,
    chart="argo-cd",
    version="9.2.3",
    namespace="argocd",
    wave=2,
    values=lambda environment: values(
        environment_name=environment.name,
        cluster=environment.cluster,
        repositories=promoted_repositories(environment),
    ),
    needs=("prometheus-operator-crds",),
    cluster_kinds=(CRD, *RBAC_KINDS),
)
