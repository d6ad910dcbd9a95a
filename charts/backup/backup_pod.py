"""The pod every backup CronJob and restore Job runs: the backup tool, hardened and mesh-ready."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from cdk8s_plus_27 import k8s

from charts.platform import capacity
from charts.pod_spec import (
    checkov_skips,
    container_security_context,
    digest_skip,
    pod_security_context,
    resource_requirements,
)
from charts.quantities import quantity
from contexter_deploy.ground.config.model import Resources
from contexter_deploy.ground.labels import workload_labels

BACKUP_ENTRYPOINT = ("/usr/bin/tini", "--", "contexter-backup")
"""The backup image's ENTRYPOINT (Dockerfiles/backup.Dockerfile): pods set ``args`` only, so tini
stays PID 1 and forwards SIGTERM to the tool when a Job hits its deadline."""
POD_IDENTITY_AGENT = "169.254.170.23/32"
"""EKS Pod Identity agent on every node (link-local). Kept out of the Istio sidecar's capture, or
Envoy would route the SDK's credential requests into the mesh and they would fail."""
SECRETS_DIRECTORY = "/var/run/secrets/contexter"
ISTIO_ANNOTATIONS: dict[str, str] = {
    # The proxy becomes a Kubernetes native sidecar (an init container that is stopped when the
    # Job's containers have exited), so Jobs complete without a quitquitquit call, and the tool
    # starts only once the proxy is ready.
    "sidecar.istio.io/nativeSidecar": "true",
    "traffic.sidecar.istio.io/excludeOutboundIPRanges": POD_IDENTITY_AGENT,
}


@dataclass(frozen=True)
class SecretFile:
    """A key of a Kubernetes Secret, mounted as a file whose path goes into ``<env_name>_FILE``."""

    env_name: str | None
    """``None``: mounted only (a CA bundle the tool finds through another variable)."""
    secret: str
    key: str
    optional: bool = False


@dataclass(frozen=True)
class BackupPodProps:
    """Properties of the pod template shared by backup CronJobs and restore Jobs."""

    name: str
    """Workload name: the ``app.kubernetes.io/name`` label that NetworkPolicies select."""
    service_account: str
    image: str
    args: Sequence[str]
    resources: Resources
    env: Mapping[str, str] = field(default_factory=dict)
    secret_files: Sequence[SecretFile] = ()
    tmp_size: str = "64Mi"
    """Size limit of the writable ``/tmp`` (default: 64Mi; restores that stage files ask for more)."""
    service_account_token_audience: str | None = None
    """Mount a short-lived ServiceAccount token for this audience at ``token_path`` (Vault login)."""
    extra_volumes: Sequence[k8s.Volume] = ()
    init_containers: Sequence[k8s.Container] = ()
    sidecars: Sequence[k8s.Container] = ()
    """Regular containers beside the tool (the staging redis-server of a Redis restore)."""
    extra_mounts: Sequence[k8s.VolumeMount] = ()


TOKEN_DIRECTORY = "/var/run/secrets/tokens"  # noqa: S105 - a path
TOKEN_PATH = f"{TOKEN_DIRECTORY}/token"


def scanner_exemptions(*images: str) -> dict[str, str]:
    """checkov skips for images pinned by tag only (dev); staging and prod pin digests."""
    return checkov_skips(digest_skip(images))


def tool_container(props: BackupPodProps, *, name: str, args: Sequence[str]) -> k8s.Container:
    """A container running the backup tool with ``args``, its env, secrets and ``/tmp``."""
    env = [k8s.EnvVar(name=key, value=value) for key, value in sorted(props.env.items())]
    env += [
        k8s.EnvVar(name=f"{secret.env_name}_FILE", value=f"{SECRETS_DIRECTORY}/{secret.secret}/{secret.key}")
        for secret in props.secret_files
        if secret.env_name is not None
    ]
    mounts = [k8s.VolumeMount(name="tmp", mount_path="/tmp")]  # noqa: S108
    mounts += [
        k8s.VolumeMount(name=f"secret-{secret}", mount_path=f"{SECRETS_DIRECTORY}/{secret}", read_only=True)
        for secret in sorted({secret.secret for secret in props.secret_files})
    ]
    if props.service_account_token_audience:
        mounts.append(k8s.VolumeMount(name="token", mount_path=TOKEN_DIRECTORY, read_only=True))
    return k8s.Container(
        name=name,
        image=props.image,
        image_pull_policy="Always",
        args=list(args),
        env=env,
        resources=resource_requirements(props.resources),
        security_context=container_security_context(),
        volume_mounts=[*mounts, *props.extra_mounts],
    )


def pod_template(props: BackupPodProps) -> k8s.PodTemplateSpec:
    """The pod: runs once (``restartPolicy: Never``; the Job's ``backoffLimit`` retries)."""
    volumes = [
        k8s.Volume(
            name="tmp",
            empty_dir=k8s.EmptyDirVolumeSource(size_limit=quantity(props.tmp_size)),
        )
    ]
    for name, optional in sorted({(s.secret, s.optional) for s in props.secret_files}):
        # only the keys the tool reads: a TLS Secret's private key never reaches the pod
        keys = sorted({s.key for s in props.secret_files if s.secret == name})
        volumes.append(
            k8s.Volume(
                name=f"secret-{name}",
                secret=k8s.SecretVolumeSource(
                    secret_name=name,
                    optional=optional,
                    default_mode=0o440,
                    items=[k8s.KeyToPath(key=key, path=key) for key in keys],
                ),
            )
        )
    if props.service_account_token_audience:
        volumes.append(
            k8s.Volume(
                name="token",
                projected=k8s.ProjectedVolumeSource(
                    sources=[
                        k8s.VolumeProjection(
                            service_account_token=k8s.ServiceAccountTokenProjection(
                                audience=props.service_account_token_audience,
                                expiration_seconds=600,
                                path="token",
                            )
                        )
                    ]
                ),
            )
        )
    return k8s.PodTemplateSpec(
        metadata=k8s.ObjectMeta(
            labels=workload_labels(props.name, component="backup"),
            # A running backup or restore is never interrupted by a consolidation.
            annotations={**ISTIO_ANNOTATIONS, **capacity.do_not_disrupt()},
        ),
        spec=k8s.PodSpec(
            priority_class_name=capacity.BATCH_PRIORITY,
            service_account_name=props.service_account,
            automount_service_account_token=False,
            restart_policy="Never",
            security_context=pod_security_context(),
            init_containers=list(props.init_containers) or None,
            containers=[tool_container(props, name=props.name, args=props.args), *props.sidecars],
            volumes=[*volumes, *props.extra_volumes],
        ),
    )
