"""The Contexter alerts: what pages a human, what opens a ticket, and why.

Paging is symptom-based: the fast and slow error-budget burn-rate alerts of api-gateway (the
service users call), the server errors and the certificate at the edge (``edge_alerts``: what
users see, outages of api-gateway included) are ``critical``, and so are the backup RPO alerts
(``charts/backup``: data that a restore would lose). Everything else is a ``warning`` that
explains a cause or warns before a symptom appears. Thresholds come from the environment
(``slo``), queries from ``charts.observability.queries``; each alert has a runbook
``docs/runbooks/<name>.md``.

An alert about one service carries ``namespace`` and ``service`` (``service_labels``): Alertmanager's
inhibition lets a page suppress exactly the warnings that carry the same two labels, and nothing
without them (``charts.gitops.addons.kube_prometheus_stack.alertmanager_config``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from charts.mesh.edge_gateway import EDGE
from charts.observability import queries
from charts.observability.metrics import NAMESPACE_LABEL, SERVICE_LABEL
from contexter_deploy.ground.config.model import Slo
from contexter_deploy.ground.topology import (
    API_GATEWAY,
    CONTEXTER_NAMESPACES,
    INGESTION,
    INGRESS_GATEWAY,
    WORKLOADS,
    Workload,
)

Severity = Literal["critical", "warning"]
"""``critical`` pages the on-call engineer now; ``warning`` opens a ticket for working hours.
(kube-prometheus-stack's own rules also emit ``info``, which notifies nobody, and ``none``.)"""

PVC_USAGE_THRESHOLD = 0.8
"""Share of a volume in use above which ``ContexterVolumeFillingUp`` fires."""

CERTIFICATE_WARNING_DAYS = 21
"""cert-manager renews a 90-day certificate 30 days before expiry; 21 days left means renewal has
been failing for 9 days, with time left to fix it."""

EDGE_CERTIFICATE_PAGE_DAYS = 7
"""Days left on the public certificate at which a human is paged: renewal has been failing for
23 days, and a week remains to fix it before every client connection fails."""


@dataclass(frozen=True)
class BurnRateWindow:
    """One multi-window burn-rate condition (Google SRE workbook, table 5-8)."""

    factor: float
    """How many times faster than sustainable the budget burns."""
    long: str
    short: str
    severity: Severity
    budget_spent: str
    """Share of a 30-day budget spent when the long window alone triggers, for the description."""


BURN_RATE_WINDOWS: tuple[tuple[str, BurnRateWindow], ...] = (
    ("ApiGatewayErrorBudgetFastBurn", BurnRateWindow(14.4, "1h", "5m", "critical", "2%")),
    ("ApiGatewayErrorBudgetSlowBurn", BurnRateWindow(6, "6h", "30m", "critical", "5%")),
    ("ApiGatewayErrorBudgetSteadyBurn", BurnRateWindow(1, "3d", "6h", "warning", "10%")),
)


@dataclass(frozen=True)
class Alert:
    """One Prometheus alerting rule."""

    name: str
    """Alert name, also the runbook file name (``docs/runbooks/<name>.md``)."""
    expr: str
    for_: str
    """How long the condition must hold before the alert fires (Prometheus duration)."""
    severity: Severity
    summary: str
    description: str
    """May use ``{{ $labels.<name> }}`` and ``{{ $value }}`` templates."""
    labels: tuple[tuple[str, str], ...] = ()
    """Labels besides ``severity``, for routing, such as the CronJob a backup alert is about."""


def service_labels(workload: Workload) -> tuple[tuple[str, str], ...]:
    """The labels that tie an alert to one service, for inhibition and grouping."""
    return ((NAMESPACE_LABEL, workload.namespace), (SERVICE_LABEL, workload.name))


def slo_alerts(slo: Slo) -> tuple[Alert, ...]:
    """Multi-window, multi-burn-rate alerts on api-gateway's availability objective."""
    target = f"{slo.availability_target * 100:g}%"
    alerts = []
    for name, window in BURN_RATE_WINDOWS:
        alerts.append(
            Alert(
                name=name,
                expr=queries.burn_rate_condition(
                    API_GATEWAY.name,
                    factor=window.factor,
                    long=window.long,
                    short=window.short,
                    objective=slo.availability_target,
                ),
                for_="2m" if window.severity == "critical" else "15m",
                severity=window.severity,
                summary=(
                    f"api-gateway burns its error budget {window.factor:g}x faster than its"
                    f" {target} availability objective allows"
                ),
                description=(
                    f"Over the last {window.long} (and still over the last {window.short}) api-gateway"
                    f" failed more than {window.factor:g} x {queries.error_budget(slo.availability_target):g}"
                    f" of its requests. At this rate {window.budget_spent} of the {slo.window_days}-day"
                    " error budget is gone within the long window."
                ),
                labels=service_labels(API_GATEWAY),
            )
        )
    return tuple(alerts)


def service_alerts(slo: Slo) -> tuple[Alert, ...]:
    """Error ratio, latency and queue alerts on the Contexter services."""
    http_services = queries.any_of(w.name for w in WORKLOADS if w.delivery is not None)
    error_ratios = (
        f'{queries.error_ratio_record("5m")}{{service=~"{http_services}"}} > {slo.error_ratio_threshold:g}'
    )
    latency_seconds = slo.latency_p95_ms / 1000
    return (
        Alert(
            name="ContexterHighErrorRate",
            expr=error_ratios,
            for_="5m",
            severity="warning",
            summary="{{ $labels.service }} answers more than "
            f"{slo.error_ratio_threshold:.0%} of its requests with a server error",
            description="{{ $labels.service }} in {{ $labels.namespace }} returned 5xx for"
            " {{ $value | humanizePercentage }} of its requests over the last 5 minutes"
            f" (threshold {slo.error_ratio_threshold:.0%}).",
        ),
        Alert(
            name="ApiGatewayHighLatency",
            expr=f"{queries.latency_quantile(API_GATEWAY.name, 0.95)} > {latency_seconds:g}",
            for_="10m",
            severity="warning",
            summary=f"api-gateway p95 latency is above its {slo.latency_p95_ms} ms objective",
            description="The 95th percentile of api-gateway request latency has been"
            " {{ $value | humanizeDuration }} for 10 minutes"
            f" (objective {slo.latency_p95_ms} ms).",
            labels=service_labels(API_GATEWAY),
        ),
        Alert(
            name="IngestionQueueBacklog",
            expr=(
                f"{queries.queue_depth(INGESTION.name, INGESTION.namespace)}"
                f" > {slo.ingestion_queue_alert_depth}"
            ),
            for_="10m",
            severity="warning",
            summary=f"More than {slo.ingestion_queue_alert_depth} ingestion jobs have been waiting"
            " for 10 minutes",
            description="The ingestion queue holds {{ $value }} jobs (as KEDA last read it) and has"
            f" stayed above {slo.ingestion_queue_alert_depth} for 10 minutes: the workers do not keep up.",
            labels=service_labels(INGESTION),
        ),
    )


def platform_alerts() -> tuple[Alert, ...]:
    """Pods, volumes, autoscalers, certificates and scrapes in the Contexter namespaces."""
    monitored = [w.name for w in WORKLOADS if w.metrics_port is not None]
    return (
        Alert(
            name="ContexterPodCrashLooping",
            expr=queries.crash_looping(CONTEXTER_NAMESPACES),
            for_="5m",
            severity="warning",
            summary="{{ $labels.namespace }}/{{ $labels.pod }} is crash-looping",
            description="Container {{ $labels.container }} of pod {{ $labels.namespace }}/{{ $labels.pod }}"
            " has been in CrashLoopBackOff for 5 minutes.",
        ),
        Alert(
            name="ContexterVolumeFillingUp",
            expr=f"({queries.volume_usage(CONTEXTER_NAMESPACES)}) > {PVC_USAGE_THRESHOLD:g}",
            for_="5m",
            severity="warning",
            summary="Volume {{ $labels.namespace }}/{{ $labels.persistentvolumeclaim }} is more than"
            f" {PVC_USAGE_THRESHOLD:.0%} full",
            description="PersistentVolumeClaim {{ $labels.namespace }}/{{ $labels.persistentvolumeclaim }}"
            " is {{ $value | humanizePercentage }} full.",
        ),
        Alert(
            name="ContexterHpaAtMaxReplicas",
            expr=queries.hpa_at_max(CONTEXTER_NAMESPACES),
            for_="15m",
            severity="warning",
            summary="Autoscaler {{ $labels.namespace }}/{{ $labels.horizontalpodautoscaler }} has been"
            " at its maximum for 15 minutes",
            description="HorizontalPodAutoscaler"
            " {{ $labels.namespace }}/{{ $labels.horizontalpodautoscaler }} cannot add replicas:"
            " further load is served by the replicas already running.",
        ),
        Alert(
            name="ContexterCertificateExpiringSoon",
            expr=f"{queries.certificate_expires_in_seconds()} < {CERTIFICATE_WARNING_DAYS} * 86400",
            for_="1h",
            severity="warning",
            summary="Certificate {{ $labels.namespace }}/{{ $labels.name }} expires in less than"
            f" {CERTIFICATE_WARNING_DAYS} days",
            description="cert-manager Certificate {{ $labels.namespace }}/{{ $labels.name }} expires in"
            " {{ $value | humanizeDuration }} and has not been renewed.",
        ),
        Alert(
            name="ContexterScrapeTargetDown",
            expr=queries.targets_down(monitored),
            for_="10m",
            severity="warning",
            summary="Prometheus cannot scrape {{ $labels.service }}",
            description="Scrapes of {{ $labels.service }} ({{ $labels.namespace }}/{{ $labels.pod }})"
            " have failed, or no target of it exists, for 10 minutes; the alerts that depend on its"
            " metrics are blind.",
        ),
    )


def edge_labels() -> tuple[tuple[str, str], ...]:
    """The labels that tie an alert to the ingress gateway, as ``service_labels`` does for a workload."""
    return ((NAMESPACE_LABEL, INGRESS_GATEWAY.identity.namespace), (SERVICE_LABEL, INGRESS_GATEWAY.name))


def edge_alerts(slo: Slo) -> tuple[Alert, ...]:
    """What users see at the ingress gateway: server errors, latency, and the public certificate.

    The gateway's Envoy counts every request it forwards or answers itself, so these alerts also see
    what api-gateway's own metrics cannot: no healthy upstream (every pod gone, 503), a route
    timeout (504), a reset. The error alert pages; it is the one alert a total outage of api-gateway
    still fires, since a service without pods reports no error ratio at all.
    """
    namespace = INGRESS_GATEWAY.identity.namespace
    return (
        Alert(
            name="ContexterEdgeHighErrorRate",
            expr=f"{queries.edge_error_ratio(namespace)} > {slo.error_ratio_threshold:g}",
            for_="5m",
            severity="critical",
            summary="The ingress gateway answers more than "
            f"{slo.error_ratio_threshold:.0%} of requests with a server error",
            description="{{ $value | humanizePercentage }} of the requests at the ingress gateway got a"
            " 5xx over the last 5 minutes (threshold"
            f" {slo.error_ratio_threshold:.0%}), including errors api-gateway never records:"
            " no healthy upstream, timeouts, resets.",
            labels=edge_labels(),
        ),
        Alert(
            name="ContexterEdgeHighLatency",
            expr=f"{queries.edge_latency_quantile_ms(namespace, 0.95)} > {slo.latency_p95_ms}",
            for_="10m",
            severity="warning",
            summary=f"p95 latency at the ingress gateway is above the {slo.latency_p95_ms} ms objective",
            description="The 95th percentile of request latency at the ingress gateway has been"
            ' {{ $value | printf "%.0f" }} ms for 10 minutes'
            f" (objective {slo.latency_p95_ms} ms).",
            labels=edge_labels(),
        ),
        Alert(
            name="ContexterEdgeCertificateExpiringSoon",
            expr=(
                f"{queries.certificate_expires_in_seconds(namespace=namespace, name=EDGE)}"
                f" < {EDGE_CERTIFICATE_PAGE_DAYS} * 86400"
            ),
            for_="10m",
            severity="critical",
            summary=f"The public TLS certificate {namespace}/{EDGE} expires in less than"
            f" {EDGE_CERTIFICATE_PAGE_DAYS} days",
            description=f"cert-manager Certificate {namespace}/{EDGE}, which the ingress gateway serves,"
            " expires in {{ $value | humanizeDuration }}; when it does, every client connection fails TLS.",
        ),
        Alert(
            name="ContexterEdgeCertificateExpiryUnknown",
            expr=queries.certificate_expiry_absent(namespace=namespace, name=EDGE),
            for_="30m",
            severity="warning",
            summary=f"Prometheus does not know when the public certificate {namespace}/{EDGE} expires",
            description=f"No certmanager_certificate_expiration_timestamp_seconds for {namespace}/{EDGE}"
            " for 30 minutes: cert-manager is down or not scraped, or the Certificate is gone."
            " ContexterEdgeCertificateExpiringSoon cannot fire until it is back.",
        ),
    )


def contexter_alerts(slo: Slo) -> tuple[Alert, ...]:
    """Every alert, in a stable order."""
    return (*slo_alerts(slo), *service_alerts(slo), *platform_alerts(), *edge_alerts(slo))
