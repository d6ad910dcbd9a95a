"""Every secret the workloads consume: where it lives in Vault and which Kubernetes Secret carries it.

External Secrets creates each Secret from Vault (KV v2); workloads reference the Secret and key by
name. Declared once here so the producer (the ExternalSecret) and the consumers cannot drift.
"""

from __future__ import annotations

from dataclasses import dataclass

from charts.topology import APPS_NAMESPACE, DATA_NAMESPACE, PROMETHEUS

MONITORING_NAMESPACE = PROMETHEUS.identity.namespace


@dataclass(frozen=True)
class SecretSpec:
    """A Kubernetes Secret synced from one Vault KV v2 path, with the same keys on both sides."""

    name: str
    namespace: str
    vault_path: str
    """Path under the KV v2 mount, e.g. ``contexter/voyage-ai``."""
    keys: tuple[str, ...]


VOYAGE_AI = SecretSpec("voyage-ai", APPS_NAMESPACE, "contexter/voyage-ai", ("api-key",))
QDRANT_CLIENT = SecretSpec(
    "qdrant-api-key", APPS_NAMESPACE, "contexter/qdrant", ("api-key", "read-only-api-key")
)
QDRANT_SERVER = SecretSpec(
    "qdrant-api-key", DATA_NAMESPACE, "contexter/qdrant", ("api-key", "read-only-api-key")
)
REDIS_CLIENT = SecretSpec("redis-auth", APPS_NAMESPACE, "contexter/redis", ("password",))
REDIS_SERVER = SecretSpec("redis-auth", DATA_NAMESPACE, "contexter/redis", ("password",))

ALERTMANAGER_RECEIVERS = SecretSpec(
    "alertmanager-receivers",
    MONITORING_NAMESPACE,
    "platform/alertmanager",
    ("pagerduty-routing-key", "slack-webhook-url"),
)
"""Alertmanager reads each key as a file (``routing_key_file``, ``api_url_file``)."""
GRAFANA_ADMIN = SecretSpec(
    "grafana-admin", MONITORING_NAMESPACE, "platform/grafana", ("admin-user", "admin-password")
)
"""Grafana's admin login; without it the chart would generate a new password on every Argo CD render."""

SECRETS: tuple[SecretSpec, ...] = (
    VOYAGE_AI,
    QDRANT_CLIENT,
    QDRANT_SERVER,
    REDIS_CLIENT,
    REDIS_SERVER,
    ALERTMANAGER_RECEIVERS,
    GRAFANA_ADMIN,
)
