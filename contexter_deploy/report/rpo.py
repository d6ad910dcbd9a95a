"""RPO per stateful component: the worst-case data loss, from the backup schedules.

Primary line, per component (Qdrant, Redis, Vault): its backup CronJob(s), found by the
component's name in the CronJob's name, labels, command or arguments (jobs that ``prune``,
``verify`` or ``restore`` make no backup and are ignored). With one missed run, a failure just
before a backup completes loses everything since the start of the backup two runs earlier, and
the run after the missed one may start late and take its whole deadline:

    RPO = 2 x longest interval + startingDeadlineSeconds (0 if unset) + activeDeadlineSeconds

(``contexter_deploy.ground.config.schedule.worst_case_rpo_seconds``, which the synth check
``contexter_deploy.validation.backups`` uses too). A suspended CronJob, or one
without ``activeDeadlineSeconds`` (a run without a bound), fails. Target: < 3600 s.

Secondary lines, which do not fail the report:

- the Velero ``Schedule`` covering the component's namespace: ``2 x interval +
  csiSnapshotTimeout`` (default 10 min);
- each AWS Backup plan rule in the Terraform JSON (EBS volumes): ``2 x interval +
  start_window + completion_window`` (AWS defaults 8 h and 7 days when unset).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from contexter_deploy.facts.inputs import Inputs, parse_duration
from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.facts.parameters import Requirements
from contexter_deploy.ground.config.schedule import (
    aws_cron_to_five_fields,
    max_interval_seconds,
    worst_case_rpo_seconds,
)
from contexter_deploy.report.result import Row, Status, missing

FIGURE = "rpo"
NOT_BACKUPS = frozenset({"prune", "verify", "restore"})
VELERO_CSI_SNAPSHOT_TIMEOUT_SECONDS = 600
AWS_BACKUP_START_WINDOW_MINUTES = 480
AWS_BACKUP_COMPLETION_WINDOW_MINUTES = 10080
_MACROS = {
    "@hourly": "0 * * * *",
    "@daily": "0 0 * * *",
    "@midnight": "0 0 * * *",
    "@weekly": "0 0 * * 0",
    "@monthly": "0 0 1 * *",
    "@yearly": "0 0 1 1 *",
    "@annually": "0 0 1 1 *",
}


def interval_seconds(schedule: str) -> int:
    """Longest gap between runs of a CronJob or Velero schedule (cron, macro or ``@every 1h``)."""
    text = schedule.strip()
    if text.startswith("@every "):
        return int(parse_duration(text.removeprefix("@every ").strip()))
    text = _MACROS.get(text, text)
    fields = text.split()
    if (fields and fields[0].startswith("CRON_TZ=")) or (fields and fields[0].startswith("TZ=")):
        text = " ".join(fields[1:])
    return max_interval_seconds(text)


def _tokens(values: Iterable[object]) -> set[str]:
    return {token for value in values for token in re.split(r"[^a-z0-9]+", str(value).lower()) if token}


def backs_up(cronjob: Manifest, component: str) -> bool:
    """Whether ``cronjob`` makes backups of ``component``."""
    pod = (((cronjob.spec.get("jobTemplate") or {}).get("spec") or {}).get("template") or {}).get(
        "spec"
    ) or {}
    words: list[object] = [cronjob.name, *cronjob.labels.values()]
    for container in pod.get("containers") or []:
        words += [*(container.get("command") or []), *(container.get("args") or [])]
    tokens = _tokens(words)
    return component in tokens and not tokens & NOT_BACKUPS


def cronjob_rpo(cronjob: Manifest) -> tuple[int | None, list[str], str]:
    """(worst-case RPO or None, reasons it cannot count, the arithmetic)."""
    job = (cronjob.spec.get("jobTemplate") or {}).get("spec") or {}
    schedule = str(cronjob.spec.get("schedule", ""))
    reasons = []
    if cronjob.spec.get("suspend"):
        reasons.append(f"{cronjob.ref} is suspended")
    deadline = job.get("activeDeadlineSeconds")
    if deadline is None:
        reasons.append(f"{cronjob.ref} has no activeDeadlineSeconds: a run has no bound")
        return None, reasons, f"{cronjob.ref}: schedule '{schedule}'"
    interval = interval_seconds(schedule)
    late = int(cronjob.spec.get("startingDeadlineSeconds", 0))
    rpo = worst_case_rpo_seconds(
        _five_fields(schedule), starting_deadline_seconds=late, active_deadline_seconds=int(deadline)
    )
    return (
        rpo,
        reasons,
        f"{cronjob.ref}: schedule '{schedule}':"
        f" 2 x {interval} s + startingDeadlineSeconds {late} s"
        f" + activeDeadlineSeconds {deadline} s = {rpo} s",
    )


def _five_fields(schedule: str) -> str:
    text = _MACROS.get(schedule.strip(), schedule.strip())
    fields = text.split()
    return " ".join(fields[1:]) if fields and "=" in fields[0] else text


def _component_namespace(component: str, inputs: Inputs) -> str | None:
    for manifest in inputs.of_kind("StatefulSet", "Deployment", "Rollout"):
        if manifest.name == component:
            return manifest.namespace
    for application in inputs.of_kind("Application"):
        if application.name == component:
            return str((application.spec.get("destination") or {}).get("namespace") or "") or None
    return None


def rpo_rows(inputs: Inputs, requirements: Requirements) -> list[Row]:
    """Primary rows per data component, then the Velero and AWS Backup secondary rows."""
    target = f"< {requirements.rpo_seconds} s"
    cronjobs = inputs.of_kind("CronJob")
    rows = []
    for component in requirements.data_components:
        jobs = [cronjob for cronjob in cronjobs if backs_up(cronjob, component)]
        if not jobs:
            rows.append(
                missing(FIGURE, component, target, f"CronJob backing up {component}", inputs.dist_label)
            )
            continue
        results = [(cronjob, *cronjob_rpo(cronjob)) for cronjob in jobs]
        usable = [(rpo, cronjob) for cronjob, rpo, reasons, _ in results if rpo is not None and not reasons]
        details = [line for _, _, _, line in results]
        reasons = [reason for _, _, found, _ in results for reason in found]
        best = min(usable, key=lambda item: item[0]) if usable else None
        if best is None:
            status, value, seconds = Status.FAIL, "no usable backup", None
        else:
            rpo = best[0]
            status = Status.PASS if rpo < requirements.rpo_seconds else Status.FAIL
            if status is Status.FAIL:
                reasons.append(f"{rpo} s >= {requirements.rpo_seconds} s with one missed run")
            value, seconds = f"{rpo} s", float(rpo)
        rows.append(
            Row(
                FIGURE,
                component,
                value,
                target,
                status,
                tuple(job.ref for job in jobs),
                tuple(reasons + details),
                seconds=seconds,
            )
        )
    rows += _velero_rows(inputs, requirements, target)
    rows += _aws_backup_rows(inputs, requirements, target)
    return rows


def _covers(template: Mapping[str, Any], namespace: str) -> bool:
    included: Sequence[str] = template.get("includedNamespaces") or ["*"]
    excluded: Sequence[str] = template.get("excludedNamespaces") or []
    return ("*" in included or namespace in included) and namespace not in excluded


def _velero_rows(inputs: Inputs, requirements: Requirements, target: str) -> list[Row]:
    schedules = inputs.of_kind("Schedule")
    if not schedules:
        row = missing(FIGURE, "cluster (Velero)", target, "Velero Schedule", inputs.dist_label)
        return [Row(**{**row.__dict__, "gating": False})]
    rows = []
    for component in requirements.data_components:
        namespace = _component_namespace(component, inputs)
        covering = [s for s in schedules if namespace and _covers(s.spec.get("template") or {}, namespace)]
        subject = f"{component} (Velero)"
        if not covering:
            where = (
                f"namespace {namespace}" if namespace else "its namespace (no workload or Application found)"
            )
            rows.append(
                Row(
                    FIGURE,
                    subject,
                    "not covered",
                    target,
                    Status.FAIL,
                    tuple(s.ref for s in schedules),
                    (f"no Velero Schedule includes {where}",),
                    gating=False,
                )
            )
            continue
        best: tuple[int, Manifest, str] | None = None
        for schedule in covering:
            interval = interval_seconds(str(schedule.spec["schedule"]))
            timeout = (schedule.spec.get("template") or {}).get("csiSnapshotTimeout")
            bound = int(parse_duration(timeout)) if timeout else VELERO_CSI_SNAPSHOT_TIMEOUT_SECONDS
            rpo = 2 * interval + bound
            if schedule.spec.get("paused"):
                continue
            line = (
                f"{schedule.ref}: '{schedule.spec['schedule']}':"
                f" 2 x {interval} s + csiSnapshotTimeout {bound} s = {rpo} s"
            )
            if best is None or rpo < best[0]:
                best = (rpo, schedule, line)
        if best is None:
            rows.append(
                Row(
                    FIGURE,
                    subject,
                    "paused",
                    target,
                    Status.FAIL,
                    tuple(s.ref for s in covering),
                    ("every covering Velero Schedule is paused",),
                    gating=False,
                )
            )
            continue
        rpo, schedule, line = best
        status = Status.PASS if rpo < requirements.rpo_seconds else Status.FAIL
        rows.append(
            Row(
                FIGURE,
                subject,
                f"{rpo} s",
                target,
                status,
                (schedule.ref,),
                ("secondary: cluster resources and volume snapshots", line),
                gating=False,
                seconds=float(rpo),
            )
        )
    return rows


def _aws_backup_rows(inputs: Inputs, requirements: Requirements, target: str) -> list[Row]:
    plans = inputs.resources("aws_backup_plan")
    if not plans:
        where = inputs.terraform_label
        row = missing(FIGURE, "EBS volumes (AWS Backup)", target, "aws_backup_plan", where)
        return [Row(**{**row.__dict__, "gating": False})]
    rows = []
    for plan in plans:
        rules = plan.body.get("rule") or []
        for rule in rules if isinstance(rules, list) else [rules]:
            schedule = str(rule.get("schedule", ""))
            interval = max_interval_seconds(aws_cron_to_five_fields(schedule))
            start = int(rule.get("start_window", AWS_BACKUP_START_WINDOW_MINUTES)) * 60
            completion = int(rule.get("completion_window", AWS_BACKUP_COMPLETION_WINDOW_MINUTES)) * 60
            rpo = 2 * interval + start + completion
            status = Status.PASS if rpo < requirements.rpo_seconds else Status.FAIL
            rows.append(
                Row(
                    FIGURE,
                    f"EBS volumes (AWS Backup {rule.get('rule_name', plan.name)})",
                    f"{rpo} s",
                    target,
                    status,
                    (plan.address,),
                    (
                        "secondary: EBS snapshots of the data volumes, copied to the DR region",
                        f"'{schedule}': 2 x {interval} s + start_window {start} s"
                        f" + completion_window {completion} s = {rpo} s",
                        f"nominal (no missed run, no delay): {interval} s",
                    ),
                    gating=False,
                    seconds=float(rpo),
                )
            )
    return rows
