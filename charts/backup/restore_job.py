"""A restore Job template: applied by an operator, never synced by Argo CD."""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s_plus_27 import k8s
from constructs import Construct

from charts.backup.backup_pod import BackupPodProps, pod_template, scanner_exemptions
from contexter_deploy.ground.contracts import MANUAL_DELIVERY_ANNOTATION
from contexter_deploy.ground.labels import workload_labels


@dataclass(frozen=True)
class RestoreJobProps:
    """Properties of a ``RestoreJob``."""

    name: str
    namespace: str
    pod: BackupPodProps
    active_deadline_seconds: int = 3600
    """Upper bound of the restore (default: 1 hour)."""
    backoff_limit: int = 1
    """One retry: every restore step is idempotent (default: 1)."""
    ttl_seconds_after_finished: int = 86400
    """The finished Job (and its logs) is kept for a day, then removed so it can be applied again."""
    how_to: str = ""
    """The operator's instructions, kept on the Job as ``contexter.io/how-to``."""


class RestoreJob(Construct):
    """A ``Job`` annotated ``contexter.io/delivery: manual``: synth writes it under ``dist/<env>/jobs/``."""

    def __init__(self, scope: Construct, id: str, *, props: RestoreJobProps) -> None:
        super().__init__(scope, id)
        images = [props.pod.image, *(container.image for container in props.pod.sidecars if container.image)]
        annotations = {MANUAL_DELIVERY_ANNOTATION: "manual", **scanner_exemptions(*images)}
        if props.how_to:
            annotations["contexter.io/how-to"] = props.how_to
        self.resource = k8s.KubeJob(
            self,
            "Resource",
            metadata=k8s.ObjectMeta(
                name=props.name,
                namespace=props.namespace,
                labels=workload_labels(props.pod.name, component="backup"),
                annotations=annotations,
            ),
            spec=k8s.JobSpec(
                active_deadline_seconds=props.active_deadline_seconds,
                backoff_limit=props.backoff_limit,
                ttl_seconds_after_finished=props.ttl_seconds_after_finished,
                template=pod_template(props.pod),
            ),
        )
