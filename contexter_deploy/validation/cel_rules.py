"""Evaluate the CRDs' ``x-kubernetes-validations`` CEL rules against every custom resource.

The JSON schema check (``schemas.py``) cannot see these rules: the API server evaluates them after
decoding and defaulting, and refuses the object when one is false. Here, as there, for each custom
resource whose CRD schema is in ``<crd-schemas>/<group>/<kind>_<version>.json``:

1. the schema's ``default`` values are applied where a field is absent (top-down, as the API server
   defaults before it validates);
2. every node that is present and carries rules is converted to CEL values by its schema (``integer``
   to int, ``number`` to double, maps and lists; property names escaped the Kubernetes way, e.g.
   ``x-y`` -> ``x__dash__y``, ``namespace`` -> ``__namespace__``), bound to ``self``;
3. each rule is evaluated with ``cel-python`` and the Kubernetes library of ``cel_library``. A false
   rule is a finding with its ``messageExpression`` (evaluated), else its ``message``, else
   ``failed rule: <rule>``, at the node's path plus the rule's ``fieldPath``. A rule that cannot be
   evaluated (an error, a function no library has) is a finding too, never a pass.

Transition rules (those that read ``oldSelf``) only run on updates; the synthesized documents are
creates, so they are counted and reported as skipped, not evaluated.
"""

from __future__ import annotations

import copy
import json
import re
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import celpy
from celpy import celtypes
from celpy.adapter import json_to_cel
from celpy.evaluation import CELEvalError

from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.validation.cel_library import FUNCTIONS
from contexter_deploy.validation.findings import Finding

CHECK = "cel"
_OLD_SELF = re.compile(r"\boldSelf\b")
_RESERVED = frozenset(
    {
        "true", "false", "null", "in", "as", "break", "const", "continue", "else", "for", "function",
        "if", "import", "let", "loop", "package", "namespace", "return", "var", "void", "while",
    }
)  # fmt: skip
"""CEL keywords Kubernetes escapes as ``__<name>__`` when they name a property."""
_ENVIRONMENT = celpy.Environment()


@dataclass
class CelReport:
    """What the check evaluated and what it found."""

    findings: list[Finding] = field(default_factory=list)
    resources: int = 0
    """Custom resources whose CRD schema was found."""
    rules: int = 0
    """Rule evaluations (one rule on one node of one resource)."""
    distinct_rules: set[str] = field(default_factory=set)
    transition_rules_skipped: int = 0
    """Rules that read ``oldSelf``: they run on updates only, and every synthesized document is a create."""
    skipped: str = ""
    """Why nothing was evaluated (no CRD schema folder), or empty."""
    seconds: float = 0.0

    def summary(self) -> str:
        if self.skipped:
            return f"CEL rules NOT evaluated: {self.skipped}"
        return (
            f"{self.rules} CEL rule evaluations ({len(self.distinct_rules)} distinct rules) on"
            f" {self.resources} custom resources; {self.transition_rules_skipped} transition rules"
            f" (oldSelf) skipped, as on create; {self.seconds:.2f} s"
        )


def check_cel_rules(manifests: Sequence[Manifest], crd_schemas: Path | None) -> CelReport:
    """Evaluate every CEL rule of every custom resource's CRD schema."""
    started = time.perf_counter()
    report = CelReport()
    if crd_schemas is None or not crd_schemas.is_dir():
        report.skipped = f"{crd_schemas} not found"
        return report
    for manifest in manifests:
        group, _, version = manifest.api_version.rpartition("/")
        schema_file = crd_schemas / group / f"{manifest.kind.lower()}_{version}.json" if group else None
        if schema_file is None or not schema_file.is_file():
            continue  # a core kind, or a custom resource schemas.py already reports as schema-less
        schema = _schema(schema_file)
        report.resources += 1
        document = apply_defaults(schema, copy.deepcopy(dict(manifest.document)))
        _walk(manifest, schema_file.name, schema, document, "", report)
    report.findings.sort()
    report.seconds = time.perf_counter() - started
    return report


@cache
def _schema(path: Path) -> Mapping[str, Any]:
    schema: Mapping[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return schema


def apply_defaults(schema: Mapping[str, Any], value: Any) -> Any:
    """``value`` with the schema's ``default`` set on every absent property of every present object."""
    if isinstance(value, dict):
        properties = schema.get("properties") or {}
        for name, child in properties.items():
            if name not in value and "default" in child:
                value[name] = copy.deepcopy(child["default"])
            if name in value:
                value[name] = apply_defaults(child, value[name])
        additional = schema.get("additionalProperties")
        if isinstance(additional, Mapping):
            for name in value:
                if name not in properties:
                    value[name] = apply_defaults(additional, value[name])
    elif isinstance(value, list) and isinstance(schema.get("items"), Mapping):
        return [apply_defaults(schema["items"], item) for item in value]
    return value


def escape(name: str) -> str | None:
    """A property name as CEL reads it (Kubernetes' escaping), or ``None`` if CEL cannot name it."""
    if name in _RESERVED:
        return f"__{name}__"
    escaped = (
        name.replace("__", "__underscores__")
        .replace(".", "__dot__")
        .replace("-", "__dash__")
        .replace("/", "__slash__")
    )
    return escaped if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", escaped) else None


def to_cel(schema: Mapping[str, Any], value: Any) -> Any:
    """``value`` as the CEL value the API server binds for a node of ``schema``."""
    if isinstance(value, bool):
        return celtypes.BoolType(value)
    if isinstance(value, int):
        return celtypes.DoubleType(value) if schema.get("type") == "number" else celtypes.IntType(value)
    if isinstance(value, float):
        return celtypes.DoubleType(value)
    if isinstance(value, str):
        return celtypes.StringType(value)
    if isinstance(value, list):
        items: Mapping[str, Any] = schema["items"] if isinstance(schema.get("items"), Mapping) else {}
        return celtypes.ListType([to_cel(items, item) for item in value])
    if isinstance(value, dict):
        properties = schema.get("properties") or {}
        additional = schema.get("additionalProperties")
        additional = additional if isinstance(additional, Mapping) else {}
        converted = {}
        for name, child in value.items():
            if name in properties:
                key = escape(name)
                if key is not None:
                    converted[celtypes.StringType(key)] = to_cel(properties[name], child)
            else:
                converted[celtypes.StringType(name)] = to_cel(additional, child)
        return celtypes.MapType(converted)
    return json_to_cel(value)


@cache
def _program(expression: str) -> celpy.Runner:
    return _ENVIRONMENT.program(_ENVIRONMENT.compile(expression), functions=FUNCTIONS)


def evaluate(expression: str, self_value: Any) -> Any:
    """The value of ``expression`` with ``self`` bound; raises ``CELEvalError`` or parse errors."""
    result = _program(expression).evaluate({"self": self_value})
    if isinstance(result, CELEvalError):
        raise result
    return result


def _walk(
    manifest: Manifest, against: str, schema: Mapping[str, Any], value: Any, path: str, report: CelReport
) -> None:
    if value is None:
        return
    rules = schema.get("x-kubernetes-validations") or ()
    if rules:
        bound = to_cel(schema, value)
        for rule in rules:
            _evaluate_rule(manifest, against, rule, bound, path, report)
    if isinstance(value, dict):
        properties = schema.get("properties") or {}
        for name, child in properties.items():
            if name in value:
                _walk(manifest, against, child, value[name], f"{path}.{name}" if path else name, report)
        additional = schema.get("additionalProperties")
        if isinstance(additional, Mapping):
            for name, child_value in value.items():
                if name not in properties:
                    _walk(manifest, against, additional, child_value, f"{path}[{name!r}]", report)
    elif isinstance(value, list) and isinstance(schema.get("items"), Mapping):
        for index, item in enumerate(value):
            _walk(manifest, against, schema["items"], item, f"{path}[{index}]", report)


def _evaluate_rule(
    manifest: Manifest, against: str, rule: Mapping[str, Any], bound: Any, path: str, report: CelReport
) -> None:
    expression = str(rule["rule"])
    if _OLD_SELF.search(expression):
        report.transition_rules_skipped += 1
        return
    report.rules += 1
    report.distinct_rules.add(expression)
    where = (path or "<root>") + str(rule.get("fieldPath") or "")
    try:
        result = evaluate(expression, bound)
    except Exception as error:
        report.findings.append(
            Finding(
                manifest.ref, CHECK, f"{where}: rule {expression!r} could not be evaluated: {_reason(error)}"
            )
        )
        return
    if result is True or result == celtypes.BoolType(True):
        return
    report.findings.append(
        Finding(
            manifest.ref,
            CHECK,
            f"{where}: {_message(rule, bound)} (x-kubernetes-validations rule {expression!r}) [{against}]",
        )
    )


def _message(rule: Mapping[str, Any], bound: Any) -> str:
    if rule.get("messageExpression"):
        try:
            return str(evaluate(str(rule["messageExpression"]), bound))
        except Exception as error:
            fallback = rule.get("message") or f"failed rule: {rule['rule']}"
            return f"{fallback} (messageExpression failed: {_reason(error)})"
    return str(rule.get("message") or f"failed rule: {rule['rule']}")


def _reason(error: Exception) -> str:
    text = str(error.args[0]) if error.args else str(error)
    return text.split(" (in activation")[0][:300]
