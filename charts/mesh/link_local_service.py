"""A ServiceEntry for a node-local endpoint at a fixed link-local address (the Pod Identity Agent)."""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s import ApiObjectMetadata
from constructs import Construct

from contexter_deploy.ground.topology import LinkLocalEndpoint
from imports import istio_networking as istio


@dataclass(frozen=True)
class LinkLocalServiceProps:
    """Properties of a ``LinkLocalService``."""

    endpoint: LinkLocalEndpoint
    namespace: str
    """Namespace of the callers; the entry is exported to it alone."""


class LinkLocalService(Construct):
    """ServiceEntry with ``STATIC`` resolution for one address and one TCP port.

    The sidecar captures every outbound connection, and with ``REGISTRY_ONLY`` a connection to an
    address Istio does not know goes nowhere: this entry makes ``<address>:<port>`` a known
    destination (a TCP listener on exactly that address), for the namespace's callers only.
    """

    def __init__(self, scope: Construct, id: str, *, props: LinkLocalServiceProps) -> None:
        super().__init__(scope, id)
        endpoint = props.endpoint
        istio.ServiceEntry(
            self,
            "Resource",
            metadata=ApiObjectMetadata(name=endpoint.name, namespace=props.namespace),
            spec=istio.ServiceEntrySpec(
                hosts=[endpoint.host],
                addresses=[f"{endpoint.address}/32"],
                location=istio.ServiceEntrySpecLocation.MESH_UNDERSCORE_EXTERNAL,
                resolution=istio.ServiceEntrySpecResolution.STATIC,
                endpoints=[istio.ServiceEntrySpecEndpoints(address=endpoint.address)],
                ports=[istio.ServiceEntrySpecPorts(number=endpoint.port, name="tcp", protocol="TCP")],
                export_to=["."],
            ),
        )
