"""A ServiceEntry for a TLS host outside the cluster, visible in one namespace only."""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s import ApiObjectMetadata
from constructs import Construct

from imports import istio_networking as istio


@dataclass(frozen=True)
class ExternalServiceProps:
    """Properties of an ``ExternalService``."""

    name: str
    namespace: str
    """Namespace of the callers; the entry is exported to it alone."""
    hosts: tuple[str, ...]
    """Exact host names (no wildcards): the sidecar matches the TLS SNI against them."""
    port: int = 443

    def __post_init__(self) -> None:
        if not self.hosts:
            raise ValueError(f"{self.name}: hosts is empty; allowed: one or more host names")
        for host in self.hosts:
            if "*" in host or "{" in host:
                raise ValueError(
                    f"{self.name}: host {host!r}: allowed: an exact host name, without wildcards or"
                    " unfilled placeholders"
                )


class ExternalService(Construct):
    """ServiceEntry ``MESH_EXTERNAL`` with DNS resolution and one ``TLS`` port: the application
    speaks TLS end to end and the sidecar passes it through, matching the SNI against ``hosts``;
    ``exportTo: ["."]`` keeps the entry out of every other namespace's registry."""

    def __init__(self, scope: Construct, id: str, *, props: ExternalServiceProps) -> None:
        super().__init__(scope, id)
        istio.ServiceEntry(
            self,
            "Resource",
            metadata=ApiObjectMetadata(name=props.name, namespace=props.namespace),
            spec=istio.ServiceEntrySpec(
                hosts=list(props.hosts),
                location=istio.ServiceEntrySpecLocation.MESH_UNDERSCORE_EXTERNAL,
                resolution=istio.ServiceEntrySpecResolution.DNS,
                ports=[istio.ServiceEntrySpecPorts(number=props.port, name="tls", protocol="TLS")],
                export_to=["."],
            ),
        )
