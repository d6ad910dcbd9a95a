"""A stateless Contexter HTTP service: everything it needs to run, roll out and scale.

ServiceAccount, the Services ``contexter_deploy.ground.topology`` names for its delivery strategy, the
ConfigMap of
its settings, the Rollout (pod built once by ``charts.services.pod``), the AnalysisTemplate that
gates the Rollout, a PodDisruptionBudget, and exactly one autoscaler: an HPA on request rate, CPU and
memory, or a KEDA ScaledObject on queue length and CPU, whichever ``config.scaling`` names.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from cdk8s_plus_27 import k8s
from constructs import Construct

from charts.delivery.analysis import (
    CallersAnalysisTemplate,
    Measurement,
    SloAnalysisProps,
    SloAnalysisTemplate,
)
from charts.delivery.smoke_test import SmokeTest, SmokeTestProps
from charts.pod_spec import checkov_skips, digest_skip, disruption_budget, service_account
from charts.services.horizontal_autoscaler import HorizontalAutoscaler, HorizontalAutoscalerProps
from charts.services.pod import HttpPodProps, http_pod_template, render_pod_template
from charts.services.queue_autoscaler import QueueAutoscaler, QueueAutoscalerProps, RedisEndpoint
from charts.services.rollout import (
    BlueGreenServices,
    ServiceRollout,
    ServiceRolloutProps,
    rollout_services,
)
from charts.services.service_settings import SecretEnv
from contexter_deploy.ground.config.model import (
    AutoscaledService,
    HpaScaling,
    QueueScaling,
    Rollout,
    Slo,
)
from contexter_deploy.ground.labels import selector_labels, workload_labels
from contexter_deploy.ground.topology import SMOKE_TEST_PATH, Workload

CKV_K8S_35_REASON = (
    "the services take their secrets as environment variables through secretKeyRef (12-factor);"
    " values never appear in manifests and come from External Secrets"
)


@dataclass(frozen=True)
class StatelessServiceProps:
    """Properties of ``StatelessService``."""

    workload: Workload
    """Name, namespace, ports, Services and delivery strategy, from ``contexter_deploy.ground.topology``."""
    config: AutoscaledService
    """Image, replica bounds, resources and ``scaling`` (which autoscaler, and its targets), from the
    environment file."""
    settings: Mapping[str, str]
    """ConfigMap data (``charts.services.service_settings.settings``)."""
    secret_env: tuple[SecretEnv, ...]
    rollout: Rollout
    slo: Slo
    queue_redis: RedisEndpoint | None = None
    """Where the work queue lives: KEDA reads its length there. Required when ``config.scaling`` is a
    ``QueueScaling``; default: none."""
    smoke_client: Workload | None = None
    """The smoke test's workload (``contexter_deploy.ground.topology.SMOKE_TEST``), which a blue-green
    service's
    pre-promotion analysis runs against its preview; required for blue-green. Default: none."""


class StatelessService(Construct):
    """One stateless HTTP service, delivered by an Argo Rollout and scaled by one autoscaler."""

    def __init__(self, scope: Construct, id: str, *, props: StatelessServiceProps) -> None:
        super().__init__(scope, id)
        workload, config = props.workload, props.config
        if not workload.services:
            raise ValueError(
                f"workload {workload.name!r} has no Services in contexter_deploy/ground/topology.py"
            )
        service_account(self, workload, component="service")
        self.services = tuple(_service(self, workload, name) for name in workload.services)
        self.config_map = k8s.KubeConfigMap(
            self,
            "ConfigMap",
            metadata=k8s.ObjectMeta(
                name=workload.name,
                namespace=workload.namespace,
                labels=workload_labels(workload.name, component="service"),
            ),
            data=dict(props.settings),
        )
        disruption_budget(self, workload)
        rollout = props.rollout
        slo = slo_analysis(workload, rollout, props.slo)
        analysis = SloAnalysisTemplate(self, "Analysis", props=slo)
        callers = (
            CallersAnalysisTemplate(self, "CallersAnalysis", props=slo)
            if workload.delivery in ("blue-green", "canary")
            else None
        )
        services = rollout_services(workload, self.services)
        smoke = None
        if isinstance(services, BlueGreenServices):
            if props.smoke_client is None:
                raise ValueError(f"{workload.name}: a blue-green service needs a smoke_client")
            smoke = SmokeTest(
                self,
                "SmokeTest",
                props=SmokeTestProps(
                    target=workload,
                    preview=services.preview,
                    client=props.smoke_client,
                    path=SMOKE_TEST_PATH,
                    slo=slo,
                ),
            )
        pod = http_pod_template(
            HttpPodProps(
                workload=workload,
                image=config.image,
                resources=config.resources,
                config_map=self.config_map.name,
                secret_env=props.secret_env,
                shutdown_timeout_seconds=config.shutdown_timeout_seconds,
                prefer_spot=config.prefer_spot,
            )
        )
        skips = digest_skip((config.image,)) | ({"CKV_K8S_35": CKV_K8S_35_REASON} if props.secret_env else {})
        self.rollout = ServiceRollout(
            self,
            "Rollout",
            props=ServiceRolloutProps(
                workload=workload,
                pod_template=render_pod_template(pod),
                services=services,
                analysis=analysis,
                rollout=rollout,
                callers=callers,
                smoke=smoke,
                annotations=checkov_skips(skips),
            ),
        )
        _autoscaler(self, props, self.rollout)


def slo_analysis(workload: Workload, rollout: Rollout, slo: Slo) -> SloAnalysisProps:
    """The thresholds and schedule of ``workload``'s ``<name>-slo`` and ``<name>-callers`` analyses."""
    return SloAnalysisProps(
        service=workload.name,
        namespace=workload.namespace,
        max_error_rate=rollout.max_error_rate,
        latency_p95_ms=slo.latency_p95_ms,
        measurement=Measurement(
            interval_seconds=rollout.analysis_interval_seconds,
            # Blue-green analysis is a bounded gate; canary analysis runs until the rollout completes.
            count=rollout.analysis_count if workload.delivery == "blue-green" else None,
            failure_limit=rollout.analysis_failure_limit,
        ),
        min_requests=rollout.analysis_min_requests,
    )


def _service(scope: Construct, workload: Workload, name: str) -> k8s.KubeService:
    return k8s.KubeService(
        scope,
        f"Service-{name}",
        metadata=k8s.ObjectMeta(
            name=name,
            namespace=workload.namespace,
            labels=workload_labels(workload.name, component="service"),
        ),
        spec=k8s.ServiceSpec(
            type="ClusterIP",
            selector=selector_labels(workload.name),
            ports=[
                k8s.ServicePort(
                    name=port.name,
                    port=port.number,
                    target_port=k8s.IntOrString.from_string(port.name),
                    app_protocol=port.app_protocol,
                )
                for port in workload.ports
            ],
        ),
    )


def _autoscaler(scope: Construct, props: StatelessServiceProps, rollout: ServiceRollout) -> None:
    config = props.config
    match config.scaling:
        case HpaScaling() as scaling:
            HorizontalAutoscaler(
                scope,
                "Autoscaler",
                props=HorizontalAutoscalerProps(
                    target=rollout,
                    min_replicas=config.min_replicas,
                    max_replicas=config.max_replicas,
                    cpu_utilization_percent=scaling.target_cpu_utilization_percent,
                    memory_utilization_percent=scaling.target_memory_utilization_percent,
                    requests_per_second=scaling.target_requests_per_second,
                ),
            )
        case QueueScaling() as scaling:
            if props.queue_redis is None:
                raise ValueError(
                    f"{props.workload.name}: scaling.autoscaler 'keda' reads the queue length from Redis;"
                    " allowed: a queue_redis endpoint"
                )
            QueueAutoscaler(
                scope,
                "Autoscaler",
                props=QueueAutoscalerProps(
                    target=rollout,
                    min_replicas=config.min_replicas,
                    max_replicas=config.max_replicas,
                    cpu_utilization_percent=scaling.target_cpu_utilization_percent,
                    queue=scaling.queue,
                    redis=props.queue_redis,
                ),
            )
