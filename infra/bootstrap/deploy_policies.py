"""Permissions of the GitHub Actions roles: ``plan`` reads, ``apply`` changes one environment,
``promote`` finds the cluster for the performance gate.

Both read every resource's configuration through ``ReadOnlyAccess`` (Terraform refreshes all of
them), but neither may read backup contents. ``apply`` may change only the resources of its own
environment, by name where AWS allows it; it may not touch its own or ``plan``'s role, nor
attach managed policies other than those the environment stack uses.
"""

from __future__ import annotations

from contexter_deploy.naming import (
    GITHUB_APPLY_ROLE,
    GITHUB_PLAN_ROLE,
    GITHUB_PROMOTE_ROLE,
    Names,
    SharedNames,
)
from infra.backup.aws_backup_plan import BACKUP_ROLE_POLICIES
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
ROLE_ACTIONS: tuple[str, ...] = (
    "iam:AddRoleToInstanceProfile",
    "iam:AttachRolePolicy",
    "iam:CreateInstanceProfile",
    "iam:CreateRole",
    "iam:DeleteInstanceProfile",
    "iam:DeleteRole",
    "iam:DeleteRolePolicy",
    "iam:DetachRolePolicy",
    "iam:GetInstanceProfile",
    "iam:GetRole",
    "iam:GetRolePolicy",
    "iam:ListAttachedRolePolicies",
    "iam:ListInstanceProfilesForRole",
    "iam:ListRolePolicies",
    "iam:PassRole",
    "iam:PutRolePolicy",
    "iam:RemoveRoleFromInstanceProfile",
    "iam:TagInstanceProfile",
    "iam:TagRole",
    "iam:UntagInstanceProfile",
    "iam:UntagRole",
    "iam:UpdateAssumeRolePolicy",
    "iam:UpdateRole",
    "iam:UpdateRoleDescription",
)
"""What Terraform does to the stack's roles and instance profile; no user, group or policy object."""
SERVICE_LINKED_ROLES: tuple[str, ...] = (
    "eks.amazonaws.com",
    "eks-nodegroup.amazonaws.com",
    "autoscaling.amazonaws.com",
    "spot.amazonaws.com",
    "backup.amazonaws.com",
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


def apply_policy(shared: SharedNames, names: Names, *, state_bucket: str) -> str:
    """``apply``: create, change and delete the resources of this environment's stack only."""
    account, region, dr_region = names.account_id, names.region, names.dr_region
    regions = (region, dr_region)
    iam = f"arn:aws:iam::{account}"
    eks = f"arn:aws:eks:{region}:{account}"
    cluster = names.cluster
    return policy_document(
        *state_statements(shared, names, state_bucket=state_bucket, write=True),
        deny_backup_contents(names),
        Statement(
            sid="ManageNetworkAndNodes",
            actions=("ec2:*",),
            resources=("*",),
            conditions={"StringEquals": {"aws:RequestedRegion": region}},
            wildcard_reason="VPC, subnet, gateway, endpoint and launch template IDs are created by the apply",
        ),
        Statement(
            sid="ManageCluster",
            actions=("eks:*",),
            resources=(
                f"{eks}:cluster/{cluster}",
                f"{eks}:nodegroup/{cluster}/*",
                f"{eks}:addon/{cluster}/*",
                f"{eks}:access-entry/{cluster}/*",
                f"{eks}:podidentityassociation/{cluster}/*",
            ),
            wildcard_reason="node group, add-on, access entry and association IDs are suffixed by EKS",
        ),
        Statement(
            sid="ReadEksCatalog",
            actions=("eks:DescribeAddonVersions", "eks:DescribeAddonConfiguration", "eks:ListClusters"),
            resources=("*",),
            wildcard_reason="the add-on catalog and cluster listing have no resource ARN",
        ),
        Statement(
            sid="CreateKeys",
            actions=("kms:CreateKey", "kms:ListAliases", "kms:ListKeys"),
            resources=("*",),
            conditions={"StringEquals": {"aws:RequestedRegion": regions}},
            wildcard_reason="a key gets its ID when created; CreateKey has no resource ARN",
        ),
        Statement(
            sid="ManageOwnKeys",
            actions=("kms:*",),
            resources=tuple(f"arn:aws:kms:{r}:{account}:key/*" for r in regions),
            conditions={"StringEquals": {"aws:ResourceTag/environment": names.environment}},
            wildcard_reason="key IDs are random; the environment tag (provider default_tags) scopes them",
        ),
        Statement(
            sid="ManageOwnAliases",
            actions=("kms:CreateAlias", "kms:DeleteAlias", "kms:UpdateAlias"),
            resources=tuple(f"arn:aws:kms:{r}:{account}:alias/{names.prefix}-*" for r in regions),
            wildcard_reason="one alias per key of this environment, all prefixed with its name",
        ),
        Statement(
            sid="ManageOwnRoles",
            actions=ROLE_ACTIONS,
            resources=(f"{iam}:role/{names.prefix}-*", f"{iam}:instance-profile/{names.prefix}-*"),
            wildcard_reason="the stack's roles and instance profile, prefixed with the environment's name",
        ),
        Statement(
            sid="AttachOnlyTheStacksManagedPolicies",
            effect="Deny",
            actions=("iam:AttachRolePolicy", "iam:DetachRolePolicy"),
            resources=(f"{iam}:role/{names.prefix}-*",),
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
        Statement(
            sid="ManageBackupBuckets",
            actions=("s3:*",),
            resources=(names.backup_bucket_arn, names.dr_backup_bucket_arn),
        ),
        Statement(
            sid="ManageLogGroups",
            actions=("logs:*",),
            resources=tuple(
                f"arn:aws:logs:{region}:{account}:log-group:{group}{suffix}"
                for group in (names.cluster_log_group, names.flow_log_group)
                for suffix in ("", ":*")
            ),
            wildcard_reason="log streams of the two log groups",
        ),
        Statement(
            sid="ListLogGroups",
            actions=("logs:DescribeLogGroups",),
            resources=(f"arn:aws:logs:{region}:{account}:log-group:*",),
            wildcard_reason="DescribeLogGroups lists groups and cannot be scoped to one group",
        ),
        Statement(
            sid="ManageInterruptionQueue",
            actions=("sqs:*",),
            resources=(f"arn:aws:sqs:{region}:{account}:{names.karpenter_interruption_queue}",),
        ),
        Statement(
            sid="ManageInterruptionRules",
            actions=("events:*",),
            resources=(f"arn:aws:events:{region}:{account}:rule/{cluster}-karpenter-*",),
            wildcard_reason="one rule per interruption event, all prefixed with the cluster name",
        ),
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
        Statement(
            sid="ManageBudget",
            actions=("budgets:*",),
            resources=(f"arn:aws:budgets::{account}:budget/{names.prefix}-monthly",),
        ),
    )


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
