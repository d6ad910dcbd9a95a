"""The chart of monitors, alerts and dashboards for Contexter."""

from __future__ import annotations

from cdk8s import Chart
from constructs import Construct

from charts import secret_catalog
from charts.observability.alert_rules import AlertRules, AlertRulesProps
from charts.observability.alerts import contexter_alerts
from charts.observability.dashboard_config_map import DashboardConfigMap, DashboardConfigMapProps
from charts.observability.dashboards import contexter_dashboards
from charts.observability.envoy_monitor import EnvoyMonitor, EnvoyMonitorProps
from charts.observability.istiod_monitor import IstiodMonitor, IstiodMonitorProps
from charts.observability.workload_monitor import SecretKey, WorkloadMonitor, WorkloadMonitorProps
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.topology import (
    CONTEXTER_NAMESPACES,
    INGRESS_GATEWAY,
    ISTIOD,
    ISTIOD_MONITORING,
    ISTIOD_MONITORING_PATH,
    PROMETHEUS,
    QDRANT,
    WORKLOADS,
    Workload,
    workloads_in,
)

MONITORING_NAMESPACE = PROMETHEUS.identity.namespace
"""Where Prometheus, Alertmanager and Grafana run (kube-prometheus-stack's namespace)."""


def metrics_credentials(workload: Workload) -> SecretKey | None:
    """The Secret key a workload's ``/metrics`` wants as a bearer token, if any.

    Qdrant guards every HTTP endpoint with its API key; Prometheus uses the read-only key, the one
    that cannot change data.
    """
    if workload == QDRANT:
        secret = secret_catalog.QDRANT_SERVER
        if secret.namespace != workload.namespace or "read-only-api-key" not in secret.keys:
            raise ValueError(f"{secret.name} in {secret.namespace} must carry read-only-api-key for Qdrant")
        return SecretKey(secret.name, "read-only-api-key")
    return None


class ObservabilityChart(Chart):
    """A PodMonitor per workload that serves metrics, one per namespace for the Istio proxies (and
    one for the ingress gateway), a ServiceMonitor for istiod, the alert rules and the Grafana
    dashboards."""

    def __init__(self, scope: Construct, id: str, *, environment: Environment) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        interval = environment.observability.scrape_interval_seconds
        for workload in WORKLOADS:
            if workload.metrics_port is None:
                continue
            WorkloadMonitor(
                self,
                f"{workload.name}-monitor",
                props=WorkloadMonitorProps(
                    workload=workload,
                    scrape_interval_seconds=interval,
                    bearer_token=metrics_credentials(workload),
                ),
            )
        for namespace in CONTEXTER_NAMESPACES:
            EnvoyMonitor(
                self,
                f"envoy-{namespace}",
                props=EnvoyMonitorProps(
                    name="envoy-sidecars",
                    namespace=namespace,
                    workloads=tuple(w.name for w in workloads_in(namespace) if w.sidecar_ports),
                    scrape_interval_seconds=interval,
                ),
            )
        EnvoyMonitor(
            self,
            "envoy-ingress-gateway",
            props=EnvoyMonitorProps(
                name=INGRESS_GATEWAY.name,
                namespace=INGRESS_GATEWAY.identity.namespace,
                pod_labels=dict(INGRESS_GATEWAY.pod_labels),
                scrape_interval_seconds=interval,
            ),
        )
        IstiodMonitor(
            self,
            "istiod-monitor",
            props=IstiodMonitorProps(
                namespace=ISTIOD.namespace,
                # the istiod chart labels its Service as it labels the pods: app: istiod
                service_labels=dict(ISTIOD.pod_labels),
                port=ISTIOD_MONITORING.name,
                path=ISTIOD_MONITORING_PATH,
                scrape_interval_seconds=interval,
            ),
        )
        AlertRules(
            self,
            "alerts",
            props=AlertRulesProps(
                name="contexter",
                namespace=MONITORING_NAMESPACE,
                alerts=contexter_alerts(environment.slo),
                gitops=environment.gitops,
            ),
        )
        for dashboard in contexter_dashboards(environment.slo, environment.rollout):
            DashboardConfigMap(
                self,
                dashboard.uid,
                props=DashboardConfigMapProps(dashboard=dashboard, namespace=MONITORING_NAMESPACE),
            )
