"""The synthesized output of one environment, read once: ``dist/<env>`` and its Terraform JSON.

The report reads nothing else: not ``environments/*.yaml``, not the charts. What is judged is
what Argo CD and Terraform will actually apply.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from contexter_deploy.facts.manifests import Manifest


class InputsNotFound(Exception):
    """``dist/<env>`` does not exist: nothing to report on."""


@dataclass(frozen=True)
class TerraformResource:
    """One resource block of the Terraform JSON: ``<type>.<name>`` and its arguments."""

    type: str
    name: str
    body: Mapping[str, Any]

    @property
    def address(self) -> str:
        return f"{self.type}.{self.name}"

    @property
    def count(self) -> int:
        """How many instances the block creates: ``count``, the size of a literal ``for_each``, or 1."""
        count = self.body.get("count")
        if isinstance(count, int):
            return count
        for_each = self.body.get("for_each")
        if isinstance(for_each, list | dict):
            return len(for_each)
        return 1


@dataclass(frozen=True)
class Inputs:
    """Everything one report is computed from."""

    environment: str
    dist_label: str
    """``dist/<env>`` as the user named it, for messages ("no HPA found in dist/prod")."""
    terraform_label: str
    manifests: tuple[Manifest, ...]
    """Documents Argo CD syncs (documents under ``jobs/`` are applied by hand and left out)."""
    terraform: Mapping[str, Any]
    """The stack's Terraform JSON; empty when the file is absent."""
    sources: tuple[str, ...]

    def of_kind(self, *kinds: str) -> list[Manifest]:
        """Documents of any of ``kinds``, in file order."""
        return [manifest for manifest in self.manifests if manifest.kind in kinds]

    def find(self, kind: str, name: str, namespace: str | None) -> Manifest | None:
        for manifest in self.manifests:
            if manifest.kind == kind and manifest.name == name and manifest.namespace == namespace:
                return manifest
        return None

    def resources(self, type: str) -> list[TerraformResource]:
        """Terraform resource blocks of ``type``, sorted by name."""
        blocks: Mapping[str, Any] = (self.terraform.get("resource") or {}).get(type) or {}
        return [TerraformResource(type, name, body) for name, body in sorted(blocks.items())]

    @property
    def region(self) -> str | None:
        """The AWS provider's region in the Terraform JSON."""
        providers = (self.terraform.get("provider") or {}).get("aws") or []
        for provider in providers if isinstance(providers, list) else [providers]:
            if isinstance(provider, Mapping) and "alias" not in provider and provider.get("region"):
                return str(provider["region"])
        return None

    @property
    def namespace_labels(self) -> Mapping[str, Mapping[str, str]]:
        return {namespace.name: namespace.labels for namespace in self.of_kind("Namespace")}


def inputs_from(manifests: Sequence[Manifest], *, label: str = "the synthesized documents") -> Inputs:
    """Inputs made of documents already in memory (a synth's), without Terraform: for checks that
    share a figure's model, such as the synth-time rollout duration."""
    return Inputs(
        environment="",
        dist_label=label,
        terraform_label="no Terraform",
        manifests=tuple(manifest for manifest in manifests if not manifest.manual),
        terraform={},
        sources=(),
    )


def load_inputs(environment: str, *, dist: Path, cdktf_out: Path) -> Inputs:
    """Read ``<dist>/<environment>/**/*.yaml`` and ``<cdktf_out>/stacks/<environment>/cdk.tf.json``.

    Raises ``InputsNotFound`` when the environment's ``dist`` folder is missing; a missing
    Terraform file is not an error here (the figures that need it say so).
    """
    root = dist / environment
    if not root.is_dir():
        raise InputsNotFound(f"{root} does not exist; run `make synth` or pass --dist")
    files = sorted(root.rglob("*.yaml"))
    manifests = tuple(
        manifest
        for path in files
        for manifest in _manifests(path.read_text(encoding="utf-8"))
        if not manifest.manual
    )
    stack = cdktf_out / "stacks" / environment / "cdk.tf.json"
    terraform: Mapping[str, Any] = json.loads(stack.read_text(encoding="utf-8")) if stack.is_file() else {}
    sources = tuple(str(path) for path in files) + ((str(stack),) if stack.is_file() else ())
    return Inputs(
        environment=environment,
        dist_label=f"{dist.name}/{environment}",
        terraform_label=f"{cdktf_out.name}/stacks/{environment}/cdk.tf.json",
        manifests=manifests,
        terraform=terraform,
        sources=sources,
    )


def _manifests(text: str) -> Iterator[Manifest]:
    for document in yaml.load_all(text, Loader=yaml.CSafeLoader):
        if isinstance(document, dict) and "kind" in document:
            yield Manifest(document)


_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)(ms|s|m|h)")
_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}


def parse_duration(value: object) -> float:
    """Seconds in a Go/Argo duration (``30s``, ``1m30s``, ``2h``) or a bare number of seconds.

    Raises ``ValueError`` naming the value when it is neither.
    """
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a duration")
    if isinstance(value, int | float):
        return float(value)
    text = str(value).strip()
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return float(text)
    parts = _DURATION_PART.findall(text)
    if not parts or "".join(number + unit for number, unit in parts) != text:
        raise ValueError(f"{value!r} is not a duration such as '30s', '5m' or '1h30m'")
    return sum(float(number) * _UNITS[unit] for number, unit in parts)


def resolve_int_or_percent(value: object, total: int, *, round_up: bool) -> int:
    """An int-or-string such as ``maxSurge`` against ``total`` replicas.

    Percentages round up for surge and down for unavailability, as Kubernetes and Argo
    Rollouts do.
    """
    if isinstance(value, int):
        return value
    text = str(value).strip()
    if text.endswith("%"):
        scaled = int(text[:-1]) * total
        return -(-scaled // 100) if round_up else scaled // 100
    return int(text)
