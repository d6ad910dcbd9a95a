"""charts/backup/: the backup CronJobs, restore Jobs, Velero Schedule and alerts, as synthesized."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from contexter_deploy.cli import main
from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.labels import selector_labels
from contexter_deploy.ground.naming import VAULT_NAMESPACE
from contexter_deploy.ground.topology import BACKUP, CONTEXTER_NAMESPACES
from contexter_deploy.validation.backups import (
    backup_cron_jobs,
    check_backup_alerts,
    check_backup_concurrency,
    check_backup_rpo,
    worst_case_gap_seconds,
)
from tests.conftest import REPO_ROOT
from tests.helpers import environments_with, mask_promoted_images

STATEFUL = ("qdrant", "redis", "vault")


def _backup_documents(manifests: tuple[Manifest, ...]) -> list[dict[str, Any]]:
    return [
        dict(m.document)
        for m in manifests
        if m.labels.get("app.kubernetes.io/component") == "backup"
        or m.kind in ("Schedule", "PrometheusRule", "Job")
    ]


def test_backup_chart_snapshot(
    manifests: dict[str, tuple[Manifest, ...]],
    environments: dict[str, Environment],
    snapshot: SnapshotAssertion,
) -> None:
    assert mask_promoted_images(_backup_documents(manifests["prod"]), environments["prod"]) == snapshot


@pytest.mark.parametrize("env", ["staging", "prod"])
def test_every_stateful_component_meets_the_rpo_with_one_missed_run(
    manifests: dict[str, tuple[Manifest, ...]], env: str
) -> None:
    jobs = {m.labels["contexter.io/backup-component"]: m for m in backup_cron_jobs(manifests[env])}
    assert sorted(jobs) == sorted(STATEFUL)
    for component in STATEFUL:
        assert worst_case_gap_seconds(jobs[component]) < 3600, component
        assert jobs[component].annotations["contexter.io/rpo-seconds"] == "3600"


def test_prod_gap_is_the_documented_55_minutes(manifests: dict[str, tuple[Manifest, ...]]) -> None:
    gaps = {worst_case_gap_seconds(job) for job in backup_cron_jobs(manifests["prod"])}
    assert gaps == {2 * 1200 + 300 + 600}


@pytest.mark.parametrize("env", ["dev", "staging", "prod"])
def test_every_backup_cron_job_has_its_alert_and_runbook(
    manifests: dict[str, tuple[Manifest, ...]], env: str
) -> None:
    assert list(check_backup_alerts(manifests[env])) == []
    [rules] = [m for m in manifests[env] if m.kind == "PrometheusRule" and m.name == "contexter-backup"]
    alerts = [rule for group in rules.spec["groups"] for rule in group["rules"]]
    cron_jobs = [m for m in manifests[env] if m.kind == "CronJob"]
    assert {(r["labels"]["namespace"], r["labels"]["cronjob"]) for r in alerts} == {
        (m.namespace, m.name) for m in cron_jobs
    }
    for rule in alerts:
        assert rule["labels"]["severity"] in ("critical", "warning")
        assert rule["annotations"]["summary"]
        runbook = rule["annotations"]["runbook_url"].rsplit("/docs/", 1)[1]
        assert (REPO_ROOT / "docs" / runbook).is_file(), runbook
    expressions = {rule["alert"]: rule["expr"] for rule in alerts}
    assert (
        'contexter_backup_last_success_timestamp_seconds{component="redis"}'
        in expressions["RedisBackupOverdue"]
    )
    # never pushed: the age counts from the CronJob's creation (promtool proves the behaviour:
    # tests/charts/observability/test_promtool_rules.py)
    assert (
        'kube_cronjob_created{namespace="vault", cronjob="vault-backup"}' in expressions["VaultBackupOverdue"]
    )
    assert "kube_cronjob_status_last_successful_time" in expressions["BackupPruneFailing"]


def test_backup_pods_run_as_the_backup_identity_of_the_topology(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    for job in (m for m in manifests["prod"] if m.kind == "CronJob" and m.namespace == BACKUP.namespace):
        pod = job.spec["jobTemplate"]["spec"]["template"]
        assert selector_labels(BACKUP.name).items() <= pod["metadata"]["labels"].items(), job.ref
        assert pod["spec"]["serviceAccountName"] == BACKUP.identity.service_account
        assert pod["metadata"]["annotations"]["sidecar.istio.io/nativeSidecar"] == "true", (
            "Jobs must complete"
        )
        assert job.spec["concurrencyPolicy"] == "Forbid"
        container = pod["spec"]["containers"][0]
        assert container["securityContext"]["readOnlyRootFilesystem"] is True
        assert not [
            e
            for e in container["env"]
            if "PASSWORD" in e["name"] and "value" in e and "FILE" not in e["name"]
        ]


def test_restore_jobs_stay_out_of_the_argo_cd_sync_path(manifests: dict[str, tuple[Manifest, ...]]) -> None:
    jobs = {m.name: m for m in manifests["prod"] if m.kind == "Job"}
    assert sorted(jobs) == ["qdrant-restore", "redis-restore", "vault-restore"]
    for job in jobs.values():
        assert job.manual and job.path.startswith("jobs/"), job.ref
        assert "kubectl apply -f dist/prod/jobs/" in job.annotations["contexter.io/how-to"]
    redis = jobs["redis-restore"].spec["template"]["spec"]
    assert [c["name"] for c in redis["initContainers"]] == ["fetch"]
    assert [c["name"] for c in redis["containers"]] == ["backup", "staging-redis"]
    assert "--shutdown-source" in redis["containers"][0]["args"], (
        "the staging server must exit for the Job to end"
    )


def test_velero_backs_up_the_data_namespaces_with_volumes_hourly_in_prod(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    # the Contexter namespaces and Vault's: its raft volumes hold data under the same RPO
    [schedule] = [m for m in manifests["prod"] if m.kind == "Schedule"]
    assert schedule.spec["schedule"] == "0 * * * *"
    assert schedule.spec["template"]["includedNamespaces"] == [*CONTEXTER_NAMESPACES, VAULT_NAMESPACE]
    assert schedule.spec["template"]["snapshotVolumes"] is True
    assert schedule.spec["template"]["ttl"] == "168h0m0s"


def _with_schedule(manifests: tuple[Manifest, ...], component: str, schedule: str) -> list[Manifest]:
    changed = []
    for manifest in manifests:
        if manifest.kind == "CronJob" and manifest.labels.get("contexter.io/backup-component") == component:
            document = copy.deepcopy(dict(manifest.document))
            document["spec"]["schedule"] = schedule
            manifest = Manifest(document)
        changed.append(manifest)
    return changed


def test_fails_when_a_two_hour_schedule_is_configured(manifests: dict[str, tuple[Manifest, ...]]) -> None:
    findings = list(check_backup_rpo(_with_schedule(manifests["prod"], "qdrant", "0 */2 * * *")))
    assert [f.resource for f in findings] == ["CronJob contexter-data/qdrant-backup"]
    assert "worst-case gap is 15300s" in findings[0].message


def test_fails_when_a_backup_cron_job_has_no_alert(manifests: dict[str, tuple[Manifest, ...]]) -> None:
    without_rules = [m for m in manifests["prod"] if m.kind != "PrometheusRule"]
    findings = list(check_backup_alerts(without_rules))
    assert len(findings) == 5
    assert all("has no alert" in f.message for f in findings)


def test_fails_when_backup_runs_may_overlap(manifests: dict[str, tuple[Manifest, ...]]) -> None:
    changed = []
    for manifest in manifests["prod"]:
        if manifest.kind == "CronJob":
            document = copy.deepcopy(dict(manifest.document))
            document["spec"]["concurrencyPolicy"] = "Allow"
            manifest = Manifest(document)
        changed.append(manifest)
    assert len(list(check_backup_concurrency(changed))) == 3


def test_fails_when_a_late_start_pushes_the_gap_past_the_rpo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 2 x 1200 + 600 = 3000 s passes the config rule; the 1000 s starting deadline does not.
    deadline = "  active_deadline_seconds: 600\n"
    environments = environments_with(
        tmp_path, "prod", deadline, f"{deadline}  starting_deadline_seconds: 1000\n"
    )
    dist = str(tmp_path / "dist")
    status = main(
        [
            "synth",
            "--target",
            "kubernetes",
            "--env",
            "prod",
            "--environments-dir",
            str(environments),
            "--dist",
            dist,
        ]
    )
    assert status != 0
    assert "worst-case gap is 4000s" in capsys.readouterr().err
