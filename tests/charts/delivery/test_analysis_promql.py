"""Every analysis query of every environment, run by the real PromQL engine (``promtool``).

``promtool check rules`` parses each query (wrapped as a recording rule, the arguments filled in);
``promtool test rules`` evaluates it on made-up series: no series at all, too little traffic,
good traffic (no 5xx series at all, fast), and bad traffic (half 5xx, slow). Without traffic
the result must be empty, so a condition can only call it inconclusive; with traffic it must be
one sample on the right side of the metric's threshold.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.charts.delivery import analysis_rules as rules
from tests.charts.delivery.argo_analysis import measurement_phase
from tests.system import require_program

_ARG = re.compile(r"\{\{\s*args\.([a-z0-9-]+)\s*\}\}")
_EQUALS = re.compile(r'([a-z_]+)="([^"]*)"')
_THRESHOLD = re.compile(r"result\[0\] < ([0-9.e+-]+)")
EVAL_TIME = "10m"
SCRAPES = 40
"""Samples at 15 s: ten minutes of series, so every 2m window is full at ``EVAL_TIME``."""


def _queries() -> list[tuple[str, str, Mapping[str, Any]]]:
    return [
        (env, f"{template['metadata']['name']}/{metric['name']}", metric)
        for env, template in rules.dist_documents("AnalysisTemplate")
        for metric in rules.prometheus_metrics(template)
    ]


def _filled(query: str) -> str:
    return _ARG.sub(lambda match: f"{match.group(1)}-value", query)


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [require_program("promtool"), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _family(query: str) -> tuple[str, str, str, dict[str, str]]:
    """(counter, histogram buckets, status label, equality matchers) of the query's request metric."""
    mesh = "istio_requests_total" in query
    counter = "istio_requests_total" if mesh else "http_requests_total"
    buckets = "istio_request_duration_milliseconds_bucket" if mesh else "http_request_duration_seconds_bucket"
    selector = re.search(re.escape(counter) + r"\{([^}]*)\}", query)
    assert selector, f"no {counter} selector in {query}"
    labels = dict(_EQUALS.findall(selector.group(1)))
    return counter, buckets, "response_code" if mesh else "status", labels


def _series(name: str, labels: Mapping[str, str], per_scrape: float) -> dict[str, str]:
    text = ",".join(f'{key}="{value}"' for key, value in sorted(labels.items()))
    return {"series": f"{name}{{{text}}}", "values": f"0+{per_scrape:g}x{SCRAPES}"}


def _scenario(query: str, kind: str) -> list[dict[str, str]]:
    counter, buckets, status, labels = _family(query)
    mesh = counter.startswith("istio")
    fast, slow = ("50", "60000") if mesh else ("0.05", "60")
    per_scrape = {"none": 0.0, "little": 1.0, "good": 150.0, "bad": 150.0}[kind]
    if kind == "none":
        return []
    ok = {**labels, status: "200"}
    series = [_series(counter, ok, per_scrape)]
    if kind == "bad":
        series.append(_series(counter, {**labels, status: "503"}, per_scrape))
    le_fast = per_scrape if kind != "bad" else 0.0
    total = per_scrape * (2 if kind == "bad" else 1)
    series += [
        _series(buckets, {**labels, "le": fast}, le_fast),
        _series(buckets, {**labels, "le": slow}, total),
        _series(buckets, {**labels, "le": "+Inf"}, total),
    ]
    return series


@pytest.fixture(scope="module")
def rule_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("analysis-promql")
    groups = [
        {
            "name": "analysis",
            "rules": [
                {"record": f"analysis:query_{i}", "expr": _filled(m["provider"]["prometheus"]["query"])}
                for i, (_, _, m) in enumerate(_queries())
            ],
        }
    ]
    path = directory / "analysis.rules.yaml"
    path.write_text(yaml.safe_dump({"groups": groups}, sort_keys=False), encoding="utf-8")
    return path


def test_every_query_is_valid_promql(rule_file: Path) -> None:
    assert len(_queries()) >= 18
    result = _run("check", "rules", rule_file.name, cwd=rule_file.parent)
    assert result.returncode == 0, result.stdout + result.stderr


def _expected(metric: Mapping[str, Any], kind: str) -> tuple[str, str]:
    """(expression, expected ``exp_samples``) for one scenario of one metric."""
    query = _filled(metric["provider"]["prometheus"]["query"])
    if kind in ("none", "little"):
        return query, "empty"
    threshold = _THRESHOLD.search(metric["successCondition"])
    assert threshold, f"no threshold in {metric['successCondition']!r}"
    comparison = "<" if kind == "good" else ">="
    return f"count(({query}) {comparison} {threshold.group(1)})", "one"


def _test_file(tmp_path: Path, kind: str) -> Path:
    # The expressions are tested directly; an empty rule file keeps promtool from evaluating every
    # recording rule at every step of every test.
    rule_file = tmp_path / "empty.rules.yaml"
    rule_file.write_text("groups: []\n", encoding="utf-8")
    tests = []
    for env, name, metric in _queries():
        expression, expected = _expected(metric, kind)
        series = _scenario(_filled(metric["provider"]["prometheus"]["query"]), kind)
        test: dict[str, Any] = {
            "name": f"{env} {name} {kind}",
            "interval": "15s",
            "promql_expr_test": [
                {
                    "expr": expression,
                    "eval_time": EVAL_TIME,
                    "exp_samples": [] if expected == "empty" else [{"labels": "{}", "value": 1}],
                }
            ],
        }
        if series:
            test["input_series"] = series
        tests.append(test)
    path = tmp_path / f"{kind}.test.yaml"
    path.write_text(
        yaml.safe_dump({"rule_files": [rule_file.name], "evaluation_interval": "15s", "tests": tests}),
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("kind", ["none", "little", "good", "bad"])
def test_queries_are_empty_without_traffic_and_judge_traffic(tmp_path: Path, kind: str) -> None:
    path = _test_file(tmp_path, kind)
    result = _run("test", "rules", path.name, cwd=tmp_path)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def test_the_conditions_read_the_scenarios_as_the_controller_does() -> None:
    for _, name, metric in _queries():
        threshold = float(_THRESHOLD.search(metric["successCondition"]).group(1))  # type: ignore[union-attr]
        assert measurement_phase(metric, []) == "Inconclusive", name
        assert measurement_phase(metric, [float("nan")]) == "Inconclusive", name
        assert measurement_phase(metric, [0.0]) == "Successful", name
        assert measurement_phase(metric, [threshold]) == "Failed", name
        assert measurement_phase(metric, [threshold * 10]) == "Failed", name


def test_fails_when_a_query_reads_no_traffic_as_good(tmp_path: Path) -> None:
    [template] = rules.documents(Path(__file__).parent / "fixtures" / "no-data-passes.analysistemplate.yaml")
    query = _filled(template["spec"]["metrics"][0]["provider"]["prometheus"]["query"])
    rule_file = tmp_path / "old.rules.yaml"
    rule_file.write_text(
        yaml.safe_dump({"groups": [{"name": "old", "rules": [{"record": "old", "expr": query}]}]})
    )
    test = {
        "rule_files": [rule_file.name],
        "evaluation_interval": "15s",
        "tests": [
            {
                "interval": "15s",
                "promql_expr_test": [{"expr": query, "eval_time": EVAL_TIME, "exp_samples": []}],
            }
        ],
    }
    (tmp_path / "old.test.yaml").write_text(yaml.safe_dump(test))
    result = _run("test", "rules", "old.test.yaml", cwd=tmp_path)
    assert result.returncode != 0
    assert "got" in result.stdout + result.stderr
