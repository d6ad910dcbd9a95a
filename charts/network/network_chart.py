"""The chart of NetworkPolicies: a baseline per Contexter namespace and one policy per workload."""

from __future__ import annotations

from cdk8s import Chart
from constructs import Construct

from charts.network.namespace_baseline import NamespaceBaseline, NamespaceBaselineProps
from charts.network.workload_network_policy import WorkloadNetworkPolicy, WorkloadNetworkPolicyProps
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.topology import (
    CLUSTER_CALLS,
    CONTEXTER_NAMESPACES,
    PLATFORM_SERVICES,
    POD_IDENTITY_AGENT,
    WORKLOADS,
    external_hosts_of,
    flows_from,
    flows_to,
    needs_pod_identity,
    peer,
)


class NetworkChart(Chart):
    """NetworkPolicies derived from ``contexter_deploy.ground.topology``: the second, independent enforcement
    layer."""

    def __init__(self, scope: Construct, id: str, *, environment: Environment) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        for namespace in CONTEXTER_NAMESPACES:
            NamespaceBaseline(
                self,
                namespace,
                props=NamespaceBaselineProps(namespace=namespace, platform_services=PLATFORM_SERVICES),
            )
        for target in WORKLOADS:
            WorkloadNetworkPolicy(
                self,
                target.name,
                props=WorkloadNetworkPolicyProps(
                    workload=target,
                    ingress=flows_to(target.name),
                    egress=flows_from(target.name),
                    internet_ports=tuple(sorted({host.port for host in external_hosts_of(target.name)})),
                    link_local=(POD_IDENTITY_AGENT,) if needs_pod_identity(target.name) else (),
                    platform_services=tuple(
                        (peer(name), ports) for source, name, ports in CLUSTER_CALLS if source == target.name
                    ),
                ),
            )
