"""The TLS certificate Vault serves ``naming.VAULT_ADDRESS`` with, issued by cert-manager.

A private CA that lives only in Vault's namespace (a self-signed ``Issuer`` signs the CA, the CA
``Issuer`` signs Vault's certificate), so no other namespace can mint certificates Vault's clients
would trust. Clients trust Vault through the CA certificate cert-manager stores as ``ca.crt`` in
the serving certificate's Secret (``naming.VAULT_CA_SECRET``); Vault's raft peers verify each
other with the same CA.

Vault reads its certificate at start-up and on SIGHUP only: the certificate lives a year and is
renewed 90 days before it expires, which leaves a quarter to roll the Vault pods (runbook
``ContexterCertificateExpiringSoon``).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from cdk8s import ApiObject, JsonPatch
from constructs import Construct

from contexter_deploy.ground.naming import VAULT_ADDRESS, VAULT_CA_SECRET
from contexter_deploy.ground.topology import cluster_host
from imports import cert_manager

_HOST = urlsplit(VAULT_ADDRESS).hostname or ""
VAULT_SERVICE, VAULT_NAMESPACE = _HOST.split(".")[:2]
"""``vault`` and ``vault``: the Service and namespace in ``naming.VAULT_ADDRESS``; the chart's
release name is the Service name, so the StatefulSet's pods are ``vault-<n>.vault-internal``."""

VAULT_TLS_SECRET = VAULT_CA_SECRET[1]
"""Secret of Vault's serving certificate: ``tls.crt``, ``tls.key`` and the CA's ``ca.crt``."""
CA_KEYPAIR_SECRET = "vault-ca"  # noqa: S105 (a Secret name)
"""The private CA's own certificate and key: read by the CA ``Issuer`` only, never mounted."""
SELF_SIGNED_ISSUER = "vault-selfsigned"
CA_ISSUER = "vault-ca"


def vault_dns_names(replicas: int) -> list[str]:
    """Every name Vault is reached by: the address clients use, the active-node Service, each pod."""
    namespace, service = VAULT_NAMESPACE, VAULT_SERVICE
    names = [
        _HOST,
        service,
        f"{service}.{namespace}",
        f"{service}.{namespace}.svc",
        f"{service}-active.{namespace}.svc",
        cluster_host(f"{service}-active", namespace),
        f"*.{service}-internal",
        f"*.{service}-internal.{namespace}.svc",
        f"*.{cluster_host(f'{service}-internal', namespace)}",
    ]
    names += [f"{service}-{index}.{service}-internal" for index in range(replicas)]
    return list(dict.fromkeys(names))


@dataclass(frozen=True)
class VaultTlsProps:
    """Properties of ``VaultTls``."""

    cluster: str
    """Cluster name, for the CA's common name."""
    replicas: int
    """Vault raft peers (``vault.replicas``): each pod's name is in the certificate."""


class VaultTls(Construct):
    """Self-signed Issuer, CA Certificate, CA Issuer and Vault's server Certificate, in ``vault``."""

    def __init__(self, scope: Construct, id: str, *, props: VaultTlsProps) -> None:
        super().__init__(scope, id)
        if props.replicas < 1:
            raise ValueError(f"Vault replicas {props.replicas}: allowed 1 or more")
        labels = {"app.kubernetes.io/name": VAULT_SERVICE, "app.kubernetes.io/component": "tls"}
        self._issuer(SELF_SIGNED_ISSUER, {"selfSigned": {}}, labels)
        cert_manager.Certificate(
            self,
            "CA",
            metadata={"name": CA_ISSUER, "namespace": VAULT_NAMESPACE, "labels": labels},
            spec=cert_manager.CertificateSpec(
                is_ca=True,
                common_name=f"{props.cluster} Vault CA",
                secret_name=CA_KEYPAIR_SECRET,
                duration="87600h",
                renew_before="2160h",
                private_key=cert_manager.CertificateSpecPrivateKey(
                    algorithm=cert_manager.CertificateSpecPrivateKeyAlgorithm.ECDSA, size=256
                ),
                issuer_ref=cert_manager.CertificateSpecIssuerRef(name=SELF_SIGNED_ISSUER, kind="Issuer"),
            ),
        )
        self._issuer(CA_ISSUER, {"ca": {"secretName": CA_KEYPAIR_SECRET}}, labels)
        dns_names = vault_dns_names(props.replicas)
        self.certificate = cert_manager.Certificate(
            self,
            "Server",
            metadata={"name": VAULT_TLS_SECRET, "namespace": VAULT_NAMESPACE, "labels": labels},
            spec=cert_manager.CertificateSpec(
                secret_name=VAULT_TLS_SECRET,
                common_name=dns_names[0],
                dns_names=dns_names,
                ip_addresses=["127.0.0.1"],
                duration="8760h",
                renew_before="2160h",
                usages=[
                    cert_manager.CertificateSpecUsages.SERVER_AUTH,
                    cert_manager.CertificateSpecUsages.CLIENT_AUTH,
                ],
                private_key=cert_manager.CertificateSpecPrivateKey(
                    algorithm=cert_manager.CertificateSpecPrivateKeyAlgorithm.ECDSA,
                    size=256,
                    rotation_policy=cert_manager.CertificateSpecPrivateKeyRotationPolicy.ALWAYS,
                ),
                issuer_ref=cert_manager.CertificateSpecIssuerRef(name=CA_ISSUER, kind="Issuer"),
            ),
        )

    def _issuer(self, name: str, spec: dict[str, object], labels: dict[str, str]) -> ApiObject:
        # imports/cert_manager has no namespaced Issuer binding; the CRD schema still validates it.
        issuer = ApiObject(
            self,
            name,
            api_version="cert-manager.io/v1",
            kind="Issuer",
            metadata={"name": name, "namespace": VAULT_NAMESPACE, "labels": labels},
        )
        issuer.add_json_patch(JsonPatch.add("/spec", spec))
        return issuer
