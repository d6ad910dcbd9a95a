"""The NetworkPolicy of one workload: exactly its flows from the call graph, in and out."""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s_plus_27 import k8s
from constructs import Construct

from charts.network.selectors import addresses, pods_in, ports
from contexter_deploy.ground.labels import selector_labels
from contexter_deploy.ground.topology import Flow, LinkLocalEndpoint, Peer, Workload, caller, workload

NON_PUBLIC_RANGES: tuple[str, ...] = (
    "10.0.0.0/8",
    "172.16.0.0/12",
    "192.168.0.0/16",
    "100.64.0.0/10",
    "169.254.0.0/16",
)
"""Excluded from internet egress: the private ranges (VPC and pod addresses, including EKS custom
networking's 100.64/10) and link-local (the instance metadata service). Whatever is left is public."""


@dataclass(frozen=True)
class WorkloadNetworkPolicyProps:
    """Properties of a ``WorkloadNetworkPolicy``."""

    workload: Workload
    ingress: tuple[Flow, ...]
    """Flows whose destination is ``workload`` (from ``contexter_deploy.ground.topology.flows_to``)."""
    egress: tuple[Flow, ...]
    """Flows whose source is ``workload`` (from ``contexter_deploy.ground.topology.flows_from``)."""
    internet_ports: tuple[int, ...] = ()
    """TCP ports the workload may open to public addresses (default: none). A NetworkPolicy cannot
    name a host: which hosts is enforced by Istio (REGISTRY_ONLY and ServiceEntries)."""
    link_local: tuple[LinkLocalEndpoint, ...] = ()
    """Node-local endpoints the workload may call, such as the EKS Pod Identity Agent (default: none)."""
    platform_services: tuple[tuple[Peer, tuple[str, ...]], ...] = ()
    """Platform pods outside the Contexter namespaces the workload calls, with the names of their
    ports (from ``contexter_deploy.ground.topology.CLUSTER_CALLS``; default: none), such as the
    Pushgateway."""


class WorkloadNetworkPolicy(Construct):
    """A NetworkPolicy named after the workload that selects its pods and allows, on top of the
    namespace's default deny, one ingress rule per inbound flow and one egress rule per outbound
    flow (the destination's pods and ports), plus internet and link-local egress where declared."""

    def __init__(self, scope: Construct, id: str, *, props: WorkloadNetworkPolicyProps) -> None:
        super().__init__(scope, id)
        target = props.workload
        for flow in props.ingress:
            if flow.destination != target.name:
                raise ValueError(
                    f"ingress flow {flow.source} -> {flow.destination} does not end at {target.name};"
                    f" allowed: flows whose destination is {target.name}"
                )
        for flow in props.egress:
            if flow.source != target.name:
                raise ValueError(
                    f"egress flow {flow.source} -> {flow.destination} does not start at {target.name};"
                    f" allowed: flows whose source is {target.name}"
                )
        egress = [_to(flow) for flow in props.egress]
        egress += [
            k8s.NetworkPolicyEgressRule(
                to=[pods_in(peer.identity.namespace, dict(peer.pod_labels))],
                ports=ports(("TCP", peer.port(name).number) for name in names),
            )
            for peer, names in props.platform_services
        ]
        if props.internet_ports:
            egress.append(
                k8s.NetworkPolicyEgressRule(
                    to=[addresses("0.0.0.0/0", excluding=NON_PUBLIC_RANGES)],
                    ports=ports(("TCP", port) for port in props.internet_ports),
                )
            )
        egress += [
            k8s.NetworkPolicyEgressRule(
                to=[addresses(f"{endpoint.address}/32")], ports=ports([("TCP", endpoint.port)])
            )
            for endpoint in props.link_local
        ]
        k8s.KubeNetworkPolicy(
            self,
            "Resource",
            metadata=k8s.ObjectMeta(name=target.name, namespace=target.namespace),
            spec=k8s.NetworkPolicySpec(
                pod_selector=k8s.LabelSelector(match_labels=selector_labels(target.name)),
                policy_types=["Ingress", "Egress"],
                ingress=[_from(flow) for flow in props.ingress],
                egress=egress,
            ),
        )


def _from(flow: Flow) -> k8s.NetworkPolicyIngressRule:
    source = caller(flow.source)
    labels = selector_labels(source.name) if isinstance(source, Workload) else dict(source.pod_labels)
    destination = workload(flow.destination)
    return k8s.NetworkPolicyIngressRule(
        from_=[pods_in(source.identity.namespace, labels)],
        ports=ports(("TCP", destination.port(name).number) for name in flow.ports),
    )


def _to(flow: Flow) -> k8s.NetworkPolicyEgressRule:
    destination = workload(flow.destination)
    return k8s.NetworkPolicyEgressRule(
        to=[pods_in(destination.namespace, selector_labels(destination.name))],
        ports=ports(("TCP", destination.port(name).number) for name in flow.ports),
    )
