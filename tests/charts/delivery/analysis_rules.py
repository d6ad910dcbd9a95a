"""The rules every rollout analysis of every environment must follow, judged as the controller would.

1. No query falls back to a constant on no data (``or vector(0)``, ``or 1``): without traffic the
   result must stay empty, so nothing but a measurement can make a metric pass.
2. No condition passes an empty result or NaN (``argo_analysis.measurement_phase``).
3. A run without one good measurement never succeeds: a bounded run of inconclusive (and
   tolerated failed) measurements, or a background run over the rollout's analysed steps.
4. Every blue-green pre-promotion analysis has a traffic source: a ``job`` or ``web`` metric
   that exercises the preview. Nothing else sends it requests.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from contexter_deploy.facts.inputs import parse_duration
from tests.charts.delivery.argo_analysis import Phase, measurement_phase, run_phase

DIST = Path(__file__).resolve().parents[3] / "dist"
TRAFFIC_PROVIDERS = ("job", "web")

_CONSTANT_FALLBACK = re.compile(
    r"\bor\b\s*(?:on\s*\([^)]*\)\s*)?\(?\s*(?:vector\s*\(|[-+]?[\d.]+(?:e[-+]?\d+)?\s*(?:\)|$|\bor\b|\band\b))"
)
"""``or`` followed by ``vector(…)`` or a bare number: where the left side has no data, a constant.
(``or 0 * <rate>`` is not one: it is empty where the rate is.) ``test_analysis_promql`` proves the
same rule on the real PromQL engine."""


def documents(path: Path) -> Iterator[dict[str, Any]]:
    """Every YAML document of ``path``."""
    yield from (d for d in yaml.safe_load_all(path.read_text(encoding="utf-8")) if d)


def dist_documents(kind: str) -> list[tuple[str, dict[str, Any]]]:
    """(environment, document) of every committed document of ``kind`` in ``dist/<env>``."""
    suffix = f".{kind.lower()}.yaml"
    return [
        (env.name, document)
        for env in sorted(p for p in DIST.iterdir() if p.is_dir())
        for path in sorted(env.rglob(f"*{suffix}"))
        for document in documents(path)
        if document.get("kind") == kind
    ]


def prometheus_metrics(template: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return [m for m in template["spec"].get("metrics") or [] if "prometheus" in (m.get("provider") or {})]


def query_problems(template: Mapping[str, Any]) -> list[str]:
    """Rule 1, on the text: a query that answers ``or <constant>`` where data is missing."""
    name = template["metadata"]["name"]
    return [
        f"{name}/{metric['name']}: falls back to a constant on no data: {match.group(0)!r}"
        for metric in prometheus_metrics(template)
        for match in [_CONSTANT_FALLBACK.search(metric["provider"]["prometheus"]["query"])]
        if match
    ]


def condition_problems(template: Mapping[str, Any]) -> list[str]:
    """Rule 2: an empty result and NaN are never Successful."""
    name = template["metadata"]["name"]
    problems = []
    for metric in prometheus_metrics(template):
        for label, result in (("an empty result", []), ("NaN", [math.nan])):
            if measurement_phase(metric, result) == "Successful":
                problems.append(f"{name}/{metric['name']}: {label} passes")
    return problems


def _without_one_success(metric: Mapping[str, Any], count: int) -> Iterator[list[Phase]]:
    failures = min(int(metric.get("failureLimit") or 0), count)
    inconclusive: list[Phase] = ["Inconclusive"]
    failed: list[Phase] = ["Failed"]
    yield inconclusive * count
    yield failed * failures + inconclusive * (count - failures)


def limit_problems(template: Mapping[str, Any]) -> list[str]:
    """Rule 3 for bounded runs: ``count`` measurements without a good one never succeed."""
    name = template["metadata"]["name"]
    problems = []
    for metric in prometheus_metrics(template):
        if metric.get("count") is None:
            continue
        sequences = {tuple(p) for p in _without_one_success(metric, int(metric["count"]))}
        for phases in sorted(map(list, sequences)):
            if run_phase(metric, phases) == "Successful":
                problems.append(f"{name}/{metric['name']}: succeeds after {phases} (no good measurement)")
    return problems


def _analysis_blocks(rollout: Mapping[str, Any]) -> list[tuple[str, Mapping[str, Any]]]:
    strategy = rollout["spec"]["strategy"]
    blocks = []
    if "blueGreen" in strategy:
        for key in ("prePromotionAnalysis", "postPromotionAnalysis"):
            if strategy["blueGreen"].get(key):
                blocks.append((key, strategy["blueGreen"][key]))
    if "canary" in strategy and strategy["canary"].get("analysis"):
        blocks.append(("analysis", strategy["canary"]["analysis"]))
    return blocks


def _templates_of(
    block: Mapping[str, Any], templates: Mapping[str, Mapping[str, Any]]
) -> list[Mapping[str, Any]]:
    return [
        templates[ref["templateName"]]
        for ref in block.get("templates") or []
        if ref["templateName"] in templates
    ]


def analysed_seconds(rollout: Mapping[str, Any]) -> float:
    """Seconds of paused canary steps from the background analysis' ``startingStep`` on."""
    canary = rollout["spec"]["strategy"]["canary"]
    start = int(canary["analysis"].get("startingStep") or 0)
    pauses = [
        (step.get("pause") or {}).get("duration")
        for step in canary.get("steps", [])[start:]
        if "pause" in step
    ]
    return sum(math.inf if duration is None else parse_duration(duration) for duration in pauses)


def rollout_problems(rollout: Mapping[str, Any], templates: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """Rule 4, and rule 3 for background runs, for one Rollout and the templates of its namespace."""
    name = rollout["metadata"]["name"]
    problems = []
    for key, block in _analysis_blocks(rollout):
        missing = [
            ref["templateName"]
            for ref in block.get("templates") or []
            if ref["templateName"] not in templates
        ]
        problems += [f"{name} {key}: template {t} not found" for t in missing]
        used = _templates_of(block, templates)
        if key == "prePromotionAnalysis" and not any(
            provider in (metric.get("provider") or {})
            for template in used
            for metric in template["spec"].get("metrics") or []
            for provider in TRAFFIC_PROVIDERS
        ):
            problems.append(
                f"{name} prePromotionAnalysis: no traffic source (a job or web metric): nothing sends"
                " requests to the preview, so the analysis judges an idle ReplicaSet"
            )
        if key == "analysis":
            window = analysed_seconds(rollout)
            for template in used:
                for metric in prometheus_metrics(template):
                    tolerated = int(metric.get("failureLimit") or 0) + int(
                        metric.get("inconclusiveLimit") or 0
                    )
                    needed = (
                        parse_duration(metric.get("initialDelay", 0))
                        + parse_duration(metric["interval"]) * tolerated
                    )
                    if needed >= window:
                        where = f"{template['metadata']['name']}/{metric['name']}"
                        problems.append(
                            f"{name} analysis {where}: the steps give it {window:g} s, but {tolerated}"
                            f" tolerated bad measurements take {needed:g} s:"
                            " the rollout completes before one good measurement is needed"
                        )
    return problems


def all_problems(templates: Sequence[Mapping[str, Any]], rollouts: Sequence[Mapping[str, Any]]) -> list[str]:
    """Every rule over ``templates`` and ``rollouts`` (one environment)."""
    problems = [
        p
        for t in templates
        for check in (query_problems, condition_problems, limit_problems)
        for p in check(t)
    ]
    for rollout in rollouts:
        namespace = rollout["metadata"].get("namespace")
        in_namespace = {
            t["metadata"]["name"]: t for t in templates if t["metadata"].get("namespace") == namespace
        }
        problems += rollout_problems(rollout, in_namespace)
    return problems
