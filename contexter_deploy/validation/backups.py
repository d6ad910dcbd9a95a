"""Checks on the backup CronJobs: the RPO holds with one run missed, and every CronJob has its alert."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.ground.config.schedule import worst_case_rpo_seconds
from contexter_deploy.ground.contracts import BACKUP_COMPONENT_LABEL, RPO_ANNOTATION
from contexter_deploy.validation.findings import Finding


def backup_cron_jobs(manifests: Sequence[Manifest]) -> list[Manifest]:
    """The CronJobs that back up a stateful component (labelled ``contexter.io/backup-component``)."""
    return [m for m in manifests if m.kind == "CronJob" and BACKUP_COMPONENT_LABEL in m.labels]


def worst_case_gap_seconds(cron_job: Manifest) -> int:
    """Data-loss window of a CronJob with one run missed, from the synthesized fields alone.

    The last good backup started just before a failure; the next run is missed; the one after may
    start ``startingDeadlineSeconds`` late and take ``activeDeadlineSeconds``.
    """
    spec = cron_job.spec
    return worst_case_rpo_seconds(
        spec["schedule"],
        starting_deadline_seconds=int(spec.get("startingDeadlineSeconds", 0)),
        active_deadline_seconds=int(spec["jobTemplate"]["spec"]["activeDeadlineSeconds"]),
    )


def check_backup_rpo(manifests: Sequence[Manifest]) -> Iterator[Finding]:
    """Every backup CronJob with an RPO annotation meets it when one run is missed."""
    for cron_job in backup_cron_jobs(manifests):
        if RPO_ANNOTATION not in cron_job.annotations:
            continue
        rpo = int(cron_job.annotations[RPO_ANNOTATION])
        if "activeDeadlineSeconds" not in cron_job.spec["jobTemplate"]["spec"]:
            yield Finding(cron_job.ref, "backup", "has no activeDeadlineSeconds: a hung run would never end")
            continue
        gap = worst_case_gap_seconds(cron_job)
        if gap >= rpo:
            yield Finding(
                cron_job.ref,
                "backup",
                f"schedule {cron_job.spec['schedule']!r}: with one missed run the worst-case gap is {gap}s"
                " (2 x interval + startingDeadlineSeconds + activeDeadlineSeconds),"
                f" not below the RPO of {rpo}s",
            )


def check_backup_alerts(manifests: Sequence[Manifest]) -> Iterator[Finding]:
    """Every backup CronJob has an alert rule labelled with its name and namespace, with a runbook."""
    alerted: set[tuple[str, str]] = set()
    for rule_file in (m for m in manifests if m.kind == "PrometheusRule"):
        for group in rule_file.spec.get("groups", ()):
            for rule in group.get("rules", ()):
                labels = rule.get("labels") or {}
                if (
                    "alert" in rule
                    and "cronjob" in labels
                    and "runbook_url" in (rule.get("annotations") or {})
                ):
                    alerted.add((str(labels.get("namespace")), str(labels["cronjob"])))
    for cron_job in (
        m
        for m in manifests
        if m.kind == "CronJob" and m.labels.get("app.kubernetes.io/component") == "backup"
    ):
        if (str(cron_job.namespace), cron_job.name) not in alerted:
            yield Finding(
                cron_job.ref, "backup", "has no alert with a runbook_url (labels cronjob and namespace)"
            )


def check_backup_concurrency(manifests: Sequence[Manifest]) -> Iterator[Finding]:
    """Backup CronJobs never overlap: two dumps at once would double the load and race on prune."""
    for cron_job in backup_cron_jobs(manifests):
        if cron_job.spec.get("concurrencyPolicy") != "Forbid":
            yield Finding(cron_job.ref, "backup", "concurrencyPolicy must be Forbid")
