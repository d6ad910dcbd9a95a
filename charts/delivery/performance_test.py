"""Where the promotion's performance gate runs: a namespace outside the mesh that reaches the public
ingress like a user and nothing else.

The k6 Job (``perf/k6-job.yaml``) and its ConfigMaps change with every run, so the promotion
workflow applies them; everything they run in is declared here and synced by Argo CD, so the
workflow's role (``contexter-<env>-github-promote``) needs no cluster-wide right: it may edit this
namespace and view ``contexter``, nothing more. The JWT the load test sends is the Secret
``perf-api-token`` (``charts.secret_catalog.PERF_API_TOKEN``), delivered by External Secrets.
"""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s_plus_27 import k8s
from constructs import Construct

from charts.network.selectors import addresses, pods_in, ports
from charts.network.workload_network_policy import NON_PUBLIC_RANGES
from charts.platform.namespace import Namespace, NamespaceProps
from contexter_deploy.ground.labels import PART_OF
from contexter_deploy.ground.topology import CONTEXTER_NAMESPACES, Identity, PlatformService

COMPONENT = "performance-test"
NETWORK_POLICY = "public-https-only"
RUN_OBJECTS: tuple[tuple[str, str, str], ...] = (
    ("", "ConfigMap", "k6-script"),
    ("", "ConfigMap", "k6-target"),
    ("batch", "Job", "k6-api-gateway"),
)
"""(group, kind, name) of what the promotion workflow applies in the namespace on every run
(``.github/scripts/run-k6.sh``, ``perf/k6-job.yaml``): not in Git, so the ``contexter`` AppProject
must not report them as orphans."""


@dataclass(frozen=True)
class PerformanceTestProps:
    """Properties of ``PerformanceTest``."""

    identity: Identity
    """Namespace and ServiceAccount of the k6 pods (``contexter_deploy.ground.topology.PERFORMANCE_TEST``)."""
    dns: PlatformService
    """The cluster DNS service the pods resolve the public host with
    (``contexter_deploy.ground.topology.KUBE_DNS``)."""
    https_port: int
    """Port of the public ingress the load test calls (the ingress gateway's ``https`` listener)."""

    def __post_init__(self) -> None:
        if self.identity.namespace in CONTEXTER_NAMESPACES:
            raise ValueError(
                f"namespace {self.identity.namespace!r} is a Contexter namespace; allowed: a namespace of"
                " its own, outside the mesh, so the load test reaches the services only as users do"
            )
        if not 0 < self.https_port < 65536:
            raise ValueError(f"https_port {self.https_port}: allowed: a TCP port, 1-65535")


class PerformanceTest(Construct):
    """The namespace (Pod Security ``restricted``, no sidecar injection), the ServiceAccount the k6
    pods run as (no API token), and one NetworkPolicy that selects every pod of the namespace: no
    ingress; egress to DNS, and to public addresses on the HTTPS port only, so neither the load
    test nor anything else started here can reach a pod, a node or the instance metadata service.
    """

    def __init__(self, scope: Construct, id: str, *, props: PerformanceTestProps) -> None:
        super().__init__(scope, id)
        namespace = props.identity.namespace
        labels = {"app.kubernetes.io/component": COMPONENT, "app.kubernetes.io/part-of": PART_OF}
        self.namespace = Namespace(
            self,
            "namespace",
            props=NamespaceProps(name=namespace, pod_security="restricted", istio_injection=False),
        )
        k8s.KubeServiceAccount(
            self,
            "service-account",
            metadata=k8s.ObjectMeta(name=props.identity.service_account, namespace=namespace, labels=labels),
            automount_service_account_token=False,
        )
        k8s.KubeNetworkPolicy(
            self,
            "network-policy",
            metadata=k8s.ObjectMeta(name=NETWORK_POLICY, namespace=namespace, labels=labels),
            spec=k8s.NetworkPolicySpec(
                pod_selector=k8s.LabelSelector(),
                policy_types=["Ingress", "Egress"],
                ingress=[],
                egress=[
                    k8s.NetworkPolicyEgressRule(
                        to=[pods_in(props.dns.namespace, dict(props.dns.pod_labels))],
                        ports=ports(props.dns.ports),
                    ),
                    k8s.NetworkPolicyEgressRule(
                        to=[addresses("0.0.0.0/0", excluding=NON_PUBLIC_RANGES)],
                        ports=ports([("TCP", props.https_port)]),
                    ),
                ],
            ),
        )
