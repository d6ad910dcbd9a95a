"""contexter_deploy/validation/chart_templates.py: what a chart's templates read and render whole."""

from __future__ import annotations

from pathlib import Path

from contexter_deploy.validation.chart_templates import read_templates


def chart(tmp_path: Path, **templates: str) -> Path:
    folder = tmp_path / "chart"
    (folder / "templates").mkdir(parents=True)
    for name, text in templates.items():
        (folder / "templates" / name.replace("__", ".")).write_text(text, encoding="utf-8")
    return folder


def test_reads_direct_references_and_the_dot_of_with_blocks(tmp_path: Path) -> None:
    result = read_templates(
        chart(
            tmp_path,
            deployment__yaml="""
replicas: {{ .Values.replicaCount }}
{{- with .Values.podDisruptionBudget }}
minAvailable: {{ .minAvailable }}
{{- else }}
name: {{ .Values.nameOverride }}
{{- end }}
{{- if hasKey .Values.server "port" }}{{ end }}
{{- $redis := index .Values "redis-ha" }}
enabled: {{ $redis.enabled }}
""",
        )
    )
    assert {
        ("replicaCount",),
        ("podDisruptionBudget", "minAvailable"),
        ("nameOverride",),
        ("server", "port"),
        ("redis-ha", "enabled"),
    } <= result.referenced
    assert result.open == {}


def test_a_map_rendered_whole_or_iterated_is_open_with_its_template_line(tmp_path: Path) -> None:
    result = read_templates(
        chart(
            tmp_path,
            deployment__yaml="""
{{- with .Values.resources }}
resources: {{- toYaml . | nindent 2 }}
{{- end }}
{{- range $key, $value := .Values.env }}
- name: {{ $key }}
{{- end }}
{{- $mesh := mergeOverwrite (dict) .Values.meshConfig }}
mesh: {{ $mesh | toYaml }}
config: {{ tpl .Values.config . }}
dump: {{ .Values | toJson }}
""",
        )
    )
    assert set(result.open) == {("resources",), ("env",), ("meshConfig",), ("config",)}
    evidence = result.open_prefix(("resources", "limits", "memory"))
    assert evidence is not None
    assert evidence.render() == "templates/deployment.yaml:3: {{- toYaml . | nindent 2 }}"
    assert result.open_prefix(("replicaCount",)) is None, "a whole-values dump opens nothing"


def test_includes_read_the_define_with_the_argument_as_dot(tmp_path: Path) -> None:
    result = read_templates(
        chart(
            tmp_path,
            _helpers__tpl="""
{{- define "env" -}}
{{- range $k, $v := .extraEnvironmentVars }}{{ $k }}{{ end }}
{{- end -}}
{{- define "labels" -}}
{{ toYaml .context.Values.commonLabels }}
component: {{ .component }}
{{- end -}}
""",
            statefulset__yaml="""
{{ include "env" .Values.server }}
{{ include "labels" (dict "context" . "component" .Values.server.name) }}
""",
        )
    )
    assert ("server", "extraEnvironmentVars") in result.open
    assert ("commonLabels",) in result.open
    assert ("server", "name") in result.referenced


def test_istio_descope_makes_the_legacy_prefix_an_alias(tmp_path: Path) -> None:
    result = read_templates(
        chart(tmp_path, zzy__yaml='{{- $_ := mustMergeOverwrite $.Values (index $.Values "pilot") }}')
    )
    assert list(result.aliases) == ["pilot"]
