"""The edge's TLS certificate: a cert-manager ClusterIssuer and the Certificate the gateway serves."""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s import ApiObjectMetadata
from constructs import Construct

from contexter_deploy.ground.config.model import CertificateIssuer
from imports import cert_manager


@dataclass(frozen=True)
class EdgeCertificateProps:
    """Properties of an ``EdgeCertificate``."""

    name: str
    """Name of the Certificate; its Secret is ``<name>-tls``."""
    namespace: str
    """The ingress gateway's namespace: Envoy reads the Secret only from there."""
    host: str
    issuer: CertificateIssuer
    """``acme-dns01``: Let's Encrypt, DNS-01 on Route53; ``self-signed``: no CA (dev only)."""
    acme_email: str
    acme_server: str
    hosted_zone_id: str
    """Route53 hosted zone of ``host``; the solver changes records there and nowhere else."""
    region: str
    """AWS region used to sign Route53 calls (Route53 itself is global)."""
    duration_hours: int = 2160
    """Requested lifetime (default: 90 days; an ACME CA may impose its own)."""
    renew_before_hours: int = 720
    """Renew this long before expiry (default: 30 days, time to notice and fix a failed renewal)."""

    def __post_init__(self) -> None:
        if not 0 < self.renew_before_hours < self.duration_hours:
            raise ValueError(
                f"renew_before_hours: {self.renew_before_hours}: allowed: between 1 and"
                f" duration_hours ({self.duration_hours})"
            )

    @property
    def secret_name(self) -> str:
        """The Secret cert-manager writes and the Gateway's ``credentialName`` reads."""
        return f"{self.name}-tls"

    @property
    def issuer_name(self) -> str:
        """ClusterIssuer name, after the issuer type so a switch replaces rather than mutates it."""
        return f"contexter-{self.issuer}"


class EdgeCertificate(Construct):
    """A ClusterIssuer and a Certificate for ``host`` with a fresh ECDSA P-256 key on each renewal.

    ``acme-dns01`` solves DNS-01 with the Route53 solver in ``hosted_zone_id`` and no static keys:
    cert-manager's ServiceAccount gets AWS credentials from EKS Pod Identity (ambient credentials,
    allowed for ClusterIssuers). DNS-01 needs no inbound HTTP path to the cluster.
    """

    def __init__(self, scope: Construct, id: str, *, props: EdgeCertificateProps) -> None:
        super().__init__(scope, id)
        if props.issuer == "acme-dns01":
            spec = cert_manager.ClusterIssuerSpec(
                acme=cert_manager.ClusterIssuerSpecAcme(
                    server=props.acme_server,
                    email=props.acme_email,
                    private_key_secret_ref=cert_manager.ClusterIssuerSpecAcmePrivateKeySecretRef(
                        name=f"{props.issuer_name}-account-key"
                    ),
                    solvers=[
                        cert_manager.ClusterIssuerSpecAcmeSolvers(
                            dns01=cert_manager.ClusterIssuerSpecAcmeSolversDns01(
                                route53=cert_manager.ClusterIssuerSpecAcmeSolversDns01Route53(
                                    hosted_zone_id=props.hosted_zone_id, region=props.region
                                )
                            ),
                            selector=cert_manager.ClusterIssuerSpecAcmeSolversSelector(
                                dns_names=[props.host]
                            ),
                        )
                    ],
                )
            )
        else:
            spec = cert_manager.ClusterIssuerSpec(self_signed=cert_manager.ClusterIssuerSpecSelfSigned())
        cert_manager.ClusterIssuer(
            self, "Issuer", metadata=ApiObjectMetadata(name=props.issuer_name), spec=spec
        )
        cert_manager.Certificate(
            self,
            "Certificate",
            metadata=ApiObjectMetadata(name=props.name, namespace=props.namespace),
            spec=cert_manager.CertificateSpec(
                secret_name=props.secret_name,
                dns_names=[props.host],
                issuer_ref=cert_manager.CertificateSpecIssuerRef(
                    name=props.issuer_name, kind="ClusterIssuer", group="cert-manager.io"
                ),
                duration=f"{props.duration_hours}h",
                renew_before=f"{props.renew_before_hours}h",
                private_key=cert_manager.CertificateSpecPrivateKey(
                    algorithm=cert_manager.CertificateSpecPrivateKeyAlgorithm.ECDSA,
                    size=256,
                    rotation_policy=cert_manager.CertificateSpecPrivateKeyRotationPolicy.ALWAYS,
                ),
            ),
        )
