"""The metric contract between the Contexter services, Prometheus, rollout analysis, alerts and dashboards.

The services (and the sample service in ``tests/fixtures``) export these HTTP metrics on
``/metrics``; the ServiceMonitors copy each pod's ``rollouts-pod-template-hash`` label onto its
series, so rollout analysis can judge one ReplicaSet (a blue-green preview, a canary) alone.
Everything that writes PromQL imports its names from here.
"""

from __future__ import annotations

PROMETHEUS_URL = "http://kube-prometheus-stack-prometheus.monitoring.svc:9090"
"""In-cluster Prometheus (Helm release ``kube-prometheus-stack`` in namespace ``monitoring``)."""

PUSHGATEWAY_URL = "http://prometheus-pushgateway.monitoring.svc:9091"
"""Prometheus Pushgateway (Helm release ``prometheus-pushgateway`` in ``monitoring``), where batch jobs
push their outcome; Prometheus scrapes it with ``honor_labels: true``."""

HTTP_REQUESTS_TOTAL = "http_requests_total"
"""Counter of handled HTTP requests, labelled ``method``, ``route`` and ``status`` (e.g. ``"503"``)."""

HTTP_REQUEST_DURATION_SECONDS = "http_request_duration_seconds"
"""Latency histogram in seconds (``_bucket``, ``_sum``, ``_count``), labelled ``method``, ``route``."""

SERVER_ERROR_STATUS = 'status=~"5.."'
"""Label matcher for server errors: what counts against the error budget."""

POD_TEMPLATE_HASH_LABEL = "rollouts_pod_template_hash"
"""Series label copied from the pod label ``rollouts-pod-template-hash`` by the ServiceMonitors."""

POD_TEMPLATE_HASH_POD_LABEL = "rollouts-pod-template-hash"
"""Pod label Argo Rollouts puts on every pod of a ReplicaSet; the source of ``POD_TEMPLATE_HASH_LABEL``."""

SERVICE_LABEL = "service"
"""Series label naming the workload (the ServiceMonitor sets it from ``app.kubernetes.io/name``)."""

BACKUP_LAST_SUCCESS_TIMESTAMP = "contexter_backup_last_success_timestamp_seconds"
"""Gauge set by the backup tool after each successful run, labelled ``component`` (qdrant, redis, vault)."""
