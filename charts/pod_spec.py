"""Pod building blocks that every Contexter workload shares, so each rule is written once.

The namespaces enforce Pod Security ``restricted``; these helpers go further (a fixed high UID,
a read-only root filesystem, zone spread, a PodDisruptionBudget that never blocks a drain) and
``contexter_deploy/validation/workload_checks.py`` checks the synthesized output for all of it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from cdk8s_plus_27 import k8s
from constructs import Construct

from charts.platform import capacity
from charts.quantities import int_or_string, quantity
from contexter_deploy.ground.config.model import ImageReference, ResourceAmounts, Resources
from contexter_deploy.ground.labels import selector_labels, workload_labels
from contexter_deploy.ground.topology import Workload

RUN_AS_USER = 10001
"""Fixed non-root UID and GID of every Contexter container (see Dockerfiles/). Above 10000, so it
never maps to a user of the node (checkov CKV_K8S_40)."""

ZONE_KEY = "topology.kubernetes.io/zone"
HOST_KEY = "kubernetes.io/hostname"
CAPACITY_TYPE_KEY = "karpenter.sh/capacity-type"
ROLLOUTS_HASH_LABEL = "rollouts-pod-template-hash"
"""Label Argo Rollouts puts on the pods of each ReplicaSet."""

DRAIN_SECONDS = 10
"""preStop sleep: the pod keeps serving while its removal from the Service endpoints reaches every
kube-proxy and Envoy, so no new request is routed to a container that is shutting down."""

NODE_FAILURE_TOLERATION_SECONDS = 30
"""How long a pod stays bound to a node that stopped reporting (``not-ready``/``unreachable``)
before it is evicted and replaced; Kubernetes' default of 300 s alone would exceed the 5-minute RTO."""

DEFAULT_CONTAINER_ANNOTATION = "kubectl.kubernetes.io/default-container"
ISTIO_PROXY_CONFIG_ANNOTATION = "proxy.istio.io/config"
CHECKOV_SKIP_PREFIX = "checkov.io/skip"


def pod_security_context() -> k8s.PodSecurityContext:
    """Pod-level identity: UID/GID ``RUN_AS_USER``, volumes group-owned by it, seccomp RuntimeDefault.

    ``fsGroupChangePolicy: OnRootMismatch`` skips the recursive chown of large data volumes on every start.
    """
    return k8s.PodSecurityContext(
        run_as_non_root=True,
        run_as_user=RUN_AS_USER,
        run_as_group=RUN_AS_USER,
        fs_group=RUN_AS_USER,
        fs_group_change_policy="OnRootMismatch",
        seccomp_profile=k8s.SeccompProfile(type="RuntimeDefault"),
    )


def container_security_context() -> k8s.SecurityContext:
    """The restricted container context: no privilege escalation, no capabilities, read-only root."""
    return k8s.SecurityContext(
        allow_privilege_escalation=False,
        read_only_root_filesystem=True,
        run_as_non_root=True,
        run_as_user=RUN_AS_USER,
        run_as_group=RUN_AS_USER,
        capabilities=k8s.Capabilities(drop=["ALL"]),
        seccomp_profile=k8s.SeccompProfile(type="RuntimeDefault"),
    )


def _amounts(amounts: ResourceAmounts) -> dict[str, k8s.Quantity]:
    return {
        "cpu": quantity(amounts.cpu),
        "memory": quantity(amounts.memory),
        "ephemeral-storage": quantity(amounts.ephemeral_storage),
    }


def resource_requirements(resources: Resources) -> k8s.ResourceRequirements:
    """Requests and limits for CPU, memory and ephemeral storage, as the environment file gives them."""
    return k8s.ResourceRequirements(requests=_amounts(resources.requests), limits=_amounts(resources.limits))


def scratch_volume(name: str, size_limit: str, *, memory: bool = False) -> k8s.Volume:
    """A writable ``emptyDir`` next to the read-only root filesystem, capped at ``size_limit``.

    ``memory=True`` keeps it in RAM (tmpfs): for files that hold a secret, such as a generated config.
    """
    return k8s.Volume(
        name=name,
        empty_dir=k8s.EmptyDirVolumeSource(
            medium="Memory" if memory else None, size_limit=quantity(size_limit)
        ),
    )


def secret_volume(name: str, secret_name: str) -> k8s.Volume:
    """A Secret mounted as files readable by the pod's group only (mode 0440)."""
    return k8s.Volume(name=name, secret=k8s.SecretVolumeSource(secret_name=secret_name, default_mode=0o440))


def drain_lifecycle() -> k8s.Lifecycle:
    """A preStop hook that sleeps ``DRAIN_SECONDS`` before the container gets SIGTERM."""
    return k8s.Lifecycle(
        pre_stop=k8s.LifecycleHandler(exec=k8s.ExecAction(command=["sleep", str(DRAIN_SECONDS)]))
    )


def node_failure_tolerations() -> list[k8s.Toleration]:
    """Tolerate a failed node for ``NODE_FAILURE_TOLERATION_SECONDS`` only, then move elsewhere.

    A StatefulSet pod is still not replaced before its node is confirmed gone (the pod object must
    be deleted first), so a shorter toleration never runs two copies of one member.
    """
    return [
        k8s.Toleration(
            key=f"node.kubernetes.io/{condition}",
            operator="Exists",
            effect="NoExecute",
            toleration_seconds=NODE_FAILURE_TOLERATION_SECONDS,
        )
        for condition in ("not-ready", "unreachable")
    ]


def image_pull_policy(image: str) -> str:
    """``IfNotPresent`` for an image pinned by digest (it cannot change); ``Always`` for a mutable tag."""
    return "IfNotPresent" if ImageReference.parse(image).digest else "Always"


def spread_constraints(
    name: str, *, zones: str = "DoNotSchedule", match_label_keys: tuple[str, ...] = ()
) -> list[k8s.TopologySpreadConstraint]:
    """Spread the pods of workload ``name`` evenly across zones (hard by default) and hosts (soft).

    Losing one zone then takes at most a third of the pods in a three-zone cluster. ``match_label_keys``
    (e.g. the Rollouts hash) balances each ReplicaSet on its own during a rollout.
    """
    selector = k8s.LabelSelector(match_labels=selector_labels(name))
    keys = list(match_label_keys) or None
    return [
        k8s.TopologySpreadConstraint(
            topology_key=ZONE_KEY,
            max_skew=1,
            when_unsatisfiable=zones,
            label_selector=selector,
            match_label_keys=keys,
        ),
        k8s.TopologySpreadConstraint(
            topology_key=HOST_KEY,
            max_skew=1,
            when_unsatisfiable="ScheduleAnyway",
            label_selector=selector,
            match_label_keys=keys,
        ),
    ]


def istio_proxy_config(*, drain_seconds: int) -> str:
    """``proxy.istio.io/config`` for a pod: the app starts only once its sidecar is up (its first
    connections go through it), and the sidecar keeps serving for ``drain_seconds`` after SIGTERM,
    so in-flight outbound calls finish with the app instead of being cut."""
    return json.dumps(
        {"holdApplicationUntilProxyStarts": True, "terminationDrainDuration": f"{drain_seconds}s"},
        separators=(",", ":"),
        sort_keys=True,
    )


def checkov_skips(reasons: Mapping[str, str]) -> dict[str, str]:
    """``checkov.io/skipN`` annotations, one per check id, each with its written reason."""
    return {
        f"{CHECKOV_SKIP_PREFIX}{number}": f"{check}={reason}"
        for number, (check, reason) in enumerate(sorted(reasons.items()), start=1)
    }


MUTABLE_TAG_REASON = (
    "dev follows mutable tags on purpose (imagePullPolicy Always); staging and prod must pin digests,"
    " which contexter_deploy/ground/config/model.py enforces"
)


def digest_skip(images: tuple[str, ...]) -> dict[str, str]:
    """The CKV_K8S_43 (image digest) suppression, only when one of ``images`` is not pinned by digest."""
    if all(ImageReference.parse(image).digest for image in images):
        return {}
    return {"CKV_K8S_43": MUTABLE_TAG_REASON}


def disruption_budget(scope: Construct, workload: Workload) -> k8s.KubePodDisruptionBudget:
    """A PodDisruptionBudget for ``workload``: one pod at a time may be evicted.

    ``maxUnavailable: 1`` keeps the others serving during a node drain, yet never blocks a drain the
    way ``minAvailable`` equal to the replica count would (a single-replica dev pod is still evictable).
    ``unhealthyPodEvictionPolicy: AlwaysAllow`` lets a drain evict pods that are not ready anyway.
    """
    return k8s.KubePodDisruptionBudget(
        scope,
        "DisruptionBudget",
        metadata=k8s.ObjectMeta(
            name=workload.name,
            namespace=workload.namespace,
            labels=workload_labels(workload.name, component="disruption-budget"),
        ),
        spec=k8s.PodDisruptionBudgetSpec(
            max_unavailable=int_or_string(1),
            selector=k8s.LabelSelector(match_labels=selector_labels(workload.name)),
            unhealthy_pod_eviction_policy="AlwaysAllow",
        ),
    )


def stateful_pod_template(
    workload: Workload,
    *,
    component: str,
    default_container: str,
    grace_seconds: int,
    containers: list[k8s.Container],
    volumes: list[k8s.Volume],
) -> k8s.PodTemplateSpec:
    """The pod of a replicated StatefulSet (Qdrant, Redis): its own identity, hardened, one pod per
    node (two copies of the data on one node would fail together), a hard spread over zones, and
    on the on-demand ``critical`` capacity, where Karpenter never moves it (``platform/capacity.py``)."""
    return k8s.PodTemplateSpec(
        metadata=k8s.ObjectMeta(
            labels=workload_labels(workload.name, component=component),
            annotations={
                DEFAULT_CONTAINER_ANNOTATION: default_container,
                ISTIO_PROXY_CONFIG_ANNOTATION: istio_proxy_config(drain_seconds=grace_seconds),
                **capacity.do_not_disrupt(),
            },
        ),
        spec=k8s.PodSpec(
            priority_class_name=capacity.CRITICAL_PRIORITY,
            node_selector=capacity.critical_node_selector(),
            service_account_name=workload.identity.service_account,
            automount_service_account_token=False,
            enable_service_links=False,
            security_context=pod_security_context(),
            termination_grace_period_seconds=grace_seconds,
            topology_spread_constraints=spread_constraints(workload.name)[:1],
            tolerations=[
                *node_failure_tolerations(),
                *(
                    k8s.Toleration(key=t["key"], operator=t["operator"], value=t["value"], effect=t["effect"])
                    for t in capacity.critical_tolerations()
                ),
            ],
            affinity=k8s.Affinity(
                pod_anti_affinity=k8s.PodAntiAffinity(
                    required_during_scheduling_ignored_during_execution=[
                        k8s.PodAffinityTerm(
                            topology_key=HOST_KEY,
                            label_selector=k8s.LabelSelector(match_labels=selector_labels(workload.name)),
                        )
                    ]
                )
            ),
            containers=containers,
            volumes=volumes,
        ),
    )


def service_account(scope: Construct, workload: Workload, *, component: str) -> k8s.KubeServiceAccount:
    """The workload's own ServiceAccount (its SPIFFE identity), with no API token mounted."""
    return k8s.KubeServiceAccount(
        scope,
        "ServiceAccount",
        metadata=k8s.ObjectMeta(
            name=workload.identity.service_account,
            namespace=workload.namespace,
            labels=workload_labels(workload.name, component=component),
        ),
        automount_service_account_token=False,
    )
