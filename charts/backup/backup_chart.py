"""The chart of backups: CronJobs for Qdrant, Redis and Vault, prune and verify, Velero, restores, alerts.

Environments differ only in the values read from ``environment.backup`` and ``environment.workloads``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from cdk8s import Chart
from cdk8s_plus_27 import k8s
from constructs import Construct

from charts.backup.backup_alerts import CronJobAlert, cronjob_alerts
from charts.backup.backup_cron_job import BackupCronJob, BackupCronJobProps
from charts.backup.backup_pod import (
    SECRETS_DIRECTORY,
    TOKEN_PATH,
    BackupPodProps,
    SecretFile,
    tool_container,
)
from charts.backup.restore_job import RestoreJob, RestoreJobProps
from charts.backup.velero_schedule import VeleroSchedule, VeleroScheduleProps
from charts.observability.alert_rules import AlertRules, AlertRulesProps
from charts.observability.alerts import Severity
from charts.observability.metrics import PUSHGATEWAY_URL
from charts.pod_spec import container_security_context, resource_requirements
from charts.quantities import quantity
from charts.secret_catalog import QDRANT_SERVER, REDIS_SERVER
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.config.schedule import worst_case_rpo_seconds
from contexter_deploy.ground.labels import workload_labels
from contexter_deploy.ground.naming import VAULT_ADDRESS, VAULT_CA_SECRET, names_for
from contexter_deploy.ground.topology import (
    AWS_S3,
    BACKUP,
    CONTEXTER_NAMESPACES,
    DATA_NAMESPACE,
    QDRANT,
    REDIS,
)

VAULT_NAMESPACE = "vault"
VAULT_BACKUP = "vault-backup"
"""Name and ServiceAccount of the Vault backup pods (namespace ``vault``)."""
VAULT_AUDIENCE = "vault"
"""Audience of the ServiceAccount token the vault-backup pods log in to Vault with."""
VAULT_RESTORE_TOKEN_SECRET = "vault-restore-token"  # noqa: S105 - a Secret's name, created by hand
REDIS_SENTINEL_MASTER = "contexter"
"""Name Sentinel monitors the Redis primary under (``sentinel monitor contexter ...``)."""
STAGING_REDIS_PORT = 6380


@dataclass(frozen=True)
class ScheduledJob:
    """One backup CronJob: its name and namespace, when it runs, and what it runs."""

    name: str
    namespace: str
    schedule: str
    args: tuple[str, ...]
    active_deadline_seconds: int
    component: str | None
    """The stateful component it backs up (its RPO is checked and alerted); ``None`` for prune/verify."""


def scheduled_jobs(environment: Environment) -> tuple[ScheduledJob, ...]:
    """Every backup CronJob of ``environment``: one per stateful component, plus prune and verify.

    The ResourceQuota of each namespace (``charts/access/capacity.py``) admits all of them at once.
    """
    backup = environment.backup
    deadline = backup.active_deadline_seconds
    # prune and verify walk the whole bucket: they get three run lengths
    return (
        ScheduledJob(
            "qdrant-backup",
            DATA_NAMESPACE,
            backup.qdrant_schedule,
            ("qdrant", "snapshot"),
            deadline,
            "qdrant",
        ),
        ScheduledJob(
            "redis-backup", DATA_NAMESPACE, backup.redis_schedule, ("redis", "dump"), deadline, "redis"
        ),
        ScheduledJob(
            "vault-backup", VAULT_NAMESPACE, backup.vault_schedule, ("vault", "snapshot"), deadline, "vault"
        ),
        ScheduledJob("backup-prune", DATA_NAMESPACE, backup.prune_schedule, ("prune",), 3 * deadline, None),
        ScheduledJob(
            "backup-verify",
            DATA_NAMESPACE,
            backup.verify_schedule,
            ("verify", "--newest-only"),
            3 * deadline,
            None,
        ),
    )


def _data_host(service: str) -> str:
    return f"{service}.{DATA_NAMESPACE}.svc.cluster.local"


class BackupChart(Chart):
    """Everything that backs up and restores the stateful services of one environment."""

    def __init__(self, scope: Construct, id: str, *, environment: Environment) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        backup = environment.backup
        names = names_for(environment)
        # Every endpoint the tool calls comes from contexter_deploy.ground.topology, the declaration the
        # NetworkPolicies,
        # the Sidecar and the ServiceEntries derive from: the regional S3 host of AWS_S3 (the SDK
        # adds the bucket as a virtual host, AWS_S3's alias) and the Pushgateway peer's Service.
        [s3_host, *_] = AWS_S3.hosts(region=environment.aws.region, bucket=names.backup_bucket)
        common = {
            "BACKUP_BUCKET": names.backup_bucket,
            "BACKUP_ENVIRONMENT": environment.name,
            "AWS_REGION": environment.aws.region,
            "AWS_ENDPOINT_URL_S3": f"https://{s3_host}",
            "BACKUP_PUSHGATEWAY_URL": PUSHGATEWAY_URL,
        }
        redis = environment.workloads.redis
        qdrant_env = {
            **common,
            "QDRANT_URL": f"http://{_data_host(QDRANT.services[0])}:{QDRANT.port('http').number}",
        }
        redis_env = {**common, "REDIS_MASTER_NAME": REDIS_SENTINEL_MASTER}
        if redis.sentinel:
            redis_env["REDIS_SENTINELS"] = f"{_data_host(REDIS.services[0])}:{REDIS.port('sentinel').number}"
        else:
            redis_env["REDIS_ADDRESS"] = f"{_data_host(REDIS.services[0])}:{REDIS.port('redis').number}"
            if redis.replicas == 1:
                redis_env["REDIS_ALLOW_PRIMARY"] = "true"  # a single pod has no replica to dump from
        _, vault_ca_secret, vault_ca_key = VAULT_CA_SECRET
        vault_env = {
            **common,
            "VAULT_ADDR": VAULT_ADDRESS,
            "VAULT_CACERT": f"{SECRETS_DIRECTORY}/{vault_ca_secret}/{vault_ca_key}",
            "VAULT_ROLE": backup.vault_role,
            "VAULT_JWT_PATH": TOKEN_PATH,
        }
        qdrant_key = SecretFile("QDRANT_API_KEY", QDRANT_SERVER.name, "api-key")
        redis_password = SecretFile("REDIS_PASSWORD", REDIS_SERVER.name, "password")
        vault_ca = SecretFile(None, vault_ca_secret, vault_ca_key)
        account = BACKUP.identity.service_account

        def pod(
            name: str, sa: str, args: list[str], env: dict[str, str], secrets: list[SecretFile]
        ) -> BackupPodProps:
            return BackupPodProps(
                name=name,
                service_account=sa,
                image=backup.image,
                args=args,
                resources=backup.resources,
                env=env,
                secret_files=secrets,
                service_account_token_audience=VAULT_AUDIENCE if sa == VAULT_BACKUP else None,
            )

        rpo = backup.rpo_seconds
        enforce_rpo = rpo if environment.production_like else None
        retention = {
            "BACKUP_KEEP_HOURLY": str(backup.retention.hourly),
            "BACKUP_KEEP_DAILY": str(backup.retention.daily),
            "BACKUP_KEEP_WEEKLY": str(backup.retention.weekly),
            "BACKUP_ORPHAN_GRACE_SECONDS": str(
                2 * (backup.active_deadline_seconds + backup.starting_deadline_seconds)
            ),
        }
        pods = {
            "qdrant-backup": (BACKUP.name, account, qdrant_env, [qdrant_key]),
            "redis-backup": (BACKUP.name, account, redis_env, [redis_password]),
            "vault-backup": (VAULT_BACKUP, VAULT_BACKUP, vault_env, [vault_ca]),
            "backup-prune": (BACKUP.name, account, {**common, **retention}, []),
            "backup-verify": (
                BACKUP.name,
                account,
                {**common, "BACKUP_RPO_SECONDS": str(backup.rpo_seconds)},
                [],
            ),
        }
        maintenance_alerts: dict[str, tuple[str, str, Severity]] = {
            "backup-prune": (
                "BackupPruneFailing",
                "Backup retention is not applied: the bucket keeps growing",
                "warning",
            ),
            # a ticket: the backups exist and the *BackupOverdue alerts page on the RPO itself
            "backup-verify": (
                "BackupVerificationFailed",
                "The newest backups fail their checksum or RPO check",
                "warning",
            ),
        }
        alerts: list[CronJobAlert] = []
        for job in scheduled_jobs(environment):
            workload, sa, env, secrets = pods[job.name]
            deadline = job.active_deadline_seconds
            BackupCronJob(
                self,
                job.name,
                props=BackupCronJobProps(
                    name=job.name,
                    namespace=job.namespace,
                    schedule=job.schedule,
                    pod=pod(workload, sa, list(job.args), env, secrets),
                    active_deadline_seconds=deadline,
                    starting_deadline_seconds=backup.starting_deadline_seconds,
                    backoff_limit=backup.backoff_limit,
                    component=job.component,
                    rpo_seconds=enforce_rpo if job.component else None,
                ),
            )
            if job.component is None:
                alert, summary, severity = maintenance_alerts[job.name]
                alerts.append(
                    CronJobAlert(
                        alert=alert,
                        cronjob=job.name,
                        namespace=job.namespace,
                        summary=summary,
                        severity=severity,
                        active_deadline_seconds=deadline,
                        starting_deadline_seconds=backup.starting_deadline_seconds,
                    )
                )
                continue
            alerts.append(
                CronJobAlert(
                    alert=f"{job.component.capitalize()}BackupOverdue",
                    cronjob=job.name,
                    namespace=job.namespace,
                    summary=f"No recent {job.component} backup: the newest is older than the schedule"
                    " promises",
                    severity="critical",
                    active_deadline_seconds=deadline,
                    starting_deadline_seconds=backup.starting_deadline_seconds,
                    component=job.component,
                    # the schedule's worst case without the late start: a late start alerts
                    max_age_seconds=worst_case_rpo_seconds(job.schedule, active_deadline_seconds=deadline),
                )
            )
        AlertRules(
            self,
            "alerts",
            props=AlertRulesProps(
                name="contexter-backup",
                namespace=DATA_NAMESPACE,
                alerts=cronjob_alerts(alerts),
                gitops=environment.gitops,
                recording_windows=(),
            ),
        )

        for namespace, sa in ((DATA_NAMESPACE, account), (VAULT_NAMESPACE, VAULT_BACKUP)):
            k8s.KubeServiceAccount(
                self,
                f"{namespace}-{sa}",
                metadata=k8s.ObjectMeta(
                    name=sa, namespace=namespace, labels=workload_labels(sa, component="backup")
                ),
                automount_service_account_token=False,
            )

        VeleroSchedule(
            self,
            "velero",
            props=VeleroScheduleProps(
                name="contexter",
                schedule=backup.velero_schedule,
                ttl_hours=backup.velero_ttl_hours,
                # Vault's namespace too: its raft volumes are data under the same RPO.
                namespaces=(*CONTEXTER_NAMESPACES, VAULT_NAMESPACE),
            ),
        )
        self._restore_jobs(
            environment, qdrant_env, redis_env, vault_env, qdrant_key, redis_password, vault_ca
        )

    def _restore_jobs(
        self,
        environment: Environment,
        qdrant_env: dict[str, str],
        redis_env: dict[str, str],
        vault_env: dict[str, str],
        qdrant_key: SecretFile,
        redis_password: SecretFile,
        vault_ca: SecretFile,
    ) -> None:
        backup = environment.backup
        account = BACKUP.identity.service_account
        apply = (
            "kubectl -n {ns} delete job {name} --ignore-not-found"
            " && kubectl apply -f dist/{env}/jobs/{ns}/{name}.job.yaml"
        )
        RestoreJob(
            self,
            "qdrant-restore",
            props=RestoreJobProps(
                name="qdrant-restore",
                namespace=DATA_NAMESPACE,
                how_to=apply.format(ns=DATA_NAMESPACE, name="qdrant-restore", env=environment.name),
                pod=BackupPodProps(
                    name=BACKUP.name,
                    service_account=account,
                    image=backup.image,
                    args=["qdrant", "restore"],
                    resources=backup.resources,
                    env=qdrant_env,
                    secret_files=[qdrant_key],
                ),
            ),
        )
        staging = k8s.Volume(
            name="restore",
            empty_dir=k8s.EmptyDirVolumeSource(size_limit=quantity(environment.workloads.redis.volume_size)),
        )
        mount = k8s.VolumeMount(name="restore", mount_path="/restore")
        redis_pod = BackupPodProps(
            name=BACKUP.name,
            service_account=account,
            image=backup.image,
            args=["redis", "restore", "--source", f"127.0.0.1:{STAGING_REDIS_PORT}", "--shutdown-source"],
            resources=backup.resources,
            env=redis_env,
            secret_files=[redis_password],
            extra_volumes=[staging],
            extra_mounts=[mount],
        )
        fetch_args = ["redis", "fetch", "--output", "/restore/dump.rdb"]
        password_file = f"{SECRETS_DIRECTORY}/{redis_password.secret}/{redis_password.key}"
        # A throw-away server of the cluster's own Redis image loads the fetched RDB on localhost
        # (same version, so DUMP payloads restore into the primary); the restore container shuts it
        # down when done. It takes the cluster's password so the tool uses one set of credentials.
        staging_server = k8s.Container(
            name="staging-redis",
            image=environment.workloads.redis.image,
            command=["sh", "-c"],
            args=[
                f"exec redis-server --port {STAGING_REDIS_PORT} --bind 127.0.0.1 --dir /restore"
                f' --dbfilename dump.rdb --appendonly no --save "" --requirepass "$(cat {password_file})"'
            ],
            resources=resource_requirements(environment.workloads.redis.resources),
            image_pull_policy="Always",
            security_context=container_security_context(),
            volume_mounts=[
                mount,
                k8s.VolumeMount(
                    name=f"secret-{redis_password.secret}",
                    mount_path=f"{SECRETS_DIRECTORY}/{redis_password.secret}",
                    read_only=True,
                ),
            ],
        )
        RestoreJob(
            self,
            "redis-restore",
            props=RestoreJobProps(
                name="redis-restore",
                namespace=DATA_NAMESPACE,
                how_to=apply.format(ns=DATA_NAMESPACE, name="redis-restore", env=environment.name),
                pod=replace(
                    redis_pod,
                    init_containers=[tool_container(redis_pod, name="fetch", args=fetch_args)],
                    sidecars=[staging_server],
                ),
            ),
        )
        RestoreJob(
            self,
            "vault-restore",
            props=RestoreJobProps(
                name="vault-restore",
                namespace=VAULT_NAMESPACE,
                how_to="kubectl -n vault create secret generic vault-restore-token"
                " --from-literal=token=<token>; "
                + apply.format(ns=VAULT_NAMESPACE, name="vault-restore", env=environment.name),
                pod=BackupPodProps(
                    name=VAULT_BACKUP,
                    service_account=VAULT_BACKUP,
                    image=backup.image,
                    args=["vault", "restore"],
                    resources=backup.resources,
                    env={**vault_env, "BACKUP_WORKDIR": "/tmp"},  # noqa: S108
                    secret_files=[vault_ca, SecretFile("VAULT_TOKEN", VAULT_RESTORE_TOKEN_SECRET, "token")],
                    tmp_size="1Gi",
                ),
            ),
        )
