"""``promtool check rules`` on every rule the project ships, as synthesized into ``dist/<env>``.

- The ``spec`` (the ``groups:`` list) of every PrometheusRule in every environment.
- The prometheus-adapter rules of the add-on values: not Prometheus rules, so each ``seriesQuery``
  and ``metricsQuery`` is turned into a recording rule, with the adapter's template variables
  (``<<.Series>>``, ``<<.LabelMatchers>>``, ``<<.GroupBy>>``; prometheus-adapter 0.12
  ``pkg/naming/metrics_query.go``) replaced by what the adapter substitutes for one pod, and
  checked the same way. kube-prometheus-stack's values add no rules of their own
  (``additionalPrometheusRulesMap`` is unset); its default rules are upstream's.

promtool 2.42 checks here; the cluster's Prometheus v3 accepts the same PromQL (see toolchain.py).
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from tests.charts.observability.toolchain import (
    ENVIRONMENTS,
    application_values,
    binary,
    dist_documents,
    run,
    write_yaml,
)


def check_rules(path: Path) -> tuple[bool, str]:
    result = run([binary("promtool"), "check", "rules", str(path)])
    return result.returncode == 0, result.stdout + result.stderr


def adapter_rule_file(values: dict[str, Any]) -> dict[str, Any]:
    """prometheus-adapter's custom rules as a Prometheus rule file of recording rules."""
    rules = []
    for index, rule in enumerate(values["rules"]["custom"]):
        series = rule["seriesQuery"]
        metric = series.split("{", 1)[0]
        overrides = rule["resources"]["overrides"]
        namespace_label = next(
            label for label, target in overrides.items() if target["resource"] == "namespace"
        )
        pod_label = next(label for label, target in overrides.items() if target["resource"] == "pod")
        matchers = f'{namespace_label}="contexter",{pod_label}=~"api-gateway-0|api-gateway-1"'
        query = (
            rule["metricsQuery"]
            .replace("<<.Series>>", metric)
            .replace("<<.LabelMatchers>>", matchers)
            .replace("<<.GroupBy>>", pod_label)
        )
        assert "<<" not in query, f"unknown template variable left in {query!r}"
        rules.append({"record": f"adapter:series_query:{index}", "expr": f"count({series})"})
        rules.append({"record": f"adapter:metrics_query:{index}", "expr": query})
    return {"groups": [{"name": "prometheus-adapter", "rules": rules}]}


@pytest.mark.parametrize("env", ENVIRONMENTS)
def test_promtool_accepts_every_prometheus_rule(env: str, tmp_path: Path) -> None:
    documents = dist_documents(env, "PrometheusRule")
    assert len(documents) >= 2
    for document in documents:
        ok, output = check_rules(
            write_yaml(tmp_path / f"{document['metadata']['name']}.yaml", document["spec"])
        )
        assert ok, output


@pytest.mark.parametrize("env", ENVIRONMENTS)
def test_promtool_accepts_the_prometheus_adapter_queries(env: str, tmp_path: Path) -> None:
    rule_file = adapter_rule_file(application_values(env, "prometheus-adapter"))
    ok, output = check_rules(write_yaml(tmp_path / "adapter.yaml", rule_file))
    assert ok, output


def test_fails_when_a_rule_has_a_broken_selector(tmp_path: Path) -> None:
    [document, *_] = dist_documents("prod", "PrometheusRule")
    broken = copy.deepcopy(document["spec"])
    rule = next(r for g in broken["groups"] for r in g["rules"] if "alert" in r)
    rule["expr"] = rule["expr"].replace("{", "{service=~", 1)
    ok, output = check_rules(write_yaml(tmp_path / "broken.yaml", broken))
    assert not ok and "parse error" in output


def test_fails_when_an_adapter_query_does_not_parse(tmp_path: Path) -> None:
    values = copy.deepcopy(application_values("prod", "prometheus-adapter"))
    values["rules"]["custom"][0]["metricsQuery"] = values["rules"]["custom"][0]["metricsQuery"].replace(
        ") by (", " by ("
    )
    ok, output = check_rules(write_yaml(tmp_path / "adapter.yaml", adapter_rule_file(values)))
    assert not ok, output
