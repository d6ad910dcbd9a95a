"""The chart of the stateless Contexter services."""

from __future__ import annotations

from cdk8s import Chart
from constructs import Construct

from charts.data.endpoints import redis_address, sentinel_addresses
from charts.services.queue_autoscaler import RedisEndpoint
from charts.services.service_settings import secret_environment, settings
from charts.services.stateless_service import StatelessService, StatelessServiceProps
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.topology import API_GATEWAY, INGESTION, SEARCH, SMOKE_TEST


class ServicesChart(Chart):
    """api-gateway, search and ingestion, in the ``contexter`` namespace."""

    def __init__(self, scope: Construct, id: str, *, environment: Environment) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        workloads = environment.workloads
        redis = workloads.redis
        queue_redis = (
            RedisEndpoint(sentinels=sentinel_addresses(redis.replicas))
            if redis.sentinel
            else RedisEndpoint(address=redis_address())
        )
        for workload, config in (
            (API_GATEWAY, workloads.api_gateway),
            (SEARCH, workloads.search),
            (INGESTION, workloads.ingestion),
        ):
            StatelessService(
                self,
                workload.name,
                props=StatelessServiceProps(
                    workload=workload,
                    config=config,
                    settings=settings(workload, environment),
                    secret_env=secret_environment(workload),
                    rollout=environment.rollout,
                    slo=environment.slo,
                    queue_redis=queue_redis,
                    smoke_client=SMOKE_TEST if workload == API_GATEWAY else None,
                ),
            )
