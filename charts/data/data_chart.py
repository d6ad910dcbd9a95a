"""The chart of the stateful Contexter services."""

from __future__ import annotations

from cdk8s import Chart
from constructs import Construct

from charts.data.qdrant import Qdrant, QdrantProps
from charts.data.redis import Redis, RedisProps
from contexter_deploy.ground.config import Environment


class DataChart(Chart):
    """Qdrant and Redis, in the ``contexter-data`` namespace, on the encrypted gp3 StorageClass."""

    def __init__(self, scope: Construct, id: str, *, environment: Environment) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        workloads = environment.workloads
        storage_class = environment.storage.class_name
        Qdrant(self, "qdrant", props=QdrantProps(config=workloads.qdrant, storage_class=storage_class))
        Redis(
            self,
            "redis",
            props=RedisProps(
                config=workloads.redis,
                storage_class=storage_class,
                queue_name=workloads.ingestion.queue.name,
            ),
        )
