"""Every metric the project queries has a scraped producer whose series the selector can match.

Queries come from ``dist/<env>``: alert and recording rules, AnalysisTemplates, dashboard panels and
the prometheus-adapter rules; producers from ``charts/observability/producers.py``. Label values the
project's own declarations fix are checked too: the KEDA ``scaler`` is a trigger name of a
ScaledObject, ``cronjob`` a CronJob, ``service`` a workload with a PodMonitor, ``component`` a
backed-up component.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterator
from typing import Any

import promql_parser
import pytest

from charts.observability.producers import PRODUCERS, Producer
from tests.charts.observability.toolchain import ENVIRONMENTS, application_values, dist_documents

LITERALS = re.compile(r"[\w.:/-]+(\|[\w.:/-]+)*")


def queries(env: str) -> Iterator[tuple[str, str]]:
    """``(where, PromQL)`` for every query in ``dist/<env>``."""
    for document in dist_documents(env, "PrometheusRule"):
        for group in document["spec"]["groups"]:
            for rule in group["rules"]:
                yield f"{document['metadata']['name']}/{rule.get('alert') or rule['record']}", rule["expr"]
    for document in dist_documents(env, "AnalysisTemplate"):
        for metric in document["spec"]["metrics"]:
            query = (metric.get("provider") or {}).get("prometheus", {}).get("query")
            if query:
                yield f"AnalysisTemplate {document['metadata']['name']}/{metric['name']}", query
    for document in dist_documents(env, "ConfigMap"):
        for key, text in (document.get("data") or {}).items():
            if not key.endswith(".json"):
                continue
            for panel in json.loads(text).get("panels", []):
                for target in panel.get("targets", []):
                    yield f"dashboard {key}/{panel.get('title')}", target["expr"]
    for index, rule in enumerate(application_values(env, "prometheus-adapter")["rules"]["custom"]):
        yield f"prometheus-adapter rule {index} seriesQuery", rule["seriesQuery"]
        metric = rule["seriesQuery"].split("{", 1)[0]
        query = rule["metricsQuery"].replace("<<.Series>>", metric).replace("<<.LabelMatchers>>", 'pod="x"')
        yield f"prometheus-adapter rule {index} metricsQuery", query.replace("<<.GroupBy>>", "pod")


def selectors(query: str) -> list[promql_parser.VectorSelector]:
    # Argo Rollouts ({{args.x}}) and Grafana ($service, $__rate_interval) placeholders
    text = re.sub(r"\{\{[^}]*\}\}", "placeholder", query).replace("$__rate_interval", "5m")
    found: list[promql_parser.VectorSelector] = []

    def visit(node: Any, *_: Any) -> None:
        if isinstance(node, promql_parser.VectorSelector):
            found.append(node)

    promql_parser.walk(promql_parser.parse(text), visit)
    return found


def recorded(env: str) -> dict[str, frozenset[str]]:
    """Each recording rule's name and the labels of its series (its outermost ``by`` labels)."""
    records: dict[str, frozenset[str]] = {}
    for document in dist_documents(env, "PrometheusRule"):
        for group in document["spec"]["groups"]:
            for rule in group["rules"]:
                if "record" in rule:
                    node = promql_parser.parse(rule["expr"])
                    while isinstance(node, promql_parser.BinaryExpr | promql_parser.ParenExpr):
                        node = node.lhs if isinstance(node, promql_parser.BinaryExpr) else node.expr
                    assert isinstance(node, promql_parser.AggregateExpr), rule["record"]
                    assert node.modifier is not None, rule["record"]
                    records[rule["record"]] = frozenset(node.modifier.labels) | frozenset(
                        rule.get("labels", {})
                    )
    return records


def declared_values(env: str) -> dict[str, set[str]]:
    """Label values fixed by what ``dist/<env>`` declares."""
    scaled = dist_documents(env, "ScaledObject")
    monitored = {d["metadata"]["name"] for d in dist_documents(env, "PodMonitor")}
    return {
        "scaler": {t["name"] for d in scaled for t in d["spec"]["triggers"] if t.get("name")},
        "scaledObject": {d["metadata"]["name"] for d in scaled},
        "exported_namespace": {d["metadata"]["namespace"] for d in scaled} | {"istio-system", "contexter"},
        "cronjob": {d["metadata"]["name"] for d in dist_documents(env, "CronJob")},
        "service": monitored,
        "component": {
            re.search(r'component="(\w+)"', r["expr"]).group(1)  # type: ignore[union-attr]
            for d in dist_documents(env, "PrometheusRule")
            for g in d["spec"]["groups"]
            for r in g["rules"]
            if "contexter_backup_last_success" in r["expr"]
        },
    }


def scraped(env: str, producer: Producer) -> list[str]:
    """Why ``producer`` is not scraped in ``dist/<env>`` (empty: it is)."""
    monitors = {d["metadata"]["name"] for d in dist_documents(env, "PodMonitor")}
    problems = []
    for scraper in producer.scraped_by:
        if scraper.pod_monitor is not None and scraper.pod_monitor not in monitors:
            problems.append(f"no PodMonitor {scraper.pod_monitor}")
        if scraper.application is not None:
            values: Any = application_values(env, scraper.application)
            for key in scraper.values_path:
                values = values.get(key, {}) if isinstance(values, dict) else {}
            if scraper.values_path and values is not True:
                problems.append(f"{scraper.application} values {'.'.join(scraper.values_path)} is not true")
    return problems


def problems(
    env: str, query_list: list[tuple[str, str]] | None = None, producers: tuple[Producer, ...] = PRODUCERS
) -> list[str]:
    by_metric = {metric: p for p in producers for metric in p.metrics}
    records = recorded(env)
    values = declared_values(env)
    found: list[str] = []
    for where, query in query_list if query_list is not None else list(queries(env)):
        for selector in selectors(query):
            name = selector.name
            if name in records:
                labels, producer = records[name], None
            elif name in by_metric:
                producer = by_metric[name]
                labels = producer.labels
                found.extend(
                    f"{where}: {name}: producer {producer.name}: {p}" for p in scraped(env, producer)
                )
            else:
                found.append(f"{where}: no producer of {name!r} in charts/observability/producers.py")
                continue
            for matcher in selector.matchers.matchers:
                value, op = matcher.value, str(matcher.op)
                if matcher.name == "__name__" or "$" in value or "placeholder" in value:
                    continue
                matches_empty = re.fullmatch(value, "") is not None if "Re" in op else value == ""
                requires_label = (op in ("MatchOp.Equal", "MatchOp.Re") and not matches_empty) or (
                    op in ("MatchOp.NotEqual", "MatchOp.NotRe") and matches_empty
                )
                if requires_label and matcher.name not in labels:
                    found.append(f"{where}: {name} has no label {matcher.name!r} (labels: {sorted(labels)})")
                    continue
                allowed = values.get(matcher.name)
                if not allowed or not requires_label or op not in ("MatchOp.Equal", "MatchOp.Re"):
                    continue
                if op == "MatchOp.Equal" or LITERALS.fullmatch(value):
                    wanted = set(value.split("|"))
                    if not wanted <= allowed:
                        found.append(
                            f"{where}: {name}{{{matcher.name}}} = {sorted(wanted - allowed)} matches nothing"
                            f" the producer emits (declared: {sorted(allowed)})"
                        )
                elif not any(re.fullmatch(value, v) for v in allowed):
                    found.append(
                        f"{where}: {name}{{{matcher.name}=~{value!r}}} matches none of {sorted(allowed)}"
                    )
    return found


@pytest.mark.parametrize("env", ENVIRONMENTS)
def test_every_queried_metric_has_a_scraped_producer_the_selector_matches(env: str) -> None:
    assert len(list(queries(env))) >= 40
    assert problems(env) == []


def test_fails_when_the_queue_depth_selects_the_trigger_type_instead_of_its_name() -> None:
    query = 'max(keda_scaler_metrics_value{scaledObject="ingestion", scaler=~"redis.*"})'
    [finding] = problems("prod", [("alert IngestionQueueBacklog", query)])
    assert "scaler" in finding and "queue-length" in finding


def test_fails_when_a_selector_uses_a_label_the_scrape_renames() -> None:
    # cert-manager's ServiceMonitor does not honour labels: there is no Certificate name under `certificate`
    query = 'certmanager_certificate_expiration_timestamp_seconds{certificate="contexter-ingress"}'
    [finding] = problems("prod", [("alert", query)])
    assert "no label 'certificate'" in finding


def test_fails_when_a_metric_has_no_producer_or_its_producer_is_not_scraped() -> None:
    assert problems("prod", [("panel", "sum(rate(grpc_server_handled_total[5m]))")]) != []
    unscraped = tuple(
        dataclasses.replace(
            p, scraped_by=(dataclasses.replace(p.scraped_by[0], values_path=("prometheus", "missing")),)
        )
        if p.name == "keda-operator"
        else p
        for p in PRODUCERS
    )
    query = 'max(keda_scaler_metrics_value{scaler="queue-length"})'
    [finding] = problems("prod", [("alert", query)], unscraped)
    assert "not true" in finding
