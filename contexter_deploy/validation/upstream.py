"""The analyses that judge documents as the upstream software would, one environment at a time.

- ``helm-values``: every add-on's Helm values against the pinned chart (``helm_values``);
- ``cel``: every CRD ``x-kubernetes-validations`` rule against every custom resource (``cel_rules``);
- ``api-level``: API versions and feature-gated fields at ``cluster.kubernetes_version``, custom
  resource versions against the pinned charts' CRDs (``api_level``).

``contexter-deploy validate`` runs them on the committed ``dist/<env>`` and prints each summary
(what was evaluated, how long it took) and each finding; ``make test`` runs them on every
environment. docs/validation.md explains how to read a failure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.validation.api_level import check_api_level
from contexter_deploy.validation.cel_rules import check_cel_rules
from contexter_deploy.validation.findings import Finding
from contexter_deploy.validation.helm_values import DEFAULT_HELM_CHARTS, check_helm_values


@dataclass(frozen=True)
class Analysis:
    """The outcome of one analysis on one environment."""

    name: str
    findings: tuple[Finding, ...]
    summary: str
    """What it evaluated and how long it took, one line."""


def analyse(
    manifests: Sequence[Manifest],
    *,
    kubernetes_version: str,
    crd_schemas: Path | None,
    helm_charts: Path = DEFAULT_HELM_CHARTS,
) -> tuple[Analysis, ...]:
    """Run every analysis on one environment's documents."""
    helm = check_helm_values(manifests, helm_charts)
    cel = check_cel_rules(manifests, crd_schemas)
    api = check_api_level(manifests, kubernetes_version, helm_charts)
    return (
        Analysis("helm-values", tuple(helm.findings), helm.summary()),
        Analysis("cel", tuple(cel.findings), cel.summary()),
        Analysis("api-level", tuple(api.findings), api.summary()),
    )
