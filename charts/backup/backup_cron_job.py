"""One backup CronJob: the backup tool on a schedule, at most one run at a time."""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s_plus_27 import k8s
from constructs import Construct

from charts.backup.backup_pod import BackupPodProps, pod_template, scanner_exemptions
from contexter_deploy.ground.contracts import BACKUP_COMPONENT_LABEL as COMPONENT_LABEL
from contexter_deploy.ground.contracts import RPO_ANNOTATION
from contexter_deploy.ground.labels import workload_labels


@dataclass(frozen=True)
class BackupCronJobProps:
    """Properties of a ``BackupCronJob``."""

    name: str
    namespace: str
    schedule: str
    pod: BackupPodProps
    active_deadline_seconds: int
    """Upper bound of one run; a run still going then is killed and counts as failed."""
    starting_deadline_seconds: int
    """A run that cannot start this long after its scheduled time is skipped."""
    backoff_limit: int
    component: str | None = None
    """The stateful component this CronJob backs up (``None`` for prune and verify)."""
    rpo_seconds: int | None = None
    """Set to have the synth check ``2 x interval + starting + active deadline < rpo_seconds``."""
    successful_jobs_history_limit: int = 3
    failed_jobs_history_limit: int = 3
    """Failed Jobs kept for their logs (default: 3)."""


class BackupCronJob(Construct):
    """A ``CronJob`` with ``concurrencyPolicy: Forbid``: a slow run delays the next, never overlaps it."""

    def __init__(self, scope: Construct, id: str, *, props: BackupCronJobProps) -> None:
        super().__init__(scope, id)
        if props.active_deadline_seconds <= 0 or props.starting_deadline_seconds <= 0:
            raise ValueError(
                f"{props.name}: active_deadline_seconds ({props.active_deadline_seconds}) and"
                f" starting_deadline_seconds ({props.starting_deadline_seconds}) must be positive"
            )
        labels = workload_labels(props.pod.name, component="backup")
        annotations: dict[str, str] = scanner_exemptions(props.pod.image)
        if props.component is not None:
            labels[COMPONENT_LABEL] = props.component
        if props.rpo_seconds is not None:
            annotations[RPO_ANNOTATION] = str(props.rpo_seconds)
        self.name = props.name
        self.namespace = props.namespace
        self.resource = k8s.KubeCronJob(
            self,
            "Resource",
            metadata=k8s.ObjectMeta(
                name=props.name, namespace=props.namespace, labels=labels, annotations=annotations or None
            ),
            spec=k8s.CronJobSpec(
                schedule=props.schedule,
                time_zone="Etc/UTC",
                concurrency_policy="Forbid",
                starting_deadline_seconds=props.starting_deadline_seconds,
                successful_jobs_history_limit=props.successful_jobs_history_limit,
                failed_jobs_history_limit=props.failed_jobs_history_limit,
                job_template=k8s.JobTemplateSpec(
                    metadata=k8s.ObjectMeta(labels=labels),
                    spec=k8s.JobSpec(
                        active_deadline_seconds=props.active_deadline_seconds,
                        backoff_limit=props.backoff_limit,
                        template=pod_template(props.pod),
                    ),
                ),
            ),
        )
