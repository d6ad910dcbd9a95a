"""Changes the API server would refuse: immutable fields, compared with the committed ``dist/``.

A sync that changes an immutable field fails at its wave, and every wave behind it waits: so
``contexter-deploy synth`` refuses such a change (``dist/`` stays as it was) and ``diff`` reports
it, each with the migration that works. The rules, as the API server validates an update at
Kubernetes 1.27+ (``pkg/apis/*/validation``):

- StatefulSet: everything in ``spec`` but ``replicas``, ``ordinals``, ``template``,
  ``updateStrategy``, ``persistentVolumeClaimRetentionPolicy`` and ``minReadySeconds`` (so
  ``volumeClaimTemplates``, ``selector``, ``serviceName``, ``podManagementPolicy``). Migration, for
  sizes: keep the template at the creation size (``initial_*_size``) and raise the claim size;
  otherwise orphan-delete the StatefulSet and let Argo CD recreate it.
- Deployment, ReplicaSet, DaemonSet, and Rollout (Argo Rollouts refuses it alike): ``spec.selector``.
  Migration: a new workload under a new name, then remove the old one.
- Job: ``spec.selector``, ``spec.template``, ``spec.completionMode``, ``spec.completions``.
  Migration: delete the Job (it has run), then apply the new one.
- Service: ``spec.clusterIP`` / ``spec.clusterIPs`` (``None`` for headless included). Migration: a
  new Service under a new name, or delete and recreate it (clients lose it meanwhile).
- PersistentVolumeClaim: ``storageClassName``, ``accessModes``, ``volumeMode``, ``volumeName``, and
  ``resources.requests.storage`` may only grow. Migration: a new claim and a data copy (backup,
  restore); to grow, raise the size.

Objects only added or removed are not compared: a removal is a delete, an addition a create.
Nor are the documents an operator applies by hand (``jobs/``, ``Manifest.manual``): no sync ever
updates them, and their runbooks create each one afresh (a restore Job is deleted after it ran).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from contexter_deploy.facts.file_tree import read_tree, tree_documents
from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.ground.config.quantity import parse_quantity
from contexter_deploy.validation.findings import Finding, ValidationFailed

CHECK = "immutable-field"

STATEFUL_SET_MUTABLE = frozenset(
    {
        "replicas",
        "ordinals",
        "template",
        "updateStrategy",
        "persistentVolumeClaimRetentionPolicy",
        "minReadySeconds",
    }
)
SELECTOR_KINDS = frozenset({"Deployment", "ReplicaSet", "DaemonSet", "Rollout"})
JOB_IMMUTABLE = ("selector", "template", "completionMode", "completions")
PVC_IMMUTABLE = ("storageClassName", "accessModes", "volumeMode", "volumeName")

STATEFUL_SET_SIZES = (
    "keep the volumeClaimTemplates at the creation size (initial_data_volume_size,"
    " initial_snapshots_volume_size, initial_volume_size in environments/<env>.yaml) and raise"
    " data_volume_size / snapshots_volume_size / volume_size: the claims are synthesized at that size"
    " and grow in place (docs/runbooks/ContexterVolumeFillingUp.md)"
)
STATEFUL_SET_OTHER = (
    "delete the StatefulSet without its pods (kubectl delete statefulset --cascade=orphan), then let"
    " Argo CD create the new one, which adopts the pods and their claims"
    " (docs/runbooks/disaster-recovery.md, 'Changing an immutable field')"
)
NEW_NAME = "create the workload under a new name, move traffic to it, then remove the old one"


@dataclass(frozen=True)
class Change:
    """One refused change: the field, its old and new value, and the migration that works."""

    field: str
    old: Any
    new: Any
    migration: str


Key = tuple[str, str | None, str]


def _key(document: Mapping[str, Any]) -> Key:
    metadata = document.get("metadata") or {}
    return (str(document.get("kind")), metadata.get("namespace"), str(metadata.get("name")))


def _short(value: Any) -> str:
    if value is None:
        return "(unset)"
    text = value if isinstance(value, str) else json.dumps(value, sort_keys=True, separators=(",", ":"))
    return text if len(text) <= 160 else text[:157] + "..."


def _stateful_set(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    changes = []
    for field in sorted(set(old) | set(new)):
        if field in STATEFUL_SET_MUTABLE or old.get(field) == new.get(field):
            continue
        sizes_only = field == "volumeClaimTemplates" and _without_sizes(old.get(field)) == _without_sizes(
            new.get(field)
        )
        changes.append(
            Change(
                f"spec.{field}",
                old.get(field),
                new.get(field),
                STATEFUL_SET_SIZES if sizes_only else STATEFUL_SET_OTHER,
            )
        )
    return changes


def _without_sizes(templates: Any) -> Any:
    result = []
    for template in templates or []:
        spec = dict(template.get("spec") or {})
        spec.pop("resources", None)
        result.append({**template, "spec": spec})
    return result


def _selector(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    if old.get("selector") == new.get("selector"):
        return []
    return [Change("spec.selector", old.get("selector"), new.get("selector"), NEW_NAME)]


def _job(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    return [
        Change(
            f"spec.{field}",
            old.get(field),
            new.get(field),
            "delete the Job (it has run), then apply the new one",
        )
        for field in JOB_IMMUTABLE
        if old.get(field) != new.get(field)
    ]


def _service(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    changes = []
    for field in ("clusterIP", "clusterIPs"):
        # An unset clusterIP is allocated by the API server and kept; only a set value is compared.
        if old.get(field) != new.get(field) and (old.get(field) is not None or new.get(field) is not None):
            changes.append(
                Change(
                    f"spec.{field}",
                    old.get(field),
                    new.get(field),
                    "create a Service under a new name and move the clients, or delete and recreate this"
                    " one (clients lose it meanwhile)",
                )
            )
    return changes


def _claim(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    changes = [
        Change(
            f"spec.{field}",
            old.get(field),
            new.get(field),
            "a new claim, and the data copied (backup, restore)",
        )
        for field in PVC_IMMUTABLE
        if old.get(field) != new.get(field)
    ]
    old_size = ((old.get("resources") or {}).get("requests") or {}).get("storage")
    new_size = ((new.get("resources") or {}).get("requests") or {}).get("storage")
    if old_size and new_size and parse_quantity(str(new_size)) < parse_quantity(str(old_size)):
        changes.append(
            Change(
                "spec.resources.requests.storage",
                old_size,
                new_size,
                "a volume cannot shrink: keep the size, or create a smaller claim and copy the data",
            )
        )
    return changes


RULES: Mapping[str, Callable[[Mapping[str, Any], Mapping[str, Any]], list[Change]]] = {
    "StatefulSet": _stateful_set,
    **{kind: _selector for kind in SELECTOR_KINDS},
    "Job": _job,
    "Service": _service,
    "PersistentVolumeClaim": _claim,
}


def changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """The refused changes from ``old`` to ``new``, two versions of one object."""
    rule = RULES.get(str(new.get("kind")))
    if rule is None or old.get("kind") != new.get("kind"):
        return []
    return rule(old.get("spec") or {}, new.get("spec") or {})


def check(committed: Iterable[Mapping[str, Any]], fresh: Sequence[Manifest]) -> list[Finding]:
    """A finding per refused change from the ``committed`` documents to the ``fresh`` ones."""
    before = {_key(document): document for document in committed if isinstance(document, Mapping)}
    findings = []
    for manifest in fresh:
        old = before.get(_key(manifest.document))
        if old is None or manifest.manual:
            continue
        for change in changes(old, manifest.document):
            findings.append(
                Finding(
                    manifest.ref,
                    CHECK,
                    f"{change.field} cannot change ({_short(change.old)} -> {_short(change.new)}):"
                    f" the API server refuses it, the sync stops at its wave; {change.migration}",
                )
            )
    return findings


def against_committed(
    name: str, fresh: Sequence[Manifest], dist: Path, *, fresh_files: Mapping[str, str] | None = None
) -> list[Finding]:
    """The refused changes of ``fresh`` against the committed ``dist/<name>`` (none if it is absent).

    Only the files of the kinds the rules cover are parsed (``<name>.<kind>.yaml``), and of those
    only the ones whose text differs from ``fresh_files`` (the fresh tree, when given): a document
    rendered to the same text changed no field.
    """
    kinds = tuple(f".{kind.lower()}.yaml" for kind in RULES)
    files = {
        path: text
        for path, text in read_tree(dist / name).items()
        if path.endswith(kinds) and (fresh_files is None or fresh_files.get(path) != text)
    }
    return check(tree_documents(files), fresh) if files else []


def refuse(results: Sequence[tuple[str, Sequence[Manifest], Mapping[str, str]]], dist: Path) -> None:
    """Raise ``ValidationFailed`` for the first environment whose synth changes an immutable field.

    Each result is (environment, fresh manifests, fresh file tree).
    ``synth --accept-immutable-changes`` skips this once the migration it names has been done.
    """
    for name, manifests, files in results:
        findings = against_committed(name, manifests, dist, fresh_files=files)
        if findings:
            raise ValidationFailed(name, findings)
