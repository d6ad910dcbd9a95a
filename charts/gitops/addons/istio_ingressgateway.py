"""The Istio ingress gateway: where every request enters, behind an AWS NLB."""

from __future__ import annotations

from collections.abc import Mapping

from charts.gitops.addon_chart import AddonChart, NamespacePolicy, Values
from charts.gitops.helm_repositories import ISTIO_REPO, ISTIO_VERSION
from charts.gitops.helm_values import RESTRICTED_CONTAINER, RESTRICTED_POD, zone_spread
from charts.platform import capacity
from contexter_deploy.ground.config.model import Aws
from contexter_deploy.ground.naming import cost_allocation_tags
from contexter_deploy.ground.topology import INGRESS_GATEWAY

LOAD_BALANCER_TAGS_ANNOTATION = "service.beta.kubernetes.io/aws-load-balancer-additional-resource-tags"
"""Tags the AWS cloud provider puts on the load balancer it creates for a Service."""


def load_balancer_tags(tags: Mapping[str, str]) -> str:
    """``tags`` in the annotation's format: ``key=value`` pairs joined by commas."""
    return ",".join(f"{key}={value}" for key, value in tags.items())


def values(*, aws: Aws, tags: Mapping[str, str]) -> Values:
    """The ingress gateway: release ``istio-ingressgateway``, so its ServiceAccount and pod labels are
    the ones ``topology.INGRESS_GATEWAY`` declares; behind an AWS NLB carrying the cost-allocation
    ``tags``, scaled on CPU from one replica per zone (``aws.az_count``)."""
    replicas = max(2, aws.az_count)
    labels = dict(INGRESS_GATEWAY.pod_labels)
    return {
        "labels": labels,
        "serviceAccount": {"create": True, "name": INGRESS_GATEWAY.identity.service_account},
        "autoscaling": {
            "enabled": True,
            "minReplicas": replicas,
            "maxReplicas": 10 * replicas,
            "targetCPUUtilizationPercentage": 70,
        },
        "podDisruptionBudget": {"minAvailable": 1},
        # Every request enters here: above the services it routes to.
        "priorityClassName": capacity.CRITICAL_PRIORITY,
        "resources": {"requests": {"cpu": "500m", "memory": "256Mi"}, "limits": {"memory": "1Gi"}},
        "topologySpreadConstraints": zone_spread(labels),
        "service": {
            "type": "LoadBalancer",
            "externalTrafficPolicy": "Local",
            "annotations": {
                "service.beta.kubernetes.io/aws-load-balancer-type": "nlb",
                "service.beta.kubernetes.io/aws-load-balancer-cross-zone-load-balancing-enabled": "true",
                # The NLB, its target groups and listeners are created by the cloud provider at run
                # time: Terraform's default_tags never reach them.
                LOAD_BALANCER_TAGS_ANNOTATION: load_balancer_tags(tags),
            },
        },
        "securityContext": {
            **RESTRICTED_POD,
            "runAsUser": 1337,
            "runAsGroup": 1337,
            "fsGroup": 1337,
            # Binding 80/443 without NET_BIND_SERVICE; a "safe" sysctl that restricted pods may set.
            "sysctls": [{"name": "net.ipv4.ip_unprivileged_port_start", "value": "0"}],
        },
        "containerSecurityContext": {**RESTRICTED_CONTAINER, "runAsUser": 1337, "runAsGroup": 1337},
    }


ADDON = AddonChart(
    name="istio-ingressgateway",
    repo_url=ISTIO_REPO,
    chart="gateway",
    version=ISTIO_VERSION,
    namespace=INGRESS_GATEWAY.identity.namespace,
    wave=6,
    values=lambda environment: values(aws=environment.aws, tags=cost_allocation_tags(environment)),
    needs=("istiod",),
    namespace_policy=NamespacePolicy(),
    cluster_kinds=(),
)
