"""contexter_deploy/validation/analysis.py"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.validation import CHECKS
from contexter_deploy.validation.analysis import (
    check_analysis_keeps_no_data_inconclusive,
    check_previews_get_traffic,
)

FIXTURES = Path(__file__).resolve().parents[2] / "charts" / "delivery" / "fixtures"


def _fixture(name: str) -> dict[str, Any]:
    [document] = [d for d in yaml.safe_load_all((FIXTURES / name).read_text(encoding="utf-8")) if d]
    return document  # type: ignore[no-any-return]


def _messages(check: Any, documents: list[dict[str, Any]]) -> list[str]:
    return [finding.render() for finding in check([Manifest(d) for d in documents])]


def test_the_checks_run_at_synth_time() -> None:
    assert check_analysis_keeps_no_data_inconclusive in CHECKS
    assert check_previews_get_traffic in CHECKS


def test_the_committed_analyses_pass(manifests: dict[str, tuple[Manifest, ...]]) -> None:
    for environment in manifests.values():
        assert list(check_analysis_keeps_no_data_inconclusive(environment)) == []
        assert list(check_previews_get_traffic(environment)) == []


def test_fails_when_a_query_falls_back_to_a_constant() -> None:
    messages = _messages(
        check_analysis_keeps_no_data_inconclusive, [_fixture("no-data-passes.analysistemplate.yaml")]
    )
    assert len(messages) == 2
    assert messages[0].startswith(
        "AnalysisTemplate contexter/api-gateway-slo: metric error-rate:"
        " the query falls back to a constant on no data"
    )


def test_fails_when_a_run_without_a_good_measurement_passes() -> None:
    template = _fixture("no-data-passes.analysistemplate.yaml")
    for metric in template["spec"]["metrics"]:
        metric["provider"]["prometheus"]["query"] = "sum(rate(x[2m]))"
    assert _messages(check_analysis_keeps_no_data_inconclusive, [template]) == []
    broken = copy.deepcopy(template)
    broken["spec"]["metrics"][0]["inconclusiveLimit"] = 4
    assert _messages(check_analysis_keeps_no_data_inconclusive, [broken]) == [
        "AnalysisTemplate contexter/api-gateway-slo: metric error-rate:"
        " failureLimit + inconclusiveLimit = 4 >= count 4: a run without one good measurement passes;"
        " allowed: less than count [analysis]"
    ]


def test_fails_when_a_preview_gets_no_traffic() -> None:
    documents = [_fixture("idle-preview.rollout.yaml"), _fixture("no-data-passes.analysistemplate.yaml")]
    [message] = _messages(check_previews_get_traffic, documents)
    assert message.startswith(
        "Rollout contexter/api-gateway: blueGreen.prePromotionAnalysis has no traffic source: nothing sends"
        " requests to api-gateway-preview"
    )
