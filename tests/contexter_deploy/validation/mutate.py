"""Edit synthesized documents for failure tests: every edit must hit, or the test fails."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from contexter_deploy.facts.manifests import Manifest


def changed(
    manifests: Sequence[Manifest],
    kind: str,
    name: str,
    namespace: str | None,
    change: Callable[[dict[str, Any]], None],
) -> tuple[Manifest, ...]:
    """``manifests`` with ``change`` applied to a deep copy of the one document it names."""
    result, hits = [], 0
    for manifest in manifests:
        if (manifest.kind, manifest.name, manifest.namespace) == (kind, name, namespace):
            document = copy.deepcopy(dict(manifest.document))
            change(document)
            result.append(Manifest(document))
            hits += 1
        else:
            result.append(manifest)
    assert hits == 1, f"{kind} {namespace}/{name} matched {hits} documents"
    return tuple(result)


def without(
    manifests: Sequence[Manifest], kind: str, name: str, namespace: str | None
) -> tuple[Manifest, ...]:
    """``manifests`` without the one document named."""
    result = tuple(m for m in manifests if (m.kind, m.name, m.namespace) != (kind, name, namespace))
    assert len(result) == len(manifests) - 1, f"{kind} {namespace}/{name} not found"
    return result


def plus(manifests: Sequence[Manifest], *documents: Mapping[str, Any]) -> tuple[Manifest, ...]:
    """``manifests`` with ``documents`` appended."""
    return (*manifests, *(Manifest(document) for document in documents))


def messages(findings: Iterable[Any]) -> list[str]:
    """Each finding rendered as one line, for readable assertions."""
    return [finding.render() for finding in findings]
