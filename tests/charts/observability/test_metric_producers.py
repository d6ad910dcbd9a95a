"""Every metric the project queries has a scraped producer whose series the selector can match.

Queries come from ``dist/<env>``: alert and recording rules, AnalysisTemplates, dashboard panels and
the prometheus-adapter rules; producers from ``charts/observability/producers.py``. Label values the
project's own declarations fix are checked too: the KEDA ``scaler`` is a trigger name of a
ScaledObject, ``cronjob`` a CronJob, ``service`` a workload with a PodMonitor, ``component`` a
backed-up component.

Each scraped producer must also be reachable: for every pod a PodMonitor selects (and every
ServiceMonitor target ``producers.py`` names), the connection Prometheus -> that party on the scraped
port is declared in ``contexter_deploy/ground/topology.py`` and ``connections.evaluate`` lets it through
every policy
layer of ``dist/<env>``; a finding names the producer, the port and the layer that drops it.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import json
import re
from collections.abc import Iterator, Sequence
from typing import Any

import promql_parser
import pytest
import yaml

from charts.gitops.addons import ADDONS
from charts.observability.producers import PRODUCERS, Producer, Scraper
from contexter_deploy.facts.manifests import Manifest, selector_matches
from contexter_deploy.ground.topology import CONNECTIONS, ISTIOD_MONITORING, PROMETHEUS, Connection
from contexter_deploy.validation.connections import INGRESS_NETWORK_POLICY, Cluster, evaluate
from tests.charts.observability.toolchain import DIST, ENVIRONMENTS, application_values, dist_documents
from tests.conftest import SHARED, requires_crd_schemas

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
        "exported_namespace": {
            d["metadata"]["namespace"] for d in (*scaled, *dist_documents(env, "Certificate"))
        }
        | {"istio-system", "contexter"},
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
    service_monitors = {d["metadata"]["name"] for d in dist_documents(env, "ServiceMonitor")}
    problems = []
    for scraper in producer.scraped_by:
        if scraper.pod_monitor is not None and scraper.pod_monitor not in monitors:
            problems.append(f"no PodMonitor {scraper.pod_monitor}")
        if scraper.service_monitor is not None and scraper.service_monitor not in service_monitors:
            problems.append(f"no ServiceMonitor {scraper.service_monitor}")
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


# --- reachability: Prometheus's scrape of each producer gets through every policy layer -----------


@functools.cache
def dist_manifests(env: str) -> tuple[Manifest, ...]:
    """Every document of the committed ``dist/<env>``, as the connection evaluator reads them."""
    return tuple(
        Manifest(document)
        for path in sorted((DIST / env).glob("*/*.yaml"))
        for document in yaml.safe_load_all(path.read_text(encoding="utf-8"))
        if document
    )


def scrape_targets(manifests: Sequence[Manifest], producer: Producer) -> list[tuple[str, str | int]]:
    """``(party, port name)`` of every pod Prometheus scrapes for ``producer``: the parties a
    PodMonitor of ``manifests`` selects, with its endpoints' ports, and a ServiceMonitor's target."""
    cluster = Cluster(manifests)
    monitors = {m.name: m for m in manifests if m.kind == "PodMonitor"}
    found: list[tuple[str, str | int]] = []
    for scraper in producer.scraped_by:
        if scraper.target is not None:
            found.append(scraper.target)
        monitor = monitors.get(scraper.pod_monitor or "")
        if monitor is None:
            continue
        namespaces = monitor.spec.get("namespaceSelector", {}).get("matchNames", [monitor.namespace])
        selected = [
            party.name
            for party in cluster.parties.values()
            if party.endpoint.labels is not None
            and party.namespace in namespaces
            and selector_matches(monitor.spec["selector"], party.endpoint.labels)
        ]
        assert selected, f"PodMonitor {monitor.namespace}/{monitor.name} selects no declared party"
        found += [(name, e["port"]) for name in selected for e in monitor.spec["podMetricsEndpoints"]]
    return found


def unreachable(manifests: Sequence[Manifest], producers: tuple[Producer, ...] = PRODUCERS) -> list[str]:
    """Why Prometheus cannot scrape a producer in ``manifests`` (empty: it reaches every one)."""
    cluster = Cluster(manifests)
    wanted: dict[tuple[str, str | int], list[str]] = {}
    for producer in producers:
        for target in scrape_targets(manifests, producer):
            wanted.setdefault(target, []).append(producer.name)
    found: list[str] = []
    declared: list[tuple[Connection, str, str | int, list[str]]] = []
    for (party, port), names in sorted(wanted.items(), key=lambda item: (item[0][0], str(item[0][1]))):
        try:
            number = cluster.parties[party].socket(port).number
        except KeyError as error:
            found.append(f"producer {', '.join(names)}: contexter_deploy/ground/topology.py: {error.args[0]}")
            continue
        connection = next(
            (
                c
                for c in CONNECTIONS
                if (c.client, c.server) == (PROMETHEUS.name, party)
                and c.expect == "allow"
                and cluster.parties[party].socket(c.port, c.protocol).number == number
            ),
            None,
        )
        if connection is None:
            found.append(
                f"producer {', '.join(names)}: contexter_deploy/ground/topology.py declares no connection"
                f" {PROMETHEUS.name} -> {party}:{port} ({number})"
            )
        else:
            declared.append((connection, party, port, names))
    report = evaluate(manifests, [c for c, *_ in declared])
    for verdict, (_, party, port, names) in zip(report.declared, declared, strict=True):
        if verdict.dropped_by is not None:
            found.append(
                f"producer {', '.join(names)}: Prometheus's scrape of {party} port {port}"
                f" ({verdict.socket.number}) is dropped by {verdict.dropped_by}: {verdict.reason}"
            )
    return found


@pytest.mark.parametrize("env", ENVIRONMENTS)
def test_prometheus_reaches_every_scraped_producer_through_every_layer(env: str) -> None:
    manifests = dist_manifests(env)
    targets = {t for p in PRODUCERS for t in scrape_targets(manifests, p)}
    assert {("redis", "metrics"), ("qdrant", "http"), ("api-gateway", "http")} <= targets
    assert {("keda-operator", "metrics"), ("prometheus-pushgateway", "http")} <= targets
    assert ("istio-ingressgateway", "http-envoy-prom") in targets
    assert ("istiod", ISTIOD_MONITORING.number) in targets
    assert unreachable(manifests) == []


def test_every_servicemonitor_scraper_names_its_target_or_why_not() -> None:
    unmodelled = {p.name for p in PRODUCERS for s in p.scraped_by if s.application and s.target is None}
    assert all(s.unmodelled for p in PRODUCERS for s in p.scraped_by if s.application and not s.target)
    assert unmodelled == {"kube-state-metrics", "kubelet", "cert-manager", "argo-rollouts"}


def test_fails_when_the_network_policy_admitting_prometheus_to_a_metrics_port_is_removed() -> None:
    prod = dist_manifests("prod")
    policy = next(m for m in prod if m.kind == "NetworkPolicy" and m.name == "redis")
    document = copy.deepcopy(dict(policy.document))
    document["spec"]["ingress"] = [
        rule for rule in document["spec"]["ingress"] if {p["port"] for p in rule["ports"]} != {9121}
    ]
    broken = tuple(Manifest(document) if m is policy else m for m in prod)
    [finding] = unreachable(broken)
    assert "producer prometheus-targets, redis-exporter" in finding
    assert "redis port metrics (9121)" in finding and f"dropped by {INGRESS_NETWORK_POLICY}" in finding


def test_fails_when_no_connection_is_declared_for_a_scraped_port() -> None:
    moved = tuple(
        dataclasses.replace(
            p, scraped_by=(Scraper(application="keda", target=("keda-operator", "metricsservice")),)
        )
        if p.name == "keda-operator"
        else p
        for p in PRODUCERS
    )
    [finding] = unreachable(dist_manifests("prod"), moved)
    assert "declares no connection prometheus -> keda-operator:metricsservice (9666)" in finding


def test_fails_when_the_istiod_service_monitor_is_missing() -> None:
    [istiod] = [p for p in PRODUCERS if p.name == "istiod"]
    renamed = dataclasses.replace(istiod, scraped_by=(Scraper(service_monitor="istio-component-monitor"),))
    assert scraped("prod", istiod) == []
    assert scraped("prod", renamed) == ["no ServiceMonitor istio-component-monitor"]


def test_fails_when_no_connection_is_declared_for_the_istiod_scrape() -> None:
    # 15010 is istiod's plaintext xDS port: nothing declares Prometheus calling it
    moved = tuple(
        dataclasses.replace(p, scraped_by=(Scraper(service_monitor="istiod", target=("istiod", 15010)),))
        if p.name == "istiod"
        else p
        for p in PRODUCERS
    )
    [finding] = unreachable(dist_manifests("prod"), moved)
    assert "declares no connection prometheus -> istiod:15010 (15010)" in finding


@requires_crd_schemas
@pytest.mark.parametrize("env", ENVIRONMENTS)
def test_the_pinned_cert_manager_chart_scrapes_the_expiry_as_the_rules_read_it(env: str) -> None:
    # The certificate alerts read exported_namespace: the chart's ServiceMonitor must exist with the
    # project's values and keep honorLabels false (its default), so the Certificate's namespace is renamed.
    [addon] = [a for a in ADDONS if a.chart == "cert-manager"]
    chart = SHARED / "helm-charts" / f"cert-manager-{addon.version}"
    monitor = (chart / "templates" / "servicemonitor.yaml").read_text(encoding="utf-8")
    assert "and .Values.prometheus.enabled .Values.prometheus.servicemonitor.enabled" in monitor
    assert "honorLabels: {{ .Values.prometheus.servicemonitor.honorLabels }}" in monitor
    defaults = yaml.safe_load((chart / "values.yaml").read_text(encoding="utf-8"))["prometheus"]
    values = application_values(env, "cert-manager")["prometheus"]
    assert values["enabled"] is True and values["servicemonitor"]["enabled"] is True
    assert values["servicemonitor"].get("honorLabels", defaults["servicemonitor"]["honorLabels"]) is False
    [producer] = [p for p in PRODUCERS if p.name == "cert-manager"]
    assert (
        "exported_namespace" in producer.labels
        and "certmanager_certificate_expiration_timestamp_seconds" in (producer.metrics)
    )
