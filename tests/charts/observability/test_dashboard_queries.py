"""Dashboard ratio panels show a value, not "No data", when the numerator has no series.

A service that has never answered a 5xx has no ``status="5.."`` series, so ``errors / total`` is
empty. Each panel query of ``dist/<env>`` that reads errors (a 5xx selector or a recorded error
ratio) runs on promtool 2.42 against healthy traffic only, with the recording rules of
``dist/<env>`` loaded; ``absent(<query>)`` must be empty.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from charts.observability.queries import ERROR_RATIO_RECORD
from tests.charts.observability.rule_cases import HEALTHY, Series, by_phase, requests
from tests.charts.observability.test_promtool_rules import Timeline, gateway, values
from tests.charts.observability.toolchain import binary, dist_documents, run, write_yaml

SERVICES = ("api-gateway", "search", "ingestion")


def ratio_panels(env: str) -> dict[str, str]:
    found = {}
    for document in dist_documents(env, "ConfigMap"):
        for key, text in (document.get("data") or {}).items():
            if key.endswith(".json"):
                for panel in json.loads(text).get("panels", []):
                    for index, target in enumerate(panel.get("targets", [])):
                        expr = target["expr"]
                        edge_ratio = 'response_code=~"5.."' in expr and "\n/\n" in expr
                        if 'status=~"5.."' in expr or ERROR_RATIO_RECORD in expr or edge_ratio:
                            found[f"{key} {panel['title']} #{index}"] = target["expr"].replace(
                                "$service", "search"
                            )
    return found


def evaluate_without_errors(tmp_path: Path, env: str, panels: dict[str, str]) -> tuple[bool, str]:
    [rules] = [d for d in dist_documents(env, "PrometheusRule") if d["metadata"]["name"] == "contexter"]
    recording = [g for g in rules["spec"]["groups"] if g["name"].endswith(".recording")]
    write_yaml(tmp_path / "recording.yaml", {"groups": recording})
    line = Timeline(((HEALTHY, 60),))
    series: list[dict[str, Any]] = []
    for service in SERVICES:
        [ok, _] = requests("contexter", service, ok=by_phase(healthy=600.0), errors=by_phase(healthy=0.0))
        series.append({"series": ok.selector, "values": values(ok, line)})
    # the ingress gateway forwarded requests and answered none with a 5xx: no error series at all
    forwarded = Series(
        gateway("istio_requests_total", response_code="200"), by_phase(healthy=600.0), counter=True
    )
    series.append({"series": forwarded.selector, "values": values(forwarded, line)})
    test = {
        "rule_files": ["recording.yaml"],
        "evaluation_interval": "1m",
        "tests": [
            {
                "interval": "1m",
                "input_series": series,
                "promql_expr_test": [
                    {"expr": f"absent({query})", "eval_time": "59m", "exp_samples": []}
                    for query in panels.values()
                ],
            }
        ],
    }
    write_yaml(tmp_path / "panels.test.yaml", test)
    result = run([binary("promtool"), "test", "rules", "panels.test.yaml"], cwd=tmp_path)
    return result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("env", ["prod", "dev"])
def test_ratio_panels_show_a_value_when_no_request_failed(env: str, tmp_path: Path) -> None:
    panels = ratio_panels(env)
    assert len(panels) >= 5
    ok, output = evaluate_without_errors(tmp_path, env, panels)
    assert ok, output


def test_the_edge_ratio_panels_are_among_those_checked() -> None:
    edge = [name for name in ratio_panels("prod") if name.startswith("contexter-edge.json")]
    assert len(edge) == 2, edge


def test_fails_when_an_edge_ratio_panel_divides_an_absent_numerator(tmp_path: Path) -> None:
    selector = 'istio_requests_total{namespace="istio-ingress", reporter="source"'
    plain = f'sum(rate({selector}, response_code=~"5.."}}[5m])) / sum(rate({selector}}}[5m]))'
    ok, output = evaluate_without_errors(tmp_path, "prod", {"plain edge ratio": plain})
    assert not ok and "FAILED" in output


def test_fails_when_a_ratio_panel_divides_an_absent_numerator(tmp_path: Path) -> None:
    plain = (
        'sum(rate(http_requests_total{service="search", status=~"5.."}[5m]))'
        ' / sum(rate(http_requests_total{service="search"}[5m]))'
    )
    ok, output = evaluate_without_errors(tmp_path, "prod", {"plain ratio": plain})
    assert not ok and "FAILED" in output
