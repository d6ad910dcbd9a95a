"""The Sidecar of one namespace: outbound traffic only to registered hosts, and only to these."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cdk8s import ApiObjectMetadata
from constructs import Construct

from imports import istio_networking as istio

_HOST = re.compile(r"^([a-z0-9-]+|\.|\*)/(\*|(\*\.)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?)$")


@dataclass(frozen=True)
class NamespaceEgressProps:
    """Properties of a ``NamespaceEgress``."""

    namespace: str
    hosts: tuple[str, ...]
    """``<namespace>/<dns name>`` entries (``.`` is this namespace) the sidecars may reach: the
    call-graph destinations, the mesh control plane, DNS and this namespace's ServiceEntries."""

    def __post_init__(self) -> None:
        if not self.hosts:
            raise ValueError(f"{self.namespace}: hosts is empty; allowed: at least istiod's namespace")
        for host in self.hosts:
            if not _HOST.match(host) or host.startswith("*/"):
                raise ValueError(
                    f"{self.namespace}: egress host {host!r}: allowed: '<namespace>/<dns name>' or"
                    " '<namespace>/*' with a named namespace"
                )
        if len(set(self.hosts)) != len(self.hosts):
            raise ValueError(f"{self.namespace}: duplicate egress hosts in {list(self.hosts)}")


class NamespaceEgress(Construct):
    """The Sidecar ``default`` of a namespace (no workload selector, so it applies to every pod).

    ``outboundTrafficPolicy: REGISTRY_ONLY`` sends traffic to any host outside Istio's registry to a
    black hole, and ``egress.hosts`` narrows what each sidecar even knows about to the listed hosts,
    which also keeps the pushed Envoy configuration small.
    """

    def __init__(self, scope: Construct, id: str, *, props: NamespaceEgressProps) -> None:
        super().__init__(scope, id)
        istio.Sidecar(
            self,
            "Resource",
            metadata=ApiObjectMetadata(name="default", namespace=props.namespace),
            spec=istio.SidecarSpec(
                egress=[istio.SidecarSpecEgress(hosts=list(props.hosts))],
                outbound_traffic_policy=istio.SidecarSpecOutboundTrafficPolicy(
                    mode=istio.SidecarSpecOutboundTrafficPolicyMode.REGISTRY_UNDERSCORE_ONLY
                ),
            ),
        )
