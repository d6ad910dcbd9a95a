"""Permissions of the GitHub Actions roles: ``plan`` reads, ``apply`` changes one environment,
``promote`` finds the cluster for the performance gate.

Both read every resource's configuration through ``ReadOnlyAccess`` (Terraform refreshes all of
them), but neither may read backup contents. ``apply`` may change only the resources of its own
environment, by name where AWS allows it; it may not touch its own or ``plan``'s role, nor
attach managed policies other than those the environment stack uses.

``apply`` creates IAM roles, so it could otherwise write itself an administrator: every role it
creates or changes must carry the permissions boundary ``<env>-workload-boundary``
(``workload_boundary_policy``, created here by the bootstrap stack, which ``apply`` may neither
change nor remove from a role). It grants EKS cluster access only to the principals and access
policies the stack declares (``ClusterAccessGrant``), and may not delete, disable or re-key the
Vault unseal and backup keys.
"""

from __future__ import annotations

from dataclasses import dataclass

from contexter_deploy.ground.naming import (
    GITHUB_APPLY_ROLE,
    GITHUB_PLAN_ROLE,
    GITHUB_PROMOTE_ROLE,
    Names,
    SharedNames,
)
from infra.backup.aws_backup_plan import BACKUP_ROLE_POLICIES
from infra.bootstrap.deploy_policy_findings import DENIED_SHARING
from infra.cluster.eks_cluster import CLUSTER_ADMIN_POLICY, EDIT_POLICY, VIEW_POLICY
from infra.cluster.system_node_group import NODE_POLICIES
from infra.iam.policy import Statement, policy_document
from infra.iam.workload_policies import EBS_CSI_MANAGED_POLICY

READ_ONLY_POLICY = "arn:aws:iam::aws:policy/ReadOnlyAccess"

EKS_CLUSTER_POLICY = "arn:aws:iam::aws:policy/AmazonEKSClusterPolicy"
ENVIRONMENT_MANAGED_POLICIES: tuple[str, ...] = (
    EKS_CLUSTER_POLICY,
    *NODE_POLICIES,
    *BACKUP_ROLE_POLICIES,
    EBS_CSI_MANAGED_POLICY,
)
"""Every AWS-managed policy the environment stack attaches; ``apply`` may attach no other."""
BOUNDED_ROLE_ACTIONS: tuple[str, ...] = (
    "iam:AttachRolePolicy",
    "iam:CreateRole",
    "iam:DeleteRolePolicy",
    "iam:DetachRolePolicy",
    "iam:PutRolePermissionsBoundary",
    "iam:PutRolePolicy",
)
"""The role changes IAM authorizes with ``iam:PermissionsBoundary`` (the boundary the role has, or
gets): ``apply`` may make them only to roles bounded by the workload boundary."""
ROLE_ACTIONS: tuple[str, ...] = (
    "iam:AddRoleToInstanceProfile",
    "iam:CreateInstanceProfile",
    "iam:DeleteInstanceProfile",
    "iam:DeleteRole",
    "iam:GetInstanceProfile",
    "iam:GetRole",
    "iam:GetRolePolicy",
    "iam:ListAttachedRolePolicies",
    "iam:ListInstanceProfilesForRole",
    "iam:ListRolePolicies",
    "iam:PassRole",
    "iam:RemoveRoleFromInstanceProfile",
    "iam:TagInstanceProfile",
    "iam:TagRole",
    "iam:UntagInstanceProfile",
    "iam:UntagRole",
    "iam:UpdateAssumeRolePolicy",
    "iam:UpdateRole",
    "iam:UpdateRoleDescription",
)
"""The rest of what Terraform does to the stack's roles and instance profiles (``BOUNDED_ROLE_ACTIONS``
apart); no user, group or policy object."""
KMS_KEY_ACTIONS: tuple[str, ...] = (
    "kms:CancelKeyDeletion",
    "kms:CreateAlias",
    "kms:CreateGrant",
    "kms:DeleteAlias",
    "kms:DescribeKey",
    "kms:EnableKeyRotation",
    "kms:GetKeyPolicy",
    "kms:GetKeyRotationStatus",
    "kms:ListResourceTags",
    "kms:PutKeyPolicy",
    "kms:ReplicateKey",
    "kms:ScheduleKeyDeletion",
    "kms:TagResource",
    "kms:UntagResource",
    "kms:UpdateAlias",
    "kms:UpdateKeyDescription",
)
"""What Terraform does to the stack's keys (``aws_kms_key``, ``aws_kms_replica_key``); never encrypt
or decrypt. ``CreateGrant``: EKS and AWS Backup grant themselves use of a key passed to them by the
caller. ``ProtectTheUnsealAndBackupKeys`` denies the destructive ones on the keys whose loss loses data."""
EKS_ACTIONS: tuple[str, ...] = (
    "eks:AssociateEncryptionConfig",
    "eks:CreateAddon",
    "eks:CreateCluster",
    "eks:CreateNodegroup",
    "eks:CreatePodIdentityAssociation",
    "eks:DeleteAddon",
    "eks:DeleteNodegroup",
    "eks:DeletePodIdentityAssociation",
    "eks:DescribeAccessEntry",
    "eks:DescribeAddon",
    "eks:DescribeCluster",
    "eks:DescribeNodegroup",
    "eks:DescribePodIdentityAssociation",
    "eks:DescribeUpdate",
    "eks:ListAccessEntries",
    "eks:ListAddons",
    "eks:ListAssociatedAccessPolicies",
    "eks:ListNodegroups",
    "eks:ListPodIdentityAssociations",
    "eks:ListTagsForResource",
    "eks:ListUpdates",
    "eks:TagResource",
    "eks:UntagResource",
    "eks:UpdateAddon",
    "eks:UpdateClusterConfig",
    "eks:UpdateClusterVersion",
    "eks:UpdateNodegroupConfig",
    "eks:UpdateNodegroupVersion",
    "eks:UpdatePodIdentityAssociation",
)
"""What Terraform does to the cluster, its node groups, add-ons and Pod Identity associations. No
``DeleteCluster`` (the cluster has deletion protection) and no access-entry changes: those are
``ClusterAccessGrant``'s, limited by principal and access policy."""
GUARDDUTY_DETECTOR_ACTIONS: tuple[str, ...] = (
    "guardduty:DeleteDetector",
    "guardduty:GetDetector",
    "guardduty:ListTagsForResource",
    "guardduty:TagResource",
    "guardduty:UntagResource",
    "guardduty:UpdateDetector",
)
"""What Terraform does to the detector and its features (``aws_guardduty_detector_feature`` is
``UpdateDetector``); no member, filter, IP set or publishing destination."""
CLUSTER_SERVICE_ACTIONS: tuple[str, ...] = (
    "eks:DescribeCluster",
    "eks:ListClusters",
    "eks-auth:AssumeRoleForPodIdentity",
    "ecr:BatchGetImage",
    "ecr:BatchImportUpstreamImage",
    "ecr:GetAuthorizationToken",
    "ecr:GetDownloadUrlForLayer",
    "ssm:DescribeAssociation",
    "ssm:DescribeDocument",
    "ssm:GetDeployablePatchSnapshotForInstance",
    "ssm:GetDocument",
    "ssm:GetManifest",
    "ssm:ListAssociations",
    "ssm:ListInstanceAssociations",
    "ssm:PutComplianceItems",
    "ssm:PutConfigurePackageResult",
    "ssm:PutInventory",
    "ssm:UpdateAssociationStatus",
    "ssm:UpdateInstanceAssociationStatus",
    "ssm:UpdateInstanceInformation",
    "ssmmessages:*",
    "ec2messages:*",
    "backup:*",
    "backup-storage:MountCapsule",
    "tag:GetResources",
)
"""What nodes and the stack's services call at run time on resources that have no ARN of the
environment's own: node join, image pulls, Session Manager, AWS Backup."""
WORKLOAD_BOUNDARY = "workload-boundary"
"""Name suffix of the permissions boundary policy: ``<env prefix>-workload-boundary``."""


@dataclass(frozen=True)
class ClusterAccessGrant:
    """One EKS access entry the stack creates: who, and which access policy (none for node roles)."""

    principal_arn: str
    policy_arn: str | None
    """``None`` for an ``EC2_LINUX`` node entry, which has no access policy."""


def access_entry_arn(names: Names, principal_arn: str) -> str:
    """The ARN of ``principal_arn``'s access entry in the cluster: ``.../role/<account>/<name>/<UUID>``."""
    principal_account = principal_arn.split(":")[4]
    role_name = principal_arn.rsplit("/", 1)[-1]
    return (
        f"arn:aws:eks:{names.region}:{names.account_id}:access-entry/{names.cluster}"
        f"/role/{principal_account}/{role_name}/*"
    )


def boundary_policy_arn(names: Names) -> str:
    """ARN of the permissions boundary every role of ``names``' environment stack carries."""
    return f"arn:aws:iam::{names.account_id}:policy/{names.prefix}-{WORKLOAD_BOUNDARY}"


def cluster_access_grants(
    names: Names, *, admin_role_arns: tuple[str, ...], promote: bool
) -> tuple[ClusterAccessGrant, ...]:
    """The access entries the environment stack declares (``infra/cluster``): operators as cluster
    admins, ``apply`` as viewer, the promote role (namespaced view/edit) and Karpenter's node role."""
    grants = [ClusterAccessGrant(arn, CLUSTER_ADMIN_POLICY) for arn in admin_role_arns]
    grants.append(ClusterAccessGrant(names.role_arn(GITHUB_APPLY_ROLE), VIEW_POLICY))
    if promote:
        promote_arn = names.role_arn(GITHUB_PROMOTE_ROLE)
        grants += [ClusterAccessGrant(promote_arn, VIEW_POLICY), ClusterAccessGrant(promote_arn, EDIT_POLICY)]
    grants.append(
        ClusterAccessGrant(f"arn:aws:iam::{names.account_id}:role/{names.karpenter_node_role}", None)
    )
    return tuple(grants)


SERVICE_LINKED_ROLES: tuple[str, ...] = (
    "eks.amazonaws.com",
    "eks-nodegroup.amazonaws.com",
    "autoscaling.amazonaws.com",
    "spot.amazonaws.com",
    "backup.amazonaws.com",
    "guardduty.amazonaws.com",
)


def state_statements(
    shared: SharedNames, names: Names, *, state_bucket: str, write: bool
) -> tuple[Statement, ...]:
    """Read (and for ``apply`` write) this environment's state, and take its lock."""
    bucket_arn = f"arn:aws:s3:::{state_bucket}"
    state = f"{bucket_arn}/{names.state_key}"
    prefix = names.state_key.rsplit("/", 1)[0] + "/"
    return (
        Statement(
            sid="ListOwnState",
            actions=("s3:ListBucket",),
            resources=(bucket_arn,),
            conditions={"StringLike": {"s3:prefix": f"{prefix}*"}},
        ),
        Statement(
            sid="UseOwnState",
            actions=("s3:GetObject", "s3:PutObject") if write else ("s3:GetObject",),
            resources=(state,),
        ),
        Statement(
            sid="LockOwnState",
            actions=("s3:GetObject", "s3:PutObject", "s3:DeleteObject"),
            resources=(f"{state}.tflock",),
        ),
        Statement(
            sid="EncryptOwnState",
            actions=("kms:Decrypt", "kms:GenerateDataKey"),
            resources=(f"arn:aws:kms:{shared.region}:{shared.account_id}:key/*",),
            conditions={
                "StringEquals": {"kms:ViaService": f"s3.{shared.region}.amazonaws.com"},
                "StringLike": {"kms:EncryptionContext:aws:s3:arn": f"arn:aws:s3:::{state_bucket}/{prefix}*"},
            },
            wildcard_reason="the key ID exists only after the bootstrap apply; the encryption context"
            " limits use to S3 objects of this environment's state",
        ),
    )


def deny_backup_contents(names: Names) -> Statement:
    """Neither deploy role reads what the workloads back up: ``ReadOnlyAccess`` would allow it."""
    return Statement(
        sid="NeverReadBackupContents",
        effect="Deny",
        actions=("s3:GetObject", "s3:GetObjectVersion"),
        resources=(f"{names.backup_bucket_arn}/*", f"{names.dr_backup_bucket_arn}/*"),
        wildcard_reason="every object of the backup buckets",
    )


def plan_policy(shared: SharedNames, names: Names, *, state_bucket: str) -> str:
    """``plan``: read this environment's state and take its lock; read nothing else beyond ReadOnlyAccess."""
    return policy_document(
        *state_statements(shared, names, state_bucket=state_bucket, write=False),
        deny_backup_contents(names),
    )


def apply_policy(
    shared: SharedNames, names: Names, *, state_bucket: str, grants: tuple[ClusterAccessGrant, ...]
) -> str:
    """``apply``: create, change and delete the resources of this environment's stack only."""
    return policy_document(
        *state_statements(shared, names, state_bucket=state_bucket, write=True),
        deny_backup_contents(names),
        *_network_statements(names),
        *_cluster_statements(names, grants),
        *_key_creation_statements(names),
        *_own_key_statements(names),
        *_role_statements(names),
        *_backup_bucket_statements(names),
        *_log_statements(names),
        *_interruption_statements(names),
        *_alerting_statements(names),
        *_backup_vault_statements(names),
        *_budget_statements(names),
    )


def _network_statements(names: Names) -> list[Statement]:
    """The VPC, its subnets, gateways and endpoints, and the nodes' launch templates."""
    return [
        Statement(
            sid="ManageNetworkAndNodes",
            actions=("ec2:*",),
            resources=("*",),
            conditions={"StringEquals": {"aws:RequestedRegion": names.region}},
            wildcard_reason="VPC, subnet, gateway, endpoint and launch template IDs are created by the apply",
        ),
    ]


def _cluster_statements(names: Names, grants: tuple[ClusterAccessGrant, ...]) -> list[Statement]:
    """The cluster, its node groups, add-ons and Pod Identity associations, and the access entries
    of ``grants``."""
    eks = f"arn:aws:eks:{names.region}:{names.account_id}"
    cluster = names.cluster
    return [
        Statement(
            sid="ManageCluster",
            actions=EKS_ACTIONS,
            resources=(
                f"{eks}:cluster/{cluster}",
                f"{eks}:nodegroup/{cluster}/*",
                f"{eks}:addon/{cluster}/*",
                f"{eks}:access-entry/{cluster}/*",
                f"{eks}:podidentityassociation/{cluster}/*",
            ),
            wildcard_reason="node group, add-on, access entry and association IDs are suffixed by EKS",
        ),
        *_access_entry_statements(names, grants),
        Statement(
            sid="ReadEksCatalog",
            actions=(
                "eks:DescribeAddonVersions",
                "eks:DescribeAddonConfiguration",
                "eks:ListClusters",
                "eks:ListAccessPolicies",
            ),
            resources=("*",),
            wildcard_reason="the add-on catalog, access policies and cluster listing have no resource ARN",
        ),
    ]


def _access_entry_statements(names: Names, grants: tuple[ClusterAccessGrant, ...]) -> list[Statement]:
    """Create the access entries, and associate each declared access policy only with the
    principals ``grants`` give it."""
    eks = f"arn:aws:eks:{names.region}:{names.account_id}"
    by_policy: dict[str, list[str]] = {}
    for grant in grants:
        if grant.policy_arn is not None:
            by_policy.setdefault(grant.policy_arn, []).append(grant.principal_arn)
    statements = [
        # An entry with neither access policy nor Kubernetes group authorizes nothing: what a
        # principal may do comes from the associations below, each limited to its principal.
        Statement(
            sid="CreateAccessEntriesWithoutGroups",
            actions=("eks:CreateAccessEntry", "eks:DeleteAccessEntry"),
            resources=(f"{eks}:cluster/{names.cluster}", f"{eks}:access-entry/{names.cluster}/*"),
            wildcard_reason="access entry IDs are suffixed by EKS",
        ),
        Statement(
            sid="NoKubernetesGroupsInAccessEntries",
            effect="Deny",
            actions=("eks:CreateAccessEntry", "eks:UpdateAccessEntry"),
            resources=("*",),
            conditions={"Null": {"eks:kubernetesGroups": "false"}},
            wildcard_reason="every access entry: groups such as system:masters bypass access policies",
        ),
    ]
    for index, (policy_arn, principals) in enumerate(sorted(by_policy.items())):
        statements.append(
            Statement(
                sid=f"AssociateDeclaredAccessPolicy{index}",
                actions=("eks:AssociateAccessPolicy", "eks:DisassociateAccessPolicy"),
                resources=tuple(access_entry_arn(names, principal) for principal in principals),
                conditions={"StringEquals": {"eks:policyArn": policy_arn}},
                wildcard_reason="an access entry ARN ends in a UUID EKS chooses; the ARN names the principal",
            )
        )
    return statements


def _key_creation_statements(names: Names) -> list[Statement]:
    """Create keys in both regions only with the environment's tag, and never with a key policy
    that could lock the account out."""
    regions = (names.region, names.dr_region)
    return [
        Statement(
            sid="ListKeys",
            actions=("kms:ListAliases", "kms:ListKeys"),
            resources=("*",),
            conditions={"StringEquals": {"aws:RequestedRegion": regions}},
            wildcard_reason="listings have no resource ARN",
        ),
        Statement(
            sid="CreateTaggedKeys",
            actions=("kms:CreateKey",),
            resources=("*",),
            conditions={
                "StringEquals": {
                    "aws:RequestedRegion": regions,
                    "aws:RequestTag/environment": names.environment,
                }
            },
            wildcard_reason="a key gets its ID when created; CreateKey has no resource ARN",
        ),
        Statement(
            sid="TagKeysAtCreation",
            actions=("kms:TagResource",),
            resources=("*",),
            conditions={
                "StringEquals": {
                    "aws:RequestedRegion": regions,
                    "aws:RequestTag/environment": names.environment,
                },
                # A key being created has no tags yet; an existing key of another owner has.
                "Null": {"aws:ResourceTag/environment": "true"},
            },
            wildcard_reason="CreateKey with Tags authorizes kms:TagResource before the key has an ARN",
        ),
        Statement(
            sid="NeverBypassTheKeyPolicyLockoutCheck",
            effect="Deny",
            actions=("kms:CreateKey", "kms:PutKeyPolicy", "kms:ReplicateKey"),
            resources=("*",),
            conditions={"Bool": {"kms:BypassPolicyLockoutSafetyCheck": "true"}},
            wildcard_reason="every key: no key policy may lock the account out",
        ),
    ]


def _own_key_statements(names: Names) -> list[Statement]:
    """Manage the environment's tagged keys and their aliases, never the unseal and backup keys'
    deletion, policy or grants."""
    account, regions = names.account_id, (names.region, names.dr_region)
    protected_aliases = (names.vault_kms_alias, f"alias/{names.prefix}-backups")
    return [
        Statement(
            sid="ManageOwnKeys",
            actions=KMS_KEY_ACTIONS,
            resources=tuple(f"arn:aws:kms:{r}:{account}:key/*" for r in regions),
            conditions={"StringEquals": {"aws:ResourceTag/environment": names.environment}},
            wildcard_reason="key IDs are random; the environment tag (provider default_tags) scopes them",
        ),
        Statement(
            sid="ProtectTheUnsealAndBackupKeys",
            effect="Deny",
            actions=("kms:ScheduleKeyDeletion", "kms:DisableKey", "kms:PutKeyPolicy", "kms:CreateGrant"),
            resources=("*",),
            conditions={"ForAnyValue:StringEquals": {"kms:ResourceAliases": protected_aliases}},
            wildcard_reason="the keys are found by their aliases: losing either loses the data it protects",
        ),
        Statement(
            sid="ManageOwnAliases",
            actions=("kms:CreateAlias", "kms:DeleteAlias", "kms:UpdateAlias"),
            resources=tuple(f"arn:aws:kms:{r}:{account}:alias/{names.prefix}-*" for r in regions),
            wildcard_reason="one alias per key of this environment, all prefixed with its name",
        ),
        Statement(
            sid="KeepTheProtectedAliases",
            effect="Deny",
            actions=("kms:DeleteAlias", "kms:UpdateAlias"),
            resources=tuple(
                f"arn:aws:kms:{r}:{account}:{alias}" for r in regions for alias in protected_aliases
            ),
        ),
    ]


def _role_statements(names: Names) -> list[Statement]:
    """Create and change the stack's roles and instance profile, each bounded by the workload
    boundary, attaching only the managed policies the stack uses; never the deploy roles."""
    iam = f"arn:aws:iam::{names.account_id}"
    stack_roles = (f"{iam}:role/{names.prefix}-*",)
    return [
        Statement(
            sid="ManageOwnRoles",
            actions=ROLE_ACTIONS,
            resources=(*stack_roles, f"{iam}:instance-profile/{names.prefix}-*"),
            wildcard_reason="the stack's roles and instance profile, prefixed with the environment's name",
        ),
        *_boundary_statements(names),
        Statement(
            sid="AttachOnlyTheStacksManagedPolicies",
            effect="Deny",
            actions=("iam:AttachRolePolicy", "iam:DetachRolePolicy"),
            resources=stack_roles,
            conditions={"ArnNotEquals": {"iam:PolicyARN": ENVIRONMENT_MANAGED_POLICIES}},
            wildcard_reason="the stack's roles, all prefixed with the environment's name",
        ),
        Statement(
            sid="NeverChangeTheDeployRoles",
            effect="Deny",
            actions=("iam:*",),
            resources=tuple(
                f"{iam}:role/{names.role_name(role)}"
                for role in (GITHUB_PLAN_ROLE, GITHUB_APPLY_ROLE, GITHUB_PROMOTE_ROLE)
            ),
        ),
        Statement(
            sid="CreateServiceLinkedRoles",
            actions=("iam:CreateServiceLinkedRole",),
            resources=(f"{iam}:role/aws-service-role/*",),
            conditions={"StringEquals": {"iam:AWSServiceName": SERVICE_LINKED_ROLES}},
            wildcard_reason="service-linked role paths are chosen by each service",
        ),
    ]


def _boundary_statements(names: Names) -> list[Statement]:
    """Every role ``apply`` creates or changes carries the workload boundary, which it may neither
    remove from a role nor change."""
    boundary = boundary_policy_arn(names)
    stack_roles = (f"arn:aws:iam::{names.account_id}:role/{names.prefix}-*",)
    return [
        Statement(
            sid="ChangeOnlyBoundedRoles",
            actions=BOUNDED_ROLE_ACTIONS,
            resources=stack_roles,
            conditions={"StringEquals": {"iam:PermissionsBoundary": boundary}},
            wildcard_reason="the stack's roles, all prefixed with the environment's name",
        ),
        Statement(
            sid="DenyRolesWithoutTheBoundary",
            effect="Deny",
            actions=BOUNDED_ROLE_ACTIONS,
            resources=("*",),
            conditions={"StringNotEquals": {"iam:PermissionsBoundary": boundary}},
            wildcard_reason="every role: none may be created or changed without the workload boundary",
        ),
        Statement(
            sid="NeverRemoveTheBoundary",
            effect="Deny",
            actions=("iam:DeleteRolePermissionsBoundary",),
            resources=("*",),
            wildcard_reason="every role keeps its boundary",
        ),
        Statement(
            sid="NeverChangeTheBoundaryPolicy",
            effect="Deny",
            actions=(
                "iam:CreatePolicyVersion",
                "iam:DeletePolicy",
                "iam:DeletePolicyVersion",
                "iam:SetDefaultPolicyVersion",
                "iam:TagPolicy",
                "iam:UntagPolicy",
            ),
            resources=(boundary,),
        ),
    ]


def _backup_bucket_statements(names: Names) -> list[Statement]:
    """The backup bucket and its disaster-recovery replica."""
    return [
        Statement(
            sid="ManageBackupBuckets",
            actions=("s3:*",),
            resources=(names.backup_bucket_arn, names.dr_backup_bucket_arn),
        ),
    ]


def _log_statements(names: Names) -> list[Statement]:
    """The cluster's and the flow logs' log groups."""
    log_groups = f"arn:aws:logs:{names.region}:{names.account_id}:log-group"
    return [
        Statement(
            sid="ManageLogGroups",
            actions=("logs:*",),
            resources=tuple(
                f"{log_groups}:{group}{suffix}"
                for group in (names.cluster_log_group, names.flow_log_group)
                for suffix in ("", ":*")
            ),
            wildcard_reason="log streams of the two log groups",
        ),
        Statement(
            sid="ListLogGroups",
            actions=("logs:DescribeLogGroups",),
            resources=(f"{log_groups}:*",),
            wildcard_reason="DescribeLogGroups lists groups and cannot be scoped to one group",
        ),
    ]


def _interruption_statements(names: Names) -> list[Statement]:
    """Karpenter's interruption queue and the EventBridge rules that feed it."""
    account, region = names.account_id, names.region
    return [
        Statement(
            sid="ManageInterruptionQueue",
            actions=("sqs:*",),
            resources=(f"arn:aws:sqs:{region}:{account}:{names.karpenter_interruption_queue}",),
        ),
        Statement(
            sid="ManageInterruptionRules",
            actions=("events:*",),
            resources=(f"arn:aws:events:{region}:{account}:rule/{names.cluster}-karpenter-*",),
            wildcard_reason="one rule per interruption event, all prefixed with the cluster name",
        ),
    ]


def _alerting_statements(names: Names) -> list[Statement]:
    """The AWS alert topic and the CloudWatch alarms that publish to it."""
    account, region = names.account_id, names.region
    return [
        Statement(
            sid="ManageGuardDutyFindingsRule",
            actions=("events:*",),
            resources=(f"arn:aws:events:{region}:{account}:rule/{names.guardduty_findings_rule}",),
        ),
        Statement(
            sid="ManageGuardDutyDetector",
            actions=GUARDDUTY_DETECTOR_ACTIONS,
            resources=(f"arn:aws:guardduty:{region}:{account}:detector/*",),
            wildcard_reason="the detector ID is chosen by GuardDuty; there is one per account and region",
        ),
        Statement(
            sid="CreateGuardDutyDetector",
            actions=("guardduty:CreateDetector", "guardduty:ListDetectors"),
            resources=("*",),
            conditions={"StringEquals": {"aws:RequestedRegion": region}},
            wildcard_reason="CreateDetector and ListDetectors have no resource ARN",
        ),
        Statement(
            sid="ManageAlertTopic",
            actions=("sns:*",),
            resources=(f"arn:aws:sns:{region}:{account}:{names.prefix}-aws-alerts",),
        ),
        Statement(
            sid="ManageReplicationAlarms",
            actions=(
                "cloudwatch:PutMetricAlarm",
                "cloudwatch:DeleteAlarms",
                "cloudwatch:DescribeAlarms",
                "cloudwatch:TagResource",
                "cloudwatch:UntagResource",
                "cloudwatch:ListTagsForResource",
            ),
            resources=(f"arn:aws:cloudwatch:{region}:{account}:alarm:{names.prefix}-*",),
            wildcard_reason="the alarms of this environment, prefixed with its name",
        ),
    ]


def _backup_vault_statements(names: Names) -> list[Statement]:
    """The AWS Backup vaults of both regions and the backup plan."""
    account, region = names.account_id, names.region
    regions = (region, names.dr_region)
    return [
        Statement(
            sid="ManageBackupVaultsAndPlan",
            actions=("backup:*",),
            resources=(
                *(f"arn:aws:backup:{r}:{account}:backup-vault:{names.backup_vault}" for r in regions),
                f"arn:aws:backup:{region}:{account}:backup-plan:*",
            ),
            wildcard_reason="backup plan IDs are random",
        ),
        Statement(
            sid="CreateBackupVaults",
            actions=("backup-storage:MountCapsule", "backup:ListBackupPlans", "backup:ListBackupVaults"),
            resources=("*",),
            conditions={"StringEquals": {"aws:RequestedRegion": regions}},
            wildcard_reason="backup-storage and the listings have no resource ARN",
        ),
    ]


def _budget_statements(names: Names) -> list[Statement]:
    """The environment's monthly budget."""
    return [
        Statement(
            sid="ManageBudget",
            actions=("budgets:*",),
            resources=(f"arn:aws:budgets::{names.account_id}:budget/{names.prefix}-monthly",),
        ),
    ]


def workload_boundary_policy(names: Names) -> str:
    """The ceiling of every role the environment stack creates (``permissions_boundary``).

    It allows what the stack's roles need (the Pod Identity roles, nodes, the EKS control plane,
    Karpenter, AWS Backup, replication, flow logs, the operator host) and nothing of IAM beyond
    passing and reading the stack's own roles: a role that ``apply`` writes can never grant
    itself more, change access to the cluster, or administer a key.
    """
    return policy_document(
        *_boundary_compute_statements(),
        *_boundary_backup_statements(names),
        *_boundary_service_statements(names),
        *_boundary_environment_statements(names),
        *_boundary_iam_statements(names),
    )


def _boundary_compute_statements() -> list[Statement]:
    """What nodes, the EBS CSI driver, the load balancer controller and Karpenter create at run time."""
    return [
        Statement(
            sid="ComputeNetworkAndVolumes",
            actions=("ec2:*", "elasticloadbalancing:*", "autoscaling:*", "pricing:GetProducts"),
            resources=("*",),
            wildcard_reason="nodes, volumes, snapshots and load balancers are created at run time",
        ),
    ]


def _boundary_backup_statements(names: Names) -> list[Statement]:
    """The backup buckets' objects, and the environment's keys: use, never administration."""
    account, regions = names.account_id, (names.region, names.dr_region)
    return [
        Statement(
            sid="BackupObjects",
            actions=("s3:*",),
            resources=tuple(
                f"{bucket}{suffix}"
                for bucket in (names.backup_bucket_arn, names.dr_backup_bucket_arn)
                for suffix in ("", "/*")
            ),
            wildcard_reason="the objects of the environment's two backup buckets",
        ),
        Statement(
            sid="UseKeysNeverAdministerThem",
            actions=(
                "kms:CreateGrant",
                "kms:Decrypt",
                "kms:DescribeKey",
                "kms:Encrypt",
                "kms:GenerateDataKey*",
                "kms:ListGrants",
                "kms:ReEncrypt*",
                "kms:RetireGrant",
                "kms:RevokeGrant",
            ),
            resources=tuple(f"arn:aws:kms:{r}:{account}:key/*" for r in regions),
            wildcard_reason="the keys of the environment's regions; each role's own policy names its key",
        ),
    ]


def _boundary_service_statements(names: Names) -> list[Statement]:
    """Node join, image pulls, Session Manager and AWS Backup, never sharing what they make."""
    regions = (names.region, names.dr_region)
    return [
        Statement(
            sid="ClusterServices",
            actions=CLUSTER_SERVICE_ACTIONS,
            resources=("*",),
            wildcard_reason="node join, image pulls, Session Manager, AWS Backup: run-time resources",
        ),
        Statement(
            sid="PublicAmiParameters",
            actions=("ssm:GetParameter", "ssm:GetParameters"),
            resources=tuple(f"arn:aws:ssm:{r}::parameter/aws/service/*" for r in regions),
            wildcard_reason="AWS's public parameters (AMI IDs for Karpenter); never the account's own",
        ),
        Statement(
            sid="NeverShareSnapshotsImagesOrVaults",
            effect="Deny",
            actions=DENIED_SHARING,
            resources=("*",),
            wildcard_reason="no role of the stack shares a snapshot, image or vault with another account",
        ),
    ]


def _boundary_environment_statements(names: Names) -> list[Statement]:
    """Karpenter's interruption queue, the flow logs and the ingress's DNS records."""
    account, region = names.account_id, names.region
    return [
        Statement(
            sid="EnvironmentQueuesLogsAndZones",
            actions=(
                "sqs:*",
                "logs:*",
                "route53:ChangeResourceRecordSets",
                "route53:GetChange",
                "route53:ListResourceRecordSets",
            ),
            resources=(
                f"arn:aws:sqs:{region}:{account}:{names.karpenter_interruption_queue}",
                f"arn:aws:logs:{region}:{account}:log-group:{names.flow_log_group}",
                f"arn:aws:logs:{region}:{account}:log-group:{names.flow_log_group}:*",
                "arn:aws:route53:::hostedzone/*",
                "arn:aws:route53:::change/*",
            ),
            wildcard_reason="log streams, the hosted zone the ingress names, change IDs",
        ),
    ]


def _boundary_iam_statements(names: Names) -> list[Statement]:
    """Of IAM only passing and reading the stack's roles, and the control plane's service-linked roles."""
    account = names.account_id
    return [
        Statement(
            sid="PassAndReadOnlyTheStacksRoles",
            actions=("iam:PassRole", "iam:GetRole", "iam:GetInstanceProfile"),
            resources=(
                f"arn:aws:iam::{account}:role/{names.prefix}-*",
                f"arn:aws:iam::{account}:instance-profile/{names.prefix}-*",
            ),
            wildcard_reason="the stack's roles and instance profiles, prefixed with the environment's name",
        ),
        Statement(
            sid="ServiceLinkedRolesOfTheControlPlane",
            actions=("iam:CreateServiceLinkedRole",),
            resources=(f"arn:aws:iam::{account}:role/aws-service-role/*",),
            wildcard_reason="service-linked role paths are chosen by each service",
        ),
    ]


def promote_policy(names: Names) -> str:
    """The promotion's performance gate: look up the cluster's endpoint and CA (``aws eks
    update-kubeconfig``), nothing else in AWS. What it may do inside the cluster is its namespaced
    EKS access entry (``infra/stacks/environment_stack.py``, ``PROMOTE_ACCESS``)."""
    return policy_document(
        Statement(
            sid="FindTheCluster",
            actions=("eks:DescribeCluster",),
            resources=(f"arn:aws:eks:{names.region}:{names.account_id}:cluster/{names.cluster}",),
        )
    )


def images_policy(*, repository_arns: tuple[str, ...]) -> str:
    """The image workflow: push to the Contexter repositories, nothing else."""
    return policy_document(
        Statement(
            sid="LogInToTheRegistry",
            actions=("ecr:GetAuthorizationToken",),
            resources=("*",),
            wildcard_reason="GetAuthorizationToken is registry-wide and has no resource ARN",
        ),
        Statement(
            sid="PushImages",
            actions=(
                "ecr:BatchCheckLayerAvailability",
                "ecr:BatchGetImage",
                "ecr:CompleteLayerUpload",
                "ecr:DescribeImageScanFindings",
                "ecr:DescribeImages",
                "ecr:GetDownloadUrlForLayer",
                "ecr:InitiateLayerUpload",
                "ecr:PutImage",
                "ecr:UploadLayerPart",
            ),
            resources=repository_arns,
        ),
    )
