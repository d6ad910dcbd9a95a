"""charts/delivery/analysis.py"""

from __future__ import annotations

import ast
import math
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from charts.delivery.analysis import (
    ERROR_RATE_METRIC,
    LATENCY_METRIC,
    POD_TEMPLATE_HASH_ARG,
    SloAnalysisProps,
    SloAnalysisTemplate,
)
from charts.observability.metrics import PROMETHEUS_URL
from contexter_deploy.config import Environment
from tests.helpers import synth_construct

_ALLOWED_NODES = (
    ast.Expression,
    ast.Compare,
    ast.Subscript,
    ast.Name,
    ast.Load,
    ast.Constant,
    ast.Lt,
    ast.LtE,
    ast.Gt,
    ast.GtE,
    ast.BoolOp,
    ast.And,
    ast.Or,
)


def evaluate(condition: str, result: list[float]) -> bool:
    """Evaluate an Argo Rollouts ``successCondition`` for a query ``result``.

    Independent of the code under test: the condition is parsed as an expression, only
    comparisons of ``result[i]`` with numbers are accepted, and Python evaluates it with the
    same meaning the Argo expression language gives these operators.
    """
    tree = ast.parse(condition, mode="eval")
    for node in ast.walk(tree):
        assert isinstance(node, _ALLOWED_NODES), f"unexpected {type(node).__name__} in {condition!r}"
        if isinstance(node, ast.Name):
            assert node.id == "result"
    value = eval(compile(tree, "<successCondition>", "eval"), {"__builtins__": {}}, {"result": result})  # noqa: S307
    assert isinstance(value, bool)
    return value


def _props(environment: Environment, count: int | None = 4, failure_limit: int = 0) -> SloAnalysisProps:
    return SloAnalysisProps(
        service="search",
        namespace="contexter",
        max_error_rate=environment.rollout.max_error_rate,
        latency_p95_ms=environment.slo.latency_p95_ms,
        interval_seconds=environment.rollout.analysis_interval_seconds,
        count=count,
        failure_limit=failure_limit,
    )


def _synth(props: SloAnalysisProps) -> dict[str, Any]:
    [template] = synth_construct(lambda chart: SloAnalysisTemplate(chart, "analysis", props=props))
    return template


def _metrics(environment: Environment, count: int | None = 4) -> dict[str, dict[str, Any]]:
    return {m["name"]: m for m in _synth(_props(environment, count))["spec"]["metrics"]}


def test_analysis_template_snapshot(
    environments: dict[str, Environment], snapshot: SnapshotAssertion
) -> None:
    assert _synth(_props(environments["prod"])) == snapshot


def test_the_error_rate_condition_passes_only_below_one_percent(environments: dict[str, Environment]) -> None:
    condition = _metrics(environments["prod"])[ERROR_RATE_METRIC]["successCondition"]
    assert evaluate(condition, [0.0])
    assert evaluate(condition, [0.0099])
    assert evaluate(condition, [math.nextafter(0.01, 0)])
    assert not evaluate(condition, [0.01]), "an error rate of exactly 1% aborts the rollout"
    assert not evaluate(condition, [0.0101])
    assert not evaluate(condition, [1.0])


def test_the_latency_condition_passes_only_below_the_slo(environments: dict[str, Environment]) -> None:
    for environment in environments.values():
        condition = _metrics(environment)[LATENCY_METRIC]["successCondition"]
        slo_seconds = environment.slo.latency_p95_ms / 1000
        assert evaluate(condition, [slo_seconds * 0.99])
        assert not evaluate(condition, [slo_seconds])
        assert not evaluate(condition, [slo_seconds * 1.01])


def test_queries_judge_only_the_new_replica_set(environments: dict[str, Environment]) -> None:
    template = _synth(_props(environments["prod"]))
    assert template["spec"]["args"] == [{"name": POD_TEMPLATE_HASH_ARG}]
    for metric in template["spec"]["metrics"]:
        query = metric["provider"]["prometheus"]["query"]
        assert 'rollouts_pod_template_hash="{{args.pod-template-hash}}"' in query
        assert 'service="search"' in query
        assert metric["provider"]["prometheus"]["address"] == PROMETHEUS_URL


def test_errors_are_server_errors_over_all_requests(environments: dict[str, Environment]) -> None:
    query = _metrics(environments["prod"])[ERROR_RATE_METRIC]["provider"]["prometheus"]["query"]
    numerator, denominator = query.split(" / ")
    assert 'status=~"5.."' in numerator
    assert "status" not in denominator


def test_interval_count_and_failure_limit_come_from_config(environments: dict[str, Environment]) -> None:
    rollout = environments["prod"].rollout
    for metric in _metrics(environments["prod"], count=rollout.analysis_count).values():
        assert metric["interval"] == f"{rollout.analysis_interval_seconds}s"
        assert metric["count"] == rollout.analysis_count
        assert metric["failureLimit"] == rollout.analysis_failure_limit


def test_background_analysis_has_no_count(environments: dict[str, Environment]) -> None:
    assert all("count" not in metric for metric in _metrics(environments["prod"], count=None).values())


def test_fails_when_the_failure_limit_reaches_the_count(environments: dict[str, Environment]) -> None:
    with pytest.raises(ValueError, match="failure_limit 4 must be < count 4"):
        _synth(_props(environments["prod"], count=4, failure_limit=4))


def test_fails_when_the_error_rate_is_not_a_ratio(environments: dict[str, Environment]) -> None:
    props = _props(environments["prod"])
    with pytest.raises(ValueError, match=r"max_error_rate 1\.5 must lie strictly between 0 and 1"):
        _synth(SloAnalysisProps(**{**props.__dict__, "max_error_rate": 1.5}))
