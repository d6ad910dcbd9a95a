"""AWS Backup: hourly (or better) snapshots of the stateful services' EBS volumes, copied to the DR region."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from cdktf import TerraformProvider
from cdktf_cdktf_provider_aws.backup_plan import (
    BackupPlan,
    BackupPlanRule,
    BackupPlanRuleCopyAction,
    BackupPlanRuleCopyActionLifecycle,
    BackupPlanRuleLifecycle,
)
from cdktf_cdktf_provider_aws.backup_selection import (
    BackupSelection,
    BackupSelectionCondition,
    BackupSelectionConditionStringEquals,
)
from cdktf_cdktf_provider_aws.backup_vault import BackupVault
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy_attachment import IamRolePolicyAttachment
from constructs import Construct

from contexter_deploy.ground.config.model import AwsBackupPlan
from contexter_deploy.ground.config.schedule import aws_cron_to_five_fields, max_interval_seconds
from infra.iam.policy import service_trust
from infra.security.kms_key import KmsKey, KmsKeyProps

MAX_INTERVAL_SECONDS = 3600
"""RPO < 1 h for data (DESIGN.md): a snapshot at least every hour."""
PVC_NAMESPACE_TAG = "kubernetes.io/created-for/pvc/namespace"
"""Set by the EBS CSI driver on every volume it provisions (``extra-create-metadata``)."""
EBS_CSI_TAG = "ebs.csi.aws.com/cluster"
"""Set by the EBS CSI driver on every volume it provisions."""
BACKUP_ROLE_POLICIES: tuple[str, ...] = (
    "arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup",
    "arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForRestores",
)


@dataclass(frozen=True)
class AwsBackupProps:
    """Properties of ``VolumeBackups``."""

    name: str
    """Plan and vault name, e.g. ``contexter-prod-ebs``; the DR vault has the same name."""
    account_id: str
    region: str
    dr_region: str
    dr_provider: TerraformProvider
    role_name: str
    key_alias: str
    plan: AwsBackupPlan
    namespaces: tuple[str, ...]
    """Kubernetes namespaces whose volumes are backed up (one selection each)."""
    recovery_point_tags: Mapping[str, str] = field(default_factory=dict)
    """Tags of every recovery point (the cost-allocation tags: snapshots are billed; default: none)."""

    def __post_init__(self) -> None:
        interval = max_interval_seconds(aws_cron_to_five_fields(self.plan.schedule))
        if interval > MAX_INTERVAL_SECONDS:
            raise ValueError(
                f"AWS Backup plan {self.name}: schedule {self.plan.schedule!r} runs every {interval}s;"
                f" allowed: every {MAX_INTERVAL_SECONDS}s or more often (RPO < 1 h)"
            )
        if not self.dr_region or self.dr_region == self.region:
            raise ValueError(
                f"AWS Backup plan {self.name}: copies need a DR region other than {self.region},"
                f" got {self.dr_region!r}"
            )
        if not self.namespaces:
            raise ValueError(f"AWS Backup plan {self.name}: select at least one namespace")


class VolumeBackups(Construct):
    """A KMS-encrypted backup vault in each region, and a plan that snapshots every EBS volume of the
    selected namespaces on ``plan.schedule``, keeps it ``retention_days`` and copies it to the DR
    vault for ``dr_copy_retention_days``: the data survives the loss of the cluster and of the region.
    """

    def __init__(self, scope: Construct, id: str, *, props: AwsBackupProps) -> None:
        super().__init__(scope, id)
        self.vault, self.dr_vault = self._vaults(props)
        role = self._role(props)
        self.plan = self._plan(props)
        self._selections(props, role)

    def _vaults(self, props: AwsBackupProps) -> tuple[BackupVault, BackupVault]:
        """The vault and its DR copy, each encrypted with its own region's key."""
        key = KmsKey(
            self,
            "kms",
            props=KmsKeyProps(
                alias=props.key_alias,
                description=f"Recovery points in backup vault {props.name}",
                account_id=props.account_id,
            ),
        )
        dr_key = KmsKey(
            self,
            "dr_kms",
            props=KmsKeyProps(
                alias=props.key_alias,
                description=f"Recovery points copied to backup vault {props.name} in {props.dr_region}",
                account_id=props.account_id,
                provider=props.dr_provider,
            ),
        )
        vault = BackupVault(self, "vault", name=props.name, kms_key_arn=key.arn)
        dr_vault = BackupVault(
            self, "dr_vault", name=props.name, kms_key_arn=dr_key.arn, provider=props.dr_provider
        )
        return vault, dr_vault

    def _role(self, props: AwsBackupProps) -> IamRole:
        """The role AWS Backup snapshots, copies and restores as (the AWS-managed Backup policies)."""
        role = IamRole(
            self,
            "role",
            name=props.role_name,
            description=f"AWS Backup plan {props.name}",
            assume_role_policy=service_trust("backup.amazonaws.com"),
        )
        for policy in BACKUP_ROLE_POLICIES:
            IamRolePolicyAttachment(
                self, f"role_{policy.rsplit('/', 1)[1].lower()}", role=role.name, policy_arn=policy
            )
        return role

    def _plan(self, props: AwsBackupProps) -> BackupPlan:
        """Snapshot on ``plan.schedule`` into the vault, and copy each snapshot to the DR vault."""
        plan = props.plan
        return BackupPlan(
            self,
            "plan",
            name=props.name,
            rule=[
                BackupPlanRule(
                    rule_name="hourly",
                    target_vault_name=self.vault.name,
                    schedule=plan.schedule,
                    start_window=plan.start_window_minutes,
                    completion_window=plan.completion_window_minutes,
                    lifecycle=BackupPlanRuleLifecycle(delete_after=plan.retention_days),
                    recovery_point_tags=dict(props.recovery_point_tags) or None,
                    copy_action=[
                        BackupPlanRuleCopyAction(
                            destination_vault_arn=self.dr_vault.arn,
                            lifecycle=BackupPlanRuleCopyActionLifecycle(
                                delete_after=plan.dr_copy_retention_days
                            ),
                        )
                    ],
                )
            ],
        )

    def _selections(self, props: AwsBackupProps, role: IamRole) -> None:
        """One selection per namespace: the EBS CSI driver's volumes of that namespace's claims."""
        for namespace in props.namespaces:
            BackupSelection(
                self,
                f"{namespace.replace('-', '_')}_volumes",
                name=f"{props.name}-{namespace}",
                plan_id=self.plan.id,
                iam_role_arn=role.arn,
                resources=[f"arn:aws:ec2:{props.region}:{props.account_id}:volume/*"],
                condition=[
                    BackupSelectionCondition(
                        string_equals=[
                            BackupSelectionConditionStringEquals(
                                key=f"aws:ResourceTag/{PVC_NAMESPACE_TAG}", value=namespace
                            ),
                            BackupSelectionConditionStringEquals(
                                key=f"aws:ResourceTag/{EBS_CSI_TAG}", value="true"
                            ),
                        ]
                    )
                ],
            )
