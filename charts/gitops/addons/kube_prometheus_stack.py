"""kube-prometheus-stack: Prometheus (in the mesh), Alertmanager, Grafana and the exporters."""

from __future__ import annotations

from decimal import Decimal

from charts import secret_catalog
from charts.gitops.addon_chart import AddonChart, Values
from charts.gitops.helm_repositories import PROMETHEUS_COMMUNITY_REPO
from charts.gitops.helm_values import RESTRICTED_POD, ZONE, min_available_one, resources
from charts.observability import mesh_scrape
from charts.observability.dashboard_config_map import FOLDER_ANNOTATION, SIDECAR_LABEL, SIDECAR_LABEL_VALUE
from charts.observability.metrics import NAMESPACE_LABEL, SERVICE_LABEL
from charts.platform import capacity
from contexter_deploy.ground.config.model import Observability, Storage
from contexter_deploy.ground.config.quantity import parse_quantity
from contexter_deploy.ground.naming import Names, names_for
from contexter_deploy.ground.topology import PROMETHEUS

ALERTMANAGER_SECRETS_DIR = "/etc/alertmanager/secrets"
"""Where Alertmanager mounts each secret listed in ``alertmanagerSpec.secrets``."""


SERVICE_INHIBITION_LABELS: tuple[str, ...] = (NAMESPACE_LABEL, SERVICE_LABEL)
"""The labels a page and the warnings it suppresses share (``charts.observability.alerts.service_labels``)."""

WATCHDOG_REPEAT_INTERVAL = "5m"
"""How often Alertmanager re-posts ``Watchdog`` to the dead man's switch; the switch's own grace
period must be longer."""


def alertmanager_config(observability: Observability) -> Values:
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
    pages = observability.page_on_call
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
                    "url": observability.heartbeat_url,
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


def _retention_size(volume_size: str) -> str:
    """85% of the volume, so Prometheus deletes old blocks before the disk fills up."""
    gibibytes = parse_quantity(volume_size) / Decimal(2**30)
    return f"{int(gibibytes * Decimal('0.85'))}GiB"


def values(*, names: Names, observability: Observability, storage: Storage) -> Values:
    """Prometheus (in the mesh, istio-certs pattern), Alertmanager, Grafana and the exporters: sized
    by ``observability``, on volumes of ``storage``'s class, labelled with the cluster of ``names``."""
    storage_class = storage.class_name
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
                "externalLabels": {"cluster": names.cluster, "environment": names.environment},
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
            "config": alertmanager_config(observability),
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


ADDON = AddonChart(
    name="kube-prometheus-stack",
    repo_url=PROMETHEUS_COMMUNITY_REPO,
    chart="kube-prometheus-stack",
    version="80.9.1",
    namespace=PROMETHEUS.identity.namespace,
    wave=6,
    values=lambda environment: values(
        names=names_for(environment), observability=environment.observability, storage=environment.storage
    ),
    needs=("prometheus-operator-crds", "istiod"),
)
