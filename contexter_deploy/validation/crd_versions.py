"""Which versions the CRDs of the pinned add-on charts serve, and whether each is deprecated.

A custom resource's ``apiVersion`` must be a version its CustomResourceDefinition serves; a
deprecated one warns on every apply (``deprecationWarning``) and goes away in a later chart.
The CRDs that charts ship in ``templates/`` or ``crds/`` (Argo CD, Argo Rollouts, KEDA,
cert-manager at the pinned versions here) tell which. The scan reads only the ``spec.group``,
``spec.names.kind`` and ``spec.versions[]`` ``name``/``served``/``deprecated``/``deprecationWarning``
lines, by indentation, so the huge schemas are never parsed. Kinds whose CRD no pinned chart
folder holds are counted as not provable here; their JSON schema check still runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_DOCUMENT = re.compile(r"^---\s*$", re.MULTILINE)
_GROUP = re.compile(r"^  group: *['\"]?([\w.-]+)", re.MULTILINE)
_KIND = re.compile(r"^  names:\s*\n(?:    .*\n)*?    kind: *['\"]?(\w+)", re.MULTILINE)
_VERSIONS = re.compile(r"^  versions:\s*$", re.MULTILINE)
_FIELD = re.compile(r"(name|served|deprecated|deprecationWarning): *(.*?)\s*$")


@dataclass(frozen=True)
class CrdVersion:
    name: str
    served: bool
    deprecated: bool
    warning: str


@dataclass(frozen=True)
class ChartCrd:
    """One CRD a pinned chart installs."""

    group: str
    kind: str
    versions: tuple[CrdVersion, ...]
    source: str
    """``<chart folder>/<file>``."""


def _versions(document: str) -> Iterator[CrdVersion]:
    start = _VERSIONS.search(document)
    if start is None:
        return
    item_indent: int | None = None
    fields: dict[str, str] = {}
    for line in document[start.end() :].splitlines()[1:]:
        stripped = line.lstrip()
        if not stripped or stripped.startswith(("#", "{{")):
            continue
        indent = len(line) - len(stripped)
        if indent < 2 or (indent == 2 and not stripped.startswith("- ")):
            break  # the next key of spec: the list has ended
        if item_indent is None and stripped.startswith("- "):
            item_indent = indent
        if indent == item_indent and stripped.startswith("- "):
            if fields:
                yield _version(fields)
            fields = {}
            stripped = stripped[2:]
        elif item_indent is None or indent != item_indent + 2:
            continue
        match = _FIELD.fullmatch(stripped)
        if match:
            fields[match.group(1)] = match.group(2).strip("'\"")
    if fields:
        yield _version(fields)


def _version(fields: Mapping[str, str]) -> CrdVersion:
    return CrdVersion(
        fields.get("name", ""),
        fields.get("served") == "true",
        fields.get("deprecated") == "true",
        fields.get("deprecationWarning", ""),
    )


@cache
def chart_crds(chart: Path) -> tuple[ChartCrd, ...]:
    """The CRDs in a chart folder's ``templates/`` and ``crds/``."""
    found = []
    for folder in (chart / "templates", chart / "crds"):
        for path in sorted(folder.rglob("*")) if folder.is_dir() else ():
            if not path.is_file() or path.suffix not in (".yaml", ".yml"):
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            if "kind: CustomResourceDefinition" not in text:
                continue
            for document in _DOCUMENT.split(text):
                group, kind = _GROUP.search(document), _KIND.search(document)
                if "kind: CustomResourceDefinition" in document and group and kind:
                    versions = tuple(_versions(document))
                    found.append(
                        ChartCrd(
                            group.group(1), kind.group(1), versions, f"{chart.name}/{path.relative_to(chart)}"
                        )
                    )
    return tuple(found)
