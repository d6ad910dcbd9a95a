"""PromQL builders shared by the alerts, the recording rules and the dashboards.

Every metric name comes from ``charts.observability.metrics`` (the contract with the services) or
is an upstream exporter's documented name, listed here once. Functions return PromQL strings;
they never format thresholds into human text, so a query and its alert cannot disagree.
"""

from __future__ import annotations

from collections.abc import Iterable

from charts.observability.metrics import (
    HTTP_REQUEST_DURATION_SECONDS,
    HTTP_REQUESTS_TOTAL,
    ISTIO_REPORTER_LABEL,
    ISTIO_REPORTER_SOURCE,
    ISTIO_REQUEST_DURATION_MILLISECONDS,
    ISTIO_REQUESTS_TOTAL,
    ISTIO_SERVER_ERROR_STATUS,
    NAMESPACE_LABEL,
    QUEUE_LENGTH_TRIGGER,
    SERVER_ERROR_STATUS,
    SERVICE_LABEL,
)

KEDA_SCALER_METRICS_VALUE = "keda_scaler_metrics_value"
"""KEDA operator gauge: the value each scaler last read (for a Redis list: its length). KEDA 2.18
labels it ``namespace``, ``scaledObject``, ``scaler`` (the trigger's name, else its type),
``triggerIndex``, ``metric`` and ``type`` (``pkg/metricscollector/prommetrics.go``); the KEDA chart's
ServiceMonitor does not honour labels, so Prometheus renames the ScaledObject's ``namespace`` to
``exported_namespace`` and sets ``namespace`` to the operator's (``keda``)."""

KSM_HPA_CURRENT_REPLICAS = "kube_horizontalpodautoscaler_status_current_replicas"
KSM_HPA_MIN_REPLICAS = "kube_horizontalpodautoscaler_spec_min_replicas"
KSM_HPA_MAX_REPLICAS = "kube_horizontalpodautoscaler_spec_max_replicas"
KSM_CONTAINER_WAITING_REASON = "kube_pod_container_status_waiting_reason"
KUBELET_VOLUME_USED_BYTES = "kubelet_volume_stats_used_bytes"
KUBELET_VOLUME_CAPACITY_BYTES = "kubelet_volume_stats_capacity_bytes"
CERT_MANAGER_EXPIRATION = "certmanager_certificate_expiration_timestamp_seconds"

QDRANT_CLUSTER_PEERS = "cluster_peers_total"
QDRANT_PENDING_OPERATIONS = "cluster_pending_operations_total"
QDRANT_VECTORS = "collections_vector_total"
REDIS_UP = "redis_up"
REDIS_MEMORY_USED = "redis_memory_used_bytes"
REDIS_MEMORY_MAX = "redis_memory_max_bytes"
REDIS_CONNECTED_REPLICAS = "redis_connected_slaves"

ISTIOD_XDS_CLIENTS = "pilot_xds"
ISTIOD_XDS_PUSHES = "pilot_xds_pushes"
ISTIOD_PROXY_CONVERGENCE = "pilot_proxy_convergence_time"
"""istiod's gauges, counter and histogram (seconds): ``istio/istio`` ``pilot/pkg/xds/monitoring.go``."""

ROLLOUT_INFO = "rollout_info"
ROLLOUT_REPLICAS_DESIRED = "rollout_info_replicas_desired"
ROLLOUT_REPLICAS_AVAILABLE = "rollout_info_replicas_available"
ANALYSIS_RUN_METRIC_PHASE = "analysis_run_metric_phase"

ERROR_RATIO_RECORD = f"{SERVICE_LABEL}:http_requests_error_ratio:rate"
"""Prefix of the recorded error ratio per service; the window follows, e.g. ``...:rate5m``."""

BURN_RATE_WINDOWS: tuple[str, ...] = ("5m", "30m", "1h", "6h", "3d")
"""Windows of the multi-window, multi-burn-rate alerts (Google SRE workbook, chapter 5)."""


def matchers(**labels: str) -> str:
    """``{a="x", b="y"}`` from keyword arguments, in argument order; ``""`` when empty."""
    if not labels:
        return ""
    return "{" + ", ".join(f'{name}="{value}"' for name, value in labels.items()) + "}"


def any_of(values: Iterable[str]) -> str:
    """A regular expression that matches exactly one of ``values`` (for ``=~``)."""
    return "|".join(sorted(values))


def request_rate(service: str, *, window: str = "5m", by: str = "") -> str:
    """Requests per second that ``service`` handled, optionally split ``by`` a label."""
    grouping = f" by ({by})" if by else ""
    return f'sum{grouping}(rate({HTTP_REQUESTS_TOTAL}{{{SERVICE_LABEL}="{service}"}}[{window}]))'


def _ratio(errors: str, total: str) -> str:
    """``errors / total``, reading a group without error series as 0 errors rather than no data
    (a service that never answered a 5xx has no ``status="5xx"`` series at all)."""
    return f"({errors} or {total} * 0)\n/\n{total}"


def error_ratio(service: str, *, window: str = "5m", by: str = "") -> str:
    """Share of ``service``'s requests answered with a server error, from the raw counters."""
    grouping = f" by ({by})" if by else ""
    errors = f'{HTTP_REQUESTS_TOTAL}{{{SERVICE_LABEL}="{service}", {SERVER_ERROR_STATUS}}}'
    total = f'{HTTP_REQUESTS_TOTAL}{{{SERVICE_LABEL}="{service}"}}'
    return _ratio(f"sum{grouping}(rate({errors}[{window}]))", f"sum{grouping}(rate({total}[{window}]))")


def error_ratio_recording(window: str) -> str:
    """The expression recorded as ``error_ratio_record(window)``: every service at once, 0 for a
    service with traffic and no server errors."""
    errors = f"{HTTP_REQUESTS_TOTAL}{{{SERVER_ERROR_STATUS}}}"
    by = f"namespace, {SERVICE_LABEL}"
    return _ratio(
        f"sum by ({by}) (rate({errors}[{window}]))", f"sum by ({by}) (rate({HTTP_REQUESTS_TOTAL}[{window}]))"
    )


def error_ratio_record(window: str) -> str:
    """Name of the recorded error ratio over ``window``."""
    return f"{ERROR_RATIO_RECORD}{window}"


def recorded_error_ratio(service: str, window: str) -> str:
    """The recorded error ratio of ``service`` over ``window``."""
    return f"{error_ratio_record(window)}{matchers(**{SERVICE_LABEL: service})}"


def error_budget(availability_target: float) -> float:
    """Share of requests that may fail: ``1 - availability_target`` (0.001 for 99.9%)."""
    return round(1 - availability_target, 10)


def burn_rate_condition(service: str, *, factor: float, long: str, short: str, objective: float) -> str:
    """Both windows burn the error budget at least ``factor`` times too fast.

    The long window proves the burn is significant; the short one that it is still happening,
    so the alert resets soon after the problem is fixed.
    """
    threshold = f"({factor:g} * {error_budget(objective):g})"
    return (
        f"{recorded_error_ratio(service, long)} > {threshold}\n"
        f"and\n"
        f"{recorded_error_ratio(service, short)} > {threshold}"
    )


def burn_rate(service: str, *, window: str, objective: float) -> str:
    """How many times faster than sustainable ``service`` spends its error budget."""
    return f"{recorded_error_ratio(service, window)} / {error_budget(objective):g}"


def availability(service: str, *, window: str) -> str:
    """Share of ``service``'s requests that succeeded over ``window`` (e.g. ``30d``)."""
    errors = f'{HTTP_REQUESTS_TOTAL}{{{SERVICE_LABEL}="{service}", {SERVER_ERROR_STATUS}}}'
    total = f'{HTTP_REQUESTS_TOTAL}{{{SERVICE_LABEL}="{service}"}}'
    ratio = _ratio(f"sum(increase({errors}[{window}]))", f"sum(increase({total}[{window}]))")
    return f"1 - ({ratio})"


def error_budget_remaining(service: str, *, window: str, objective: float) -> str:
    """Share of the window's error budget still unspent (1 = untouched, below 0 = SLO missed)."""
    budget = error_budget(objective)
    return f"1 - ((1 - ({availability(service, window=window)})) / {budget:g})"


def latency_quantile(service: str, quantile: float, *, window: str = "5m", by: str = "") -> str:
    """The ``quantile`` of ``service``'s request latency in seconds, from the histogram buckets."""
    labels = ", ".join(("le", by)) if by else "le"
    buckets = f'{HTTP_REQUEST_DURATION_SECONDS}_bucket{{{SERVICE_LABEL}="{service}"}}'
    return f"histogram_quantile({quantile:g}, sum by ({labels}) (rate({buckets}[{window}])))"


def queue_depth(scaled_object: str, namespace: str) -> str:
    """Jobs waiting in the Redis list that KEDA scales ``scaled_object`` (in ``namespace``) on, as
    KEDA last read it through the trigger ``QUEUE_LENGTH_TRIGGER``."""
    selector = matchers(exported_namespace=namespace, scaledObject=scaled_object, scaler=QUEUE_LENGTH_TRIGGER)
    return f"max({KEDA_SCALER_METRICS_VALUE}{selector})"


def hpa_metric(metric: str, namespaces: Iterable[str]) -> str:
    """A kube-state-metrics HPA gauge, one series per HPA."""
    return f'max by (namespace, horizontalpodautoscaler) ({metric}{{namespace=~"{any_of(namespaces)}"}})'


def hpa_at_max(namespaces: Iterable[str]) -> str:
    """HPAs that run at their maximum although their bounds leave room to scale."""
    names = tuple(namespaces)
    current = hpa_metric(KSM_HPA_CURRENT_REPLICAS, names)
    maximum = hpa_metric(KSM_HPA_MAX_REPLICAS, names)
    minimum = hpa_metric(KSM_HPA_MIN_REPLICAS, names)
    return f"({current} >= {maximum})\nand\n({maximum} > {minimum})"


def crash_looping(namespaces: Iterable[str], *, window: str = "5m") -> str:
    """Containers seen waiting in ``CrashLoopBackOff`` within ``window``.

    A crash-looping container runs for a moment between two back-offs, and kube-state-metrics
    then emits no waiting series at all; ``max_over_time`` keeps the alert firing through those
    moments instead of resetting its ``for``.
    """
    selector = f'{{reason="CrashLoopBackOff", namespace=~"{any_of(namespaces)}"}}'
    waiting = f"max_over_time({KSM_CONTAINER_WAITING_REASON}{selector}[{window}])"
    return f"max by (namespace, pod, container) ({waiting}) >= 1"


def volume_usage(namespaces: Iterable[str]) -> str:
    """Used share of each persistent volume claim, from the kubelet's volume statistics."""
    selector = f'{{namespace=~"{any_of(namespaces)}"}}'
    by = "namespace, persistentvolumeclaim"
    return (
        f"max by ({by}) ({KUBELET_VOLUME_USED_BYTES}{selector})\n/\n"
        f"max by ({by}) ({KUBELET_VOLUME_CAPACITY_BYTES}{selector})"
    )


def certificate_expires_in_seconds(*, namespace: str = "", name: str = "") -> str:
    """Seconds until each cert-manager Certificate expires (or only Certificate ``namespace/name``),
    labelled with the Certificate's ``namespace`` and ``name``.

    cert-manager's ServiceMonitor does not honour labels (chart v1.19 ``honorLabels: false``), so
    Prometheus stores the Certificate's namespace as ``exported_namespace`` and sets ``namespace``
    to cert-manager's own; ``label_replace`` gives the Certificate's namespace back its name.
    """
    only = {key: value for key, value in (("exported_namespace", namespace), ("name", name)) if value}
    series = f"{CERT_MANAGER_EXPIRATION}{matchers(**only)}"
    renamed = f'label_replace({series}, "namespace", "$1", "exported_namespace", "(.+)")'
    return f"min by (namespace, name) ({renamed}) - time()"


def certificate_expiry_absent(*, namespace: str, name: str) -> str:
    """1 when Prometheus has no expiry of Certificate ``namespace/name``: cert-manager is down or not
    scraped, or the Certificate is gone; labelled ``exported_namespace`` and ``name``."""
    return f"absent({CERT_MANAGER_EXPIRATION}{matchers(exported_namespace=namespace, name=name)})"


def _edge_series(metric: str, namespace: str, *extra: str) -> str:
    """``metric`` as the ingress gateway in ``namespace`` reports it: its PodMonitor is the only one
    there, so the target's ``namespace`` selects the gateway's Envoys and no sidecar's."""
    labels = ", ".join(
        (f'{NAMESPACE_LABEL}="{namespace}"', f'{ISTIO_REPORTER_LABEL}="{ISTIO_REPORTER_SOURCE}"', *extra)
    )
    return f"{metric}{{{labels}}}"


def edge_request_rate(namespace: str, *, window: str = "5m", by: str = "") -> str:
    """Requests per second the ingress gateway in ``namespace`` forwarded or answered itself."""
    grouping = f" by ({by})" if by else ""
    return f"sum{grouping}(rate({_edge_series(ISTIO_REQUESTS_TOTAL, namespace)}[{window}]))"


def edge_server_errors(namespace: str, *, window: str = "5m", by: str = "") -> str:
    """5xx responses per second at the ingress gateway in ``namespace``, optionally split ``by``."""
    grouping = f" by ({by})" if by else ""
    errors = _edge_series(ISTIO_REQUESTS_TOTAL, namespace, ISTIO_SERVER_ERROR_STATUS)
    return f"sum{grouping}(rate({errors}[{window}]))"


def edge_error_ratio(namespace: str, *, window: str = "5m") -> str:
    """Share of the requests at the ingress gateway answered with a 5xx: the application's own, and
    those it never saw (no healthy upstream 503, route timeout 504, reset); 0 when none failed."""
    errors = _edge_series(ISTIO_REQUESTS_TOTAL, namespace, ISTIO_SERVER_ERROR_STATUS)
    total = _edge_series(ISTIO_REQUESTS_TOTAL, namespace)
    return _ratio(f"sum(rate({errors}[{window}]))", f"sum(rate({total}[{window}]))")


def edge_latency_quantile_ms(namespace: str, quantile: float, *, window: str = "5m") -> str:
    """The ``quantile`` of request latency at the ingress gateway in milliseconds: from the
    gateway's first byte in to its last byte out, what a user's request takes inside the cluster."""
    buckets = _edge_series(f"{ISTIO_REQUEST_DURATION_MILLISECONDS}_bucket", namespace)
    return f"histogram_quantile({quantile:g}, sum by (le) (rate({buckets}[{window}])))"


def targets_down(services: Iterable[str]) -> str:
    """Scrape targets of ``services`` that fail, and services with no target at all."""
    names = tuple(sorted(services))
    failing = f'max by (namespace, {SERVICE_LABEL}, pod) (up{{{SERVICE_LABEL}=~"{any_of(names)}"}} == 0)'
    absent = [f'absent(up{{{SERVICE_LABEL}="{name}"}})' for name in names]
    return "\nor\n".join((failing, *absent))


def targets_up(service: str) -> str:
    """Number of healthy scrape targets of ``service``."""
    return f'sum(up{{{SERVICE_LABEL}="{service}"}})'


def rollout_metric(metric: str, rollout_variable: str = "$service") -> str:
    """An Argo Rollouts controller gauge for the rollouts matching a dashboard variable."""
    return f'{metric}{{name=~"{rollout_variable}"}}'


ISTIOD_JOB = 'job="istiod"'
"""The ``job`` the ServiceMonitor ``istiod`` gives istiod's series (``istiod_monitor.py``)."""

ISTIOD_PUSH_ERROR_TYPES = 'type=~".+_senderr"'
"""``pilot_xds_pushes`` counts a push that failed to send under ``<xds type>_senderr``."""


def istiod_targets_up() -> str:
    """Number of istiod pods Prometheus scrapes successfully."""
    return f"sum(up{{{ISTIOD_JOB}}})"


def istiod_connected_proxies() -> str:
    """Envoy proxies (sidecars and gateways) connected to istiod over xDS, all versions."""
    return f"sum({ISTIOD_XDS_CLIENTS}{{{ISTIOD_JOB}}})"


def istiod_pushes(*, window: str = "5m", by: str = "") -> str:
    """xDS pushes per second that istiod sent, without the failed ones, optionally split ``by``."""
    grouping = f" by ({by})" if by else ""
    return f'sum{grouping}(rate({ISTIOD_XDS_PUSHES}{{{ISTIOD_JOB}, type!~".+_senderr"}}[{window}]))'


def istiod_push_errors(*, window: str = "1h") -> str:
    """xDS pushes istiod failed to send over ``window``; 0, not nothing, when none ever failed."""
    errors = f"{ISTIOD_XDS_PUSHES}{{{ISTIOD_JOB}, {ISTIOD_PUSH_ERROR_TYPES}}}"
    return f"sum(increase({errors}[{window}])) or vector(0)"


def istiod_convergence_quantile(quantile: float, *, window: str = "5m") -> str:
    """The ``quantile`` of the time from a configuration change until a proxy has all of it, in seconds."""
    buckets = f"{ISTIOD_PROXY_CONVERGENCE}_bucket{{{ISTIOD_JOB}}}"
    return f"histogram_quantile({quantile:g}, sum by (le) (rate({buckets}[{window}])))"
