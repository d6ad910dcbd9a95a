"""Recommended Kubernetes labels, computed in one place."""

from __future__ import annotations

PART_OF = "contexter"
NAME_LABEL = "app.kubernetes.io/name"


def selector_labels(name: str) -> dict[str, str]:
    """Labels that select the pods of workload ``name``; immutable once deployed."""
    return {NAME_LABEL: name}


def workload_labels(name: str, *, component: str) -> dict[str, str]:
    """Selector labels plus the recommended ``app.kubernetes.io`` labels for workload ``name``."""
    return {
        **selector_labels(name),
        "app.kubernetes.io/component": component,
        "app.kubernetes.io/part-of": PART_OF,
    }
