"""Check the Helm values of every add-on Application against the upstream chart at its pinned version.

For each Argo CD ``Application`` with a Helm ``chart`` source, the chart folder
``<helm-charts>/<chart>-<targetRevision>/`` (``values.yaml``, ``values.schema.json`` where the
chart ships one, ``templates/``) must exist: a pin without its folder is a finding, never a skip.
Then every key of ``helm.valuesObject`` (and ``helm.values``) must

1. exist in the chart's ``values.yaml`` (Istio charts keep theirs under
   ``_internal_defaults_do_not_set``), with a map where the project passes a map: a map under a
   key whose default is a scalar or a list is a finding ("key under a scalar");
2. or be read by a template (``.Values.podDisruptionBudget.minAvailable`` of a commented-out default);
3. or sit under a map a template renders whole or iterates over (``toYaml .Values.resources``,
   ``range $k, $v := .Values.env``): ``chart_templates`` derives those from the templates and
   each finding-free key under one is justified by that template line.

A text value must not already set what a template appends to it (the Vault chart appends
``disable_mlock = true`` to an HCL ``server.ha.raft.config``; Vault refuses the key twice).

Keys under a subchart (``grafana:`` of kube-prometheus-stack) are checked against the subchart's own
folder (``<name>-<version>`` from ``Chart.yaml`` ``dependencies``), or, when the chart pins none
here, against the parent's ``values.yaml`` alone. Where the chart ships ``values.schema.json``, the
values Helm would validate (the chart's defaults with the project's merged over them, Helm's
coalescing: maps merge, anything else replaces, ``null`` deletes) must satisfy it.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.ground.config.loader import REPO_ROOT
from contexter_deploy.validation.chart_templates import ChartTemplates, ValuesPath, read_templates
from contexter_deploy.validation.findings import Finding

CHECK = "helm-values"
DEFAULT_HELM_CHARTS = REPO_ROOT.parent / "shared" / "helm-charts"
"""The pinned add-on charts: ``<chart>-<version>/`` with values, schema and templates."""

ISTIO_DEFAULTS = "_internal_defaults_do_not_set"
"""Istio charts keep their defaults under this key and merge them in zzz_profile.yaml."""

_MISSING = object()
_LISTED = 12
"""How many of the chart's keys a finding lists."""


@dataclass(frozen=True)
class AcceptedKey:
    """A key the template analysis cannot prove, accepted for a stated reason."""

    chart: str
    """The chart folder, ``<chart>-<version>``: a chart bump drops the exception until re-examined."""
    path: ValuesPath
    reason: str
    template: str
    """The template line that justifies it (file:line: text)."""


ACCEPTED_KEYS: tuple[AcceptedKey, ...] = (
    AcceptedKey(
        "argo-cd-9.2.3",
        ("redis-ha", "nodeSelector"),
        "the redis-ha subchart (4.34.11) is not in ../shared/helm-charts; its values.yaml declares a"
        " top-level `nodeSelector: {}` that its StatefulSet renders (DandyDeveloper/charts,"
        " charts/redis-ha, present since the 4.x series); Argo CD's own values.yaml does not repeat it",
        "charts/redis-ha/templates/redis-ha-statefulset.yaml: {{ toYaml .Values.nodeSelector }}",
    ),
)
"""Hand-written exceptions, each with its reason: keys the template analysis cannot prove here."""


@dataclass(frozen=True)
class Chart:
    """One pinned chart folder, read once."""

    folder: Path
    name: str
    defaults: Mapping[str, Any]
    """The effective defaults templates see (Istio's ``_internal_defaults_do_not_set`` unwrapped)."""
    raw_defaults: Mapping[str, Any]
    """``values.yaml`` as Helm validates it against the schema."""
    schema: Mapping[str, Any] | None
    templates: ChartTemplates
    dependencies: Mapping[str, tuple[str, str]]
    """Values key (alias or name) -> (chart name, version) of each subchart."""


@cache
def load_chart(folder: Path) -> Chart:
    raw: dict[str, Any] = yaml.safe_load((folder / "values.yaml").read_text(encoding="utf-8")) or {}
    istio_defaults = raw.get(ISTIO_DEFAULTS)
    defaults: dict[str, Any] = istio_defaults if isinstance(istio_defaults, dict) else raw
    schema_file = folder / "values.schema.json"
    schema = json.loads(schema_file.read_text(encoding="utf-8")) if schema_file.is_file() else None
    metadata: dict[str, Any] = {}
    for name in ("Chart.yaml", "Chart.template.yaml"):
        if (folder / name).is_file():
            metadata = yaml.safe_load((folder / name).read_text(encoding="utf-8")) or {}
            break
    dependencies = {
        str(dependency.get("alias") or dependency["name"]): (
            str(dependency["name"]),
            str(dependency.get("version", "")),
        )
        for dependency in metadata.get("dependencies") or ()
    }
    return Chart(folder, folder.name, defaults, raw, schema, read_templates(folder), dependencies)


@dataclass
class HelmValuesReport:
    """What the check looked at and what it found."""

    findings: list[Finding] = field(default_factory=list)
    applications: int = 0
    keys: int = 0
    """Keys of the project's values checked against a chart."""
    open_keys: int = 0
    """Of those, keys accepted because a template renders their parent map whole."""
    schemas: int = 0
    """Applications whose merged values were validated against a chart's values.schema.json."""
    seconds: float = 0.0

    def summary(self) -> str:
        return (
            f"{self.keys} keys of {self.applications} add-on Applications checked against their pinned charts"
            f" ({self.open_keys} under maps the templates render whole), {self.schemas} against a"
            f" values.schema.json, {self.seconds:.2f} s"
        )


def helm_sources(manifest: Manifest) -> Iterator[Mapping[str, Any]]:
    """The Helm chart sources of an Argo CD Application (``source`` and ``sources``)."""
    if manifest.kind != "Application" or not manifest.api_version.startswith("argoproj.io/"):
        return
    sources = [manifest.spec.get("source"), *(manifest.spec.get("sources") or ())]
    for source in sources:
        if isinstance(source, Mapping) and source.get("chart"):
            yield source


def project_values(manifest: Manifest, source: Mapping[str, Any]) -> tuple[dict[str, Any], list[Finding]]:
    """``helm.values`` (YAML text) with ``helm.valuesObject`` merged over it, as Argo CD does."""
    helm = source.get("helm") or {}
    findings = []
    values: dict[str, Any] = {}
    if helm.get("values"):
        parsed = yaml.safe_load(str(helm["values"]))
        if not isinstance(parsed, dict):
            findings.append(Finding(manifest.ref, CHECK, "spec.source.helm.values is not a YAML map"))
        else:
            values = parsed
    if helm.get("valuesObject"):
        values = coalesce(values, helm["valuesObject"])
    for unsupported in ("valueFiles", "parameters", "fileParameters"):
        if helm.get(unsupported):
            findings.append(
                Finding(
                    manifest.ref,
                    CHECK,
                    f"helm.{unsupported} cannot be checked against the chart; pass values in valuesObject",
                )
            )
    return values, findings


def coalesce(defaults: Mapping[str, Any], overrides: Mapping[str, Any]) -> dict[str, Any]:
    """Helm's merge of user values over defaults: maps merge, other values replace, ``None`` deletes."""
    merged = dict(defaults)
    for key, value in overrides.items():
        if value is None:
            merged.pop(key, None)
        elif isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = coalesce(merged[key], value)
        else:
            merged[key] = value
    return merged


def check_helm_values(
    manifests: Sequence[Manifest], helm_charts: Path = DEFAULT_HELM_CHARTS
) -> HelmValuesReport:
    """Every finding about the Helm values of every add-on Application in ``manifests``."""
    started = time.perf_counter()
    report = HelmValuesReport()
    for manifest in manifests:
        for source in helm_sources(manifest):
            report.applications += 1
            _check_application(manifest, source, helm_charts, report)
    report.findings.sort()
    report.seconds = time.perf_counter() - started
    return report


def _check_application(
    manifest: Manifest, source: Mapping[str, Any], helm_charts: Path, report: HelmValuesReport
) -> None:
    chart_name, version = str(source["chart"]), str(source.get("targetRevision", ""))
    folder = helm_charts / f"{chart_name}-{version}"
    if not (folder / "values.yaml").is_file():
        report.findings.append(
            Finding(
                manifest.ref,
                CHECK,
                f"chart {chart_name} {version} is pinned but {folder} does not exist (or has no"
                " values.yaml): add the upstream chart at that version before bumping the pin",
            )
        )
        return
    values, findings = project_values(manifest, source)
    report.findings.extend(findings)
    chart = load_chart(folder)
    checker = _KeyChecker(manifest.ref, chart, helm_charts, report)
    checker.check_map(values, chart.defaults, (), ())
    if chart.schema is not None:
        report.schemas += 1
        report.findings.extend(_schema_findings(manifest.ref, chart, values))
    for key, (name, dependency_version) in chart.dependencies.items():
        sub_folder = helm_charts / f"{name}-{dependency_version}"
        if isinstance(values.get(key), Mapping) and (sub_folder / "values.schema.json").is_file():
            sub_chart = load_chart(sub_folder)
            sub_values = coalesce(chart.raw_defaults.get(key) or {}, values[key])
            report.findings.extend(_schema_findings(manifest.ref, sub_chart, sub_values, prefix=f"{key}."))


def _schema_findings(
    ref: str, chart: Chart, values: Mapping[str, Any], prefix: str = ""
) -> Iterable[Finding]:
    assert chart.schema is not None
    merged = coalesce(chart.raw_defaults, values)
    validator = _validator(chart.folder)
    for error in sorted(validator.iter_errors(merged), key=lambda e: [str(p) for p in e.absolute_path]):
        path = prefix + ".".join(str(part) for part in error.absolute_path)
        yield Finding(ref, CHECK, f"{path or '<root>'}: {_describe(error)} [{chart.name}/values.schema.json]")


def _describe(error: jsonschema.ValidationError) -> str:
    """The schema error in one readable line (never the whole values tree)."""
    if len(error.message) <= 200:
        return str(error.message)
    where = "/".join(str(part) for part in error.schema_path)
    detail = jsonschema.exceptions.best_match(error.context) if error.context else None
    return f"fails {error.validator!r} at {where}" + (f": {detail.message[:200]}" if detail else "")


@cache
def _validator(folder: Path) -> jsonschema.protocols.Validator:
    schema = load_chart(folder).schema
    cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft7Validator)
    return cls(schema)


class _KeyChecker:
    def __init__(self, ref: str, chart: Chart, helm_charts: Path, report: HelmValuesReport) -> None:
        self.ref, self.chart, self.helm_charts, self.report = ref, chart, helm_charts, report

    def _finding(self, display: ValuesPath, message: str) -> None:
        self.report.findings.append(
            Finding(self.ref, CHECK, f"{'.'.join(display)}: {message} [{self.chart.name}]")
        )

    def check_map(
        self, values: Mapping[str, Any], defaults: Any, path: ValuesPath, display: ValuesPath
    ) -> None:
        templates = self.chart.templates
        for key, value in values.items():
            key = str(key)
            if not path and key in templates.aliases and key not in _keys(defaults):
                # Istio's descope: ``pilot.x`` is read as ``x``
                self.report.keys += 1
                if isinstance(value, Mapping):
                    self.check_map(value, defaults, (), (*display, key))
                continue
            if not path and key in self.chart.dependencies:
                self.report.keys += 1
                if isinstance(value, Mapping):
                    self._check_subchart(
                        key, value, defaults.get(key) if isinstance(defaults, dict) else None
                    )
                continue
            self._check_key(key, value, defaults, path, display)

    def _check_key(self, key: str, value: Any, defaults: Any, path: ValuesPath, display: ValuesPath) -> None:
        templates = self.chart.templates
        here, shown = (*path, key), (*display, key)
        self.report.keys += 1
        if isinstance(value, str):
            self._check_appended(here, shown, value)
        if templates.open_prefix(here) is not None or _excepted(self.chart.name, here):
            self.report.open_keys += 1
            self.report.keys += _count_keys(value)
            self.report.open_keys += _count_keys(value)
            return
        default = defaults.get(key, _MISSING) if isinstance(defaults, Mapping) else _MISSING
        if default is not _MISSING:
            if isinstance(value, Mapping):
                if isinstance(default, Mapping):
                    self.check_map(value, default, here, shown)
                elif default is None:
                    self.check_map(value, {}, here, shown)
                elif not templates.has_children(here):
                    self._finding(
                        shown,
                        f"a map is passed where the chart's default is a {_type(default)} ({default!r});"
                        f" keys under it ({', '.join(sorted(map(str, value)))}) are never read",
                    )
                else:
                    self.check_map(value, {}, here, shown)
            elif isinstance(default, Mapping) and default and value is not None:
                self._finding(shown, f"a {_type(value)} is passed where the chart expects a map")
            return
        if templates.is_referenced(here) or templates.has_children(here):
            if isinstance(value, Mapping):
                self.check_map(value, {}, here, shown)
            return
        known = sorted(k for k in set(_keys(defaults)) | templates.children(path) if not k.startswith("_"))
        listed = ", ".join(known[:_LISTED]) + (f" ... ({len(known)} in all)" if len(known) > _LISTED else "")
        self._finding(
            shown,
            "not a value of the chart: values.yaml does not define it and no template reads it"
            + (f"; keys here: {listed}" if known else ""),
        )

    def _check_appended(self, here: ValuesPath, shown: ValuesPath, value: str) -> None:
        """A setting the chart appends to this text itself must not be in it already."""
        if value.lstrip().startswith("{"):
            return  # JSON: the chart adds the key only where it is missing
        for text, evidence in self.chart.templates.appended.get(here, ()):
            for line in text.splitlines():
                setting = re.match(r"\s*([A-Za-z_][\w-]*)\s*=", line)
                if setting and re.search(rf"^{re.escape(setting.group(1))}\s*=", value, re.MULTILINE):
                    self._finding(
                        shown,
                        f"sets {setting.group(1)!r}, which the chart appends to it itself"
                        f" ({evidence.render()}): the setting would appear twice; remove it here",
                    )

    def _check_subchart(self, key: str, values: Mapping[str, Any], parent_defaults: Any) -> None:
        name, version = self.chart.dependencies[key]
        folder = self.helm_charts / f"{name}-{version}"
        if (folder / "values.yaml").is_file():
            sub = load_chart(folder)
            defaults = coalesce(sub.defaults, parent_defaults if isinstance(parent_defaults, Mapping) else {})
            _KeyChecker(self.ref, sub, self.helm_charts, self.report).check_map(values, defaults, (), (key,))
            return
        # the subchart is not here: only what the parent's values.yaml declares for it can be proven
        for sub_key in values:
            default = (
                parent_defaults.get(sub_key, _MISSING) if isinstance(parent_defaults, Mapping) else _MISSING
            )
            self.report.keys += 1
            if default is _MISSING and not _excepted(self.chart.name, (key, str(sub_key))):
                self._finding(
                    (key, str(sub_key)),
                    f"subchart {name} {version} is not in {self.helm_charts} and the parent's values.yaml"
                    " does not declare this key: it cannot be proven",
                )


def _excepted(chart: str, path: ValuesPath) -> bool:
    return any(
        accepted.chart == chart and path[: len(accepted.path)] == accepted.path for accepted in ACCEPTED_KEYS
    )


def _keys(defaults: Any) -> list[str]:
    return [str(key) for key in defaults] if isinstance(defaults, Mapping) else []


def _count_keys(value: Any) -> int:
    if isinstance(value, Mapping):
        return sum(1 + _count_keys(child) for child in value.values())
    return 0


def _type(value: Any) -> str:
    return {bool: "boolean", int: "number", float: "number", str: "string", list: "list"}.get(
        type(value), type(value).__name__
    )
