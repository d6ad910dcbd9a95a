"""The pod of a stateless Contexter HTTP service (api-gateway, search, ingestion), built once.

Timings, and why they add up:

- Startup: ``/health`` every 2 s, 14 failures allowed: a container has 28 s (<= 30 s, DESIGN.md)
  to start before it is restarted. Readiness and liveness only begin after startup succeeded.
- Readiness: ``/ready`` every 5 s; two failures (10 s) take a pod out of its Services.
- Liveness: ``/health`` every 10 s; three failures (30 s) restart the container.
- Shutdown: the preStop hook sleeps ``DRAIN_SECONDS`` while the pod leaves the endpoints of the
  Services and of the Istio mesh (it keeps serving meanwhile), then SIGTERM gives the app
  ``shutdown_timeout_seconds`` to finish in-flight requests; the grace period is both plus
  ``GRACE_MARGIN_SECONDS``, so the kubelet never has to SIGKILL a pod that is draining normally.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cdk8s_plus_27 import k8s

from charts.platform import capacity
from charts.pod_spec import (
    CAPACITY_TYPE_KEY,
    DEFAULT_CONTAINER_ANNOTATION,
    DRAIN_SECONDS,
    ISTIO_PROXY_CONFIG_ANNOTATION,
    ROLLOUTS_HASH_LABEL,
    container_security_context,
    drain_lifecycle,
    image_pull_policy,
    istio_proxy_config,
    node_failure_tolerations,
    pod_security_context,
    resource_requirements,
    scratch_volume,
    spread_constraints,
)
from charts.services.service_settings import SecretEnv
from contexter_deploy.ground.config.model import Resources
from contexter_deploy.ground.contracts import MAX_STARTUP_SECONDS
from contexter_deploy.ground.labels import workload_labels
from contexter_deploy.ground.topology import Workload

HEALTH_PATH = "/health"
"""Liveness: the process is alive (no dependency checks)."""
READY_PATH = "/ready"
"""Readiness: the process can serve, its dependencies answer."""

GRACE_MARGIN_SECONDS = 5
TMP_PATH = "/tmp"  # noqa: S108


@dataclass(frozen=True)
class ProbeTiming:
    """How often a probe runs and how many failures it tolerates."""

    period_seconds: int
    timeout_seconds: int
    failure_threshold: int
    initial_delay_seconds: int = 0

    @property
    def budget_seconds(self) -> int:
        """Time until the probe gives up: ``initialDelaySeconds + failureThreshold x periodSeconds``."""
        return self.initial_delay_seconds + self.failure_threshold * self.period_seconds


STARTUP = ProbeTiming(period_seconds=2, timeout_seconds=1, failure_threshold=14)
READINESS = ProbeTiming(period_seconds=5, timeout_seconds=2, failure_threshold=2)
LIVENESS = ProbeTiming(period_seconds=10, timeout_seconds=2, failure_threshold=3)


@dataclass(frozen=True)
class HttpPodProps:
    """What differs between the services' pods."""

    workload: Workload
    image: str
    resources: Resources
    config_map: str
    """ConfigMap whose keys become environment variables (``envFrom``)."""
    secret_env: tuple[SecretEnv, ...]
    shutdown_timeout_seconds: int
    """Longest in-flight request (or job) the app finishes after SIGTERM."""
    prefer_spot: bool = False
    """Prefer Karpenter spot capacity (default: no preference)."""


def termination_grace_period_seconds(shutdown_timeout_seconds: int) -> int:
    """preStop drain, then the app's own shutdown, then a margin."""
    return DRAIN_SECONDS + shutdown_timeout_seconds + GRACE_MARGIN_SECONDS


def _probe(path: str, timing: ProbeTiming) -> k8s.Probe:
    return k8s.Probe(
        http_get=k8s.HttpGetAction(path=path, port=k8s.IntOrString.from_string("http")),
        initial_delay_seconds=timing.initial_delay_seconds or None,
        period_seconds=timing.period_seconds,
        timeout_seconds=timing.timeout_seconds,
        failure_threshold=timing.failure_threshold,
        success_threshold=1,
    )


def _spot_affinity() -> k8s.Affinity:
    return k8s.Affinity(
        node_affinity=k8s.NodeAffinity(
            preferred_during_scheduling_ignored_during_execution=[
                k8s.PreferredSchedulingTerm(
                    weight=100,
                    preference=k8s.NodeSelectorTerm(
                        match_expressions=[
                            k8s.NodeSelectorRequirement(key=CAPACITY_TYPE_KEY, operator="In", values=["spot"])
                        ]
                    ),
                )
            ]
        )
    )


def http_pod_template(props: HttpPodProps) -> k8s.PodTemplateSpec:
    """The pod template of a stateless HTTP service, hardened to (and beyond) Pod Security ``restricted``."""
    if STARTUP.budget_seconds > MAX_STARTUP_SECONDS:
        raise ValueError(f"startup probe budget {STARTUP.budget_seconds}s exceeds {MAX_STARTUP_SECONDS}s")
    workload = props.workload
    grace = termination_grace_period_seconds(props.shutdown_timeout_seconds)
    container = k8s.Container(
        name=workload.name,
        image=props.image,
        image_pull_policy=image_pull_policy(props.image),
        ports=[
            k8s.ContainerPort(name=port.name, container_port=port.number, protocol="TCP")
            for port in workload.ports
        ],
        env_from=[k8s.EnvFromSource(config_map_ref=k8s.ConfigMapEnvSource(name=props.config_map))],
        env=[
            k8s.EnvVar(
                name=env.name,
                value_from=k8s.EnvVarSource(
                    secret_key_ref=k8s.SecretKeySelector(name=env.secret.name, key=env.key)
                ),
            )
            for env in props.secret_env
        ]
        or None,
        resources=resource_requirements(props.resources),
        security_context=container_security_context(),
        startup_probe=_probe(HEALTH_PATH, STARTUP),
        readiness_probe=_probe(READY_PATH, READINESS),
        liveness_probe=_probe(HEALTH_PATH, LIVENESS),
        lifecycle=drain_lifecycle(),
        volume_mounts=[k8s.VolumeMount(name="tmp", mount_path=TMP_PATH)],
    )
    return k8s.PodTemplateSpec(
        metadata=k8s.ObjectMeta(
            labels=workload_labels(workload.name, component="service"),
            annotations={
                DEFAULT_CONTAINER_ANNOTATION: workload.name,
                ISTIO_PROXY_CONFIG_ANNOTATION: istio_proxy_config(drain_seconds=grace),
            },
        ),
        spec=k8s.PodSpec(
            priority_class_name=capacity.SERVICE_PRIORITY,
            service_account_name=workload.identity.service_account,
            automount_service_account_token=False,
            enable_service_links=False,
            security_context=pod_security_context(),
            termination_grace_period_seconds=grace,
            topology_spread_constraints=spread_constraints(
                workload.name, match_label_keys=(ROLLOUTS_HASH_LABEL,)
            ),
            affinity=_spot_affinity() if props.prefer_spot else None,
            tolerations=node_failure_tolerations(),
            containers=[container],
            volumes=[scratch_volume("tmp", props.resources.requests.ephemeral_storage)],
        ),
    )


def render_pod_template(template: k8s.PodTemplateSpec) -> dict[str, Any]:
    """``template`` as the JSON the Kubernetes API expects (camelCase keys, quantities as strings).

    Why: the pod is written once, with the typed core structs, for all three services. The Rollout
    binding generated from the Argo CRD has its own copy of every pod class
    (``RolloutSpecTemplateSpecContainers...``); using it would mean writing the pod a second time.
    ``KubePodTemplate.manifest`` renders a core PodTemplate without a scope; its ``template`` is
    exactly what a Rollout's ``spec.template`` holds (``charts.services.rollout`` inserts it), and
    the synth validates the whole Rollout against the Rollout CRD schema.
    """
    manifest: dict[str, Any] = k8s.KubePodTemplate.manifest(template=template)
    rendered: dict[str, Any] = manifest["template"]
    return rendered
