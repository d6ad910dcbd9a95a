"""The IAM lint findings on the policies of ``deploy_policies`` (the GitHub roles and the workload
boundary) that stay, each with its reason. ``contexter_deploy.validation.iam_lint`` fails on any
other finding, and on an entry here that no longer matches one.

Keys: ``<tool>:<issue>`` or ``<tool>:<issue>:<service or action>``. Kept apart from
``deploy_policies`` only because that module imports the AWS provider bindings, which the lint,
run by ``contexter-deploy validate``, must not load.
"""

from __future__ import annotations

DENIED_SHARING: tuple[str, ...] = (
    "ec2:ModifySnapshotAttribute",
    "ec2:ModifyImageAttribute",
    "ec2:ModifyVpcEndpointServicePermissions",
    "backup:PutBackupVaultAccessPolicy",
    "backup:DeleteBackupVaultAccessPolicy",
    "backup:DeleteBackupVaultSharingPolicy",
    "backup:PutBackupVaultSharingPolicy",
)
"""What the workload boundary denies outright: sharing a snapshot, an image, an endpoint service
or a backup vault with another account (``deploy_policies.workload_boundary_policy``)."""

ACCEPTED_FINDINGS: dict[str, str] = {
    "parliament:RESOURCE_STAR": "ec2:* in the environment's region (apply) and the boundary's service"
    " ceilings: VPC, subnet, launch template and volume IDs exist only after they are created",
    **{
        f"parliament:RESOURCE_MISMATCH:{service}": f"{service}:* on this environment's {service} resources;"
        " parliament expands the wildcard to actions of other resource types, which those ARNs cannot match"
        for service in ("backup", "budgets", "events", "logs", "s3", "sns", "sqs")
    },
    "parliament:RESOURCE_MISMATCH:eks": "eks:CreateCluster is authorized on the cluster's ARN as well as '*'"
    " (the Service Authorization Reference lists both); the statement names the cluster",
    "parliament:RESOURCE_MISMATCH:kms": "alias actions are authorized on both the alias and the key ARN;"
    " each statement names one of the two",
    "parliament:RESOURCE_POLICY_PRIVILEGE_ESCALATION": "apply manages the backup buckets' policies (s3:* on"
    " the bucket ARNs); its own NeverReadBackupContents deny holds whatever a bucket policy says, and"
    " BlockPublicPolicy refuses a public one",
    "parliament:MISMATCHED_TYPE_BUT_USABLE": "iam:PermissionsBoundary and eks:policyArn compared with"
    " StringEquals, as the IAM and EKS documentation's own examples do",
    "parliament:UNKNOWN_CONDITION_FOR_ACTION": "kms:ResourceAliases and kms:BypassPolicyLockoutSafetyCheck"
    " apply to these KMS actions (KMS developer guide); parliament's action data predates them",
    "cloudsplaining:permissions-management:ec2:CreateNetworkInterfacePermission": "boundary: the EKS"
    " control plane (AmazonEKSClusterPolicy) attaches its cross-account network interfaces",
    "cloudsplaining:permissions-management:ec2:DeleteNetworkInterfacePermission": "boundary: the EKS"
    " control plane removes those permissions again",
    "cloudsplaining:permissions-management:ec2:ResetSnapshotAttribute": "boundary: resetting a snapshot's"
    " attribute only removes sharing",
    "parliament:RESOURCE_MISMATCH:ssm": "boundary: AWS's public AMI parameters"
    " (arn:aws:ssm:<region>::parameter/aws/service/...) have no account in their ARN",
    **{
        f"cloudsplaining:permissions-management:{action}": "boundary: refused by its own Deny"
        " NeverShareSnapshotsImagesOrVaults, which cloudsplaining does not read (the lint test evaluates it)"
        for action in DENIED_SHARING
        if action != "ec2:ModifyImageAttribute"  # cloudsplaining does not rate this one
    },
}
