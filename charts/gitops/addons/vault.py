"""Vault: the secrets External Secrets syncs, HA raft across zones with AWS KMS auto-unseal."""

from __future__ import annotations

from charts.gitops.addon_chart import RBAC_KINDS, AddonChart, NamespacePolicy, Values
from charts.gitops.helm_values import RESTRICTED_CONTAINER, RESTRICTED_POD, quorum_zone_spread, resources
from charts.gitops.sync_waves import CONTEXTER_WAVE
from charts.gitops.vault_tls import VAULT_NAMESPACE, VAULT_SERVICE, VAULT_TLS_SECRET
from charts.platform import capacity
from contexter_deploy.ground.config.model import Aws, Storage, Vault
from contexter_deploy.ground.naming import Names, names_for

VAULT_USERCONFIG = "/vault/userconfig"
"""Where the Vault chart mounts each ``server.extraVolumes`` secret (``<dir>/<secret name>``)."""


def server_config(*, names: Names, aws: Aws, vault: Vault) -> str:
    """Vault's HCL: TLS listener, raft storage joining every peer over TLS, AWS KMS auto-unseal.

    No ``disable_mlock``: the chart appends ``disable_mlock = true`` to an HCL config itself
    (``vault.config`` in templates/_helpers.tpl), and Vault refuses a config that sets it twice.
    """
    tls = f"{VAULT_USERCONFIG}/{VAULT_TLS_SECRET}"
    joins = "".join(
        f"""
  retry_join {{
    leader_api_addr     = "https://{VAULT_SERVICE}-{index}.{VAULT_SERVICE}-internal:8200"
    leader_ca_cert_file = "{tls}/ca.crt"
  }}"""
        for index in range(vault.replicas)
    )
    return f"""ui = true

listener "tcp" {{
  address         = "[::]:8200"
  cluster_address = "[::]:8201"
  tls_cert_file   = "{tls}/tls.crt"
  tls_key_file    = "{tls}/tls.key"
  tls_min_version = "tls12"
  telemetry {{
    unauthenticated_metrics_access = true
  }}
}}

storage "raft" {{
  path = "/vault/data"{joins}
}}

seal "awskms" {{
  region     = "{aws.region}"
  kms_key_id = "{names.vault_kms_alias}"
}}

service_registration "kubernetes" {{}}

telemetry {{
  prometheus_retention_time = "30s"
  disable_hostname          = true
}}
"""


def values(*, names: Names, aws: Aws, vault: Vault, storage: Storage) -> Values:
    """Vault: HA raft across zones, AWS KMS auto-unseal, TLS from cert-manager, an audit volume."""
    replicas = vault.replicas
    storage_class = storage.class_name
    labels = {"app.kubernetes.io/name": "vault", "app.kubernetes.io/instance": "vault", "component": "server"}
    return {
        "global": {"enabled": True, "tlsDisable": False, "serverTelemetry": {"prometheusOperator": True}},
        # Pods receive secrets through External Secrets, not through Vault's agent injector.
        "injector": {"enabled": False},
        "server": {
            "serviceAccount": {"create": True, "name": VAULT_SERVICE},
            "resources": resources("250m", "512Mi"),
            # Ready while sealed or uninitialized, so the first `vault operator init` can reach it.
            "readinessProbe": {
                "enabled": True,
                "path": "/v1/sys/health?standbyok=true&sealedcode=204&uninitcode=204",
            },
            "extraEnvironmentVars": {"VAULT_CACERT": f"{VAULT_USERCONFIG}/{VAULT_TLS_SECRET}/ca.crt"},
            "extraVolumes": [{"type": "secret", "name": VAULT_TLS_SECRET}],
            "dataStorage": {"enabled": True, "size": "10Gi", "storageClass": storage_class},
            "auditStorage": {"enabled": True, "size": "10Gi", "storageClass": storage_class},
            "standalone": {"enabled": False},
            "ha": {
                "enabled": True,
                "replicas": replicas,
                "disruptionBudget": {"enabled": replicas >= 3},
                "raft": {
                    "enabled": True,
                    "setNodeId": True,
                    "config": server_config(names=names, aws=aws, vault=vault),
                },
            },
            # Hard spread, from the typed zone count: a lost zone never takes the raft majority.
            "topologySpreadConstraints": quorum_zone_spread(labels, zones=aws.az_count),
            **capacity.critical_placement(),
            "priorityClassName": capacity.CRITICAL_PRIORITY,
            "annotations": capacity.do_not_disrupt(),
            "statefulSet": {
                "securityContext": {
                    "pod": {**RESTRICTED_POD, "runAsUser": 100, "runAsGroup": 1000, "fsGroup": 1000},
                    "container": {
                        key: value
                        for key, value in RESTRICTED_CONTAINER.items()
                        if key != "readOnlyRootFilesystem"
                    },
                }
            },
        },
        "serverTelemetry": {"serviceMonitor": {"enabled": True}},
        "csi": {"enabled": False},
    }


ADDON = AddonChart(
    name="vault",
    repo_url="https://helm.releases.hashicorp.com",
    chart="vault",
    version="0.31.0",
    namespace=VAULT_NAMESPACE,
    # Vault's TLS certificate is issued from dist/<env> (charts/gitops/vault_tls.py): Vault
    # shares the Contexter Application's wave, or each would wait for the other to be healthy.
    wave=CONTEXTER_WAVE,
    values=lambda environment: values(
        names=names_for(environment),
        aws=environment.aws,
        vault=environment.vault,
        storage=environment.storage,
    ),
    needs=("cert-manager", "prometheus-operator-crds"),
    namespace_policy=NamespacePolicy(),
    cluster_kinds=RBAC_KINDS,
)
