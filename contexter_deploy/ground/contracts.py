"""Names and numbers that synth, the checks and the report must agree on, declared once.

The charts write these annotations, labels and folders; the analyses under
``contexter_deploy/validation`` and ``contexter_deploy/report`` read them back from ``dist/``.
Both sides import them from here, so neither can rename one without the other.
"""

from __future__ import annotations

# Where each synthesized document lives under dist/<env>/ (contexter_deploy/facts/manifests.py).
CLUSTER_DIRECTORY = "cluster"
MANUAL_DIRECTORY = "jobs"
CAPACITY_DIRECTORY = "capacity"
CAPACITY_KINDS: frozenset[str] = frozenset({"EC2NodeClass", "NodePool", "PriorityClass", "StorageClass"})
"""Kinds in ``capacity/``: synced by the capacity Application right after Karpenter
(``charts/gitops/capacity_application.py``)."""

CLUSTER_SCOPED_KINDS: frozenset[str] = frozenset(
    {
        "APIService",
        "ClusterIssuer",
        "ClusterRole",
        "ClusterRoleBinding",
        "ClusterSecretStore",
        "CustomResourceDefinition",
        "EC2NodeClass",
        "IngressClass",
        "MutatingWebhookConfiguration",
        "Namespace",
        "NodePool",
        "PersistentVolume",
        "PriorityClass",
        "StorageClass",
        "ValidatingWebhookConfiguration",
    }
)

MANUAL_DELIVERY_ANNOTATION = "contexter.io/delivery"
"""Set to ``manual`` on documents that must stay out of the Argo CD sync path (restore Jobs)."""

ARGOCD_NAMESPACE = "argocd"
"""Namespace of Argo CD's own objects; ``dist/<env>/argocd`` is synced by the root Application."""
SYNC_WAVE_ANNOTATION = "argocd.argoproj.io/sync-wave"
"""Argo CD applies lower waves first and waits for each to be healthy (charts/gitops/sync_waves.py)."""

MAX_STARTUP_SECONDS = 30
"""DESIGN.md: a container starts in under 30 s, so a startup probe may allow at most that."""
BUDGET_ANNOTATION = "contexter.io/deployment-budget-seconds"
"""Set on every Rollout: the longest one rollout may take, checked against its steps."""

BACKUP_COMPONENT_LABEL = "contexter.io/backup-component"
"""On each backup CronJob: which data store it copies (qdrant, redis, vault)."""
RPO_ANNOTATION = "contexter.io/rpo-seconds"
"""On each backup CronJob: the recovery point objective its schedule must hold with one run missed."""

SCRAPE_CLASS = "istio-mtls"
"""prometheus-operator scrape class that carries the Istio certificate files; monitors opt in by name
(``charts/observability/mesh_scrape.py``)."""
