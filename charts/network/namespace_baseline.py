"""Deny by default in one namespace, then allow what every meshed pod needs: DNS and istiod."""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s_plus_27 import k8s
from constructs import Construct

from charts.network.selectors import pods_in, ports
from contexter_deploy.ground.topology import PlatformService


@dataclass(frozen=True)
class NamespaceBaselineProps:
    """Properties of a ``NamespaceBaseline``."""

    namespace: str
    platform_services: tuple[PlatformService, ...]
    """Services every pod of the namespace may call (kube-dns, istiod), from
    ``contexter_deploy.ground.topology``."""


class NamespaceBaseline(Construct):
    """``default-deny`` isolates every pod of the namespace for ingress and egress; one
    ``allow-<service>`` policy per platform service opens exactly its ports to every pod.

    Traffic from the node (kubelet probes, which Istio rewrites to the sidecar's port 15020) is
    always allowed by Kubernetes, so no rule is needed for health checks.
    """

    def __init__(self, scope: Construct, id: str, *, props: NamespaceBaselineProps) -> None:
        super().__init__(scope, id)
        every_pod = k8s.LabelSelector()
        k8s.KubeNetworkPolicy(
            self,
            "DefaultDeny",
            metadata=k8s.ObjectMeta(name="default-deny", namespace=props.namespace),
            spec=k8s.NetworkPolicySpec(pod_selector=every_pod, policy_types=["Ingress", "Egress"]),
        )
        for service in props.platform_services:
            k8s.KubeNetworkPolicy(
                self,
                service.name,
                metadata=k8s.ObjectMeta(name=f"allow-{service.name}", namespace=props.namespace),
                spec=k8s.NetworkPolicySpec(
                    pod_selector=every_pod,
                    policy_types=["Egress"],
                    egress=[
                        k8s.NetworkPolicyEgressRule(
                            to=[pods_in(service.namespace, dict(service.pod_labels))],
                            ports=ports(service.ports),
                        )
                    ],
                ),
            )
