"""The chart of the promotion's performance gate: empty unless ``performance_test.enabled``."""

from __future__ import annotations

from cdk8s import Chart
from constructs import Construct

from charts.delivery.performance_test import PerformanceTest, PerformanceTestProps
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.topology import INGRESS_GATEWAY, KUBE_DNS, PERFORMANCE_TEST


class PerformanceTestChart(Chart):
    """The namespace ``contexter-perf`` the k6 Job runs in, where the environment enables the gate."""

    def __init__(self, scope: Construct, id: str, *, environment: Environment) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        if not environment.performance_test.enabled:
            return
        PerformanceTest(
            self,
            "performance-test",
            props=PerformanceTestProps(
                identity=PERFORMANCE_TEST, dns=KUBE_DNS, https_port=INGRESS_GATEWAY.port("https").number
            ),
        )
