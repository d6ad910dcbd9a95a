"""Rollout analysis that cannot pass on no data: the synth-time part of the rule.

- A Prometheus query never falls back to a constant (``or vector(0)``, ``or 1``): without traffic
  its result must stay empty, so only a measurement can make the metric pass.
- A bounded metric needs one good measurement: ``failureLimit + inconclusiveLimit < count``
  (Argo Rollouts counts inconclusive measurements towards ``count`` and passes the metric once
  ``count`` is reached without exceeding either limit).
- Every blue-green ``prePromotionAnalysis`` has a traffic source, a ``job`` or ``web`` metric: no
  user reaches a preview, so without one the analysis judges an idle ReplicaSet.

How each condition reads an empty result or NaN needs the expression language; the tests
(``tests/charts/delivery/test_analysis_rules.py``) evaluate that the way the controller does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.validation.findings import Finding

CHECK = "analysis"
TEMPLATE_KINDS = ("AnalysisTemplate", "ClusterAnalysisTemplate")
TRAFFIC_PROVIDERS = ("job", "web")
CONSTANT_FALLBACK = re.compile(
    r"\bor\b\s*(?:on\s*\([^)]*\)\s*)?\(?\s*(?:vector\s*\(|[-+]?[\d.]+(?:e[-+]?\d+)?\s*(?:\)|$|\bor\b|\band\b))"
)
"""``or`` followed by ``vector(…)`` or a bare number. (``or 0 * <rate>`` is not one: it is empty
where the rate is.)"""


def _metrics(template: Manifest) -> list[Mapping[str, Any]]:
    return list(template.spec.get("metrics") or [])


def _int(value: Any, default: int) -> int:
    return default if value is None else int(value)


def check_analysis_keeps_no_data_inconclusive(manifests: Sequence[Manifest]) -> Iterator[Finding]:
    """No query answers a constant where data is missing; no bounded run passes without a good
    measurement."""
    for template in (m for m in manifests if m.kind in TEMPLATE_KINDS):
        for metric in _metrics(template):
            name = metric.get("name")
            query = str(((metric.get("provider") or {}).get("prometheus") or {}).get("query") or "")
            match = CONSTANT_FALLBACK.search(query)
            if match:
                yield Finding(
                    template.ref,
                    CHECK,
                    f"metric {name}: the query falls back to a constant on no data ({match.group(0)!r});"
                    " allowed: a query that stays empty without traffic (charts/observability/promql.py)",
                )
            count = metric.get("count")
            if count is None:
                continue
            tolerated = _int(metric.get("failureLimit"), 0) + _int(metric.get("inconclusiveLimit"), 0)
            if tolerated >= int(count):
                yield Finding(
                    template.ref,
                    CHECK,
                    f"metric {name}: failureLimit + inconclusiveLimit = {tolerated} >= count {count}:"
                    " a run without one good measurement passes; allowed: less than count",
                )


def _templates(manifests: Sequence[Manifest]) -> dict[tuple[str, str | None], Manifest]:
    found = {}
    for manifest in manifests:
        if manifest.kind == "AnalysisTemplate":
            found[(manifest.name, manifest.namespace)] = manifest
        elif manifest.kind == "ClusterAnalysisTemplate":
            found[(manifest.name, None)] = manifest
    return found


def check_previews_get_traffic(manifests: Sequence[Manifest]) -> Iterator[Finding]:
    """Every blue-green pre-promotion analysis runs a ``job`` or ``web`` metric that sends the
    preview requests."""
    templates = _templates(manifests)
    for rollout in (m for m in manifests if m.kind == "Rollout"):
        blue_green = (rollout.spec.get("strategy") or {}).get("blueGreen") or {}
        pre = blue_green.get("prePromotionAnalysis")
        if not pre:
            continue
        used = [
            templates.get(
                (str(ref.get("templateName")), None if ref.get("clusterScope") else rollout.namespace)
            )
            for ref in pre.get("templates") or []
        ]
        if not any(
            provider in (metric.get("provider") or {})
            for template in used
            if template is not None
            for metric in _metrics(template)
            for provider in TRAFFIC_PROVIDERS
        ):
            yield Finding(
                rollout.ref,
                CHECK,
                f"blueGreen.prePromotionAnalysis has no traffic source: nothing sends requests to"
                f" {blue_green.get('previewService')}, so the analysis judges an idle ReplicaSet;"
                " allowed: a template with a job or web metric (charts/delivery/smoke_test.py)",
            )


CHECKS = (check_analysis_keeps_no_data_inconclusive, check_previews_get_traffic)
