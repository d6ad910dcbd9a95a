"""The chart of Istio resources, all derived from ``contexter_deploy.ground.topology`` and the environment."""

from __future__ import annotations

from cdk8s import Chart
from constructs import Construct

from charts.mesh.allow_nothing import AllowNothing, AllowNothingProps
from charts.mesh.edge_authentication import EdgeAuthentication, EdgeAuthenticationProps
from charts.mesh.edge_certificate import EdgeCertificate, EdgeCertificateProps
from charts.mesh.edge_gateway import EDGE, EdgeGateway, EdgeGatewayProps
from charts.mesh.external_service import ExternalService, ExternalServiceProps
from charts.mesh.link_local_service import LinkLocalService, LinkLocalServiceProps
from charts.mesh.namespace_egress import NamespaceEgress, NamespaceEgressProps
from charts.mesh.service_routes import ServiceRoutes, ServiceRoutesProps
from charts.mesh.service_traffic_policy import (
    ServiceTrafficPolicy,
    ServiceTrafficPolicyProps,
)
from charts.mesh.strict_mtls import StrictMtls, StrictMtlsProps
from charts.mesh.workload_authorization import WorkloadAuthorization, WorkloadAuthorizationProps
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.naming import names_for
from contexter_deploy.ground.topology import (
    API_GATEWAY,
    CLUSTER_CALLS,
    CONTEXTER_NAMESPACES,
    INGRESS_GATEWAY,
    KUBE_DNS,
    MESH_ROOT_NAMESPACE,
    POD_IDENTITY_AGENT,
    WORKLOADS,
    ExternalHost,
    cluster_host,
    external_hosts_of,
    flows_from,
    flows_to,
    needs_pod_identity,
    peer,
    routed_ports,
    workload,
    workloads_in,
)


class MeshChart(Chart):
    """mTLS, authorization, traffic policy, routing, egress and the edge of the Contexter mesh."""

    def __init__(self, scope: Construct, id: str, *, environment: Environment) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        for namespace in (MESH_ROOT_NAMESPACE, *CONTEXTER_NAMESPACES):
            StrictMtls(self, f"mtls-{namespace}", props=StrictMtlsProps(namespace=namespace))
        for namespace in CONTEXTER_NAMESPACES:
            AllowNothing(self, f"allow-nothing-{namespace}", props=AllowNothingProps(namespace=namespace))
        for target in WORKLOADS:
            if flows_to(target.name):
                WorkloadAuthorization(
                    self,
                    f"authz-{target.name}",
                    props=WorkloadAuthorizationProps(workload=target, flows=flows_to(target.name)),
                )
            http = any(port.app_protocol in ("http", "grpc") for port in target.ports)
            for service in target.service_hosts:
                ServiceTrafficPolicy(
                    self,
                    f"traffic-{service}",
                    props=ServiceTrafficPolicyProps(
                        service=service,
                        namespace=target.namespace,
                        http=http,
                        eject_outliers=service != target.headless_service,
                    ),
                )
            if routed_ports(target):
                ServiceRoutes(
                    self,
                    f"routes-{target.name}",
                    props=ServiceRoutesProps(workload=target, ports=routed_ports(target)),
                )
        self._egress(environment)
        self._edge(environment)

    def _egress(self, environment: Environment) -> None:
        names = names_for(environment)
        for namespace in CONTEXTER_NAMESPACES:
            external = _external_hosts(namespace)
            hosts = {
                name: host.hosts(region=environment.aws.region, bucket=names.backup_bucket)
                for name, host in external.items()
            }
            for name, resolved in hosts.items():
                ExternalService(
                    self,
                    f"external-{namespace}-{name}",
                    props=ExternalServiceProps(
                        name=name, namespace=namespace, hosts=resolved, port=external[name].port
                    ),
                )
            pod_identity = any(needs_pod_identity(w.name) for w in workloads_in(namespace))
            if pod_identity:
                LinkLocalService(
                    self,
                    f"link-local-{namespace}",
                    props=LinkLocalServiceProps(endpoint=POD_IDENTITY_AGENT, namespace=namespace),
                )
            registered = [host for resolved in hosts.values() for host in resolved]
            registered += [POD_IDENTITY_AGENT.host] if pod_identity else []
            NamespaceEgress(
                self,
                f"egress-{namespace}",
                props=NamespaceEgressProps(
                    namespace=namespace,
                    hosts=(
                        f"{MESH_ROOT_NAMESPACE}/*",
                        f"{KUBE_DNS.namespace}/{KUBE_DNS.host}",
                        *_destination_hosts(namespace),
                        *(f"./{host}" for host in registered),
                    ),
                ),
            )

    def _edge(self, environment: Environment) -> None:
        ingress = environment.ingress
        certificate = EdgeCertificateProps(
            name=EDGE,
            namespace=INGRESS_GATEWAY.identity.namespace,
            host=ingress.host,
            issuer=ingress.certificate_issuer,
            acme_email=ingress.acme_email,
            acme_server=ingress.acme_server,
            hosted_zone_id=ingress.hosted_zone_id,
            region=environment.aws.region,
        )
        EdgeCertificate(self, "edge-certificate", props=certificate)
        [flow] = [f for f in flows_to(API_GATEWAY.name) if f.source == INGRESS_GATEWAY.name]
        EdgeGateway(
            self,
            "edge-gateway",
            props=EdgeGatewayProps(
                host=ingress.host,
                credential_name=certificate.secret_name,
                gateway=INGRESS_GATEWAY,
                destination=API_GATEWAY,
                flow=flow,
            ),
        )
        EdgeAuthentication(
            self,
            "edge-authentication",
            props=EdgeAuthenticationProps(
                name=EDGE, host=ingress.host, gateway=INGRESS_GATEWAY, jwt=ingress.jwt
            ),
        )


def _external_hosts(namespace: str) -> dict[str, ExternalHost]:
    """The external hosts the workloads of ``namespace`` call, by name, in declaration order."""
    return {host.name: host for w in workloads_in(namespace) for host in external_hosts_of(w.name)}


def _destination_hosts(namespace: str) -> list[str]:
    """Sidecar egress entries for every Service of every call-graph destination of the namespace, and
    for the platform Services (``CLUSTER_CALLS``) its workloads call."""
    destinations = dict.fromkeys(
        flow.destination for w in workloads_in(namespace) for flow in flows_from(w.name)
    )
    platform = dict.fromkeys(
        peer(name) for w in workloads_in(namespace) for source, name, _ in CLUSTER_CALLS if source == w.name
    )
    return [
        f"{target.namespace}/{cluster_host(service, target.namespace)}"
        for target in map(workload, destinations)
        for service in target.service_hosts
    ] + [f"{target.identity.namespace}/{target.host}" for target in platform]
