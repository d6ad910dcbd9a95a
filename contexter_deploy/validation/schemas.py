"""Validate documents against the Kubernetes OpenAPI schemas and the CRD JSON schemas.

Core kinds are checked with the strict schemas shipped by ``kubernetes-validate`` (strict
mode is the one that rejects unknown fields). ``kubernetes_validate.validate`` re-reads the
whole definitions file on every call (about 25 ms per document); this module compiles one
validator per (version, kind) and reuses it, which is what keeps a full synth fast.

Custom resources are checked against ``<crd-schemas>/<group>/<kind>_<version>.json``. Where
that folder does not exist, those checks are skipped and the caller prints a notice.

Given a ``cache`` folder, a document found valid is remembered there across runs, under the
SHA-256 of everything its result depends on: the document, the Kubernetes versions, the CRD
schema file's content (or its absence), this module's source and the versions of
``jsonschema`` and ``kubernetes-validate``. Only valid results are kept, so every error is
computed, and worded, afresh. The folder is safe to delete at any time.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.metadata import version as package_version
from pathlib import Path
from typing import Any

import jsonschema
import kubernetes_validate.utils as kv
from referencing import Registry, Resource

from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.validation.findings import Finding

CDK8S_PLUS_API_LEVEL = "1.27"
"""The Kubernetes API level of ``cdk8s-plus-27``: every document must be valid there too."""

_CRD_TOP_LEVEL = frozenset({"apiVersion", "kind", "metadata", "spec"})
_RESULTS: dict[tuple[tuple[str, ...], Path | None, str], list[Finding]] = {}
"""Findings per (versions, CRD folder, document): schemas and documents never change within a run."""


def kubernetes_versions(cluster_version: str) -> tuple[str, ...]:
    """The versions to validate against: the cdk8s-plus level, the cluster's, and the newest shipped."""
    versions = (CDK8S_PLUS_API_LEVEL, cluster_version, kv.major_minor(kv.latest_version()))
    return tuple(dict.fromkeys(versions))


@cache
def _schema_dir(version: str) -> str:
    available = [v for v in kv.all_versions() if kv.major_minor(v) <= kv.major_minor(version)]
    if not available or kv.major_minor(version) > kv.major_minor(kv.latest_version()):
        raise ValueError(f"kubernetes-validate ships no schemas for Kubernetes {version}")
    return f"v{available[-1]}-local-strict"


@cache
def _definitions(schema_dir: str) -> Resource[Any]:
    return Resource.from_contents(
        kv.schema_contents(f"kubernetes-json-schema/{schema_dir}/_definitions.json", "")
    )


@cache
def _core_validator(version: str, api_version: str, kind: str) -> jsonschema.protocols.Validator | None:
    schema_dir = _schema_dir(version)
    group_version = re.sub(r"^([^./]*)(?:\.[^/]*)?/", r"\1-", api_version)
    try:
        schema = kv.schema_contents(
            f"kubernetes-json-schema/{schema_dir}/{kind.lower()}-{group_version}.json", ""
        )
    except FileNotFoundError:
        return None
    registry: Registry[Any] = Resource.from_contents(schema) @ (_definitions(schema_dir) @ Registry())
    return jsonschema.Draft202012Validator(schema, registry=registry)


@cache
def _crd_validator(schema_file: Path) -> jsonschema.protocols.Validator:
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    return jsonschema.Draft7Validator(schema)


@cache
def _validator_identity() -> str:
    """What every cached result depends on besides the document: this code and the libraries."""
    parts = [
        Path(__file__).read_bytes(),
        package_version("jsonschema").encode(),
        package_version("kubernetes-validate").encode(),
    ]
    return hashlib.sha256(b"\0".join(parts)).hexdigest()


@cache
def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "absent"


@dataclass(frozen=True)
class SchemaValidator:
    """Validates documents for one set of Kubernetes versions and one CRD schema folder."""

    versions: Sequence[str]
    crd_schemas: Path | None
    """Folder of CRD JSON schemas, or ``None`` when it is absent (CRD checks are skipped)."""
    cache: Path | None = None
    """Folder that remembers valid documents across runs (see the module docstring); ``None``: off."""

    def validate(self, manifests: Iterable[Manifest]) -> list[Finding]:
        findings: list[Finding] = []
        for manifest in manifests:
            # the environments share many documents byte for byte: validate each only once
            text = json.dumps(manifest.document, sort_keys=True)
            key = (tuple(self.versions), self.crd_schemas, text)
            if key not in _RESULTS:
                _RESULTS[key] = self._validate_cached(manifest, text)
            findings.extend(_RESULTS[key])
        return findings

    def _validate_cached(self, manifest: Manifest, text: str) -> list[Finding]:
        entry = self._cache_entry(manifest, text)
        if entry is not None and entry.is_file():
            return []
        findings = self._validate_one(manifest)
        if entry is not None and not findings:
            entry.parent.mkdir(parents=True, exist_ok=True)
            partial = entry.with_name(f".{entry.name}.{uuid.uuid4().hex[:8]}")
            partial.write_bytes(b"")
            partial.replace(entry)
        return findings

    def _cache_entry(self, manifest: Manifest, text: str) -> Path | None:
        if self.cache is None:
            return None
        if self.crd_schemas is None:
            crd_schema = "no CRD schema folder"
        else:
            group, _, version = manifest.api_version.rpartition("/")
            crd_schema = _file_digest(self.crd_schemas / group / f"{manifest.kind.lower()}_{version}.json")
        identity = "\0".join((_validator_identity(), ",".join(self.versions), crd_schema, text))
        digest = hashlib.sha256(identity.encode()).hexdigest()
        return self.cache / digest[:2] / digest

    def _validate_one(self, manifest: Manifest) -> list[Finding]:
        document = dict(manifest.document)
        core = [_core_validator(version, manifest.api_version, manifest.kind) for version in self.versions]
        if all(validator is not None for validator in core):
            return [
                finding
                for version, validator in zip(self.versions, core, strict=True)
                if validator is not None
                for finding in _errors(manifest, validator, document, f"Kubernetes {version} (strict)")
            ]
        if any(validator is not None for validator in core):
            missing = [v for v, validator in zip(self.versions, core, strict=True) if validator is None]
            return [
                Finding(
                    manifest.ref,
                    "schema",
                    f"{manifest.api_version} {manifest.kind} does not exist in "
                    f"Kubernetes {', '.join(missing)}",
                )
            ]
        return self._validate_custom_resource(manifest, document)

    def _validate_custom_resource(self, manifest: Manifest, document: dict[str, Any]) -> list[Finding]:
        if self.crd_schemas is None:
            return []
        group, _, version = manifest.api_version.rpartition("/")
        schema_file = self.crd_schemas / group / f"{manifest.kind.lower()}_{version}.json"
        if not schema_file.is_file():
            return [
                Finding(
                    manifest.ref,
                    "schema",
                    f"no schema for {manifest.api_version} {manifest.kind} (looked for {schema_file})",
                )
            ]
        findings = [
            Finding(
                manifest.ref,
                "schema",
                f"top-level field {key!r} is not allowed; allowed: {', '.join(sorted(_CRD_TOP_LEVEL))}",
            )
            for key in sorted(document.keys() - _CRD_TOP_LEVEL)
        ]
        findings += _errors(manifest, _crd_validator(schema_file), document, schema_file.name)
        object_meta = _core_validator(self.versions[-1], "meta/v1", "ObjectMeta")
        if object_meta is not None:
            findings += _errors(
                manifest, object_meta, dict(manifest.metadata), "ObjectMeta (strict)", "metadata"
            )
        return findings


def _errors(
    manifest: Manifest,
    validator: jsonschema.protocols.Validator,
    document: dict[str, Any],
    against: str,
    prefix: str = "",
) -> list[Finding]:
    findings = []
    for error in sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path))):
        path = ".".join(str(part) for part in (prefix, *error.absolute_path) if part != "")
        findings.append(Finding(manifest.ref, "schema", f"{path or '<root>'}: {error.message} [{against}]"))
    return findings
