"""The metric contract between the Contexter services, Prometheus, rollout analysis, alerts and dashboards.

The services (and the sample service in ``tests/fixtures``) export these HTTP metrics on
``/metrics``; the ServiceMonitors copy each pod's ``rollouts-pod-template-hash`` label onto its
series, so rollout analysis can judge one ReplicaSet (a blue-green preview, a canary) alone.
Everything that writes PromQL imports its names from here.
"""

from __future__ import annotations

from contexter_deploy.ground.topology import PUSHGATEWAY

PROMETHEUS_URL = "http://kube-prometheus-stack-prometheus.monitoring.svc:9090"
"""In-cluster Prometheus (Helm release ``kube-prometheus-stack`` in namespace ``monitoring``)."""

PUSHGATEWAY_URL = PUSHGATEWAY.url("http")
"""Prometheus Pushgateway (Helm release ``prometheus-pushgateway`` in ``monitoring``), where batch jobs
push their outcome; Prometheus scrapes it with ``honor_labels: true``."""

HTTP_REQUESTS_TOTAL = "http_requests_total"
"""Counter of handled HTTP requests, labelled ``method``, ``route`` and ``status`` (e.g. ``"503"``)."""

HTTP_REQUEST_DURATION_SECONDS = "http_request_duration_seconds"
"""Latency histogram in seconds (``_bucket``, ``_sum``, ``_count``), labelled ``method``, ``route``."""

SERVER_ERROR_STATUS = 'status=~"5.."'
"""Label matcher for server errors: what counts against the error budget."""

ISTIO_REQUESTS_TOTAL = "istio_requests_total"
"""Istio's request counter, recorded by each Envoy proxy (``charts.observability.envoy_monitor``
scrapes them): labels ``reporter`` (``source``: the caller's proxy or the ingress gateway;
``destination``: the server's), ``destination_service_name``, ``destination_service_namespace``,
``response_code`` (``"504"`` for a route timeout, which the app never sees) and ``response_flags``.
See https://istio.io/latest/docs/reference/config/metrics/."""

ISTIO_REQUEST_DURATION_MILLISECONDS = "istio_request_duration_milliseconds"
"""Istio's latency histogram in milliseconds, with the labels of ``ISTIO_REQUESTS_TOTAL``."""

ISTIO_SERVER_ERROR_STATUS = 'response_code=~"5.."'
"""Label matcher for the server errors a caller received, timeouts and resets included."""

ISTIO_REPORTER_LABEL = "reporter"
ISTIO_REPORTER_SOURCE = "source"
"""``reporter`` value of what the caller's proxy saw: the callers' view."""
ISTIO_DESTINATION_SERVICE_LABEL = "destination_service_name"
ISTIO_DESTINATION_NAMESPACE_LABEL = "destination_service_namespace"

POD_TEMPLATE_HASH_LABEL = "rollouts_pod_template_hash"
"""Series label copied from the pod label ``rollouts-pod-template-hash`` by the ServiceMonitors."""

POD_TEMPLATE_HASH_POD_LABEL = "rollouts-pod-template-hash"
"""Pod label Argo Rollouts puts on every pod of a ReplicaSet; the source of ``POD_TEMPLATE_HASH_LABEL``."""

SERVICE_LABEL = "service"
"""Series label naming the workload (the ServiceMonitor sets it from ``app.kubernetes.io/name``)."""

NAMESPACE_LABEL = "namespace"
POD_LABEL = "pod"
"""Series labels naming the scraped pod and its namespace: prometheus-operator sets both on every
PodMonitor target. The custom metrics API maps a series to its Kubernetes object through them."""

HTTP_REQUESTS_PER_SECOND = "http_requests_per_second"
"""Custom metric (``custom.metrics.k8s.io``, served by prometheus-adapter) of each pod: the per-second
rate of ``HTTP_REQUESTS_TOTAL`` over ``REQUEST_RATE_WINDOW_SCRAPES`` scrape intervals. The HTTP
services' HPAs scale on it."""

REQUEST_RATE_WINDOW_SCRAPES = 4
"""Range of the ``rate()`` behind ``HTTP_REQUESTS_PER_SECOND``, in scrape intervals (1m at 15 s):
a missed scrape still leaves a rate, and a spike shows fully one window after it starts."""

BACKUP_LAST_SUCCESS_TIMESTAMP = "contexter_backup_last_success_timestamp_seconds"
"""Gauge set by the backup tool after each successful run, labelled ``component`` (qdrant, redis, vault)."""

QUEUE_LENGTH_TRIGGER = "queue-length"
"""Name of the KEDA trigger that scales the ingestion workers on the Redis list's length. KEDA
(2.18, ``pkg/metricscollector/prommetrics.go``) labels ``keda_scaler_metrics_value`` with the
trigger's name as ``scaler`` when it has one, so the ScaledObject and every query of that gauge
take the name from here."""
