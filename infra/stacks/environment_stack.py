"""The Terraform stack of one environment: everything the cluster manifests assume exists in AWS."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import jsii
from cdktf import Aspects, IAspect, S3Backend, TerraformOutput
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.provider import AwsProvider, AwsProviderDefaultTags
from constructs import Construct, IConstruct

from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.config.shared import Shared
from contexter_deploy.ground.naming import (
    BACKUP_SELECTION_NAMESPACES,
    GITHUB_APPLY_ROLE,
    GITHUB_PROMOTE_ROLE,
    POD_IDENTITIES,
    VAULT_ADDRESS,
    VAULT_NAMESPACE,
    Names,
    cost_allocation_tags,
    names_for,
)
from contexter_deploy.ground.topology import APPS_NAMESPACE, BACKUP, PERFORMANCE_TEST
from infra.alerts.aws_alerts import AwsAlerts, AwsAlertsProps
from infra.backup.aws_backup_plan import AwsBackupProps, VolumeBackups
from infra.backup.backup_bucket import BackupBucket, BackupBucketProps
from infra.bootstrap.deploy_policies import boundary_policy_arn
from infra.cluster.addons import AddonsProps, ClusterAddons, base_addons, node_addons
from infra.cluster.eks_cluster import EDIT_POLICY, VIEW_POLICY, Cluster, EksClusterProps
from infra.cluster.karpenter import KarpenterPrerequisites, KarpenterProps
from infra.cluster.namespaced_access import NamespacedAccess, NamespacedAccessProps
from infra.cluster.system_node_group import SystemNodeGroup, SystemNodeGroupProps
from infra.cost.budget import BudgetProps, MonthlyBudget
from infra.iam.pod_identity_role import PodIdentityRole, PodIdentityRoleProps
from infra.iam.policy import Statement
from infra.iam.workload_policies import (
    EBS_CSI_MANAGED_POLICY,
    BackupBucketAccess,
    backup_policy,
    cert_manager_policy,
    ebs_csi_policy,
    vault_backup_policy,
    vault_policy,
    velero_policy,
)
from infra.network.cluster_access import SSM_INTERFACE_SERVICES, ClusterAccess, ClusterAccessProps
from infra.network.endpoints import EndpointsProps, VpcEndpoints
from infra.network.flow_logs import FlowLogs, FlowLogsProps
from infra.network.vpc import EnvironmentNetwork, NetworkProps
from infra.security.guardduty import GuardDuty, GuardDutyProps
from infra.security.kms_key import KmsKey, KmsKeyProps
from infra.stacks.readable_stack import ReadableStack
from infra.vault.vault_prerequisites import VaultPrerequisites, VaultProps

TERRAFORM_AWS_PROVIDER_SOURCE = "hashicorp/aws"
MANAGED_BY = {"managed-by": "terraform"}
AUTO_SCALING_SERVICE_LINKED_ROLE = "aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling"
SPOT_SERVICE_LINKED_ROLE = "aws-service-role/spot.amazonaws.com/AWSServiceRoleForEC2Spot"
PROMOTE_ACCESS: dict[str, tuple[str, ...]] = {
    VIEW_POLICY: (APPS_NAMESPACE, BACKUP.namespace, VAULT_NAMESPACE),
    EDIT_POLICY: (PERFORMANCE_TEST.namespace,),
}
"""What the promotion's performance gate may do in the cluster (``contexter-<env>-github-promote``):
read the pods in ``contexter`` (which digests run) and the backup CronJobs and their Jobs in
``contexter-data`` and ``vault`` (whether the backup image is live: .github/scripts/wait-for-digests.sh),
and in ``contexter-perf`` apply the k6 Job and its ConfigMaps and read its log. Nothing cluster-wide:
Argo CD creates the namespace itself. The view policy reads no Secrets."""


@jsii.implements(IAspect)
class PermissionsBoundary:
    """Puts ``policy_arn`` as permissions boundary on every IAM role of the stack it visits, so no
    role can be added without one (the apply role may create bounded roles only)."""

    def __init__(self, policy_arn: str) -> None:
        self.policy_arn = policy_arn

    def visit(self, node: IConstruct) -> None:
        if isinstance(node, IamRole):
            node.permissions_boundary = self.policy_arn


class EnvironmentStack(ReadableStack):
    """Everything one environment needs in AWS, in its own state file in the shared state bucket.

    Resource addresses are the construct paths (``aws_eks_cluster.eks_cluster``): construct IDs
    here are part of the state, renaming one destroys and re-creates the resource.
    """

    def __init__(self, scope: Construct, id: str, *, environment: Environment, shared: Shared) -> None:
        super().__init__(scope, id)
        names = names_for(environment)
        dr = self._state_and_providers(environment, names, shared=shared)
        logs_key = self._logs_key(environment, names)
        Aspects.of(self).add(PermissionsBoundary(boundary_policy_arn(names)))
        network = self._network(environment, names, logs_key=logs_key)
        ebs_key = self._ebs_key(environment, names)
        eks = self._cluster(environment, names, network=network, logs_key=logs_key)
        self._cluster_access(environment, names, eks=eks, network=network, ebs_key=ebs_key)
        system_nodes = self._system_nodes(environment, names, eks=eks, network=network, ebs_key=ebs_key)
        karpenter = self._karpenter(environment, names, eks=eks, ebs_key=ebs_key)
        alerts = self._alerts(environment, names)
        backups = self._backups(environment, names, dr=dr, alerts=alerts)
        vault = self._vault(environment, names, eks=eks, dr=dr)
        policies = _pod_identity_policies(
            environment, names, backups=backups, vault=vault, karpenter=karpenter, ebs_key=ebs_key
        )
        roles = self._pod_identities(environment, names, eks=eks, policies=policies)
        self._node_addons(environment, eks=eks, system_nodes=system_nodes, ebs_csi=roles["ebs-csi"])
        self._budget(environment, names)
        self._outputs(
            environment,
            names,
            eks=eks,
            ebs_key=ebs_key,
            karpenter=karpenter,
            backups=backups,
            vault=vault,
            roles=roles,
        )

    def _state_and_providers(self, environment: Environment, names: Names, *, shared: Shared) -> AwsProvider:
        """The state file in the shared state bucket, the environment's provider and the DR region's
        (returned: the backup replicas and Vault's key replica live there)."""
        aws = environment.aws
        # No ``encrypt``: the state and its lock file go up without encryption headers and the state
        # bucket's default encryption applies its KMS key (see infra/bootstrap/state_bucket.py).
        backend = S3Backend(
            self, bucket=shared.terraform_state.bucket, key=names.state_key, region=shared.region
        )
        backend.add_override("use_lockfile", True)
        self.add_override("terraform.required_providers.aws.source", TERRAFORM_AWS_PROVIDER_SOURCE)
        default_tags = [AwsProviderDefaultTags(tags={**cost_allocation_tags(environment), **MANAGED_BY})]
        AwsProvider(
            self, "aws", region=aws.region, allowed_account_ids=[aws.account_id], default_tags=default_tags
        )
        return AwsProvider(
            self,
            "aws_dr",
            alias="dr",
            region=aws.dr_region,
            allowed_account_ids=[aws.account_id],
            default_tags=default_tags,
        )

    def _logs_key(self, environment: Environment, names: Names) -> KmsKey:
        """The key of the log groups: the control plane's and the VPC flow logs'."""
        return KmsKey(
            self,
            "logs",
            props=KmsKeyProps(
                alias=f"alias/{names.prefix}-logs",
                description=f"CloudWatch log groups of {names.prefix}: EKS control plane and VPC flow logs",
                account_id=environment.aws.account_id,
                statements=(
                    _logs_may_use_key(names, log_groups=(names.cluster_log_group, names.flow_log_group)),
                ),
            ),
        )

    def _network(self, environment: Environment, names: Names, *, logs_key: KmsKey) -> EnvironmentNetwork:
        """The VPC, its endpoints (SSM's too when the API is private) and its flow logs."""
        aws = environment.aws
        network = EnvironmentNetwork(
            self,
            "network",
            props=NetworkProps(
                name=names.prefix,
                cluster_name=names.cluster,
                vpc_cidr=environment.network.vpc_cidr,
                zone_ids=aws.zone_ids,
                nat_gateways=environment.network.nat_gateways,
            ),
        )
        private_api = not environment.cluster.endpoint_public_access
        VpcEndpoints(
            self,
            "endpoints",
            props=EndpointsProps(
                name=names.prefix,
                region=aws.region,
                vpc_id=network.vpc.id,
                vpc_cidr=str(environment.network.vpc_cidr),
                private_subnet_ids=network.private_subnet_ids,
                private_route_table_ids=tuple(table.id for table in network.private_route_tables),
                extra_interface_services=SSM_INTERFACE_SERVICES if private_api else (),
            ),
        )
        FlowLogs(
            self,
            "flow_logs",
            props=FlowLogsProps(
                account_id=aws.account_id,
                region=aws.region,
                vpc_id=network.vpc.id,
                log_group_name=names.flow_log_group,
                role_name=names.role_name("flow-logs"),
                retention_days=environment.network.flow_log_retention_days,
                kms_key_arn=logs_key.arn,
            ),
        )
        return network

    def _ebs_key(self, environment: Environment, names: Names) -> KmsKey:
        """The key of every EBS volume: node root volumes and persistent volumes."""
        return KmsKey(
            self,
            "ebs",
            props=KmsKeyProps(
                alias=names.ebs_kms_alias,
                description=f"EBS volumes of {names.cluster}: node root volumes and persistent volumes",
                account_id=environment.aws.account_id,
                statements=_launching_services_may_use_key(environment.aws.account_id),
            ),
        )

    def _cluster(
        self, environment: Environment, names: Names, *, network: EnvironmentNetwork, logs_key: KmsKey
    ) -> Cluster:
        """The EKS control plane in the private subnets; operators administer it, the apply role views it."""
        aws = environment.aws
        cluster = environment.cluster
        return Cluster(
            self,
            "eks",
            props=EksClusterProps(
                name=names.cluster,
                account_id=aws.account_id,
                kubernetes_version=cluster.kubernetes_version,
                role_name=names.role_name("eks-cluster"),
                subnet_ids=network.private_subnet_ids,
                log_group_name=names.cluster_log_group,
                log_retention_days=cluster.control_plane_log_retention_days,
                logs_kms_key_arn=logs_key.arn,
                endpoint_public_access=cluster.endpoint_public_access,
                public_access_cidrs=cluster.public_access_cidrs,
                admin_role_arns=aws.admin_role_arns,
                viewer_role_arns=(names.role_arn(GITHUB_APPLY_ROLE),),
            ),
        )

    def _cluster_access(
        self,
        environment: Environment,
        names: Names,
        *,
        eks: Cluster,
        network: EnvironmentNetwork,
        ebs_key: KmsKey,
    ) -> None:
        """The client instance that reaches a private API, and the promotion's namespaced access."""
        if not environment.cluster.endpoint_public_access:
            ClusterAccess(
                self,
                "cluster_access",
                props=ClusterAccessProps(
                    name=names.prefix,
                    vpc_id=network.vpc.id,
                    cluster_security_group_id=eks.security_group_id,
                    subnet_id=network.private_subnet_ids[0],
                    role_name=names.role_name("cluster-client"),
                    ebs_kms_key_arn=ebs_key.arn,
                    tags=cost_allocation_tags(environment),
                ),
            )
        if environment.performance_test.enabled:
            # The role itself is created by the bootstrap stack (with the account's OIDC provider).
            NamespacedAccess(
                self,
                "promote_access",
                props=NamespacedAccessProps(
                    cluster=eks, principal_arn=names.role_arn(GITHUB_PROMOTE_ROLE), grants=PROMOTE_ACCESS
                ),
            )

    def _system_nodes(
        self,
        environment: Environment,
        names: Names,
        *,
        eks: Cluster,
        network: EnvironmentNetwork,
        ebs_key: KmsKey,
    ) -> SystemNodeGroup:
        """The add-ons a node needs to become Ready, then the managed node group of the system pods."""
        cluster = environment.cluster
        base = ClusterAddons(
            self, "base_addons", props=AddonsProps(cluster=eks, addons=base_addons(cluster.addons))
        )
        return SystemNodeGroup(
            self,
            "system_nodes",
            props=SystemNodeGroupProps(
                cluster=eks,
                kubernetes_version=cluster.kubernetes_version,
                role_name=names.role_name("system-node"),
                subnet_ids=network.private_subnet_ids,
                nodes=cluster.system_nodes,
                ebs_kms_key_arn=ebs_key.arn,
                tags=cost_allocation_tags(environment),
                depends_on=base.addons,
            ),
        )

    def _karpenter(
        self, environment: Environment, names: Names, *, eks: Cluster, ebs_key: KmsKey
    ) -> KarpenterPrerequisites:
        """What Karpenter needs in AWS to launch the workload nodes: node role, profile, interruptions."""
        return KarpenterPrerequisites(
            self,
            "karpenter",
            props=KarpenterProps(
                cluster=eks,
                account_id=environment.aws.account_id,
                region=environment.aws.region,
                node_role_name=names.karpenter_node_role,
                instance_profile_name=names.karpenter_instance_profile,
                queue_name=names.karpenter_interruption_queue,
                ebs_kms_key_arn=ebs_key.arn,
            ),
        )

    def _alerts(self, environment: Environment, names: Names) -> AwsAlerts:
        """The topic that mails AWS-side alarms (backup replication among them) to the cost contacts,
        and GuardDuty, whose findings reach the same topic through EventBridge."""
        alerts = AwsAlerts(
            self,
            "aws_alerts",
            props=AwsAlertsProps(
                name=f"{names.prefix}-aws-alerts",
                account_id=environment.aws.account_id,
                region=environment.aws.region,
                emails=environment.cost.alert_emails,
            ),
        )
        GuardDuty(
            self,
            "guardduty",
            props=GuardDutyProps(
                rule_name=names.guardduty_findings_rule, settings=environment.guardduty, alerts=alerts
            ),
        )
        return alerts

    def _backups(
        self, environment: Environment, names: Names, *, dr: AwsProvider, alerts: AwsAlerts
    ) -> BackupBucket:
        """The backup bucket with its DR replica, and AWS Backup's snapshots of the data volumes."""
        aws = environment.aws
        backup = environment.backup
        backups = BackupBucket(
            self,
            "backups",
            props=BackupBucketProps(
                bucket=names.backup_bucket,
                dr_bucket=names.dr_backup_bucket,
                account_id=aws.account_id,
                region=aws.region,
                dr_region=aws.dr_region,
                dr_provider=dr,
                key_alias=f"alias/{names.prefix}-backups",
                replication_role_name=names.role_name("backup-replication"),
                object_lock_mode=backup.object_lock_mode,
                object_lock_days=backup.object_lock_days,
                lifecycle=backup.bucket_lifecycle,
                admin_role_arns=aws.admin_role_arns,
                alarm_topic_arn=alerts.arn,
            ),
        )
        VolumeBackups(
            self,
            "volume_backups",
            props=AwsBackupProps(
                name=names.backup_vault,
                account_id=aws.account_id,
                region=aws.region,
                dr_region=aws.dr_region,
                dr_provider=dr,
                role_name=names.role_name("aws-backup"),
                key_alias=f"alias/{names.prefix}-backup-vault",
                plan=backup.aws_backup,
                namespaces=BACKUP_SELECTION_NAMESPACES,
                recovery_point_tags=cost_allocation_tags(environment),
            ),
        )
        return backups

    def _vault(
        self, environment: Environment, names: Names, *, eks: Cluster, dr: AwsProvider
    ) -> VaultPrerequisites:
        """Vault's auto-unseal key, with its replica in the DR region."""
        return VaultPrerequisites(
            self,
            "vault",
            props=VaultProps(
                cluster=eks,
                account_id=environment.aws.account_id,
                unseal_key_alias=names.vault_kms_alias,
                dr_provider=dr,
            ),
        )

    def _pod_identities(
        self,
        environment: Environment,
        names: Names,
        *,
        eks: Cluster,
        policies: Mapping[str, PodIdentityPolicy],
    ) -> dict[str, PodIdentityRole]:
        """One Pod Identity role per ``POD_IDENTITIES`` entry, below ``pod_identities``, by role."""
        pod_identities = Construct(self, "pod_identities")
        return {
            identity.role: PodIdentityRole(
                pod_identities,
                identity.role,
                props=PodIdentityRoleProps(
                    identity=identity,
                    role_name=names.role_name(identity.role),
                    account_id=environment.aws.account_id,
                    cluster=eks,
                    policy=policies[identity.role].policy,
                    managed_policy_arns=policies[identity.role].managed_policy_arns,
                ),
            )
            for identity in POD_IDENTITIES
        }

    def _node_addons(
        self,
        environment: Environment,
        *,
        eks: Cluster,
        system_nodes: SystemNodeGroup,
        ebs_csi: PodIdentityRole,
    ) -> None:
        """The add-ons whose pods need a node (and, for the EBS CSI driver, its Pod Identity role)."""
        ClusterAddons(
            self,
            "addons",
            props=AddonsProps(
                cluster=eks,
                addons=node_addons(environment.cluster.addons, volume_tags=cost_allocation_tags(environment)),
                depends_on=(system_nodes.node_group, ebs_csi.association),
            ),
        )

    def _budget(self, environment: Environment, names: Names) -> None:
        """The monthly cost budget, mailing the contacts at each threshold."""
        MonthlyBudget(
            self,
            "cost",
            props=BudgetProps(
                name=f"{names.prefix}-monthly",
                limit_usd=environment.cost.monthly_budget_usd,
                thresholds_percent=environment.cost.alert_thresholds_percent,
                emails=environment.cost.alert_emails,
            ),
        )

    def _outputs(
        self,
        environment: Environment,
        names: Names,
        *,
        eks: Cluster,
        ebs_key: KmsKey,
        karpenter: KarpenterPrerequisites,
        backups: BackupBucket,
        vault: VaultPrerequisites,
        roles: Mapping[str, PodIdentityRole],
    ) -> None:
        """What the cluster manifests and operators read back: names, ARNs and endpoints."""
        outputs: dict[str, tuple[str, str]] = {
            "cluster_name": (eks.cluster.name, "EKS cluster name (aws eks update-kubeconfig --name ...)"),
            "cluster_endpoint": (eks.endpoint, "Kubernetes API endpoint"),
            "cluster_arn": (eks.arn, "EKS cluster ARN"),
            "backup_bucket": (
                backups.bucket.bucket,
                "S3 bucket of the Qdrant, Redis, Vault and Velero backups",
            ),
            "dr_backup_bucket": (
                backups.dr_bucket.bucket,
                f"Replica of the backup bucket in {environment.aws.dr_region}",
            ),
            "backup_vault": (
                names.backup_vault,
                "AWS Backup vault of the EBS snapshots (same name in the DR region)",
            ),
            "ebs_kms_key_arn": (ebs_key.arn, f"KMS key of the EBS volumes ({names.ebs_kms_alias})"),
            "vault_address": (VAULT_ADDRESS, "Vault's in-cluster address"),
            "vault_kms_key_arn": (vault.unseal_key.arn, f"Vault auto-unseal key ({names.vault_kms_alias})"),
            "karpenter_node_role": (karpenter.node_role.name, "IAM role of Karpenter's nodes"),
            "karpenter_instance_profile": (
                karpenter.instance_profile.name,
                "Instance profile of Karpenter's nodes",
            ),
            "karpenter_interruption_queue": (karpenter.queue.name, "Karpenter settings.interruptionQueue"),
        }
        for identity in POD_IDENTITIES:
            outputs[f"{identity.role.replace('-', '_')}_role_arn"] = (
                roles[identity.role].arn,
                f"Pod Identity role of {identity.namespace}/{identity.service_account}",
            )
        for output_id, (value, description) in outputs.items():
            TerraformOutput(self, output_id, value=value, description=description)


@dataclass(frozen=True)
class PodIdentityPolicy:
    """What a Pod Identity role may do: its inline policy and AWS-managed policies, if any."""

    policy: str
    """The inline policy document (JSON)."""
    managed_policy_arns: tuple[str, ...] = ()
    """AWS-managed policies attached as well (default: none)."""


def _pod_identity_policies(
    environment: Environment,
    names: Names,
    *,
    backups: BackupBucket,
    vault: VaultPrerequisites,
    karpenter: KarpenterPrerequisites,
    ebs_key: KmsKey,
) -> dict[str, PodIdentityPolicy]:
    """The policy of every role in ``POD_IDENTITIES``, by role; fails when one has none or is unknown."""

    def bucket_access(*components: str, maintained: tuple[str, ...] = ()) -> BackupBucketAccess:
        return BackupBucketAccess(
            bucket=names.backup_bucket,
            key_arn=backups.key.arn,
            region=environment.aws.region,
            prefixes=tuple(names.backup_prefix(component) for component in components),
            maintained_prefixes=tuple(names.backup_prefix(component) for component in maintained),
            list_uploads=bool(maintained),
        )

    account_id = environment.aws.account_id
    # ``backup`` runs verify and prune without --component: they read and prune vault/ too.
    policies = {
        "backup": PodIdentityPolicy(backup_policy(bucket_access("qdrant", "redis", maintained=("vault",)))),
        "vault": PodIdentityPolicy(vault_policy(unseal_key_arns=vault.unseal_key_arns)),
        "vault-backup": PodIdentityPolicy(vault_backup_policy(bucket_access("vault"))),
        "karpenter": PodIdentityPolicy(karpenter.controller_policy),
        "ebs-csi": PodIdentityPolicy(ebs_csi_policy(ebs_key_arn=ebs_key.arn), (EBS_CSI_MANAGED_POLICY,)),
        "velero": PodIdentityPolicy(
            velero_policy(bucket_access("velero"), account_id=account_id, ebs_key_arn=ebs_key.arn)
        ),
        "cert-manager": PodIdentityPolicy(
            cert_manager_policy(hosted_zone_id=environment.ingress.hosted_zone_id)
        ),
    }
    declared = {identity.role for identity in POD_IDENTITIES}
    if declared != set(policies):
        raise ValueError(
            f"POD_IDENTITIES declares {sorted(declared)} but infra/ has policies for {sorted(policies)}:"
            " every pod identity needs exactly one policy"
        )
    return policies


def _logs_may_use_key(names: Names, *, log_groups: tuple[str, ...]) -> Statement:
    """CloudWatch Logs encrypts exactly these log groups with the key (it cannot use IAM policies)."""
    return Statement(
        sid="CloudWatchLogsEncryptsTheseLogGroups",
        principals={"Service": (f"logs.{names.region}.amazonaws.com",)},
        actions=("kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"),
        resources=("*",),
        conditions={
            "ArnEquals": {
                "kms:EncryptionContext:aws:logs:arn": tuple(
                    f"arn:aws:logs:{names.region}:{names.account_id}:log-group:{group}"
                    for group in log_groups
                )
            }
        },
        wildcard_reason="in a key policy, Resource '*' means this key",
    )


def _launching_services_may_use_key(account_id: str) -> tuple[Statement, ...]:
    """The service-linked roles that launch instances with encrypted root volumes: Auto Scaling (the
    managed node group) and EC2 Spot (Karpenter's spot capacity through CreateFleet). A
    service-linked role has no IAM policy for customer keys, so the key policy must allow it (both
    are created by the bootstrap stack, because KMS rejects a policy naming a missing role)."""
    roles = tuple(
        f"arn:aws:iam::{account_id}:role/{role}"
        for role in (AUTO_SCALING_SERVICE_LINKED_ROLE, SPOT_SERVICE_LINKED_ROLE)
    )
    reason = "in a key policy, Resource '*' means this key"
    return (
        Statement(
            sid="LaunchingServicesEncryptNodeVolumes",
            principals={"AWS": roles},
            actions=(
                "kms:Encrypt",
                "kms:Decrypt",
                "kms:ReEncrypt*",
                "kms:GenerateDataKey*",
                "kms:DescribeKey",
            ),
            resources=("*",),
            wildcard_reason=reason,
        ),
        Statement(
            sid="LaunchingServicesGrantVolumeEncryptionToEc2",
            principals={"AWS": roles},
            actions=("kms:CreateGrant",),
            resources=("*",),
            conditions={"Bool": {"kms:GrantIsForAWSResource": "true"}},
            wildcard_reason=reason,
        ),
    )
