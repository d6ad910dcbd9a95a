"""Draw a dashboard's layout as an SVG picture, so a newcomer sees it without a cluster.

The picture is generated from the same ``Dashboard`` the ConfigMap holds, and is byte-for-byte
reproducible (fixed hash salt, no timestamp, text kept as text), so a test can insist that the
committed ``docs/dashboards/*.svg`` is up to date.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from pathlib import Path

import matplotlib as mpl
from matplotlib.axes import Axes
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.figure import Figure
from matplotlib.patches import FancyBboxPatch, Rectangle

from charts.observability.dashboards import GRID_COLUMNS, Dashboard, Placed, layout

UNIT_INCHES = 0.62
"""Drawn size of one grid column; rows are drawn at 0.55 of it, as Grafana's are."""
ROW_RATIO = 0.55
KIND_COLORS = {"stat": "#dbeafe", "timeseries": "#dcfce7"}
"""Fill of each panel kind: stats blue, time series green."""
_METRIC = re.compile(r"[a-zA-Z_:][a-zA-Z0-9_:]*(?=\{|\[)")


def metric_names(expr: str) -> list[str]:
    """Metric names a PromQL expression reads, in order of first appearance."""
    names: list[str] = []
    for name in _METRIC.findall(expr):
        if name not in names:
            names.append(name)
    return names


def render_svg(dashboard: Dashboard) -> str:
    """The layout of ``dashboard`` as an SVG document."""
    placed = layout(dashboard)
    rows = max(item.y + item.height for item in placed)
    width = GRID_COLUMNS * UNIT_INCHES
    height = (rows + 2) * UNIT_INCHES * ROW_RATIO
    with mpl.rc_context(
        {"svg.hashsalt": "contexter-dashboards", "svg.fonttype": "none", "font.family": "DejaVu Sans"}
    ):
        figure = Figure(figsize=(width, height))
        FigureCanvasSVG(figure)
        axes = figure.add_axes((0, 0, 1, 1))
        axes.set_xlim(0, GRID_COLUMNS)
        axes.set_ylim(rows + 2, 0)
        axes.axis("off")
        axes.text(0.2, 1.0, dashboard.title, fontsize=16, fontweight="bold", va="center")
        for item in placed:
            _draw(axes, item, top=1.8)
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": "contexter-deploy"})
    return buffer.getvalue()


def _draw(axes: Axes, item: Placed, *, top: float) -> None:
    y = item.y + top
    if item.panel is None:
        axes.add_patch(Rectangle((0, y + 0.15), GRID_COLUMNS, 0.7, color="#e5e7eb"))
        axes.text(0.2, y + 0.5, item.title, fontsize=11, fontweight="bold", va="center")
        return
    panel = item.panel
    axes.add_patch(
        FancyBboxPatch(
            (item.x + 0.1, y + 0.1),
            item.width - 0.2,
            item.height - 0.2,
            boxstyle="round,pad=0,rounding_size=0.15",
            facecolor=KIND_COLORS[panel.kind],
            edgecolor="#6b7280",
            linewidth=0.8,
        )
    )
    axes.text(item.x + 0.3, y + 0.6, panel.title, fontsize=9, fontweight="bold", va="center")
    names = [name for query in panel.queries for name in metric_names(query.expr)]
    detail = f"{panel.kind} · {panel.unit}"
    if panel.steps:
        detail += " · " + ", ".join(f"{step.color} from {step.value:g}" for step in panel.steps)
    axes.text(item.x + 0.3, y + 1.2, detail, fontsize=7, color="#374151", va="center")
    for line, name in enumerate(dict.fromkeys(names)):
        if 1.8 + line * 0.55 > item.height - 0.3:
            break
        axes.text(item.x + 0.3, y + 1.8 + line * 0.55, name, fontsize=6.5, family="monospace", va="center")


def write_svgs(dashboards: Sequence[Dashboard], directory: Path) -> list[Path]:
    """Write ``<uid>.svg`` for each dashboard into ``directory``; returns the files written."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for dashboard in dashboards:
        path = directory / f"{dashboard.uid}.svg"
        path.write_text(render_svg(dashboard), encoding="utf-8", newline="\n")
        written.append(path)
    return written
