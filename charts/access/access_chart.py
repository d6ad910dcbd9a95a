"""The chart of resource governance: a ResourceQuota and a LimitRange per Contexter namespace."""

from __future__ import annotations

from cdk8s import Chart
from constructs import Construct

from charts.access.capacity import largest_container, namespace_demand, smallest_container
from charts.access.limit_range import NamespaceLimitRange, NamespaceLimitRangeProps
from charts.access.resource_quota import NamespaceQuota, NamespaceQuotaProps
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.topology import CONTEXTER_NAMESPACES


class AccessChart(Chart):
    """Quota and container limits for each Contexter namespace, derived from the environment.

    RBAC needs nothing here: no Contexter workload calls the Kubernetes API, so none gets a Role
    (their ServiceAccounts mount no token); ``contexter_deploy.validation.rbac`` keeps it that way.
    """

    def __init__(self, scope: Construct, id: str, *, environment: Environment) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        for namespace in CONTEXTER_NAMESPACES:
            demand = namespace_demand(environment, namespace)
            NamespaceQuota(
                self,
                f"quota-{namespace}",
                props=NamespaceQuotaProps(
                    namespace=namespace, demand=demand, headroom_percent=environment.quota.headroom_percent
                ),
            )
            volumes = [volume for group in demand for volume in group.volumes]
            NamespaceLimitRange(
                self,
                f"limits-{namespace}",
                props=NamespaceLimitRangeProps(
                    namespace=namespace,
                    default=smallest_container(environment, namespace),
                    maximum=largest_container(environment, namespace),
                    max_volume=max(volumes) if volumes else None,
                ),
            )
