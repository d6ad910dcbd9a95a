"""How the Argo Rollouts controller (v1.8, the chart's appVersion) judges a measurement and a run.

Independent of the code under test, written from the controller's source:

- ``utils/evaluate/evaluate.go`` ``EvaluateResult``: each condition is an expr-lang expression
  over ``result`` (a Prometheus vector becomes a list of floats, in
  ``metricproviders/prometheus/prometheus.go`` ``processResponse``); an evaluation error makes the
  measurement *Error*; with both conditions, neither true is *Inconclusive*; with only one, the
  other is its negation.
- ``analysis/analysis.go`` ``assessMetricStatus``: Failed when ``failed > failureLimit``,
  Inconclusive when ``inconclusive > inconclusiveLimit``, Error when ``consecutiveError >
  consecutiveErrorLimit`` (default 4); Successful once ``count`` measurements (errors not counted)
  were taken without reaching those limits.

The expression subset: ``len(result)``, ``result[i]``, ``isNaN(x)``, ``isInf(x)``, ``!``, ``&&``,
``||``, ``and``, ``or``, ``not``, comparisons and numbers. expr short-circuits ``&&`` and ``||`` as
Python does ``and`` and ``or``; an index out of range is a runtime error in both; comparisons with
NaN are false in both.
"""

from __future__ import annotations

import ast
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any, Literal

Phase = Literal["Successful", "Failed", "Inconclusive", "Error", "Running"]

_ALLOWED = (
    ast.Expression,
    ast.BoolOp,
    ast.And,
    ast.Or,
    ast.UnaryOp,
    ast.Not,
    ast.USub,
    ast.Compare,
    ast.Lt,
    ast.LtE,
    ast.Gt,
    ast.GtE,
    ast.Eq,
    ast.NotEq,
    ast.Call,
    ast.Subscript,
    ast.Name,
    ast.Load,
    ast.Constant,
)
_FUNCTIONS = {"len": len, "isNaN": math.isnan, "isInf": math.isinf}


class ExprError(Exception):
    """The expression could not be evaluated: the controller records the measurement as Error."""


def _python(condition: str) -> str:
    text = re.sub(r"&&", " and ", condition)
    text = re.sub(r"\|\|", " or ", text)
    return re.sub(r"!(?!=)", " not ", text).strip()


def evaluate(condition: str, result: Sequence[float]) -> bool:
    """The value of an Argo Rollouts condition for a query ``result``; ``ExprError`` where expr fails."""
    try:
        tree = ast.parse(_python(condition), mode="eval")
    except SyntaxError as error:
        raise AssertionError(f"{condition!r} is outside the supported expr subset: {error}") from error
    for node in ast.walk(tree):
        if not isinstance(node, _ALLOWED):
            raise AssertionError(f"unsupported {type(node).__name__} in {condition!r}")
        if isinstance(node, ast.Name) and node.id not in {"result", *_FUNCTIONS}:
            raise AssertionError(f"unknown name {node.id!r} in {condition!r}")
    try:
        value = eval(  # noqa: S307 - a checked expression over a fixed environment
            compile(tree, "<condition>", "eval"), {"__builtins__": {}}, {"result": list(result), **_FUNCTIONS}
        )
    except (IndexError, TypeError) as error:
        raise ExprError(str(error)) from error
    if not isinstance(value, bool):
        raise ExprError(f"expected bool, but got {type(value).__name__}")
    return value


def measurement_phase(metric: Mapping[str, Any], result: Sequence[float]) -> Phase:
    """``EvaluateResult``: the phase of one measurement whose query returned ``result``."""
    success_condition = metric.get("successCondition") or ""
    failure_condition = metric.get("failureCondition") or ""
    try:
        success = evaluate(success_condition, result) if success_condition else False
        failure = evaluate(failure_condition, result) if failure_condition else False
    except ExprError:
        return "Error"
    if not success_condition and not failure_condition:
        return "Successful"
    if success_condition and not failure_condition:
        failure = not success
    elif failure_condition and not success_condition:
        success = not failure
    if failure:
        return "Failed"
    return "Successful" if success else "Inconclusive"


def _limit(metric: Mapping[str, Any], key: str, default: int) -> int:
    value = metric.get(key)
    return default if value is None else int(value)


def run_phase(metric: Mapping[str, Any], phases: Sequence[Phase]) -> Phase:
    """``assessMetricStatus`` after the measurements ``phases``, for a metric with a ``count``."""
    failure_limit = _limit(metric, "failureLimit", 0)
    inconclusive_limit = _limit(metric, "inconclusiveLimit", 0)
    error_limit = _limit(metric, "consecutiveErrorLimit", 4)
    count = metric.get("count")
    failed = inconclusive = consecutive_errors = counted = 0
    for phase in phases:
        if phase == "Error":
            consecutive_errors += 1
        else:
            consecutive_errors = 0
            counted += 1
            failed += phase == "Failed"
            inconclusive += phase == "Inconclusive"
        verdict: Phase | None = None
        if failure_limit >= 0 and failed > failure_limit:
            verdict = "Failed"
        if inconclusive > inconclusive_limit:
            verdict = "Inconclusive"
        if consecutive_errors > error_limit:
            verdict = "Error"
        if verdict is not None:
            return verdict
        if count is not None and counted >= int(count):
            return "Successful"
    return "Running"
