"""Production Helm values of each platform add-on, computed from the environment.

Every add-on runs at least two replicas where its controller supports leader election or
stateless replicas, with a PodDisruptionBudget, requests sized for a cluster of this size (memory
limits equal to requests, no CPU limits, so no controller is throttled), zone spreading, its
ServiceMonitor, and non-root restricted security contexts where the chart lets us set them.
Names that other parts of the system rely on (ServiceAccounts with Pod Identity, release names,
labels) are derived from ``contexter_deploy.ground.topology`` and ``contexter_deploy.ground.naming``, never
retyped.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

import yaml

from charts import secret_catalog
from charts.gitops.vault_tls import VAULT_SERVICE, VAULT_TLS_SECRET
from charts.observability import mesh_scrape
from charts.observability.dashboard_config_map import FOLDER_ANNOTATION, SIDECAR_LABEL, SIDECAR_LABEL_VALUE
from charts.observability.metrics import (
    HTTP_REQUESTS_PER_SECOND,
    HTTP_REQUESTS_TOTAL,
    NAMESPACE_LABEL,
    POD_LABEL,
    PROMETHEUS_URL,
    REQUEST_RATE_WINDOW_SCRAPES,
    SERVICE_LABEL,
)
from charts.platform import capacity
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.config.quantity import parse_quantity
from contexter_deploy.ground.naming import cost_allocation_tags, names_for
from contexter_deploy.ground.topology import API_GATEWAY, INGRESS_GATEWAY, KEDA_OPERATOR, PROMETHEUS, SEARCH

Values = dict[str, Any]

ZONE = "topology.kubernetes.io/zone"
CONTROLLER_REPLICAS = 2
"""Replicas of every leader-elected controller: one active, one warm standby in another zone."""

VELERO_AWS_PLUGIN = "velero/velero-plugin-for-aws:v1.13.0"
"""The AWS object-store and EBS-snapshot plugin matching Velero 1.17 (velero chart 11.2.0)."""

VAULT_USERCONFIG = "/vault/userconfig"
"""Where the Vault chart mounts each ``server.extraVolumes`` secret (``<dir>/<secret name>``)."""

ALERTMANAGER_SECRETS_DIR = "/etc/alertmanager/secrets"
"""Where Alertmanager mounts each secret listed in ``alertmanagerSpec.secrets``."""

RESTRICTED_POD: Values = {"runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}}
RESTRICTED_CONTAINER: Values = {
    "allowPrivilegeEscalation": False,
    "capabilities": {"drop": ["ALL"]},
    "readOnlyRootFilesystem": True,
    "runAsNonRoot": True,
    "seccompProfile": {"type": "RuntimeDefault"},
}

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


def resources(cpu: str, memory: str) -> Values:
    """Requests of ``cpu`` and ``memory``; memory limited to the request, CPU unlimited."""
    return {"requests": {"cpu": cpu, "memory": memory}, "limits": {"memory": memory}}


def zone_spread(labels: Mapping[str, str]) -> list[Values]:
    """Spread pods with ``labels`` across zones; best effort, so a lost zone never blocks scheduling."""
    return [
        {
            "labelSelector": {"matchLabels": dict(labels)},
            "maxSkew": 1,
            "topologyKey": ZONE,
            "whenUnsatisfiable": "ScheduleAnyway",
        }
    ]


def quorum_zone_spread(labels: Mapping[str, str], *, zones: int) -> list[Values]:
    """Spread pods with ``labels`` strictly across ``zones`` zones (``DoNotSchedule``, ``maxSkew`` 1).

    For a quorum (Vault's raft peers): no zone ever holds more than ``ceil(replicas / zones)`` of
    them, so losing one keeps the majority (5 over 3 zones: 2/2/1, 3 left). ``minDomains`` counts
    every zone even before a node runs there, so the first pods cannot pile into the zones that
    happen to have nodes. A pod waits for capacity in its zone rather than break the spread.
    """
    return [
        {
            "labelSelector": {"matchLabels": dict(labels)},
            "maxSkew": 1,
            "minDomains": zones,
            "topologyKey": ZONE,
            "whenUnsatisfiable": "DoNotSchedule",
        }
    ]


def min_available_one(replicas: int) -> Values:
    """A PodDisruptionBudget keeping one pod up, only where there are two to choose from."""
    return {"enabled": replicas >= 2, "minAvailable": 1}


def prometheus_operator_crds(environment: Environment) -> Values:
    """CRDs only; nothing to tune."""
    return {}


def istio_base(environment: Environment) -> Values:
    """Istio's CRDs and cluster roles; the chart's defaults (one revision, ``default``) are right."""
    return {}


def istio_cni(environment: Environment) -> Values:
    """The CNI node agent that sets up traffic redirection, so sidecar-injected pods need no
    privileged ``istio-init`` container and pass the ``restricted`` Pod Security level."""
    return {
        "cni": {
            "resources": resources("100m", "128Mi"),
            "seccompProfile": {"type": "RuntimeDefault"},
            "repair": {"enabled": True},
        },
        "global": {"logAsJson": True},
    }


def istiod(environment: Environment) -> Values:
    """The control plane, one replica per zone, and the mesh-wide configuration."""
    replicas = max(2, environment.aws.az_count)
    trust_domain = API_GATEWAY.identity.principal.split("/", 1)[0]
    return {
        "pilot": {
            "autoscaleEnabled": True,
            "autoscaleMin": replicas,
            "autoscaleMax": 2 * replicas,
            "replicaCount": replicas,
            "resources": resources("500m", "2Gi"),
            "cni": {"enabled": True},
            "env": {
                # Sidecars as Kubernetes native sidecars (1.29+): they start before and stop after the
                # app container, and let Jobs (the backups) finish.
                "ENABLE_NATIVE_SIDECARS": "true",
            },
            "topologySpreadConstraints": zone_spread({"app": "istiod"}),
            **capacity.critical_placement(),
            "podAnnotations": capacity.do_not_disrupt(),
        },
        "meshConfig": {
            "trustDomain": trust_domain,
            "outboundTrafficPolicy": {"mode": "REGISTRY_ONLY"},
            "accessLogFile": "/dev/stdout",
            "accessLogEncoding": "JSON",
            # Prometheus scrapes the apps over mTLS (charts/observability/mesh_scrape.py); merging would
            # also serve their metrics in plain text on port 15020.
            "enablePrometheusMerge": False,
            "defaultConfig": {"holdApplicationUntilProxyStarts": True},
        },
        "global": {
            "logAsJson": True,
            "priorityClassName": capacity.CRITICAL_PRIORITY,
            # The one source of the sidecar's size: the namespace quotas count the same numbers.
            "proxy": {"resources": environment.mesh.proxy_resources.model_dump()},
        },
    }


LOAD_BALANCER_TAGS_ANNOTATION = "service.beta.kubernetes.io/aws-load-balancer-additional-resource-tags"
"""Tags the AWS cloud provider puts on the load balancer it creates for a Service."""


def load_balancer_tags(environment: Environment) -> str:
    """The cost-allocation tags in the annotation's format: ``key=value`` pairs joined by commas."""
    return ",".join(f"{key}={value}" for key, value in cost_allocation_tags(environment).items())


def istio_ingressgateway(environment: Environment) -> Values:
    """The ingress gateway: release ``istio-ingressgateway``, so its ServiceAccount and pod labels are
    the ones ``topology.INGRESS_GATEWAY`` declares; behind an AWS NLB, scaled on CPU."""
    replicas = max(2, environment.aws.az_count)
    labels = dict(INGRESS_GATEWAY.pod_labels)
    return {
        "labels": labels,
        "serviceAccount": {"create": True, "name": INGRESS_GATEWAY.identity.service_account},
        "autoscaling": {
            "enabled": True,
            "minReplicas": replicas,
            "maxReplicas": 10 * replicas,
            "targetCPUUtilizationPercentage": 70,
        },
        "podDisruptionBudget": {"minAvailable": 1},
        # Every request enters here: above the services it routes to.
        "priorityClassName": capacity.CRITICAL_PRIORITY,
        "resources": {"requests": {"cpu": "500m", "memory": "256Mi"}, "limits": {"memory": "1Gi"}},
        "topologySpreadConstraints": zone_spread(labels),
        "service": {
            "type": "LoadBalancer",
            "externalTrafficPolicy": "Local",
            "annotations": {
                "service.beta.kubernetes.io/aws-load-balancer-type": "nlb",
                "service.beta.kubernetes.io/aws-load-balancer-cross-zone-load-balancing-enabled": "true",
                # The NLB, its target groups and listeners are created by the cloud provider at run
                # time: Terraform's default_tags never reach them.
                LOAD_BALANCER_TAGS_ANNOTATION: load_balancer_tags(environment),
            },
        },
        "securityContext": {
            **RESTRICTED_POD,
            "runAsUser": 1337,
            "runAsGroup": 1337,
            "fsGroup": 1337,
            # Binding 80/443 without NET_BIND_SERVICE; a "safe" sysctl that restricted pods may set.
            "sysctls": [{"name": "net.ipv4.ip_unprivileged_port_start", "value": "0"}],
        },
        "containerSecurityContext": {**RESTRICTED_CONTAINER, "runAsUser": 1337, "runAsGroup": 1337},
    }


REDIS_HA_REPLICAS = 3
"""Pods of Argo CD's redis-ha (its chart's default), each on its own node (``hardAntiAffinity``)."""


def argo_cd_placement(environment: Environment) -> Values:
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
    placement: Values = {"global": {"nodeSelector": selector, "tolerations": tolerations}}
    redis_ha = environment.cluster.system_nodes.min_size >= REDIS_HA_REPLICAS
    placement["redis-ha"] = (
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
    return placement


def argo_cd(environment: Environment) -> Values:
    """Argo CD managing itself, highly available, with health for Applications (see above)."""
    replicas = CONTROLLER_REPLICAS
    metrics = {"enabled": True, "serviceMonitor": {"enabled": True}}
    placement = argo_cd_placement(environment)
    return {
        "global": {"logging": {"format": "json"}, **placement["global"]},
        "configs": {
            "cm": {
                "resource.customizations.health.argoproj.io_Application": APPLICATION_HEALTH_LUA,
                "application.resourceTrackingMethod": "annotation",
                "exec.enabled": False,
                "statusbadge.enabled": False,
            },
            "rbac": {"policy.default": "role:readonly"},
        },
        "redis-ha": placement["redis-ha"],
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
        "notifications": argo_cd_notifications(environment),
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
    from contexter_deploy.ground.config.model import ImageReference
    from contexter_deploy.promote import image_fields

    repositories = {}
    for workload, path in image_fields().items():
        value: Any = environment
        for part in path.split("."):
            value = getattr(value, part)
        repositories[workload] = ImageReference.parse(str(value)).repository
    return repositories


def argo_cd_notifications(environment: Environment) -> Values:
    """The cluster reports its own state outward: when the ``contexter`` Application is Synced and
    Healthy, one GitHub commit status per promoted image on the synced revision, context
    ``contexter/<env>/<workload>``, description the digests it runs. The promotion's check waits
    for it (``.github/scripts/wait-for-deployed-status.sh``), so CI needs no path into the cluster.
    The GitHub App (Commit statuses: write) signs in with the keys of
    ``secret_catalog.ARGOCD_NOTIFICATIONS``, synced from Vault; the chart creates no Secret."""
    secret = secret_catalog.ARGOCD_NOTIFICATIONS
    app_id, installation_id, private_key = secret.keys
    repositories = promoted_repositories(environment)
    templates = {}
    for workload, repository in repositories.items():
        status = {
            "state": "success",
            "label": deployed_status_context(environment.name, workload),
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


def karpenter(environment: Environment) -> Values:
    """Karpenter in ``kube-system`` as ServiceAccount ``karpenter`` (its Pod Identity role)."""
    names = names_for(environment)
    return {
        "settings": {"clusterName": names.cluster, "interruptionQueue": names.karpenter_interruption_queue},
        "serviceAccount": {"create": True, "name": "karpenter"},
        "replicas": CONTROLLER_REPLICAS,
        "podDisruptionBudget": {"name": "karpenter", "maxUnavailable": 1},
        # The chart's own affinity keeps Karpenter off the nodes it manages; the system nodes are
        # the only others, so it states them (and their taint) rather than rely on the default.
        "nodeSelector": {"kubernetes.io/os": "linux", **capacity.system_node_selector()},
        "tolerations": capacity.system_tolerations(),
        "controller": {"resources": resources("500m", "1Gi")},
        "serviceMonitor": {"enabled": True},
        "logLevel": "info",
    }


def cert_manager(environment: Environment) -> Values:
    """cert-manager with ServiceAccount ``cert-manager``: its Pod Identity role answers Route53
    DNS-01 challenges, so no credentials appear anywhere."""
    replicas = CONTROLLER_REPLICAS

    def component(name: str, cpu: str, memory: str) -> Values:
        labels = {"app.kubernetes.io/name": name, "app.kubernetes.io/instance": "cert-manager"}
        return {
            "replicaCount": replicas,
            "podDisruptionBudget": min_available_one(replicas),
            "resources": resources(cpu, memory),
            "topologySpreadConstraints": zone_spread(labels),
        }

    return {
        "crds": {"enabled": True, "keep": True},
        **component("cert-manager", "50m", "256Mi"),
        "serviceAccount": {"create": True, "name": "cert-manager"},
        "enableCertificateOwnerRef": True,
        "prometheus": {"enabled": True, "servicemonitor": {"enabled": True}},
        "webhook": component("webhook", "50m", "128Mi"),
        "cainjector": component("cainjector", "50m", "256Mi"),
        # A platform controller: above the services when the cluster is full.
        "global": {"priorityClassName": capacity.CRITICAL_PRIORITY},
    }


def external_secrets(environment: Environment) -> Values:
    """External Secrets Operator: the controller, its webhook and its certificate controller.

    The chart has one ``serviceMonitor`` block, at the top level: it renders the ServiceMonitors of
    all three components (templates/servicemonitor.yaml); ``webhook`` and ``certController`` have none.
    """
    replicas = CONTROLLER_REPLICAS
    metrics = {"service": {"enabled": True}}

    def component(name: str, cpu: str, memory: str) -> Values:
        labels = {"app.kubernetes.io/name": name, "app.kubernetes.io/instance": "external-secrets"}
        return {
            "replicaCount": replicas,
            "podDisruptionBudget": min_available_one(replicas),
            "resources": resources(cpu, memory),
            "topologySpreadConstraints": zone_spread(labels),
            "metrics": metrics,
        }

    return {
        "installCRDs": True,
        "leaderElect": True,
        "serviceMonitor": {"enabled": True},
        **component("external-secrets", "50m", "256Mi"),
        "webhook": component("external-secrets-webhook", "50m", "128Mi"),
        "certController": component("external-secrets-cert-controller", "50m", "128Mi"),
    }


def metrics_server(environment: Environment) -> Values:
    """metrics-server for the HPAs' CPU and memory metrics."""
    labels = {"app.kubernetes.io/name": "metrics-server", "app.kubernetes.io/instance": "metrics-server"}
    return {
        "replicas": CONTROLLER_REPLICAS,
        "podDisruptionBudget": min_available_one(CONTROLLER_REPLICAS),
        "resources": resources("100m", "200Mi"),
        "topologySpreadConstraints": zone_spread(labels),
        "metrics": {"enabled": True},
        "serviceMonitor": {"enabled": True},
    }


def prometheus_adapter_rules(environment: Environment) -> list[Values]:
    """The custom-metrics rule behind ``HTTP_REQUESTS_PER_SECOND``: per pod, the rate of
    ``HTTP_REQUESTS_TOTAL`` over ``REQUEST_RATE_WINDOW_SCRAPES`` scrape intervals.

    It reads only the series of the request-scaled services' namespaces that carry the labels the
    PodMonitors set (``namespace`` and ``pod`` from prometheus-operator, ``service`` from the pod's
    name label), and maps them to their namespace and pod, the objects a ``Pods`` metric names.
    """
    namespaces = sorted({API_GATEWAY.namespace, SEARCH.namespace})
    namespace = f'="{namespaces[0]}"' if len(namespaces) == 1 else f'=~"{"|".join(namespaces)}"'
    window = REQUEST_RATE_WINDOW_SCRAPES * environment.observability.scrape_interval_seconds
    return [
        {
            "seriesQuery": (
                f'{HTTP_REQUESTS_TOTAL}{{{NAMESPACE_LABEL}{namespace},{POD_LABEL}!="",{SERVICE_LABEL}!=""}}'
            ),
            "resources": {
                "overrides": {
                    NAMESPACE_LABEL: {"resource": "namespace"},
                    POD_LABEL: {"resource": "pod"},
                }
            },
            "name": {
                "matches": f"^{HTTP_REQUESTS_TOTAL}$",
                "as": HTTP_REQUESTS_PER_SECOND,
            },
            "metricsQuery": f"sum(rate(<<.Series>>{{<<.LabelMatchers>>}}[{window}s])) by (<<.GroupBy>>)",
        }
    ]


def prometheus_adapter(environment: Environment) -> Values:
    """prometheus-adapter: the custom metrics API (``http_requests_per_second`` per pod) for the HPAs.

    It serves that API only: no default rules (they would publish every series of the cluster),
    no resource rules (metrics-server serves ``metrics.k8s.io``) and no external rules (KEDA owns
    ``external.metrics.k8s.io``; a second APIService for it would replace KEDA's). It calls only
    Prometheus; the API server calls it, so no Contexter namespace policy is involved.
    """
    prometheus = urlsplit(PROMETHEUS_URL)
    labels = {
        "app.kubernetes.io/name": "prometheus-adapter",
        "app.kubernetes.io/instance": "prometheus-adapter",
    }
    return {
        "replicas": CONTROLLER_REPLICAS,
        "podDisruptionBudget": {"enabled": True, "maxUnavailable": 1},
        "resources": resources("100m", "256Mi"),
        "topologySpreadConstraints": zone_spread(labels),
        "prometheus": {
            "url": f"{prometheus.scheme}://{prometheus.hostname}",
            "port": prometheus.port,
            "path": prometheus.path,
        },
        "rules": {"default": False, "custom": prometheus_adapter_rules(environment), "external": []},
        "priorityClassName": capacity.CRITICAL_PRIORITY,
        "podSecurityContext": {**RESTRICTED_POD, "fsGroup": 10001},
        "securityContext": {**RESTRICTED_CONTAINER, "runAsUser": 10001},
    }


def argo_rollouts(environment: Environment) -> Values:
    """The Argo Rollouts controller; the dashboard stays off (Argo CD shows rollouts)."""
    labels = {"app.kubernetes.io/name": "argo-rollouts", "app.kubernetes.io/component": "rollouts-controller"}
    return {
        "controller": {
            "replicas": CONTROLLER_REPLICAS,
            "pdb": min_available_one(CONTROLLER_REPLICAS),
            "resources": resources("100m", "256Mi"),
            "topologySpreadConstraints": zone_spread(labels),
            "metrics": {"enabled": True, "serviceMonitor": {"enabled": True}},
            "priorityClassName": capacity.CRITICAL_PRIORITY,
        },
        "dashboard": {"enabled": False},
    }


def keda_operator_pod_metadata() -> tuple[dict[str, str], dict[str, str]]:
    """Pod labels and annotations that put the KEDA operator, and only it, in the mesh.

    Redis (``contexter-data``, STRICT mTLS) admits the operator by its principal, which only a
    sidecar gives it. Its namespace stays out of the mesh: the API server, outside it, calls the
    metrics API server and the webhooks. The operator's own ports (``KEDA_OPERATOR.ports``: the
    metrics Prometheus scrapes in plain HTTP, the gRPC port the metrics API server calls) stay
    out of the proxy's inbound capture, so the mesh-wide STRICT mode does not refuse them.
    """
    ports = ",".join(str(port.number) for port in KEDA_OPERATOR.ports)
    return (
        {"sidecar.istio.io/inject": "true"},
        {"traffic.sidecar.istio.io/excludeInboundPorts": ports},
    )


def keda(environment: Environment) -> Values:
    """KEDA; its operator exports ``keda_scaler_metrics_value``, the queue depth the
    ``IngestionQueueBacklog`` alert reads, and runs with a sidecar (``keda_operator_pod_metadata``)."""
    replicas = CONTROLLER_REPLICAS
    monitored = {"enabled": True, "serviceMonitor": {"enabled": True}}
    labels, annotations = keda_operator_pod_metadata()
    return {
        "podLabels": {"keda": labels},
        "podAnnotations": {"keda": annotations},
        "operator": {"replicaCount": replicas},
        "metricsServer": {"replicaCount": replicas},
        "webhooks": {"replicaCount": replicas},
        "podDisruptionBudget": {
            "operator": {"minAvailable": 1},
            "metricServer": {"minAvailable": 1},
            "webhooks": {"minAvailable": 1},
        },
        "resources": {
            "operator": resources("100m", "256Mi"),
            "metricServer": resources("100m", "256Mi"),
            "webhooks": resources("50m", "128Mi"),
        },
        "topologySpreadConstraints": {
            "operator": zone_spread({"app": "keda-operator"}),
            "metricsServer": zone_spread({"app": "keda-operator-metrics-apiserver"}),
            "webhooks": zone_spread({"app": "keda-admission-webhooks"}),
        },
        "prometheus": {
            "operator": {**monitored, "port": KEDA_OPERATOR.port("metrics").number},
            "metricServer": monitored,
            "webhooks": monitored,
        },
    }


def _retention_size(volume_size: str) -> str:
    """85% of the volume, so Prometheus deletes old blocks before the disk fills up."""
    gibibytes = parse_quantity(volume_size) / Decimal(2**30)
    return f"{int(gibibytes * Decimal('0.85'))}GiB"


SERVICE_INHIBITION_LABELS: tuple[str, ...] = (NAMESPACE_LABEL, SERVICE_LABEL)
"""The labels a page and the warnings it suppresses share (``charts.observability.alerts.service_labels``)."""

WATCHDOG_REPEAT_INTERVAL = "5m"
"""How often Alertmanager re-posts ``Watchdog`` to the dead man's switch; the switch's own grace
period must be longer."""


def alertmanager_config(environment: Environment) -> Values:
    """Alertmanager's routing tree, inhibition and receivers.

    - ``critical`` pages (receiver ``page``, PagerDuty) where ``observability.page_on_call`` is on,
      and otherwise goes to the ticket channel; ``warning`` and any unknown severity open a ticket
      (``ticket``, Slack); ``info`` and ``none`` (kube-prometheus-stack's informational rules and
      ``InfoInhibitor``) notify nobody (``null``): they are there to look at in Grafana.
    - ``Watchdog`` (always firing, kube-prometheus-stack) goes to the dead man's switch
      ``observability.heartbeat_url``, which calls a human when it stops arriving.
    - A page about a service (an alert with a non-empty ``namespace`` and ``service``) suppresses the
      warnings with the same two labels, and nothing else: the source must carry both labels,
      because ``equal`` counts a label missing on both alerts as equal. As upstream, a critical
      alert also suppresses the warning of the same name and namespace (a two-threshold rule).

    Receiver credentials are files from the ``alertmanager-receivers`` Secret (External Secrets,
    from Vault), never values in this repository.
    """
    secret = secret_catalog.ALERTMANAGER_RECEIVERS
    directory = f"{ALERTMANAGER_SECRETS_DIR}/{secret.name}"
    pages = environment.observability.page_on_call
    page_receiver = "page" if pages else "ticket"
    receivers: list[Values] = [
        {"name": "null"},
        {
            "name": "ticket",
            "slack_configs": [{"api_url_file": f"{directory}/slack-webhook-url", "send_resolved": True}],
        },
        {
            "name": "heartbeat",
            "webhook_configs": [
                {
                    "url": environment.observability.heartbeat_url,
                    "send_resolved": False,
                    "http_config": {
                        "authorization": {
                            "type": "Bearer",
                            "credentials_file": f"{directory}/heartbeat-token",
                        }
                    },
                }
            ],
        },
    ]
    if pages:
        receivers.append(
            {
                "name": "page",
                "pagerduty_configs": [
                    {"routing_key_file": f"{directory}/pagerduty-routing-key", "send_resolved": True}
                ],
            }
        )
    return {
        "global": {"resolve_timeout": "5m"},
        "route": {
            "receiver": "ticket",
            "group_by": ["alertname", *SERVICE_INHIBITION_LABELS],
            "group_wait": "30s",
            "group_interval": "5m",
            "repeat_interval": "4h",
            "routes": [
                {
                    "receiver": "heartbeat",
                    "matchers": ['alertname = "Watchdog"'],
                    "group_wait": "0s",
                    "group_interval": "1m",
                    "repeat_interval": WATCHDOG_REPEAT_INTERVAL,
                },
                {"receiver": "null", "matchers": ['alertname = "InfoInhibitor"']},
                {"receiver": page_receiver, "matchers": ['severity = "critical"'], "repeat_interval": "1h"},
                {"receiver": "null", "matchers": ['severity =~ "info|none"']},
            ],
        },
        "inhibit_rules": [
            {
                "source_matchers": [
                    'severity = "critical"',
                    *(f'{label} =~ ".+"' for label in SERVICE_INHIBITION_LABELS),
                ],
                "target_matchers": ['severity =~ "warning|info"'],
                "equal": list(SERVICE_INHIBITION_LABELS),
            },
            {
                "source_matchers": ['severity = "critical"'],
                "target_matchers": ['severity =~ "warning|info"'],
                "equal": ["alertname", NAMESPACE_LABEL],
            },
        ],
        "receivers": receivers,
        "templates": ["/etc/alertmanager/config/*.tmpl"],
    }


def kube_prometheus_stack(environment: Environment) -> Values:
    """Prometheus (in the mesh, istio-certs pattern), Alertmanager, Grafana and the exporters."""
    observability = environment.observability
    names = names_for(environment)
    storage_class = environment.storage.class_name
    prometheus_replicas = observability.prometheus_replicas
    alertmanager_replicas = observability.alertmanager_replicas
    grafana_admin = secret_catalog.GRAFANA_ADMIN
    return {
        "crds": {"enabled": False},
        # EKS runs the control plane: etcd, scheduler, controller-manager and kube-proxy metrics
        # cannot be scraped, so their targets and rules would only ever alert.
        "kubeEtcd": {"enabled": False},
        "kubeControllerManager": {"enabled": False},
        "kubeScheduler": {"enabled": False},
        "kubeProxy": {"enabled": False},
        "defaultRules": {
            "create": True,
            "rules": {
                "etcd": False,
                "kubeControllerManager": False,
                "kubeSchedulerAlerting": False,
                "kubeSchedulerRecording": False,
                "kubeProxy": False,
            },
        },
        "prometheusOperator": {
            "resources": resources("100m", "256Mi"),
            "securityContext": {**RESTRICTED_POD, "runAsUser": 65534, "runAsGroup": 65534, "fsGroup": 65534},
        },
        "prometheus": {
            "podDisruptionBudget": min_available_one(prometheus_replicas),
            "prometheusSpec": {
                "replicas": prometheus_replicas,
                "retention": f"{observability.prometheus_retention_days}d",
                "retentionSize": _retention_size(observability.prometheus_volume_size),
                "scrapeInterval": f"{observability.scrape_interval_seconds}s",
                "evaluationInterval": "30s",
                "externalLabels": {"cluster": names.cluster, "environment": environment.name},
                "enableAdminAPI": False,
                # Select every rule and monitor in every namespace, not only this release's.
                "ruleSelectorNilUsesHelmValues": False,
                "serviceMonitorSelectorNilUsesHelmValues": False,
                "podMonitorSelectorNilUsesHelmValues": False,
                "probeSelectorNilUsesHelmValues": False,
                "scrapeConfigSelectorNilUsesHelmValues": False,
                "scrapeClasses": [mesh_scrape.scrape_class()],
                "podMetadata": {
                    "labels": mesh_scrape.prometheus_pod_labels(),
                    "annotations": {**mesh_scrape.prometheus_pod_annotations(), **capacity.do_not_disrupt()},
                },
                **capacity.critical_placement(),
                "priorityClassName": capacity.CRITICAL_PRIORITY,
                "volumes": mesh_scrape.prometheus_volumes(),
                "volumeMounts": mesh_scrape.prometheus_volume_mounts(),
                "storageSpec": {
                    "volumeClaimTemplate": {
                        "spec": {
                            "storageClassName": storage_class,
                            "accessModes": ["ReadWriteOnce"],
                            "resources": {"requests": {"storage": observability.prometheus_volume_size}},
                        }
                    }
                },
                "resources": resources("1", "4Gi"),
                "podAntiAffinity": "hard",
                "podAntiAffinityTopologyKey": ZONE,
                "securityContext": {**RESTRICTED_POD, "runAsUser": 1000, "runAsGroup": 2000, "fsGroup": 2000},
            },
        },
        "alertmanager": {
            "podDisruptionBudget": min_available_one(alertmanager_replicas),
            "config": alertmanager_config(environment),
            "alertmanagerSpec": {
                "replicas": alertmanager_replicas,
                "secrets": [secret_catalog.ALERTMANAGER_RECEIVERS.name],
                "resources": resources("50m", "128Mi"),
                "podAntiAffinity": "soft",
                "podAntiAffinityTopologyKey": ZONE,
                "podMetadata": {"annotations": capacity.do_not_disrupt()},
                **capacity.critical_placement(),
                "priorityClassName": capacity.CRITICAL_PRIORITY,
                "storage": {
                    "volumeClaimTemplate": {
                        "spec": {
                            "storageClassName": storage_class,
                            "accessModes": ["ReadWriteOnce"],
                            "resources": {"requests": {"storage": "2Gi"}},
                        }
                    }
                },
                "securityContext": {**RESTRICTED_POD, "runAsUser": 1000, "runAsGroup": 2000, "fsGroup": 2000},
            },
        },
        "grafana": {
            "replicas": observability.grafana_replicas,
            "podDisruptionBudget": {"minAvailable": 1} if observability.grafana_replicas >= 2 else {},
            "admin": {
                "existingSecret": grafana_admin.name,
                "userKey": "admin-user",
                "passwordKey": "admin-password",
            },
            "resources": resources("100m", "256Mi"),
            "testFramework": {"enabled": False},
            "grafana.ini": {
                "analytics": {"check_for_updates": False, "reporting_enabled": False},
                "users": {"allow_sign_up": False},
                "auth.anonymous": {"enabled": False},
            },
            "sidecar": {
                "dashboards": {
                    "enabled": True,
                    "label": SIDECAR_LABEL,
                    "labelValue": SIDECAR_LABEL_VALUE,
                    "folderAnnotation": FOLDER_ANNOTATION,
                    "searchNamespace": PROMETHEUS.identity.namespace,
                    "provider": {"foldersFromFilesStructure": True},
                },
            },
        },
        "kube-state-metrics": {"resources": resources("50m", "256Mi")},
        "prometheus-node-exporter": {"resources": resources("50m", "64Mi")},
    }


PUSHGATEWAY_DATA_DIR = "/data"
"""Where the Pushgateway chart mounts its persistent volume (``persistentVolume.mountPath``)."""

PUSHGATEWAY_PERSISTENCE_INTERVAL = "1m"
"""How often Pushgateway writes its series to the persistence file: at most this much of pushes is
lost on a crash (a clean shutdown writes them too). Default upstream: 5m."""


def pushgateway_persistence_args() -> list[str]:
    """Pushgateway's flags that keep pushed series across restarts, on the chart's volume."""
    return [
        f"--persistence.file={PUSHGATEWAY_DATA_DIR}/pushgateway.data",
        f"--persistence.interval={PUSHGATEWAY_PERSISTENCE_INTERVAL}",
    ]


def prometheus_pushgateway(environment: Environment) -> Values:
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
            "storageClass": environment.storage.class_name,
            "mountPath": PUSHGATEWAY_DATA_DIR,
        },
        "extraArgs": pushgateway_persistence_args(),
        "serviceMonitor": {"enabled": True, "honorLabels": True},
        "resources": resources("50m", "64Mi"),
        "securityContext": {**RESTRICTED_POD, "runAsUser": 65534, "fsGroup": 65534},
        "containerSecurityContext": RESTRICTED_CONTAINER,
    }


def velero(environment: Environment) -> Values:
    """Velero as ServiceAccount ``velero`` (Pod Identity): cluster backups to
    ``<backup bucket>/<env>/velero`` and EBS snapshots in the environment's region.

    The snapshots need no tag key here: the aws plugin copies the volume's tags onto each snapshot
    it creates, and the EBS CSI driver puts the cost-allocation tags on every volume
    (``extraVolumeTags``, infra/cluster); its ``volumeSnapshotLocation`` config has no tags."""
    names = names_for(environment)
    region = environment.aws.region
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
                    "prefix": f"{environment.name}/velero",
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


def vault_server_config(environment: Environment) -> str:
    """Vault's HCL: TLS listener, raft storage joining every peer over TLS, AWS KMS auto-unseal.

    No ``disable_mlock``: the chart appends ``disable_mlock = true`` to an HCL config itself
    (``vault.config`` in templates/_helpers.tpl), and Vault refuses a config that sets it twice.
    """
    names = names_for(environment)
    tls = f"{VAULT_USERCONFIG}/{VAULT_TLS_SECRET}"
    joins = "".join(
        f"""
  retry_join {{
    leader_api_addr     = "https://{VAULT_SERVICE}-{index}.{VAULT_SERVICE}-internal:8200"
    leader_ca_cert_file = "{tls}/ca.crt"
  }}"""
        for index in range(environment.vault.replicas)
    )
    return f"""ui = true

listener "tcp" {{
  address         = "[::]:8200"
  cluster_address = "[::]:8201"
  tls_cert_file   = "{tls}/tls.crt"
  tls_key_file    = "{tls}/tls.key"
  tls_min_version = "tls12"
  telemetry {{
    unauthenticated_metrics_access = true
  }}
}}

storage "raft" {{
  path = "/vault/data"{joins}
}}

seal "awskms" {{
  region     = "{environment.aws.region}"
  kms_key_id = "{names.vault_kms_alias}"
}}

service_registration "kubernetes" {{}}

telemetry {{
  prometheus_retention_time = "30s"
  disable_hostname          = true
}}
"""


def vault(environment: Environment) -> Values:
    """Vault: HA raft across zones, AWS KMS auto-unseal, TLS from cert-manager, an audit volume."""
    replicas = environment.vault.replicas
    storage_class = environment.storage.class_name
    labels = {"app.kubernetes.io/name": "vault", "app.kubernetes.io/instance": "vault", "component": "server"}
    return {
        "global": {"enabled": True, "tlsDisable": False, "serverTelemetry": {"prometheusOperator": True}},
        # Pods receive secrets through External Secrets, not through Vault's agent injector.
        "injector": {"enabled": False},
        "server": {
            "serviceAccount": {"create": True, "name": VAULT_SERVICE},
            "resources": resources("250m", "512Mi"),
            # Ready while sealed or uninitialized, so the first `vault operator init` can reach it.
            "readinessProbe": {
                "enabled": True,
                "path": "/v1/sys/health?standbyok=true&sealedcode=204&uninitcode=204",
            },
            "extraEnvironmentVars": {"VAULT_CACERT": f"{VAULT_USERCONFIG}/{VAULT_TLS_SECRET}/ca.crt"},
            "extraVolumes": [{"type": "secret", "name": VAULT_TLS_SECRET}],
            "dataStorage": {"enabled": True, "size": "10Gi", "storageClass": storage_class},
            "auditStorage": {"enabled": True, "size": "10Gi", "storageClass": storage_class},
            "standalone": {"enabled": False},
            "ha": {
                "enabled": True,
                "replicas": replicas,
                "disruptionBudget": {"enabled": replicas >= 3},
                "raft": {"enabled": True, "setNodeId": True, "config": vault_server_config(environment)},
            },
            # Hard spread, from the typed zone count: a lost zone never takes the raft majority.
            "topologySpreadConstraints": quorum_zone_spread(labels, zones=environment.aws.az_count),
            **capacity.critical_placement(),
            "priorityClassName": capacity.CRITICAL_PRIORITY,
            "annotations": capacity.do_not_disrupt(),
            "statefulSet": {
                "securityContext": {
                    "pod": {**RESTRICTED_POD, "runAsUser": 100, "runAsGroup": 1000, "fsGroup": 1000},
                    "container": {
                        key: value
                        for key, value in RESTRICTED_CONTAINER.items()
                        if key != "readOnlyRootFilesystem"
                    },
                }
            },
        },
        "serverTelemetry": {"serviceMonitor": {"enabled": True}},
        "csi": {"enabled": False},
    }


VALUES: dict[str, Callable[[Environment], Values]] = {
    "prometheus-operator-crds": prometheus_operator_crds,
    "istio-base": istio_base,
    "istio-cni": istio_cni,
    "istiod": istiod,
    "istio-ingressgateway": istio_ingressgateway,
    "argo-cd": argo_cd,
    "karpenter": karpenter,
    "cert-manager": cert_manager,
    "external-secrets": external_secrets,
    "metrics-server": metrics_server,
    "argo-rollouts": argo_rollouts,
    "prometheus-adapter": prometheus_adapter,
    "keda": keda,
    "kube-prometheus-stack": kube_prometheus_stack,
    "prometheus-pushgateway": prometheus_pushgateway,
    "velero": velero,
    "vault": vault,
}
"""The values function of each add-on in ``addons.ADDONS``, by name."""
