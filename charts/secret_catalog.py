"""Every secret the workloads consume: where it lives in Vault and which Kubernetes Secret carries it.

External Secrets creates each Secret from Vault (KV v2); workloads reference the Secret and key by
name. Declared once here so the producer (the ExternalSecret) and the consumers cannot drift.
"""

from __future__ import annotations

from dataclasses import dataclass

from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.contracts import ARGOCD_NAMESPACE
from contexter_deploy.ground.topology import APPS_NAMESPACE, DATA_NAMESPACE, PERFORMANCE_TEST, PROMETHEUS

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
    ("pagerduty-routing-key", "slack-webhook-url", "heartbeat-token"),
)
"""Alertmanager reads each key as a file (``routing_key_file``, ``api_url_file``,
``credentials_file``)."""
GRAFANA_ADMIN = SecretSpec(
    "grafana-admin", MONITORING_NAMESPACE, "platform/grafana", ("admin-user", "admin-password")
)
"""Grafana's admin login; without it the chart would generate a new password on every Argo CD render."""

PERF_API_TOKEN = SecretSpec(
    "perf-api-token", PERFORMANCE_TEST.namespace, "contexter/perf-api-token", ("token",)
)
"""A JWT the edge accepts for a test tenant; the promotion's k6 Job mounts it as a file
(``perf/k6-job.yaml``). Only where ``performance_test.enabled`` (see ``secrets_for``)."""

ARGOCD_NOTIFICATIONS = SecretSpec(
    "argocd-notifications-secret",
    ARGOCD_NAMESPACE,
    "platform/argocd-notifications",
    ("github-app-id", "github-installation-id", "github-private-key"),
)
"""The GitHub App (Commit statuses: read and write, this repository only) that Argo CD's
notifications controller signs in as to report each environment's deployed digests
(``notifications`` in ``charts/gitops/addons/argo_cd.py``); the controller reads the Secret of this
name and expands ``$<key>`` in its ``service.github`` notifier."""

SECRETS: tuple[SecretSpec, ...] = (
    VOYAGE_AI,
    QDRANT_CLIENT,
    QDRANT_SERVER,
    REDIS_CLIENT,
    REDIS_SERVER,
    ALERTMANAGER_RECEIVERS,
    GRAFANA_ADMIN,
    ARGOCD_NOTIFICATIONS,
)
"""The secrets every environment's workloads consume."""


def secrets_for(environment: Environment) -> tuple[SecretSpec, ...]:
    """The secrets ``environment`` consumes: ``SECRETS``, plus ``PERF_API_TOKEN`` where the
    performance gate runs (``performance_test.enabled``)."""
    return SECRETS + ((PERF_API_TOKEN,) if environment.performance_test.enabled else ())
