"""RPO per stateful component, against arithmetic done by hand."""

from __future__ import annotations

from typing import Any

from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.facts.parameters import requirements_for
from contexter_deploy.report.result import Status
from contexter_deploy.report.rpo import interval_seconds, rpo_rows
from contexter_deploy.validation.backups import worst_case_gap_seconds
from tests.report.builders import inputs_of


def cronjob(
    name: str,
    schedule: str,
    *,
    deadline: int | None = 600,
    args: tuple[str, ...] = (),
    suspend: bool = False,
    late: int | None = None,
) -> dict[str, Any]:
    job: dict[str, Any] = {
        "template": {"spec": {"containers": [{"name": "backup", "image": "b:1", "args": list(args)}]}}
    }
    if deadline is not None:
        job["activeDeadlineSeconds"] = deadline
    return {
        "apiVersion": "batch/v1",
        "kind": "CronJob",
        "metadata": {"name": name, "namespace": "contexter-data"},
        "spec": {
            "schedule": schedule,
            "suspend": suspend,
            "jobTemplate": {"spec": job},
            **({} if late is None else {"startingDeadlineSeconds": late}),
        },
    }


def primary(*documents: dict[str, Any], terraform: dict[str, Any] | None = None) -> dict[str, Any]:
    rows = rpo_rows(inputs_of(*documents, terraform=terraform), requirements_for("prod"))
    return {row.subject: row for row in rows}


def test_interval_of_cron_macro_and_every() -> None:
    assert interval_seconds("*/20 * * * *") == 1200
    assert interval_seconds("@hourly") == 3600
    assert interval_seconds("@every 30m") == 1800


def test_twenty_minute_schedules_meet_one_hour_with_one_missed_run() -> None:
    # 2 x 1200 + 600 = 3000 s < 3600 s; the component is found by name or by the container args
    rows = primary(
        cronjob("qdrant-backup", "*/20 * * * *"),
        cronjob("snapshots", "*/20 * * * *", args=("redis", "dump")),
        cronjob("vault-snapshot", "*/20 * * * *"),
    )
    for component in ("qdrant", "redis", "vault"):
        assert rows[component].status is Status.PASS
        assert rows[component].seconds == 3000


def test_a_late_start_counts_as_the_synth_check_counts_it() -> None:
    # 2 x 1200 + startingDeadlineSeconds 300 + 600 = 3300 s: the synth check's worst case
    job = cronjob("qdrant-backup", "*/20 * * * *", late=300)
    row = primary(job)["qdrant"]
    assert row.seconds == 3300 == worst_case_gap_seconds(Manifest(job))
    assert row.details == (
        "CronJob contexter-data/qdrant-backup: schedule '*/20 * * * *':"
        " 2 x 1200 s + startingDeadlineSeconds 300 s + activeDeadlineSeconds 600 s = 3300 s",
    )


def test_fails_when_a_schedule_runs_every_two_hours() -> None:
    # 2 x 7200 + 600 = 15000 s >= 3600 s
    rows = primary(cronjob("qdrant-backup", "0 */2 * * *"))
    assert rows["qdrant"].status is Status.FAIL
    assert rows["qdrant"].seconds == 15000
    assert "15000 s >= 3600 s with one missed run" in rows["qdrant"].details


def test_fails_when_a_backup_is_missing_suspended_or_unbounded() -> None:
    rows = primary(
        cronjob("redis-backup", "*/20 * * * *", suspend=True),
        cronjob("vault-snapshot", "*/20 * * * *", deadline=None),
        cronjob("qdrant-prune", "*/5 * * * *"),
    )
    assert rows["qdrant"].details == (
        "no CronJob backing up qdrant found in dist/prod",
    )  # prune is no backup
    assert "CronJob contexter-data/redis-backup is suspended" in rows["redis"].details
    assert (
        "CronJob contexter-data/vault-snapshot has no activeDeadlineSeconds: a run has no bound"
        in rows["vault"].details
    )
    assert all(rows[c].status is Status.FAIL for c in ("qdrant", "redis", "vault"))


def test_velero_and_aws_backup_are_secondary_lines() -> None:
    statefulset = {
        "apiVersion": "apps/v1",
        "kind": "StatefulSet",
        "metadata": {"name": "qdrant", "namespace": "contexter-data"},
        "spec": {},
    }
    schedule = {
        "apiVersion": "velero.io/v1",
        "kind": "Schedule",
        "metadata": {"name": "hourly", "namespace": "velero"},
        "spec": {"schedule": "0 * * * *", "template": {"includedNamespaces": ["contexter-data"]}},
    }
    plan = {
        "resource": {
            "aws_backup_plan": {
                "this": {
                    "rule": [
                        {
                            "rule_name": "hourly",
                            "schedule": "cron(0 * * * ? *)",
                            "start_window": 60,
                            "completion_window": 120,
                        }
                    ]
                }
            }
        }
    }
    rows = primary(statefulset, schedule, terraform=plan)
    velero = rows["qdrant (Velero)"]
    # 2 x 3600 + csiSnapshotTimeout 600 (default) = 7800 s
    assert (velero.seconds, velero.gating, velero.status) == (7800, False, Status.FAIL)
    assert rows["redis (Velero)"].value == "not covered"
    backup = rows["EBS volumes (AWS Backup hourly)"]
    # 2 x 3600 + 60 min start window + 120 min completion window = 18000 s
    assert (backup.seconds, backup.gating) == (18000, False)
