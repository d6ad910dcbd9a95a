"""How Prometheus scrapes workloads that accept only Istio mutual TLS (Istio's "istio-certs" pattern).

Every Contexter namespace enforces STRICT mTLS, so a plain-HTTP scrape is rejected by the
workload's sidecar. Prometheus therefore runs an Istio sidecar of its own that intercepts no
traffic (inbound and outbound capture are off) and only writes its workload certificate into a
shared in-memory volume (``OUTPUT_CERTS``); Prometheus reads that certificate and scrapes over
HTTPS, presenting the SPIFFE identity ``topology.PROMETHEUS`` that the AuthorizationPolicies allow.
See https://istio.io/latest/docs/ops/integrations/prometheus/#tls-settings.

The kube-prometheus-stack values (``charts/gitops/addons/kube_prometheus_stack.py``) and the PodMonitors
(``charts/observability/workload_monitor.py``) both read this module, so the files Prometheus
mounts and the files the scrape configuration names cannot drift apart.
"""

from __future__ import annotations

import json
from typing import Any

from contexter_deploy.ground.contracts import SCRAPE_CLASS as SCRAPE_CLASS

CERTS_VOLUME = "istio-certs"
"""In-memory volume shared by the Prometheus container and its sidecar."""

SIDECAR_CERTS_DIR = "/etc/istio-output-certs"
"""Where the sidecar writes the certificate (``OUTPUT_CERTS``)."""

PROMETHEUS_CERTS_DIR = "/etc/prom-certs"
"""Where the Prometheus container reads it."""

CA_FILE = f"{PROMETHEUS_CERTS_DIR}/root-cert.pem"
CERT_FILE = f"{PROMETHEUS_CERTS_DIR}/cert-chain.pem"
KEY_FILE = f"{PROMETHEUS_CERTS_DIR}/key.pem"


def scrape_class() -> dict[str, Any]:
    """The ``scrapeClasses`` entry of the Prometheus resource.

    Only files can be named here (a PodMonitor may not read files from the Prometheus pod);
    ``insecureSkipVerify`` is set on each PodMonitor because Prometheus cannot verify the SPIFFE
    URI SAN of a workload certificate. The client certificate is what authenticates the scrape.
    """
    return {
        "name": SCRAPE_CLASS,
        "tlsConfig": {"caFile": CA_FILE, "certFile": CERT_FILE, "keyFile": KEY_FILE},
    }


def prometheus_pod_labels() -> dict[str, str]:
    """Inject a sidecar into Prometheus although ``monitoring`` has no namespace-wide injection."""
    return {"sidecar.istio.io/inject": "true"}


def prometheus_pod_annotations() -> dict[str, str]:
    """A sidecar that intercepts nothing and writes its certificate to the shared volume."""
    return {
        "traffic.sidecar.istio.io/includeInboundPorts": "",
        "traffic.sidecar.istio.io/includeOutboundIPRanges": "",
        "proxy.istio.io/config": f"proxyMetadata:\n  OUTPUT_CERTS: {SIDECAR_CERTS_DIR}\n",
        "sidecar.istio.io/userVolumeMount": json.dumps(
            [{"name": CERTS_VOLUME, "mountPath": SIDECAR_CERTS_DIR}], separators=(", ", ": ")
        ),
    }


def prometheus_volumes() -> list[dict[str, Any]]:
    """The shared volume; in memory, so the private key never touches a disk."""
    return [{"name": CERTS_VOLUME, "emptyDir": {"medium": "Memory"}}]


def prometheus_volume_mounts() -> list[dict[str, Any]]:
    """Mount of the shared volume in the Prometheus container, read-only."""
    return [{"name": CERTS_VOLUME, "mountPath": PROMETHEUS_CERTS_DIR, "readOnly": True}]
