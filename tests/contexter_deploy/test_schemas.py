"""Schema validation: strict Kubernetes OpenAPI for core kinds, CRD JSON schemas for the rest."""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.validation import SchemaValidator, kubernetes_versions, schemas
from tests.conftest import CRD_SCHEMAS, requires_crd_schemas

DEPLOYMENT: dict[str, Any] = {
    "apiVersion": "apps/v1",
    "kind": "Deployment",
    "metadata": {"name": "x", "namespace": "contexter"},
    "spec": {
        "selector": {"matchLabels": {"app": "x"}},
        "template": {
            "metadata": {"labels": {"app": "x"}},
            "spec": {"containers": [{"name": "x", "image": "x:1"}]},
        },
    },
}


def _messages(validator: SchemaValidator, document: Mapping[str, Any]) -> list[str]:
    return [finding.message for finding in validator.validate([Manifest(document)])]


def test_validates_against_the_cdk8s_plus_level_the_cluster_and_the_newest_version() -> None:
    versions = kubernetes_versions("1.33")
    assert versions[0] == "1.27"
    assert "1.33" in versions
    assert versions[-1] >= "1.37"


def test_a_valid_core_document_has_no_findings() -> None:
    assert _messages(SchemaValidator(("1.27", "1.37"), None), DEPLOYMENT) == []


def test_fails_when_a_core_document_has_an_unknown_field() -> None:
    document = {**DEPLOYMENT, "spec": {**DEPLOYMENT["spec"], "replica": 3}}
    messages = _messages(SchemaValidator(("1.27", "1.37"), None), document)
    assert messages == [
        "spec: Additional properties are not allowed ('replica' was unexpected) [Kubernetes 1.27 (strict)]",
        "spec: Additional properties are not allowed ('replica' was unexpected) [Kubernetes 1.37 (strict)]",
    ]


def test_fails_when_a_value_has_the_wrong_type() -> None:
    document = {**DEPLOYMENT, "spec": {**DEPLOYMENT["spec"], "replicas": "3"}}
    assert any(
        "spec.replicas: '3' is not of type 'integer'" in m
        for m in _messages(SchemaValidator(("1.27",), None), document)
    )


def test_fails_when_an_api_version_was_removed_from_a_validated_version() -> None:
    hpa = {
        "apiVersion": "autoscaling/v2beta2",
        "kind": "HorizontalPodAutoscaler",
        "metadata": {"name": "x", "namespace": "contexter"},
        "spec": {},
    }
    messages = _messages(SchemaValidator(("1.25", "1.27"), None), hpa)
    assert messages == ["autoscaling/v2beta2 HorizontalPodAutoscaler does not exist in Kubernetes 1.27"]


@requires_crd_schemas
def test_fails_when_a_custom_resource_violates_its_schema() -> None:
    peer_authentication = {
        "apiVersion": "security.istio.io/v1",
        "kind": "PeerAuthentication",
        "metadata": {"name": "default", "namespace": "contexter"},
        "spec": {"mtls": {"mode": "STRICTEST"}},
    }
    messages = _messages(SchemaValidator(("1.27",), CRD_SCHEMAS), peer_authentication)
    assert len(messages) == 1
    assert messages[0].startswith("spec.mtls.mode: 'STRICTEST' is not one of")


@requires_crd_schemas
def test_fails_when_a_custom_resource_has_an_unknown_nested_field() -> None:
    peer_authentication = {
        "apiVersion": "security.istio.io/v1",
        "kind": "PeerAuthentication",
        "metadata": {"name": "default", "namespace": "contexter", "label": {}},
        "spec": {"mtls": {"mode": "STRICT", "strict": True}},
        "status": {},
    }
    messages = _messages(SchemaValidator(("1.27",), CRD_SCHEMAS), peer_authentication)
    assert "top-level field 'status' is not allowed; allowed: apiVersion, kind, metadata, spec" in messages
    assert any(
        "spec.mtls: Additional properties are not allowed ('strict' was unexpected)" in m for m in messages
    )
    assert any(
        "metadata: Additional properties are not allowed ('label' was unexpected)" in m for m in messages
    )


@requires_crd_schemas
def test_fails_when_a_custom_resource_kind_has_no_schema() -> None:
    unknown = {"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "w", "namespace": "x"}}
    [message] = _messages(SchemaValidator(("1.27",), CRD_SCHEMAS), unknown)
    assert message.startswith("no schema for example.com/v1 Widget")


@pytest.mark.shared  # reads the pinned charts or CRDs in ../shared
def test_custom_resources_are_skipped_without_the_schema_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from contexter_deploy.cli import main

    status = main(["validate", "--env", "dev", "--crd-schemas", str(tmp_path / "absent")])

    assert status == 0
    assert (
        f"notice: {tmp_path / 'absent'} not found: custom resources were NOT schema-checked"
        in capsys.readouterr().err
    )


@pytest.fixture
def fresh_results(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget the in-process results, so that each validation below reads the cache or validates."""
    monkeypatch.setattr(schemas, "_RESULTS", {})


def _refuse_to_validate(*_: object) -> list[object]:
    raise AssertionError("validated again although the cache holds the result")


@pytest.mark.usefixtures("fresh_results")
def test_a_valid_document_is_remembered_across_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    validator = SchemaValidator(("1.27",), None, tmp_path / "cache")
    assert _messages(validator, DEPLOYMENT) == []
    assert len([path for path in (tmp_path / "cache").rglob("*") if path.is_file()]) == 1

    monkeypatch.setattr(schemas, "_RESULTS", {})
    monkeypatch.setattr(SchemaValidator, "_validate_one", _refuse_to_validate)
    assert _messages(validator, DEPLOYMENT) == []


@pytest.mark.usefixtures("fresh_results")
def test_fails_when_an_invalid_document_was_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    document = {**DEPLOYMENT, "spec": {**DEPLOYMENT["spec"], "replicaz": 2}}
    validator = SchemaValidator(("1.27",), None, tmp_path / "cache")
    first = _messages(validator, document)

    monkeypatch.setattr(schemas, "_RESULTS", {})
    assert _messages(validator, document) == first
    assert any("'replicaz' was unexpected" in message for message in first)
    assert not [path for path in (tmp_path / "cache").rglob("*") if path.is_file()]


@requires_crd_schemas
@pytest.mark.usefixtures("fresh_results")
def test_fails_when_a_changed_crd_schema_is_answered_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert CRD_SCHEMAS is not None
    crd_schemas = tmp_path / "crd-schemas"
    shutil.copytree(CRD_SCHEMAS / "security.istio.io", crd_schemas / "security.istio.io")
    schema_file = crd_schemas / "security.istio.io" / "peerauthentication_v1.json"
    peer_authentication = {
        "apiVersion": "security.istio.io/v1",
        "kind": "PeerAuthentication",
        "metadata": {"name": "default", "namespace": "contexter"},
        "spec": {"mtls": {"mode": "PERMISSIVE"}},
    }
    validator = SchemaValidator(("1.27",), crd_schemas, tmp_path / "cache")
    assert _messages(validator, peer_authentication) == []

    schema_file.write_text(schema_file.read_text().replace('"PERMISSIVE",', ""))
    # a new run: nothing of the first one is remembered in the process
    monkeypatch.setattr(schemas, "_RESULTS", {})
    schemas._crd_validator.cache_clear()
    schemas._file_digest.cache_clear()
    [message] = _messages(validator, peer_authentication)
    assert message.startswith("spec.mtls.mode: 'PERMISSIVE' is not one of")
