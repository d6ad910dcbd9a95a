"""Argo CD sync waves for every synthesized object, decided in one place by kind and namespace.

Argo CD applies a lower wave first and waits until it is healthy before the next one, so the order
below is the order a fresh cluster is built in: namespaces and the configuration that custom
resources need, then the secret stores, then the secrets, then the data services, then the apps.
``documents`` (``charts/app.py``, what ``contexter_deploy.kubernetes_synth`` writes) stamps every document of
every chart, so a construct never has to remember its wave; ``contexter_deploy/validation/gitops.py``
checks the result.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum
from typing import Any

from cdk8s import App

from contexter_deploy.ground.contracts import ARGOCD_NAMESPACE, CLUSTER_SCOPED_KINDS, SYNC_WAVE_ANNOTATION
from contexter_deploy.ground.topology import DATA_NAMESPACE

PROJECTS_WAVE = -10
"""Root-Application wave of the AppProjects: they must exist before an Application names them."""

CAPACITY_WAVE = 3
"""Root-Application wave of the capacity Application (``dist/<env>/capacity``: the NodePools, their
EC2NodeClass, the StorageClass and the PriorityClasses): right after Karpenter, whose CRDs they
need, and before every add-on whose pods need a Karpenter node, a volume or a priority."""

CONTEXTER_WAVE = 10
"""Root-Application wave of the Contexter Application (``dist/<env>``), after every add-on it needs.
The add-ons' own waves are in their records (``charts/gitops/addons/``)."""


class SyncWave(IntEnum):
    """Waves of the documents the Contexter Application syncs, lowest first."""

    NAMESPACES = -30
    CONFIG = -20
    """Cluster-scoped configuration (StorageClass, NodePool, ClusterIssuer ...), identities, RBAC,
    network and mesh policy, certificates: everything pods rely on before they start."""
    SECRET_STORES = -10
    SECRETS = -5
    DATA = 0
    """Everything else in the data namespace: Qdrant, Redis, their Services and backups."""
    APPS = 10
    """Everything else: the Contexter services, their rollouts, routing, monitors and dashboards."""


SECRET_STORE_KINDS: frozenset[str] = frozenset({"ClusterSecretStore", "SecretStore"})
SECRET_KINDS: frozenset[str] = frozenset({"ExternalSecret", "PushSecret"})
CONFIG_KINDS: frozenset[str] = frozenset(
    {
        "AuthorizationPolicy",
        "Certificate",
        "DestinationRule",
        "Issuer",
        "LimitRange",
        "NetworkPolicy",
        "PeerAuthentication",
        "RequestAuthentication",
        "ResourceQuota",
        "Role",
        "RoleBinding",
        "ServiceAccount",
        "ServiceEntry",
        "Sidecar",
        "Telemetry",
    }
)
"""Namespaced kinds that configure identity, policy or certificates for the pods that follow."""

ARGO_CD_KINDS: frozenset[str] = frozenset({"Application", "AppProject"})
"""Synced by the root Application; their waves come from ``charts/gitops`` (add-on order)."""


ROOT_SECRETS_WAVE = CONTEXTER_WAVE + 1
"""Root-Application wave of an ExternalSecret in ``argocd`` (``dist/<env>/argocd``): after the
External Secrets add-on (its CRD), Vault and the Contexter Application (the ClusterSecretStore)."""


def sync_wave(kind: str, namespace: str | None) -> int | None:
    """The wave of an object of ``kind`` in ``namespace``; ``None`` for Argo CD's own kinds."""
    if kind in ARGO_CD_KINDS:
        return None
    if kind in SECRET_KINDS and namespace == ARGOCD_NAMESPACE:
        return ROOT_SECRETS_WAVE
    if kind == "Namespace":
        return SyncWave.NAMESPACES
    if kind in SECRET_STORE_KINDS:
        return SyncWave.SECRET_STORES
    if kind in SECRET_KINDS:
        return SyncWave.SECRETS
    if kind in CLUSTER_SCOPED_KINDS or kind in CONFIG_KINDS:
        return SyncWave.CONFIG
    if namespace == DATA_NAMESPACE:
        return SyncWave.DATA
    return SyncWave.APPS


def with_sync_wave(document: Mapping[str, Any]) -> dict[str, Any]:
    """``document`` with its wave in ``metadata.annotations`` (unchanged for Argo CD's own kinds,
    whose constructs set their wave). Metadata and annotation keys stay sorted, as cdk8s writes them."""
    metadata: dict[str, Any] = dict(document.get("metadata") or {})
    wave = sync_wave(str(document["kind"]), metadata.get("namespace"))
    if wave is None:
        return dict(document)
    annotations = {**(metadata.get("annotations") or {}), SYNC_WAVE_ANNOTATION: str(int(wave))}
    metadata["annotations"] = dict(sorted(annotations.items()))
    return {**document, "metadata": dict(sorted(metadata.items()))}


def documents(app: App) -> list[dict[str, Any]]:
    """Every document of ``app``, chart by chart, each with its sync wave.

    Works on the synthesized JSON (one call into cdk8s per chart) rather than object by object, so
    it costs nothing per document however many objects the charts add.
    """
    return [with_sync_wave(document) for chart in app.charts for document in chart.to_json()]
