"""charts/observability/dashboards.py, dashboard_config_map.py and render.py"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from charts.observability.alerts import CERTIFICATE_WARNING_DAYS, EDGE_CERTIFICATE_PAGE_DAYS
from charts.observability.dashboard_config_map import (
    SIDECAR_LABEL,
    SIDECAR_LABEL_VALUE,
    DashboardConfigMap,
    DashboardConfigMapProps,
)
from charts.observability.dashboards import (
    GRID_COLUMNS,
    Dashboard,
    Panel,
    Query,
    Row,
    contexter_dashboards,
    edge_dashboard,
    layout,
    overview_dashboard,
    rollout_dashboard,
    to_grafana,
)
from charts.observability.metrics import HTTP_REQUESTS_TOTAL, POD_TEMPLATE_HASH_LABEL
from charts.observability.render import metric_names, render_svg
from contexter_deploy.cli import main
from contexter_deploy.ground.config import Environment
from tests.conftest import REPO_ROOT
from tests.helpers import synth_construct

PICTURES = REPO_ROOT / "docs" / "dashboards"


def _all_panels(dashboard: Dashboard) -> list[Panel]:
    return [panel for row in dashboard.rows for panel in row.panels]


def test_overview_config_map_snapshot(
    environments: dict[str, Environment], snapshot: SnapshotAssertion
) -> None:
    props = DashboardConfigMapProps(
        dashboard=overview_dashboard(environments["prod"].slo), namespace="monitoring"
    )
    assert synth_construct(lambda chart: DashboardConfigMap(chart, "overview", props=props)) == snapshot


def _config_map(dashboard: Dashboard) -> dict[str, Any]:
    props = DashboardConfigMapProps(dashboard=dashboard, namespace="monitoring")
    [config_map] = synth_construct(lambda chart: DashboardConfigMap(chart, "d", props=props))
    return config_map


def test_config_maps_are_labelled_for_the_grafana_sidecar(environments: dict[str, Environment]) -> None:
    for dashboard in contexter_dashboards(environments["prod"].slo, environments["prod"].rollout):
        config_map = _config_map(dashboard)
        assert config_map["metadata"]["labels"][SIDECAR_LABEL] == SIDECAR_LABEL_VALUE
        model = json.loads(config_map["data"][f"{dashboard.uid}.json"])
        assert model["uid"] == dashboard.uid


def test_panels_never_overlap_and_stay_on_the_grid(environments: dict[str, Environment]) -> None:
    for dashboard in contexter_dashboards(environments["prod"].slo, environments["prod"].rollout):
        cells: set[tuple[int, int]] = set()
        for item in layout(dashboard):
            assert item.x >= 0, item.title
            assert item.x + item.width <= GRID_COLUMNS, item.title
            area = {
                (x, y)
                for x in range(item.x, item.x + item.width)
                for y in range(item.y, item.y + item.height)
            }
            assert not cells & area, f"{dashboard.uid}: {item.title} overlaps"
            cells |= area


def test_the_overview_shows_what_the_issue_asks_for(environments: dict[str, Environment]) -> None:
    titles = " | ".join(p.title for p in _all_panels(overview_dashboard(environments["prod"].slo))).lower()
    for expected in (
        "request rate",
        "error ratio against the slo",
        "latency percentiles",
        "autoscaler bounds",
        "queue depth",
        "qdrant",
        "redis",
    ):
        assert expected in titles, expected


def test_the_slo_panels_use_the_slo_of_the_environment(environments: dict[str, Environment]) -> None:
    slo = environments["dev"].slo
    panels = {p.title: p for p in _all_panels(overview_dashboard(slo))}
    assert [s.value for s in panels["p95 latency"].steps] == [slo.latency_p95_ms / 1000]
    assert panels["Availability, last 30 days"].steps[0].value == slo.availability_target


def test_the_rollout_dashboard_splits_by_replica_set(environments: dict[str, Environment]) -> None:
    dashboard = rollout_dashboard(environments["prod"].slo, environments["prod"].rollout)
    traffic = [
        p
        for p in _all_panels(dashboard)
        if p.kind == "timeseries" and HTTP_REQUESTS_TOTAL in p.queries[0].expr
    ]
    assert traffic
    for panel in traffic:
        assert f"by ({POD_TEMPLATE_HASH_LABEL}" in panel.queries[0].expr
    [variable] = dashboard.variables
    assert set(variable.values) == {"api-gateway", "search", "ingestion"}


def test_grafana_json_has_one_target_per_query_and_unique_ids(environments: dict[str, Environment]) -> None:
    dashboard = overview_dashboard(environments["prod"].slo)
    model = to_grafana(dashboard)
    ids = [panel["id"] for panel in model["panels"]]
    assert len(ids) == len(set(ids))
    panels = {p["title"]: p for p in model["panels"] if p["type"] != "row"}
    for panel in _all_panels(dashboard):
        assert [t["expr"] for t in panels[panel.title]["targets"]] == [q.expr for q in panel.queries]


def test_fails_when_a_panel_is_wider_than_the_grid() -> None:
    wide = Panel("Too wide", "stat", GRID_COLUMNS + 1, 4, (Query("vector(1)", "x"),))
    with pytest.raises(ValueError, match="width 25 and height 4 must lie within the 24-column grid"):
        Dashboard("d", "D", (Row("r", (wide,)),))


def test_fails_when_a_panel_has_no_query() -> None:
    with pytest.raises(ValueError, match="has no query"):
        Dashboard("d", "D", (Row("r", (Panel("Empty", "stat", 6, 4, ()),)),))


def test_metric_names_are_read_from_promql() -> None:
    assert metric_names('sum(rate(http_requests_total{service="x"}[5m])) / sum(up{a="b"})') == [
        "http_requests_total",
        "up",
    ]


def test_the_picture_is_reproducible(environments: dict[str, Environment]) -> None:
    dashboard = overview_dashboard(environments["prod"].slo)
    first = render_svg(dashboard)
    assert first == render_svg(dashboard)
    assert "<dc:date>" not in first
    assert re.search(r"<text[^>]*>Contexter overview</text>", first) or "Contexter overview" in first


def test_the_committed_dashboard_pictures_are_up_to_date(tmp_path: Path) -> None:
    status = main(["dashboards", "--render", str(tmp_path)])
    assert status == 0
    rendered = sorted(path.name for path in tmp_path.glob("*.svg"))
    assert rendered == sorted(path.name for path in PICTURES.glob("*.svg"))
    for name in rendered:
        fresh = (tmp_path / name).read_text(encoding="utf-8")
        assert fresh == (PICTURES / name).read_text(encoding="utf-8"), (
            f"docs/dashboards/{name} is out of date:"
            " run `.venv/bin/contexter-deploy dashboards --render docs/dashboards/`"
        )


def test_edge_config_map_snapshot(environments: dict[str, Environment], snapshot: SnapshotAssertion) -> None:
    props = DashboardConfigMapProps(
        dashboard=edge_dashboard(environments["prod"].slo), namespace="monitoring"
    )
    assert synth_construct(lambda chart: DashboardConfigMap(chart, "edge", props=props)) == snapshot


def test_the_edge_dashboard_shows_the_gateway_its_certificate_and_istiod(
    environments: dict[str, Environment],
) -> None:
    slo = environments["dev"].slo
    dashboard = edge_dashboard(slo)
    [gateway, istiod] = dashboard.rows
    for panel in gateway.panels:
        for query in panel.queries:
            if "istio_request" in query.expr:
                assert 'namespace="istio-ingress", reporter="source"' in query.expr, panel.title
    panels = {p.title: p for p in _all_panels(dashboard)}
    assert [s.value for s in panels["p95 latency at the edge"].steps] == [slo.latency_p95_ms]
    assert panels["p95 latency at the edge"].unit == "ms", "Istio's histogram is in milliseconds"
    assert [s.value for s in panels["Server errors at the edge"].steps][-1] == slo.error_ratio_threshold
    expiry = panels["Public certificate expires in"]
    assert 'exported_namespace="istio-ingress", name="contexter-edge"' in expiry.queries[0].expr
    assert [s.value for s in expiry.steps] == [
        EDGE_CERTIFICATE_PAGE_DAYS * 86400,
        CERTIFICATE_WARNING_DAYS * 86400,
    ]
    for panel in istiod.panels:
        for query in panel.queries:
            assert 'job="istiod"' in query.expr, panel.title
