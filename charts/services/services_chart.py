"""The chart of the stateless Contexter services."""

from __future__ import annotations

from cdk8s import Chart
from constructs import Construct

from charts.services.stateless_service import StatelessService, StatelessServiceProps
from charts.topology import API_GATEWAY
from contexter_deploy.config import Environment


class ServicesChart(Chart):
    """api-gateway, search and ingestion, in the ``contexter`` namespace."""

    def __init__(self, scope: Construct, id: str, *, environment: Environment) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        api_gateway = environment.workloads.api_gateway
        StatelessService(
            self,
            API_GATEWAY.name,
            props=StatelessServiceProps(
                workload=API_GATEWAY,
                image=api_gateway.image,
                replicas=api_gateway.min_replicas,
                resources=api_gateway.resources,
            ),
        )
