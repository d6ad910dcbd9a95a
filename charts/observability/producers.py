"""Who produces each metric the project queries, with which labels after the scrape, and what scrapes it.

The catalogue behind ``tests/charts/observability/test_metric_producers.py``: every selector in an
alert, recording rule, AnalysisTemplate, dashboard panel and prometheus-adapter rule of ``dist/<env>``
must name a metric listed here, match only labels its producer's series carry, and the producer must
be scraped (a PodMonitor in ``dist/<env>``, or the add-on's ServiceMonitor switched on in its values)
and reachable: the connection Prometheus -> producer on the scraped port is declared in
``contexter_deploy/ground/topology.py`` and gets through every policy layer of ``dist/<env>``
(``contexter_deploy/validation/connections.py``).

``labels`` are the series' labels as stored, so they include what the scrape adds. prometheus-operator
(v0.87, ``pkg/prometheus/promcfg.go``) gives every PodMonitor/ServiceMonitor target ``namespace``,
``pod``, ``container``, ``endpoint``, ``instance`` and ``job`` (a ServiceMonitor also ``service``);
with ``honorLabels: false`` an exposed label of the same name is kept as ``exported_<name>``.
Values that the project's own declarations fix (trigger names, CronJob names) are checked by the test.
"""

from __future__ import annotations

from dataclasses import dataclass

from contexter_deploy.ground.topology import ISTIOD_MONITORING

TARGET = frozenset({"namespace", "pod", "container", "endpoint", "instance", "job"})
"""Labels prometheus-operator puts on every target it generates."""


@dataclass(frozen=True)
class Scraper:
    """What makes Prometheus scrape a producer."""

    pod_monitor: str | None = None
    """Name of a PodMonitor in ``dist/<env>`` (a Contexter workload)."""
    service_monitor: str | None = None
    """Name of a ServiceMonitor in ``dist/<env>`` (a platform service this project scrapes itself)."""
    application: str | None = None
    """Argo CD Application whose Helm values switch the producer's ServiceMonitor on."""
    values_path: tuple[str, ...] = ()
    """Path in those values that must be ``True`` (empty: the chart scrapes it by default)."""
    target: tuple[str, str | int] | None = None
    """For a ServiceMonitor: the party of ``contexter_deploy/ground/topology.py`` it scrapes and the port's
    name (or number, for a platform service whose ports the topology gives by number), so
    the test can follow Prometheus's connection through every policy layer. ``None``: the
    topology does not model the add-on's pods (``unmodelled`` says why). A PodMonitor's party and
    port are read from the PodMonitor in ``dist/<env>``."""
    unmodelled: str = ""
    """Why a ServiceMonitor scraper has no ``target``."""


@dataclass(frozen=True)
class Producer:
    name: str
    metrics: frozenset[str]
    labels: frozenset[str]
    scraped_by: tuple[Scraper, ...]
    source: str
    """Upstream file and version the metric names and labels are taken from."""


def _labels(*names: str, service: bool = True) -> frozenset[str]:
    return TARGET | frozenset(names) | ({"service"} if service else set())


def _workloads(*names: str) -> tuple[Scraper, ...]:
    return tuple(Scraper(pod_monitor=name) for name in names)


HTTP_SERVICES = ("api-gateway", "search", "ingestion")

PRODUCERS: tuple[Producer, ...] = (
    Producer(
        "contexter-services",
        frozenset({"http_requests_total"}),
        _labels("method", "route", "status", "rollouts_pod_template_hash"),
        _workloads(*HTTP_SERVICES),
        "charts/observability/metrics.py (the services' metric contract); PodMonitor relabelling",
    ),
    Producer(
        "contexter-services-latency",
        frozenset({"http_request_duration_seconds_bucket"}),
        _labels("method", "route", "le", "rollouts_pod_template_hash"),
        _workloads(*HTTP_SERVICES),
        "charts/observability/metrics.py (the services' metric contract); PodMonitor relabelling",
    ),
    Producer(
        "prometheus-targets",
        frozenset({"up"}),
        _labels(),
        _workloads(*HTTP_SERVICES, "qdrant", "redis"),
        "Prometheus: one `up` per target (docs: jobs and instances)",
    ),
    Producer(
        "qdrant",
        frozenset({"cluster_peers_total", "cluster_pending_operations_total", "collections_vector_total"}),
        _labels("collection", "peer_id"),
        _workloads("qdrant"),
        "qdrant v1.x src/common/metrics.rs",
    ),
    Producer(
        "redis-exporter",
        frozenset(
            {"redis_up", "redis_memory_used_bytes", "redis_memory_max_bytes", "redis_connected_slaves"}
        ),
        _labels(),
        _workloads("redis"),
        "oliver006/redis_exporter v1.x exporter/info.go (single-target mode: no extra labels)",
    ),
    Producer(
        "keda-operator",
        frozenset({"keda_scaler_metrics_value"}),
        _labels("exported_namespace", "metric", "scaledObject", "scaler", "triggerIndex", "type"),
        (
            Scraper(
                application="keda",
                values_path=("prometheus", "operator", "serviceMonitor", "enabled"),
                target=("keda-operator", "metrics"),
            ),
        ),
        "kedacore/keda v2.18 pkg/metricscollector/prommetrics.go; keda chart 2.18.3"
        " templates/manager/servicemonitor.yaml (no honorLabels: namespace -> exported_namespace)",
    ),
    Producer(
        "kube-state-metrics",
        frozenset(
            {
                "kube_cronjob_created",
                "kube_cronjob_status_last_schedule_time",
                "kube_cronjob_status_last_successful_time",
                "kube_horizontalpodautoscaler_spec_max_replicas",
                "kube_horizontalpodautoscaler_spec_min_replicas",
                "kube_horizontalpodautoscaler_status_current_replicas",
                "kube_pod_container_status_waiting_reason",
            }
        ),
        _labels("cronjob", "horizontalpodautoscaler", "reason", "uid"),
        (
            Scraper(
                application="kube-prometheus-stack",
                unmodelled="kube-state-metrics runs beside Prometheus in monitoring, a namespace without"
                " NetworkPolicies or sidecars in dist/; the topology has no party for it",
            ),
        ),
        "kubernetes/kube-state-metrics v2.17 internal/store/{cronjob,horizontalpodautoscaler,pod}.go;"
        " kube-prometheus-stack 80.9.1 kube-state-metrics.prometheus.monitor.honorLabels: true",
    ),
    Producer(
        "kubelet",
        frozenset({"kubelet_volume_stats_used_bytes", "kubelet_volume_stats_capacity_bytes"}),
        _labels("persistentvolumeclaim", "node", "metrics_path"),
        (
            Scraper(
                application="kube-prometheus-stack",
                unmodelled="the kubelet serves on the node's address, which no pod policy governs",
            ),
        ),
        "kubernetes pkg/kubelet/metrics/collectors/volume_stats.go; kube-prometheus-stack kubelet"
        " ServiceMonitor, honorLabels: true",
    ),
    Producer(
        "cert-manager",
        frozenset({"certmanager_certificate_expiration_timestamp_seconds"}),
        _labels("name", "exported_namespace", "issuer_name", "issuer_kind", "issuer_group"),
        (
            Scraper(
                application="cert-manager",
                values_path=("prometheus", "servicemonitor", "enabled"),
                unmodelled="the topology's cert-manager party declares no ports (its namespace has no"
                " NetworkPolicies or sidecars in dist/)",
            ),
        ),
        "cert-manager v1.19 internal/controller/certificates metrics;"
        " chart ServiceMonitor honorLabels: false",
    ),
    Producer(
        "pushgateway",
        frozenset({"contexter_backup_last_success_timestamp_seconds"}),
        _labels("component"),
        (
            Scraper(
                application="prometheus-pushgateway",
                values_path=("serviceMonitor", "enabled"),
                target=("prometheus-pushgateway", "http"),
            ),
        ),
        "backup/src/contexter_backup/metrics.py (pushed with job, component); Pushgateway 1.5;"
        " chart 3.2.0 ServiceMonitor honorLabels: true",
    ),
    Producer(
        "envoy",
        frozenset({"istio_requests_total", "istio_request_duration_milliseconds_bucket"}),
        _labels(
            "reporter",
            "source_workload",
            "source_workload_namespace",
            "source_principal",
            "source_app",
            "source_version",
            "source_canonical_service",
            "source_canonical_revision",
            "source_cluster",
            "destination_workload",
            "destination_workload_namespace",
            "destination_principal",
            "destination_app",
            "destination_version",
            "destination_service",
            "destination_service_name",
            "destination_service_namespace",
            "destination_canonical_service",
            "destination_canonical_revision",
            "destination_cluster",
            "request_protocol",
            "response_code",
            "grpc_response_status",
            "response_flags",
            "connection_security_policy",
            "le",
            service=False,
        ),
        (Scraper(pod_monitor="envoy-sidecars"), Scraper(pod_monitor="istio-ingressgateway")),
        "Istio 1.28 standard metrics (istio.io docs: reference/config/metrics; the stats filter's"
        " default labels); Envoy's /stats/prometheus on 15090, charts/observability/envoy_monitor.py",
    ),
    Producer(
        "istiod",
        frozenset({"pilot_xds", "pilot_xds_pushes", "pilot_proxy_convergence_time_bucket"}),
        _labels("type", "version", "le"),
        (Scraper(service_monitor="istiod", target=("istiod", ISTIOD_MONITORING.number)),),
        "istio/istio 1.28 pilot/pkg/xds/monitoring.go (pilot_xds by version; pilot_xds_pushes by type:"
        " cds, eds, lds, rds and <type>_senderr); istiod chart 1.28.3 Service port http-monitoring 15014;"
        " charts/observability/istiod_monitor.py",
    ),
    Producer(
        "argo-rollouts",
        frozenset(
            {
                "rollout_info",
                "rollout_info_replicas_desired",
                "rollout_info_replicas_available",
                "analysis_run_metric_phase",
            }
        ),
        _labels("name", "exported_namespace", "strategy", "phase", "traffic_router", "metric", "type"),
        (
            Scraper(
                application="argo-rollouts",
                values_path=("controller", "metrics", "serviceMonitor", "enabled"),
                unmodelled="the topology's argo-rollouts party declares no ports (its namespace has no"
                " NetworkPolicies or sidecars in dist/)",
            ),
        ),
        "argoproj/argo-rollouts v1.8 controller/metrics/{rollout,analysis}.go; chart 2.40.5 ServiceMonitor"
        " (no honorLabels)",
    ),
)
