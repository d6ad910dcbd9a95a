"""A stateless Contexter HTTP service: ServiceAccount, Service and its pods."""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s_plus_27 import k8s
from constructs import Construct

from charts.labels import selector_labels, workload_labels
from charts.topology import Workload
from contexter_deploy.config.model import Resources

RUN_AS_USER = 10001
"""Fixed non-root UID/GID of the service images (see Dockerfiles/)."""


@dataclass(frozen=True)
class StatelessServiceProps:
    """Properties of a ``StatelessService``."""

    workload: Workload
    """Name, namespace and ports, from ``charts.topology``."""
    image: str
    replicas: int
    resources: Resources


class StatelessService(Construct):
    """One stateless HTTP service of Contexter, hardened to the ``restricted`` Pod Security level."""

    def __init__(self, scope: Construct, id: str, *, props: StatelessServiceProps) -> None:
        super().__init__(scope, id)
        workload = props.workload
        metadata = k8s.ObjectMeta(
            name=workload.name,
            namespace=workload.namespace,
            labels=workload_labels(workload.name, component="service"),
        )
        k8s.KubeServiceAccount(
            self, "ServiceAccount", metadata=metadata, automount_service_account_token=False
        )
        k8s.KubeService(
            self,
            "Service",
            metadata=metadata,
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
        k8s.KubeDeployment(
            self,
            "Deployment",
            metadata=metadata,
            spec=k8s.DeploymentSpec(
                replicas=props.replicas,
                selector=k8s.LabelSelector(match_labels=selector_labels(workload.name)),
                template=k8s.PodTemplateSpec(
                    metadata=k8s.ObjectMeta(labels=workload_labels(workload.name, component="service")),
                    spec=_pod_spec(props),
                ),
            ),
        )


def _pod_spec(props: StatelessServiceProps) -> k8s.PodSpec:
    workload = props.workload
    requests, limits = props.resources.requests, props.resources.limits
    return k8s.PodSpec(
        service_account_name=workload.identity.service_account,
        automount_service_account_token=False,
        security_context=k8s.PodSecurityContext(
            run_as_non_root=True,
            run_as_user=RUN_AS_USER,
            run_as_group=RUN_AS_USER,
            fs_group=RUN_AS_USER,
            seccomp_profile=k8s.SeccompProfile(type="RuntimeDefault"),
        ),
        containers=[
            k8s.Container(
                name=workload.name,
                image=props.image,
                ports=[
                    k8s.ContainerPort(name=port.name, container_port=port.number) for port in workload.ports
                ],
                resources=k8s.ResourceRequirements(
                    requests={
                        "cpu": k8s.Quantity.from_string(requests.cpu),
                        "memory": k8s.Quantity.from_string(requests.memory),
                        "ephemeral-storage": k8s.Quantity.from_string(requests.ephemeral_storage),
                    },
                    limits={
                        "cpu": k8s.Quantity.from_string(limits.cpu),
                        "memory": k8s.Quantity.from_string(limits.memory),
                        "ephemeral-storage": k8s.Quantity.from_string(limits.ephemeral_storage),
                    },
                ),
                security_context=k8s.SecurityContext(
                    allow_privilege_escalation=False,
                    read_only_root_filesystem=True,
                    run_as_non_root=True,
                    capabilities=k8s.Capabilities(drop=["ALL"]),
                ),
                volume_mounts=[k8s.VolumeMount(name="tmp", mount_path="/tmp")],  # noqa: S108
            )
        ],
        volumes=[
            k8s.Volume(
                name="tmp", empty_dir=k8s.EmptyDirVolumeSource(size_limit=k8s.Quantity.from_string("64Mi"))
            )
        ],
    )
