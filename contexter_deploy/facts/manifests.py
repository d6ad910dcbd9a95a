"""Synthesized Kubernetes documents and where each one lives under ``dist/<env>/``.

Layout: ``<namespace>/<name>.<kind>.yaml`` for namespaced objects, ``cluster/<name>.<kind>.yaml``
for cluster-scoped ones, ``capacity/<name>.<kind>.yaml`` for the node, storage and priority
classes that add-ons need before the Contexter Application syncs (their own Application, early),
and ``jobs/...`` for documents an operator applies by hand (annotation
``contexter.io/delivery: manual``), which Argo CD never syncs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from contexter_deploy.ground.contracts import (
    CAPACITY_DIRECTORY,
    CAPACITY_KINDS,
    CLUSTER_DIRECTORY,
    CLUSTER_SCOPED_KINDS,
    MANUAL_DELIVERY_ANNOTATION,
    MANUAL_DIRECTORY,
)


@dataclass(frozen=True)
class Manifest:
    """One Kubernetes document as it will be written to ``dist/``."""

    document: Mapping[str, Any]

    @property
    def api_version(self) -> str:
        return str(self.document["apiVersion"])

    @property
    def kind(self) -> str:
        return str(self.document["kind"])

    @property
    def metadata(self) -> Mapping[str, Any]:
        metadata: Mapping[str, Any] = self.document.get("metadata") or {}
        return metadata

    @property
    def name(self) -> str:
        return str(self.metadata.get("name", ""))

    @property
    def namespace(self) -> str | None:
        namespace = self.metadata.get("namespace")
        return None if namespace is None else str(namespace)

    @property
    def group(self) -> str:
        """API group, ``""`` for the core group (``v1``)."""
        return self.api_version.rpartition("/")[0]

    @property
    def annotations(self) -> Mapping[str, str]:
        annotations: Mapping[str, str] = self.metadata.get("annotations") or {}
        return annotations

    @property
    def labels(self) -> Mapping[str, str]:
        labels: Mapping[str, str] = self.metadata.get("labels") or {}
        return labels

    @property
    def spec(self) -> Mapping[str, Any]:
        spec: Mapping[str, Any] = self.document.get("spec") or {}
        return spec

    @property
    def cluster_scoped(self) -> bool:
        return self.kind in CLUSTER_SCOPED_KINDS

    @property
    def manual(self) -> bool:
        """Whether an operator applies this document by hand, outside the Argo CD sync path."""
        return self.annotations.get(MANUAL_DELIVERY_ANNOTATION) == "manual"

    @property
    def ref(self) -> str:
        """Short human reference, e.g. ``Rollout contexter/api-gateway``."""
        where = f"{self.namespace}/" if self.namespace else ""
        return f"{self.kind} {where}{self.name}"

    @property
    def path(self) -> str:
        """Path of the file under ``dist/<env>/`` that holds this document."""
        directory = self.namespace or CLUSTER_DIRECTORY
        if self.kind in CAPACITY_KINDS:
            directory = CAPACITY_DIRECTORY
        if self.manual:
            directory = f"{MANUAL_DIRECTORY}/{directory}"
        return f"{directory}/{self.name}.{self.kind.lower()}.yaml"


def count_kinds(manifests: Iterable[Manifest]) -> Counter[str]:
    """Number of documents of each kind."""
    return Counter(manifest.kind for manifest in manifests)


def find(
    manifests: Iterable[Manifest], kind: str, name: str, namespace: str | None = None
) -> Manifest | None:
    """The document of ``kind`` called ``name`` (in ``namespace``, if given), or ``None``."""
    for manifest in manifests:
        if manifest.kind == kind and manifest.name == name and namespace in (None, manifest.namespace):
            return manifest
    return None


def selector_matches(selector: Mapping[str, Any], labels: Mapping[str, str]) -> bool:
    """Whether a LabelSelector (``matchLabels`` and ``matchExpressions``) selects ``labels``.

    Kubernetes semantics: an empty selector selects everything (as in a PodDisruptionBudget or a
    NetworkPolicy ``podSelector``). Callers for whom an empty selector is a mistake check for it first.
    Istio's ``WorkloadSelector`` (``matchLabels`` only) is a subset and matches the same way.
    """
    if any(labels.get(key) != value for key, value in (selector.get("matchLabels") or {}).items()):
        return False
    for expression in selector.get("matchExpressions") or ():
        key, operator = expression.get("key"), expression.get("operator")
        values: Sequence[str] = expression.get("values") or ()
        present = key in labels
        if operator == "In" and not (present and labels[key] in values):
            return False
        if operator == "NotIn" and present and labels[key] in values:
            return False
        if operator == "Exists" and not present:
            return False
        if operator == "DoesNotExist" and present:
            return False
    return True
