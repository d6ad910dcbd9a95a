"""The chart of backups: CronJobs for Qdrant, Redis and Vault, prune and verify, Velero, restores, alerts.

Environments differ only in the values read from ``environment.backup`` and ``environment.workloads``.
"""

from __future__ import annotations

from collections.abc import Mapping
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
from charts.data.endpoints import REDIS_MASTER_SET, qdrant_url, redis_address
from charts.data.redis import container_resources as redis_container_resources
from charts.observability.alert_rules import AlertRules, AlertRulesProps
from charts.observability.alerts import Severity
from charts.observability.metrics import PUSHGATEWAY_URL
from charts.pod_spec import container_security_context, resource_requirements
from charts.quantities import quantity
from charts.secret_catalog import QDRANT_SERVER, REDIS_SERVER
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.config.model import Backup, Resources
from contexter_deploy.ground.config.schedule import worst_case_rpo_seconds
from contexter_deploy.ground.labels import workload_labels
from contexter_deploy.ground.naming import (
    VAULT_ADDRESS,
    VAULT_AUTH_AUDIENCE,
    VAULT_BACKUP_SERVICE_ACCOUNT,
    VAULT_CA_SECRET,
    VAULT_NAMESPACE,
    names_for,
)
from contexter_deploy.ground.topology import (
    AWS_S3,
    BACKUP,
    CONTEXTER_NAMESPACES,
    DATA_NAMESPACE,
    REDIS,
    VAULT_BACKUP_JOB,
    cluster_host,
)

VAULT_RESTORE_TOKEN_SECRET = "vault-restore-token"  # noqa: S105 - a Secret's name, created by hand
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


@dataclass(frozen=True)
class ToolPod:
    """Who the backup tool runs as for one job, and what it is given: its environment and the
    Secret keys it reads."""

    name: str
    """Workload name (``app.kubernetes.io/name``): ``backup``, or ``vault-backup`` in Vault's namespace."""
    service_account: str
    env: Mapping[str, str]
    secret_files: tuple[SecretFile, ...]

    def props(self, backup: Backup, args: list[str]) -> BackupPodProps:
        """The pod that runs the tool with ``args``, at the configured image and resources."""
        return BackupPodProps(
            name=self.name,
            service_account=self.service_account,
            image=backup.image,
            args=args,
            resources=backup.resources,
            env=self.env,
            secret_files=list(self.secret_files),
        )


def _common_env(environment: Environment) -> dict[str, str]:
    """What every run of the tool is given: the bucket, the environment, S3 and the Pushgateway.

    Every endpoint comes from ``contexter_deploy.ground.topology``, the declaration the
    NetworkPolicies, the Sidecar and the ServiceEntries derive from: the regional S3 host of
    ``AWS_S3`` (the SDK adds the bucket as a virtual host, AWS_S3's alias) and the Pushgateway
    peer's Service.
    """
    names = names_for(environment)
    [s3_host, *_] = AWS_S3.hosts(region=environment.aws.region, bucket=names.backup_bucket)
    return {
        "BACKUP_BUCKET": names.backup_bucket,
        "BACKUP_ENVIRONMENT": environment.name,
        "AWS_REGION": environment.aws.region,
        "AWS_ENDPOINT_URL_S3": f"https://{s3_host}",
        "BACKUP_PUSHGATEWAY_URL": PUSHGATEWAY_URL,
    }


def _redis_env(environment: Environment, common: dict[str, str]) -> dict[str, str]:
    """Sentinel discovery with ``sentinel``; otherwise the one Redis Service, which a single pod
    may be dumped from although it is the primary (it has no replica)."""
    redis = environment.workloads.redis
    env = {**common, "REDIS_MASTER_NAME": REDIS_MASTER_SET}
    if redis.sentinel:
        env["REDIS_SENTINELS"] = (
            f"{cluster_host(REDIS.services[0], REDIS.namespace)}:{REDIS.port('sentinel').number}"
        )
    else:
        env["REDIS_ADDRESS"] = redis_address()
        if redis.replicas == 1:
            env["REDIS_ALLOW_PRIMARY"] = "true"
    return env


def _retention_env(backup: Backup) -> dict[str, str]:
    """What the prune job keeps, and how old an unfinished upload must be before it is removed."""
    return {
        "BACKUP_KEEP_HOURLY": str(backup.retention.hourly),
        "BACKUP_KEEP_DAILY": str(backup.retention.daily),
        "BACKUP_KEEP_WEEKLY": str(backup.retention.weekly),
        "BACKUP_ORPHAN_GRACE_SECONDS": str(
            2 * (backup.active_deadline_seconds + backup.starting_deadline_seconds)
        ),
    }


def tool_pods(environment: Environment) -> dict[str, ToolPod]:
    """The tool's pod of each ``scheduled_jobs`` entry, by job name; a component's restore Job
    runs as its backup does."""
    backup = environment.backup
    common = _common_env(environment)
    _, vault_ca_secret, vault_ca_key = VAULT_CA_SECRET
    vault_env = {
        **common,
        "VAULT_ADDR": VAULT_ADDRESS,
        "VAULT_CACERT": f"{SECRETS_DIRECTORY}/{vault_ca_secret}/{vault_ca_key}",
        "VAULT_ROLE": backup.vault_role,
        "VAULT_JWT_PATH": TOKEN_PATH,
    }
    account = BACKUP.identity.service_account
    return {
        "qdrant-backup": ToolPod(
            BACKUP.name,
            account,
            {**common, "QDRANT_URL": qdrant_url()},
            (SecretFile("QDRANT_API_KEY", QDRANT_SERVER.name, "api-key"),),
        ),
        "redis-backup": ToolPod(
            BACKUP.name,
            account,
            _redis_env(environment, common),
            (SecretFile("REDIS_PASSWORD", REDIS_SERVER.name, "password"),),
        ),
        "vault-backup": ToolPod(
            VAULT_BACKUP_JOB.name,
            VAULT_BACKUP_SERVICE_ACCOUNT,
            vault_env,
            (SecretFile(None, vault_ca_secret, vault_ca_key),),
        ),
        "backup-prune": ToolPod(BACKUP.name, account, {**common, **_retention_env(backup)}, ()),
        "backup-verify": ToolPod(
            BACKUP.name, account, {**common, "BACKUP_RPO_SECONDS": str(backup.rpo_seconds)}, ()
        ),
    }


MAINTENANCE_ALERTS: dict[str, tuple[str, str, Severity]] = {
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
"""Alert name, summary and severity of each job that backs up no component (``component=None``)."""


def cronjob_alert(job: ScheduledJob, backup: Backup) -> CronJobAlert:
    """The alert of ``job``: a failing maintenance job, or a component whose backup is overdue."""
    deadline = job.active_deadline_seconds
    if job.component is None:
        alert, summary, severity = MAINTENANCE_ALERTS[job.name]
        return CronJobAlert(
            alert=alert,
            cronjob=job.name,
            namespace=job.namespace,
            summary=summary,
            severity=severity,
            active_deadline_seconds=deadline,
            starting_deadline_seconds=backup.starting_deadline_seconds,
        )
    return CronJobAlert(
        alert=f"{job.component.capitalize()}BackupOverdue",
        cronjob=job.name,
        namespace=job.namespace,
        summary=f"No recent {job.component} backup: the newest is older than the schedule promises",
        severity="critical",
        active_deadline_seconds=deadline,
        starting_deadline_seconds=backup.starting_deadline_seconds,
        component=job.component,
        # the schedule's worst case without the late start: a late start alerts
        max_age_seconds=worst_case_rpo_seconds(job.schedule, active_deadline_seconds=deadline),
    )


def _apply_command(namespace: str, name: str, environment: Environment) -> str:
    """How an operator runs restore Job ``name``: replace the finished one, apply the template."""
    return (
        f"kubectl -n {namespace} delete job {name} --ignore-not-found"
        f" && kubectl apply -f dist/{environment.name}/jobs/{namespace}/{name}.job.yaml"
    )


def staging_redis_resources(environment: Environment) -> Resources:
    """Resources of the Redis restore's staging server: those of the cluster's Redis container, as
    it holds the same data set; the namespace's ResourceQuota counts it (``charts.access.capacity``)."""
    return redis_container_resources(environment.workloads.redis)["redis"]


def _staging_redis(environment: Environment, password: SecretFile, mount: k8s.VolumeMount) -> k8s.Container:
    """A throw-away server of the cluster's own Redis image that loads the fetched RDB on localhost
    (same version, so DUMP payloads restore into the primary); the restore container shuts it down
    when done. It takes the cluster's password so the tool uses one set of credentials."""
    redis = environment.workloads.redis
    password_file = f"{SECRETS_DIRECTORY}/{password.secret}/{password.key}"
    return k8s.Container(
        name="staging-redis",
        image=redis.image,
        command=["sh", "-c"],
        args=[
            f"exec redis-server --port {STAGING_REDIS_PORT} --bind 127.0.0.1 --dir /restore"
            f' --dbfilename dump.rdb --appendonly no --save "" --requirepass "$(cat {password_file})"'
        ],
        resources=resource_requirements(staging_redis_resources(environment)),
        image_pull_policy="Always",
        security_context=container_security_context(),
        volume_mounts=[
            mount,
            k8s.VolumeMount(
                name=f"secret-{password.secret}",
                mount_path=f"{SECRETS_DIRECTORY}/{password.secret}",
                read_only=True,
            ),
        ],
    )


def redis_restore_pod(environment: Environment, tool: ToolPod) -> BackupPodProps:
    """The Redis restore: an init container fetches the RDB into ``/restore``, a staging server
    loads it, and the tool copies its keys into the primary through the Sentinels or the Service."""
    staging = k8s.Volume(
        name="restore",
        empty_dir=k8s.EmptyDirVolumeSource(size_limit=quantity(environment.workloads.redis.volume_size)),
    )
    mount = k8s.VolumeMount(name="restore", mount_path="/restore")
    pod = replace(
        tool.props(
            environment.backup,
            ["redis", "restore", "--source", f"127.0.0.1:{STAGING_REDIS_PORT}", "--shutdown-source"],
        ),
        extra_volumes=[staging],
        extra_mounts=[mount],
    )
    [password] = tool.secret_files
    return replace(
        pod,
        init_containers=[
            tool_container(pod, name="fetch", args=["redis", "fetch", "--output", "/restore/dump.rdb"])
        ],
        sidecars=[_staging_redis(environment, password, mount)],
    )


def vault_restore_pod(backup: Backup, tool: ToolPod) -> BackupPodProps:
    """The Vault restore: the tool stages the snapshot in a larger ``/tmp`` and restores it with
    the Vault token an operator puts in ``VAULT_RESTORE_TOKEN_SECRET`` by hand."""
    restore = replace(
        tool,
        env={**tool.env, "BACKUP_WORKDIR": "/tmp"},  # noqa: S108
        secret_files=(*tool.secret_files, SecretFile("VAULT_TOKEN", VAULT_RESTORE_TOKEN_SECRET, "token")),
    )
    return replace(restore.props(backup, ["vault", "restore"]), tmp_size="1Gi")


class BackupChart(Chart):
    """Everything that backs up and restores the stateful services of one environment."""

    def __init__(self, scope: Construct, id: str, *, environment: Environment) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        pods = tool_pods(environment)
        self._cron_jobs(environment, pods)
        self._alerts(environment)
        self._service_accounts()
        self._velero_schedule(environment.backup)
        self._restore_jobs(environment, pods)

    def _cron_jobs(self, environment: Environment, pods: dict[str, ToolPod]) -> None:
        """One CronJob per ``scheduled_jobs`` entry; production-like environments enforce the RPO."""
        backup = environment.backup
        enforce_rpo = backup.rpo_seconds if environment.production_like else None
        for job in scheduled_jobs(environment):
            BackupCronJob(
                self,
                job.name,
                props=BackupCronJobProps(
                    name=job.name,
                    namespace=job.namespace,
                    schedule=job.schedule,
                    pod=_cron_job_pod(backup, pods[job.name], job),
                    active_deadline_seconds=job.active_deadline_seconds,
                    starting_deadline_seconds=backup.starting_deadline_seconds,
                    backoff_limit=backup.backoff_limit,
                    component=job.component,
                    rpo_seconds=enforce_rpo if job.component else None,
                ),
            )

    def _alerts(self, environment: Environment) -> None:
        """The PrometheusRule ``contexter-backup``: one alert per CronJob (``cronjob_alert``)."""
        alerts = [cronjob_alert(job, environment.backup) for job in scheduled_jobs(environment)]
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

    def _service_accounts(self) -> None:
        """The ServiceAccounts of the tool's pods, in the data namespace and in Vault's; neither
        mounts an API token (the Vault pods mount a projected token for Vault's audience only)."""
        for namespace, sa in (
            (DATA_NAMESPACE, BACKUP.identity.service_account),
            (VAULT_NAMESPACE, VAULT_BACKUP_SERVICE_ACCOUNT),
        ):
            k8s.KubeServiceAccount(
                self,
                f"{namespace}-{sa}",
                metadata=k8s.ObjectMeta(
                    name=sa, namespace=namespace, labels=workload_labels(sa, component="backup")
                ),
                automount_service_account_token=False,
            )

    def _velero_schedule(self, backup: Backup) -> None:
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

    def _restore_jobs(self, environment: Environment, pods: dict[str, ToolPod]) -> None:
        """The restore Job of each component, run as its backup runs; Vault's restore also reads a
        token that an operator creates by hand."""
        backup = environment.backup
        create_token = (
            f"kubectl -n {VAULT_NAMESPACE} create secret generic {VAULT_RESTORE_TOKEN_SECRET}"
            " --from-literal=token=<token>; "
        )
        restores = (
            (
                "qdrant-restore",
                DATA_NAMESPACE,
                "",
                pods["qdrant-backup"].props(backup, ["qdrant", "restore"]),
            ),
            ("redis-restore", DATA_NAMESPACE, "", redis_restore_pod(environment, pods["redis-backup"])),
            ("vault-restore", VAULT_NAMESPACE, create_token, vault_restore_pod(backup, pods["vault-backup"])),
        )
        for name, namespace, before, pod in restores:
            RestoreJob(
                self,
                name,
                props=RestoreJobProps(
                    name=name,
                    namespace=namespace,
                    how_to=before + _apply_command(namespace, name, environment),
                    pod=pod,
                ),
            )


def _cron_job_pod(backup: Backup, tool: ToolPod, job: ScheduledJob) -> BackupPodProps:
    """The pod of CronJob ``job``; the Vault pods log in to Vault with a token for its audience."""
    audience = VAULT_AUTH_AUDIENCE if tool.service_account == VAULT_BACKUP_SERVICE_ACCOUNT else None
    return replace(tool.props(backup, list(job.args)), service_account_token_audience=audience)
