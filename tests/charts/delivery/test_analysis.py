"""charts/delivery/analysis.py"""

from __future__ import annotations

import math
import re
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from charts.delivery.analysis import (
    CALLERS_ERROR_RATE_METRIC,
    CALLERS_LATENCY_METRIC,
    DESTINATION_SERVICE_ARG,
    ERROR_RATE_METRIC,
    LATENCY_METRIC,
    POD_TEMPLATE_HASH_ARG,
    CallersAnalysisTemplate,
    Measurement,
    SloAnalysisProps,
    SloAnalysisTemplate,
)
from charts.observability.metrics import PROMETHEUS_URL
from contexter_deploy.ground.config import Environment
from tests.charts.delivery.argo_analysis import measurement_phase, run_phase
from tests.helpers import synth_construct


def _props(environment: Environment, count: int | None = 4, failure_limit: int = 0) -> SloAnalysisProps:
    return SloAnalysisProps(
        service="search",
        namespace="contexter",
        max_error_rate=environment.rollout.max_error_rate,
        latency_p95_ms=environment.slo.latency_p95_ms,
        measurement=Measurement(
            interval_seconds=environment.rollout.analysis_interval_seconds,
            count=count,
            failure_limit=failure_limit,
        ),
    )


def _synth(props: SloAnalysisProps, construct: type = SloAnalysisTemplate) -> dict[str, Any]:
    [template] = synth_construct(lambda chart: construct(chart, "analysis", props=props))
    return template


def _metrics(
    environment: Environment, count: int | None = 4, construct: type = SloAnalysisTemplate
) -> dict[str, Any]:
    return {m["name"]: m for m in _synth(_props(environment, count), construct)["spec"]["metrics"]}


def test_analysis_template_snapshot(
    environments: dict[str, Environment], snapshot: SnapshotAssertion
) -> None:
    assert _synth(_props(environments["prod"])) == snapshot


def test_callers_template_snapshot(environments: dict[str, Environment], snapshot: SnapshotAssertion) -> None:
    assert _synth(_props(environments["prod"]), CallersAnalysisTemplate) == snapshot


def test_the_error_rate_passes_only_below_one_percent(environments: dict[str, Environment]) -> None:
    metric = _metrics(environments["prod"])[ERROR_RATE_METRIC]
    for good in (0.0, 0.0099, math.nextafter(0.01, 0)):
        assert measurement_phase(metric, [good]) == "Successful"
    for bad in (0.01, 0.0101, 1.0):
        assert measurement_phase(metric, [bad]) == "Failed", "1% or more aborts the rollout"


def test_no_data_is_inconclusive_never_a_pass(environments: dict[str, Environment]) -> None:
    for construct in (SloAnalysisTemplate, CallersAnalysisTemplate):
        for metric in _metrics(environments["prod"], construct=construct).values():
            assert measurement_phase(metric, []) == "Inconclusive"
            assert measurement_phase(metric, [math.nan]) == "Inconclusive"
            assert measurement_phase(metric, [0.0, 0.0]) == "Inconclusive", "two series: not one answer"


def test_a_run_needs_a_good_measurement(environments: dict[str, Environment]) -> None:
    metric = _metrics(environments["prod"])[ERROR_RATE_METRIC]
    assert run_phase(metric, ["Inconclusive", "Successful", "Successful", "Successful"]) == "Successful"
    assert run_phase(metric, ["Inconclusive", "Inconclusive"]) == "Inconclusive"


def test_the_latency_condition_passes_only_below_the_slo(environments: dict[str, Environment]) -> None:
    for environment in environments.values():
        slo_seconds = environment.slo.latency_p95_ms / 1000
        app = _metrics(environment)[LATENCY_METRIC]
        mesh = _metrics(environment, construct=CallersAnalysisTemplate)[CALLERS_LATENCY_METRIC]
        for metric, unit in ((app, slo_seconds), (mesh, float(environment.slo.latency_p95_ms))):
            assert measurement_phase(metric, [unit * 0.99]) == "Successful"
            assert measurement_phase(metric, [unit]) == "Failed"


def test_queries_judge_only_the_new_replica_set(environments: dict[str, Environment]) -> None:
    template = _synth(_props(environments["prod"]))
    assert template["spec"]["args"] == [{"name": POD_TEMPLATE_HASH_ARG}]
    for metric in template["spec"]["metrics"]:
        query = metric["provider"]["prometheus"]["query"]
        selectors = re.findall(r"\{[^{}]*\}", query.replace("{{args.pod-template-hash}}", "HASH"))
        assert len(selectors) >= 2
        assert all('rollouts_pod_template_hash="HASH"' in s and 'service="search"' in s for s in selectors)
        assert metric["provider"]["prometheus"]["address"] == PROMETHEUS_URL


def test_callers_are_asked_about_one_service(environments: dict[str, Environment]) -> None:
    template = _synth(_props(environments["prod"]), CallersAnalysisTemplate)
    assert template["metadata"]["name"] == "search-callers"
    assert template["spec"]["args"] == [{"name": DESTINATION_SERVICE_ARG}]
    query = {m["name"]: m for m in template["spec"]["metrics"]}[CALLERS_ERROR_RATE_METRIC]["provider"][
        "prometheus"
    ]["query"]
    assert 'reporter="source"' in query
    assert 'destination_service_name="{{args.destination-service}}"' in query
    assert 'destination_service_namespace="contexter"' in query


def test_too_little_traffic_is_no_evidence(environments: dict[str, Environment]) -> None:
    for metric in _metrics(environments["prod"]).values():
        query = metric["provider"]["prometheus"]["query"]
        assert query.endswith(">= 100)"), query
        assert "vector(" not in query


def test_limits_come_from_config(environments: dict[str, Environment]) -> None:
    rollout = environments["prod"].rollout
    for metric in _metrics(environments["prod"], count=rollout.analysis_count).values():
        assert metric["interval"] == f"{rollout.analysis_interval_seconds}s"
        assert metric["count"] == rollout.analysis_count
        assert metric["failureLimit"] == rollout.analysis_failure_limit
        assert (metric["inconclusiveLimit"], metric["consecutiveErrorLimit"], metric["initialDelay"]) == (
            1,
            2,
            "30s",
        )


def test_background_analysis_has_no_count(environments: dict[str, Environment]) -> None:
    assert all("count" not in metric for metric in _metrics(environments["prod"], count=None).values())


def test_fails_when_the_limits_reach_the_count() -> None:
    with pytest.raises(ValueError, match=r"failure_limit 3 \+ inconclusive_limit 1 must be < count 4"):
        Measurement(interval_seconds=30, count=4, failure_limit=3)


def test_fails_when_the_error_rate_is_not_a_ratio(environments: dict[str, Environment]) -> None:
    props = _props(environments["prod"])
    with pytest.raises(ValueError, match=r"max_error_rate 1\.5 must lie strictly between 0 and 1"):
        SloAnalysisProps(**{**props.__dict__, "max_error_rate": 1.5})


def test_fails_when_one_error_would_exceed_the_limit(environments: dict[str, Environment]) -> None:
    props = _props(environments["prod"])
    with pytest.raises(ValueError, match=r"min_requests 50 at max_error_rate 0\.01"):
        SloAnalysisProps(**{**props.__dict__, "min_requests": 50})
