"""The Grafana dashboards, as data: a small typed model, the three Contexter dashboards, and their JSON.

Panels are laid out by rows on Grafana's 24-column grid, so the model stays readable and the same
layout feeds both the dashboard JSON and the picture in ``docs/dashboards/`` (``render.py``).
Every query comes from ``charts.observability.queries``, the builders the alerts use.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

from charts.mesh.edge_gateway import EDGE
from charts.observability import alerts, queries
from charts.observability.metrics import POD_TEMPLATE_HASH_LABEL, SERVICE_LABEL
from contexter_deploy.ground.config.model import Rollout, Slo
from contexter_deploy.ground.topology import (
    API_GATEWAY,
    CONTEXTER_NAMESPACES,
    INGESTION,
    INGRESS_GATEWAY,
    QDRANT,
    REDIS,
    WORKLOADS,
)

GRID_COLUMNS = 24
"""Width of Grafana's dashboard grid."""

DATASOURCE: dict[str, str] = {"type": "prometheus", "uid": "prometheus"}
"""The Prometheus data source kube-prometheus-stack provisions in Grafana (uid ``prometheus``)."""

PanelKind = Literal["stat", "timeseries"]


@dataclass(frozen=True)
class Query:
    """One PromQL query of a panel and the legend of its series."""

    expr: str
    legend: str


@dataclass(frozen=True)
class Step:
    """From ``value`` upwards the panel turns ``color``."""

    value: float
    color: str


@dataclass(frozen=True)
class Panel:
    """A panel; ``width`` and ``height`` are grid units (24 columns wide)."""

    title: str
    kind: PanelKind
    width: int
    height: int
    queries: tuple[Query, ...]
    unit: str = "short"
    """Grafana unit id: ``reqps``, ``percentunit``, ``s``, ``bytes``, ``short``."""
    base_color: str = "green"
    steps: tuple[Step, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class Row:
    """A titled row; its panels flow left to right and wrap at the grid width."""

    title: str
    panels: tuple[Panel, ...]


@dataclass(frozen=True)
class Variable:
    """A dashboard variable offering a fixed list of values (``$name`` in queries)."""

    name: str
    label: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class Dashboard:
    """A Grafana dashboard: rows of panels and optional variables."""

    uid: str
    title: str
    rows: tuple[Row, ...]
    variables: tuple[Variable, ...] = ()
    tags: tuple[str, ...] = ("contexter",)

    def __post_init__(self) -> None:
        for row in self.rows:
            for panel in row.panels:
                if not 1 <= panel.width <= GRID_COLUMNS or panel.height < 1:
                    raise ValueError(
                        f"dashboard {self.uid}, panel {panel.title!r}: width {panel.width} and height"
                        f" {panel.height} must lie within the {GRID_COLUMNS}-column grid"
                    )
                if not panel.queries:
                    raise ValueError(f"dashboard {self.uid}, panel {panel.title!r} has no query")


@dataclass(frozen=True)
class Placed:
    """Where a row header (``panel is None``) or a panel sits on the grid."""

    title: str
    x: int
    y: int
    width: int
    height: int
    panel: Panel | None


def layout(dashboard: Dashboard) -> tuple[Placed, ...]:
    """Row headers and panels with grid positions, top to bottom."""
    placed: list[Placed] = []
    y = 0
    for row in dashboard.rows:
        placed.append(Placed(row.title, 0, y, GRID_COLUMNS, 1, None))
        y += 1
        x, line_height = 0, 0
        for panel in row.panels:
            if x + panel.width > GRID_COLUMNS:
                y, x, line_height = y + line_height, 0, 0
            placed.append(Placed(panel.title, x, y, panel.width, panel.height, panel))
            x += panel.width
            line_height = max(line_height, panel.height)
        y += line_height
    return tuple(placed)


def to_grafana(dashboard: Dashboard) -> dict[str, Any]:
    """The Grafana dashboard JSON model (schema version 39)."""
    panels = []
    for number, item in enumerate(layout(dashboard), start=1):
        grid = {"h": item.height, "w": item.width, "x": item.x, "y": item.y}
        if item.panel is None:
            panels.append(
                {
                    "collapsed": False,
                    "gridPos": grid,
                    "id": number,
                    "panels": [],
                    "title": item.title,
                    "type": "row",
                }
            )
        else:
            panels.append(_panel(item.panel, grid, number))
    return {
        "editable": False,
        "panels": panels,
        "refresh": "30s",
        "schemaVersion": 39,
        "tags": list(dashboard.tags),
        "templating": {"list": [_variable(v) for v in dashboard.variables]},
        "time": {"from": "now-6h", "to": "now"},
        "timezone": "utc",
        "title": dashboard.title,
        "uid": dashboard.uid,
    }


def to_json(dashboard: Dashboard) -> str:
    """``to_grafana`` serialized deterministically, for a ConfigMap."""
    return json.dumps(to_grafana(dashboard), indent=2, sort_keys=True) + "\n"


def _panel(panel: Panel, grid: dict[str, int], number: int) -> dict[str, Any]:
    steps: list[dict[str, Any]] = [{"color": panel.base_color, "value": None}]
    steps += [{"color": step.color, "value": step.value} for step in panel.steps]
    defaults: dict[str, Any] = {"thresholds": {"mode": "absolute", "steps": steps}, "unit": panel.unit}
    options: dict[str, Any]
    if panel.kind == "timeseries":
        defaults["custom"] = {"thresholdsStyle": {"mode": "line" if panel.steps else "off"}}
        options = {"legend": {"displayMode": "list", "placement": "bottom"}, "tooltip": {"mode": "multi"}}
    else:
        options = {"colorMode": "value", "reduceOptions": {"calcs": ["lastNotNull"]}, "textMode": "auto"}
    return {
        "datasource": DATASOURCE,
        "description": panel.description,
        "fieldConfig": {"defaults": defaults, "overrides": []},
        "gridPos": grid,
        "id": number,
        "options": options,
        "targets": [
            {
                "datasource": DATASOURCE,
                "expr": query.expr,
                "legendFormat": query.legend,
                "refId": chr(ord("A") + i),
            }
            for i, query in enumerate(panel.queries)
        ],
        "title": panel.title,
        "type": panel.kind,
    }


def _variable(variable: Variable) -> dict[str, Any]:
    first = variable.values[0]
    return {
        "current": {"selected": True, "text": first, "value": first},
        "label": variable.label,
        "name": variable.name,
        "options": [{"selected": v == first, "text": v, "value": v} for v in variable.values],
        "query": ",".join(variable.values),
        "type": "custom",
    }


def http_services() -> tuple[str, ...]:
    """The services that export the HTTP metric contract: every Argo Rollout in the topology."""
    return tuple(w.name for w in WORKLOADS if w.delivery is not None)


def overview_dashboard(slo: Slo) -> Dashboard:
    """Contexter overview: the SLO, traffic, latency, capacity and the data services."""
    gateway = API_GATEWAY.name
    budget = queries.error_budget(slo.availability_target)
    window = f"{slo.window_days}d"
    latency_seconds = slo.latency_p95_ms / 1000
    services = http_services()
    slo_row = Row(
        f"Service level objective: api-gateway {slo.availability_target:.1%} over {slo.window_days} days",
        (
            Panel(
                f"Availability, last {slo.window_days} days",
                "stat",
                6,
                4,
                (Query(queries.availability(gateway, window=window), "availability"),),
                unit="percentunit",
                base_color="red",
                steps=(Step(slo.availability_target, "green"),),
            ),
            Panel(
                "Error budget remaining",
                "stat",
                6,
                4,
                (
                    Query(
                        queries.error_budget_remaining(
                            gateway, window=window, objective=slo.availability_target
                        ),
                        "remaining",
                    ),
                ),
                unit="percentunit",
                base_color="red",
                steps=(Step(0, "orange"), Step(0.25, "green")),
            ),
            Panel(
                "Requests per second",
                "stat",
                6,
                4,
                (Query(queries.request_rate(gateway), "requests"),),
                unit="reqps",
            ),
            Panel(
                "p95 latency",
                "stat",
                6,
                4,
                (Query(queries.latency_quantile(gateway, 0.95), "p95"),),
                unit="s",
                steps=(Step(latency_seconds, "red"),),
            ),
            Panel(
                "Request rate by service",
                "timeseries",
                12,
                8,
                tuple(Query(queries.request_rate(name), name) for name in services),
                unit="reqps",
            ),
            Panel(
                "Error ratio against the SLO",
                "timeseries",
                12,
                8,
                tuple(Query(queries.recorded_error_ratio(name, "5m"), name) for name in services),
                unit="percentunit",
                steps=(Step(budget, "orange"), Step(slo.error_ratio_threshold, "red")),
                description=f"Orange: the error budget ({budget:g}); red: the alert threshold.",
            ),
            Panel(
                "api-gateway latency percentiles",
                "timeseries",
                12,
                8,
                tuple(
                    Query(queries.latency_quantile(gateway, q), f"p{round(q * 100)}")
                    for q in (0.5, 0.95, 0.99)
                ),
                unit="s",
                steps=(Step(latency_seconds, "red"),),
            ),
            Panel(
                "Error budget burn rate",
                "timeseries",
                12,
                8,
                tuple(
                    Query(queries.burn_rate(gateway, window=w, objective=slo.availability_target), w)
                    for w in ("1h", "6h")
                ),
                steps=(Step(6, "orange"), Step(14.4, "red")),
                description="1 spends the budget exactly over the SLO window; 14.4 over 1 hour pages.",
            ),
        ),
    )
    capacity_row = Row(
        "Capacity",
        (
            Panel(
                "Replicas against autoscaler bounds",
                "timeseries",
                12,
                8,
                (
                    Query(
                        queries.hpa_metric(queries.KSM_HPA_CURRENT_REPLICAS, CONTEXTER_NAMESPACES),
                        "{{horizontalpodautoscaler}}",
                    ),
                    Query(
                        queries.hpa_metric(queries.KSM_HPA_MIN_REPLICAS, CONTEXTER_NAMESPACES),
                        "{{horizontalpodautoscaler}} min",
                    ),
                    Query(
                        queries.hpa_metric(queries.KSM_HPA_MAX_REPLICAS, CONTEXTER_NAMESPACES),
                        "{{horizontalpodautoscaler}} max",
                    ),
                ),
            ),
            Panel(
                "Ingestion queue depth",
                "timeseries",
                12,
                8,
                (Query(queries.queue_depth(INGESTION.name, INGESTION.namespace), "jobs waiting"),),
                steps=(Step(slo.ingestion_queue_alert_depth, "red"),),
            ),
        ),
    )
    qdrant = {SERVICE_LABEL: QDRANT.name}
    redis = {SERVICE_LABEL: REDIS.name}
    data_row = Row(
        "Data services",
        (
            Panel(
                "Qdrant pods scraped",
                "stat",
                6,
                4,
                (Query(queries.targets_up(QDRANT.name), "up"),),
                base_color="red",
                steps=(Step(1, "green"),),
            ),
            Panel(
                "Qdrant pending cluster operations",
                "stat",
                6,
                4,
                (Query(f"max({queries.QDRANT_PENDING_OPERATIONS}{queries.matchers(**qdrant)})", "pending"),),
                steps=(Step(100, "orange"),),
            ),
            Panel(
                "Redis pods serving",
                "stat",
                6,
                4,
                (Query(f"sum({queries.REDIS_UP}{queries.matchers(**redis)})", "up"),),
                base_color="red",
                steps=(Step(1, "green"),),
            ),
            Panel(
                "Redis connected replicas",
                "stat",
                6,
                4,
                (Query(f"max({queries.REDIS_CONNECTED_REPLICAS}{queries.matchers(**redis)})", "replicas"),),
            ),
            Panel(
                "Qdrant vectors stored",
                "timeseries",
                12,
                8,
                (Query(f"max by (pod) ({queries.QDRANT_VECTORS}{queries.matchers(**qdrant)})", "{{pod}}"),),
            ),
            Panel(
                "Redis memory against its limit",
                "timeseries",
                12,
                8,
                (
                    Query(
                        f"max by (pod) ({queries.REDIS_MEMORY_USED}{queries.matchers(**redis)})",
                        "{{pod}} used",
                    ),
                    Query(
                        f"max by (pod) ({queries.REDIS_MEMORY_MAX}{queries.matchers(**redis)})",
                        "{{pod}} limit",
                    ),
                ),
                unit="bytes",
            ),
        ),
    )
    return Dashboard("contexter-overview", "Contexter overview", (slo_row, capacity_row, data_row))


def rollout_dashboard(slo: Slo, rollout: Rollout) -> Dashboard:
    """One rollout at a time: its state, analysis, and traffic, errors and latency per ReplicaSet."""
    service = "$service"
    by = POD_TEMPLATE_HASH_LABEL
    legend = "{{" + POD_TEMPLATE_HASH_LABEL + "}}"
    state_row = Row(
        "Rollout state",
        (
            Panel(
                "Phase",
                "stat",
                6,
                6,
                (Query(queries.rollout_metric(queries.ROLLOUT_INFO), "{{phase}}"),),
            ),
            Panel(
                "Replicas desired and available",
                "timeseries",
                9,
                6,
                (
                    Query(queries.rollout_metric(queries.ROLLOUT_REPLICAS_DESIRED), "desired"),
                    Query(queries.rollout_metric(queries.ROLLOUT_REPLICAS_AVAILABLE), "available"),
                ),
            ),
            Panel(
                "Analysis measurements",
                "timeseries",
                9,
                6,
                (
                    Query(
                        f'{queries.ANALYSIS_RUN_METRIC_PHASE}{{name=~"{service}-.*"}}', "{{metric}} {{phase}}"
                    ),
                ),
            ),
        ),
    )
    traffic_row = Row(
        f"Per ReplicaSet (series label {POD_TEMPLATE_HASH_LABEL})",
        (
            Panel(
                "Share of traffic",
                "timeseries",
                12,
                8,
                (
                    Query(
                        f"{queries.request_rate(service, window='1m', by=by)}\n/ ignoring({by}) group_left\n"
                        f"{queries.request_rate(service, window='1m')}",
                        legend,
                    ),
                ),
                unit="percentunit",
            ),
            Panel(
                "Requests per second",
                "timeseries",
                12,
                8,
                (Query(queries.request_rate(service, window="1m", by=by), legend),),
                unit="reqps",
            ),
            Panel(
                "Error ratio",
                "timeseries",
                12,
                8,
                (Query(queries.error_ratio(service, window="1m", by=by), legend),),
                unit="percentunit",
                steps=(Step(rollout.max_error_rate, "red"),),
                description="Red: the error ratio at which analysis fails and the rollout aborts.",
            ),
            Panel(
                "p95 latency",
                "timeseries",
                12,
                8,
                (Query(queries.latency_quantile(service, 0.95, window="1m", by=by), legend),),
                unit="s",
                steps=(Step(slo.latency_p95_ms / 1000, "red"),),
            ),
        ),
    )
    return Dashboard(
        "contexter-rollouts",
        "Contexter rollouts",
        (state_row, traffic_row),
        variables=(Variable("service", "Rollout", http_services()),),
    )


def edge_dashboard(slo: Slo) -> Dashboard:
    """Contexter edge: what users see at the ingress gateway, its certificate, and istiod."""
    namespace = INGRESS_GATEWAY.identity.namespace
    budget = queries.error_budget(slo.availability_target)
    latency_ms = slo.latency_p95_ms
    day = 86400
    gateway_row = Row(
        f"Edge: the ingress gateway ({namespace}), what users see",
        (
            Panel(
                "Requests per second",
                "stat",
                6,
                4,
                (Query(queries.edge_request_rate(namespace), "requests"),),
                unit="reqps",
            ),
            Panel(
                "Server errors at the edge",
                "stat",
                6,
                4,
                (Query(queries.edge_error_ratio(namespace), "5xx"),),
                unit="percentunit",
                steps=(Step(budget, "orange"), Step(slo.error_ratio_threshold, "red")),
            ),
            Panel(
                "p95 latency at the edge",
                "stat",
                6,
                4,
                (Query(queries.edge_latency_quantile_ms(namespace, 0.95), "p95"),),
                unit="ms",
                steps=(Step(latency_ms, "red"),),
            ),
            Panel(
                "Public certificate expires in",
                "stat",
                6,
                4,
                (Query(queries.certificate_expires_in_seconds(namespace=namespace, name=EDGE), EDGE),),
                unit="s",
                base_color="red",
                steps=(
                    Step(alerts.EDGE_CERTIFICATE_PAGE_DAYS * day, "orange"),
                    Step(alerts.CERTIFICATE_WARNING_DAYS * day, "green"),
                ),
                description="Red: pages (ContexterEdgeCertificateExpiringSoon); orange: a ticket is open.",
            ),
            Panel(
                "Requests by response code",
                "timeseries",
                12,
                8,
                (Query(queries.edge_request_rate(namespace, by="response_code"), "{{response_code}}"),),
                unit="reqps",
            ),
            Panel(
                "Server errors at the edge, over time",
                "timeseries",
                12,
                8,
                (Query(queries.edge_error_ratio(namespace), "5xx"),),
                unit="percentunit",
                steps=(Step(budget, "orange"), Step(slo.error_ratio_threshold, "red")),
                description=f"Orange: the error budget ({budget:g}); red: the page threshold.",
            ),
            Panel(
                "Latency at the edge",
                "timeseries",
                12,
                8,
                tuple(
                    Query(queries.edge_latency_quantile_ms(namespace, q), f"p{round(q * 100)}")
                    for q in (0.5, 0.95, 0.99)
                ),
                unit="ms",
                steps=(Step(latency_ms, "red"),),
            ),
            Panel(
                "Server errors by response flag",
                "timeseries",
                12,
                8,
                (
                    Query(
                        queries.edge_server_errors(namespace, by="response_code, response_flags"),
                        "{{response_code}} {{response_flags}}",
                    ),
                ),
                unit="reqps",
                description="UH: no healthy upstream; UT: route timeout; UC, URX: reset; NR: no route;"
                " '-': the application's own 5xx.",
            ),
        ),
    )
    istiod_row = Row(
        "Mesh control plane: istiod",
        (
            Panel(
                "istiod pods scraped",
                "stat",
                6,
                4,
                (Query(queries.istiod_targets_up(), "up"),),
                base_color="red",
                steps=(Step(1, "green"),),
            ),
            Panel(
                "Proxies connected",
                "stat",
                6,
                4,
                (Query(queries.istiod_connected_proxies(), "proxies"),),
            ),
            Panel(
                "Push errors, last hour",
                "stat",
                6,
                4,
                (Query(queries.istiod_push_errors(window="1h"), "errors"),),
                steps=(Step(1, "orange"),),
            ),
            Panel(
                "Config change to proxy, p99",
                "stat",
                6,
                4,
                (Query(queries.istiod_convergence_quantile(0.99), "p99"),),
                unit="s",
                steps=(Step(10, "orange"),),
            ),
            Panel(
                "xDS pushes by type",
                "timeseries",
                12,
                8,
                (Query(queries.istiod_pushes(by="type"), "{{type}}"),),
                unit="ops",
            ),
            Panel(
                "Config change to proxy (convergence)",
                "timeseries",
                12,
                8,
                tuple(
                    Query(queries.istiod_convergence_quantile(q), f"p{round(q * 100)}") for q in (0.5, 0.99)
                ),
                unit="s",
            ),
        ),
    )
    return Dashboard("contexter-edge", "Contexter edge", (gateway_row, istiod_row))


def contexter_dashboards(slo: Slo, rollout: Rollout) -> tuple[Dashboard, ...]:
    """Every dashboard this repository provisions, in a stable order."""
    return (overview_dashboard(slo), rollout_dashboard(slo, rollout), edge_dashboard(slo))
