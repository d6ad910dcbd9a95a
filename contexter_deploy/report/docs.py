"""The committed readiness docs: ``docs/readiness/<env>.md`` per environment and ``cost.svg``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from contexter_deploy.report import FIGURE_MODULES, build_report
from contexter_deploy.report.chart import cost_svg
from contexter_deploy.report.render import markdown

CHART_NAME = "cost.svg"


def render_docs(environments: Sequence[str], *, dist: Path, cdktf_out: Path) -> dict[str, str]:
    """File name -> content of every readiness doc, rendered fresh from ``dist`` and ``cdktf_out``."""
    reports = [build_report(name, dist=dist, cdktf_out=cdktf_out) for name in environments]
    docs = [(module.FIGURE, module.__doc__ or "") for module in FIGURE_MODULES]
    files = {f"{report.environment}.md": markdown(report, docs=docs, chart=CHART_NAME) for report in reports}
    files[CHART_NAME] = cost_svg({report.environment: report.cost_lines for report in reports})
    return files


def write_docs(files: dict[str, str], directory: Path) -> list[str]:
    """Write ``files`` into ``directory``; returns the names whose content changed."""
    directory.mkdir(parents=True, exist_ok=True)
    changed = []
    for name, content in sorted(files.items()):
        path = directory / name
        if not path.is_file() or path.read_text(encoding="utf-8") != content:
            path.write_text(content, encoding="utf-8", newline="\n")
            changed.append(name)
    return changed
