"""PeerAuthentication ``STRICT``: a sidecar accepts only mutual TLS, so every caller has a principal."""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s import ApiObjectMetadata
from constructs import Construct

from imports import istio_security


@dataclass(frozen=True)
class StrictMtlsProps:
    """Properties of a ``StrictMtls``."""

    namespace: str
    """Namespace it applies to; in Istio's root namespace it applies to the whole mesh."""


class StrictMtls(Construct):
    """The PeerAuthentication ``default`` of a namespace, mode ``STRICT``.

    The mesh-wide one (in the root namespace) is the floor; the per-namespace copies keep the
    Contexter namespaces strict even if someone relaxes the mesh-wide default.
    """

    def __init__(self, scope: Construct, id: str, *, props: StrictMtlsProps) -> None:
        super().__init__(scope, id)
        istio_security.PeerAuthentication(
            self,
            "Resource",
            metadata=ApiObjectMetadata(name="default", namespace=props.namespace),
            spec=istio_security.PeerAuthenticationSpec(
                mtls=istio_security.PeerAuthenticationSpecMtls(
                    mode=istio_security.PeerAuthenticationSpecMtlsMode.STRICT
                )
            ),
        )
