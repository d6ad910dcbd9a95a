"""What the CI apply role must be allowed, per resource type of the environment stack, and what it
must never be allowed (roles without the permissions boundary, changing the boundary).

``RESOURCE_CALLS`` lists, per Terraform resource type, the create, tag-on-create and update calls
the AWS provider makes for it, with the ARN they are authorized on and the condition keys they
carry (the provider's ``default_tags`` as ``aws:RequestTag/*``, the role's boundary as
``iam:PermissionsBoundary``). A resource type of the stack that is not listed is a finding: CI
would meet it for the first time at apply.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from contexter_deploy.validation.credentials import REFERENCE, Chain, CommittedOutput, Stack
from contexter_deploy.validation.iam_eval import Decision, Principal, Request, evaluate

Body = Mapping[str, Any]
Calls = Callable[[Stack, str, Body, Mapping[str, str]], Iterator[Request]]


def _tagged(tags: Mapping[str, str], **extra: Any) -> dict[str, Any]:
    return {
        **{f"aws:RequestTag/{key}": value for key, value in tags.items()},
        "aws:TagKeys": sorted(tags),
        **extra,
    }


def _region(stack: Stack, body: Body) -> str:
    return stack.dr_region if body.get("provider") == "aws.dr" else stack.region


def _ec2(stack: Stack, logical_id: str, body: Body, tags: Mapping[str, str]) -> Iterator[Request]:
    region = _region(stack, body)
    yield Request(
        "ec2:CreateTags",
        f"arn:aws:ec2:{region}:{stack.account_id}:vpc/vpc-1",
        _tagged(tags, **{"aws:RequestedRegion": region}),
    )


def _kms_key(stack: Stack, logical_id: str, body: Body, tags: Mapping[str, str]) -> Iterator[Request]:
    region = _region(stack, body)
    create = _tagged(tags, **{"aws:RequestedRegion": region})
    yield Request("kms:CreateKey", "*", create)
    yield Request("kms:TagResource", "*", create)  # CreateKey with Tags, before the key has an ARN
    key = f"arn:aws:kms:{region}:{stack.account_id}:key/{logical_id}"
    existing = {f"aws:ResourceTag/{k}": v for k, v in tags.items()}
    for action in ("kms:EnableKeyRotation", "kms:DescribeKey", "kms:GetKeyPolicy", "kms:TagResource"):
        yield Request(action, key, {**existing, **_tagged(tags)})


def _kms_alias(stack: Stack, logical_id: str, body: Body, tags: Mapping[str, str]) -> Iterator[Request]:
    region = _region(stack, body)
    yield Request("kms:CreateAlias", f"arn:aws:kms:{region}:{stack.account_id}:{body['name']}")


def _role(stack: Stack, logical_id: str, body: Body, tags: Mapping[str, str]) -> Iterator[Request]:
    arn = stack.arn("aws_iam_role", logical_id)
    boundary = (
        {"iam:PermissionsBoundary": body["permissions_boundary"]} if body.get("permissions_boundary") else {}
    )
    yield Request("iam:CreateRole", arn, _tagged(tags, **boundary))
    yield Request("iam:TagRole", arn, _tagged(tags))
    yield Request("iam:UpdateAssumeRolePolicy", arn)


def _role_of(stack: Stack, body: Body) -> tuple[str, dict[str, str]]:
    match = REFERENCE.fullmatch(body["role"])
    role_id = match.group(2) if match else ""
    role = stack.of("aws_iam_role").get(role_id, {})
    boundary = (
        {"iam:PermissionsBoundary": role["permissions_boundary"]} if role.get("permissions_boundary") else {}
    )
    return stack.arn("aws_iam_role", role_id), boundary


def _role_policy(stack: Stack, logical_id: str, body: Body, tags: Mapping[str, str]) -> Iterator[Request]:
    arn, boundary = _role_of(stack, body)
    yield Request("iam:PutRolePolicy", arn, boundary)


def _attachment(stack: Stack, logical_id: str, body: Body, tags: Mapping[str, str]) -> Iterator[Request]:
    arn, boundary = _role_of(stack, body)
    yield Request("iam:AttachRolePolicy", arn, {**boundary, "iam:PolicyARN": body["policy_arn"]})


def _instance_profile(
    stack: Stack, logical_id: str, body: Body, tags: Mapping[str, str]
) -> Iterator[Request]:
    arn = f"arn:aws:iam::{stack.account_id}:instance-profile/{body['name']}"
    yield Request("iam:CreateInstanceProfile", arn, _tagged(tags))
    yield Request("iam:TagInstanceProfile", arn, _tagged(tags))
    yield Request("iam:AddRoleToInstanceProfile", arn)


def _eks_cluster(stack: Stack, logical_id: str, body: Body, tags: Mapping[str, str]) -> Iterator[Request]:
    arn = f"arn:aws:eks:{stack.region}:{stack.account_id}:cluster/{body['name']}"
    yield Request("eks:CreateCluster", arn, _tagged(tags))
    yield Request("eks:TagResource", arn, _tagged(tags))
    yield Request("eks:UpdateClusterVersion", arn)
    yield Request(
        "iam:PassRole", stack.resolve(body["role_arn"]), {"iam:PassedToService": "eks.amazonaws.com"}
    )


def _eks_sub(kind: str, action: str) -> Calls:
    def calls(stack: Stack, logical_id: str, body: Body, tags: Mapping[str, str]) -> Iterator[Request]:
        cluster = stack.resolve(str(body.get("cluster_name", "")))
        yield Request(
            action,
            f"arn:aws:eks:{stack.region}:{stack.account_id}:{kind}/{cluster}/{logical_id}/uuid",
            _tagged(tags),
        )

    return calls


def _access_entry(stack: Stack, logical_id: str, body: Body, tags: Mapping[str, str]) -> Iterator[Request]:
    cluster = stack.resolve(str(body["cluster_name"]))
    yield Request(
        "eks:CreateAccessEntry",
        f"arn:aws:eks:{stack.region}:{stack.account_id}:cluster/{cluster}",
        _tagged(tags),
    )


def _access_policy(stack: Stack, logical_id: str, body: Body, tags: Mapping[str, str]) -> Iterator[Request]:
    cluster = stack.resolve(str(body["cluster_name"]))
    principal = stack.resolve(str(body["principal_arn"]))
    account, name = principal.split(":")[4], principal.rsplit("/", 1)[-1]
    arn = f"arn:aws:eks:{stack.region}:{stack.account_id}:access-entry/{cluster}/role/{account}/{name}/uuid"
    yield Request(
        "eks:AssociateAccessPolicy", arn, {"eks:policyArn": body["policy_arn"], "eks:principalArn": principal}
    )


def _bucket(stack: Stack, logical_id: str, body: Body, tags: Mapping[str, str]) -> Iterator[Request]:
    name = stack.resolve(str(body.get("bucket", "")))
    yield Request("s3:CreateBucket", f"arn:aws:s3:::{name}")
    yield Request("s3:PutBucketTagging", f"arn:aws:s3:::{name}")


def _bucket_setting(action: str) -> Calls:
    def calls(stack: Stack, logical_id: str, body: Body, tags: Mapping[str, str]) -> Iterator[Request]:
        yield Request(action, f"arn:aws:s3:::{stack.resolve(str(body['bucket']))}")

    return calls


def _named(
    service: str, kind: str, attribute: str, actions: tuple[str, ...], *, separator: str = ":"
) -> Calls:
    def calls(stack: Stack, logical_id: str, body: Body, tags: Mapping[str, str]) -> Iterator[Request]:
        region = _region(stack, body)
        name = stack.resolve(str(body.get(attribute, logical_id)))
        arn = f"arn:aws:{service}:{region}:{stack.account_id}:{kind}{separator}{name}"
        for action in actions:
            yield Request(action, arn, _tagged(tags, **{"aws:RequestedRegion": region}))

    return calls


def _budget(stack: Stack, logical_id: str, body: Body, tags: Mapping[str, str]) -> Iterator[Request]:
    yield Request("budgets:ModifyBudget", f"arn:aws:budgets::{stack.account_id}:budget/{body['name']}")


def _backup_plan(stack: Stack, logical_id: str, body: Body, tags: Mapping[str, str]) -> Iterator[Request]:
    yield Request(
        "backup:CreateBackupPlan",
        f"arn:aws:backup:{stack.region}:{stack.account_id}:backup-plan:plan-id",
        _tagged(tags),
    )


def _backup_selection(
    stack: Stack, logical_id: str, body: Body, tags: Mapping[str, str]
) -> Iterator[Request]:
    yield Request(
        "backup:CreateBackupSelection",
        f"arn:aws:backup:{stack.region}:{stack.account_id}:backup-plan:plan-id",
    )
    yield Request(
        "iam:PassRole", stack.resolve(body["iam_role_arn"]), {"iam:PassedToService": "backup.amazonaws.com"}
    )


def _backup_vault(stack: Stack, logical_id: str, body: Body, tags: Mapping[str, str]) -> Iterator[Request]:
    region = _region(stack, body)
    arn = f"arn:aws:backup:{region}:{stack.account_id}:backup-vault:{body['name']}"
    yield Request("backup:CreateBackupVault", arn, _tagged(tags))
    yield Request("backup-storage:MountCapsule", "*", {"aws:RequestedRegion": region})


def _node_group(stack: Stack, logical_id: str, body: Body, tags: Mapping[str, str]) -> Iterator[Request]:
    cluster = stack.resolve(str(body["cluster_name"]))
    arn = f"arn:aws:eks:{stack.region}:{stack.account_id}:nodegroup/{cluster}/{body['node_group_name']}/uuid"
    yield Request("eks:CreateNodegroup", arn, _tagged(tags))
    yield Request(
        "iam:PassRole", stack.resolve(body["node_role_arn"]), {"iam:PassedToService": "eks.amazonaws.com"}
    )


def _flow_log(stack: Stack, logical_id: str, body: Body, tags: Mapping[str, str]) -> Iterator[Request]:
    yield from _ec2(stack, logical_id, body, tags)
    yield Request(
        "iam:PassRole",
        stack.resolve(body["iam_role_arn"]),
        {"iam:PassedToService": "vpc-flow-logs.amazonaws.com"},
    )


def _guardduty_detector(
    stack: Stack, logical_id: str, body: Body, tags: Mapping[str, str]
) -> Iterator[Request]:
    region = stack.region
    yield Request("guardduty:CreateDetector", "*", _tagged(tags, **{"aws:RequestedRegion": region}))
    yield Request(
        "iam:CreateServiceLinkedRole",
        f"arn:aws:iam::{stack.account_id}:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty",
        {"iam:AWSServiceName": "guardduty.amazonaws.com"},
    )
    detector = f"arn:aws:guardduty:{region}:{stack.account_id}:detector/{logical_id}"
    for action in ("guardduty:TagResource", "guardduty:UpdateDetector", "guardduty:GetDetector"):
        yield Request(action, detector, _tagged(tags))


def _guardduty_feature(
    stack: Stack, logical_id: str, body: Body, tags: Mapping[str, str]
) -> Iterator[Request]:
    detector = f"arn:aws:guardduty:{stack.region}:{stack.account_id}:detector/{logical_id}"
    yield Request("guardduty:UpdateDetector", detector)


EC2 = _ec2
RESOURCE_CALLS: dict[str, Calls] = {
    **{
        kind: EC2
        for kind in (
            "aws_vpc",
            "aws_subnet",
            "aws_internet_gateway",
            "aws_nat_gateway",
            "aws_eip",
            "aws_route",
            "aws_route_table",
            "aws_route_table_association",
            "aws_default_security_group",
            "aws_security_group",
            "aws_vpc_endpoint",
            "aws_vpc_security_group_ingress_rule",
            "aws_vpc_security_group_egress_rule",
            "aws_launch_template",
            "aws_ec2_tag",
        )
    },
    "aws_flow_log": _flow_log,
    "aws_kms_key": _kms_key,
    "aws_kms_replica_key": _kms_key,
    "aws_kms_alias": _kms_alias,
    "aws_iam_role": _role,
    "aws_iam_role_policy": _role_policy,
    "aws_iam_role_policy_attachment": _attachment,
    "aws_iam_instance_profile": _instance_profile,
    "aws_eks_cluster": _eks_cluster,
    "aws_eks_addon": _eks_sub("addon", "eks:CreateAddon"),
    "aws_eks_node_group": _node_group,
    "aws_eks_pod_identity_association": _eks_sub(
        "podidentityassociation", "eks:CreatePodIdentityAssociation"
    ),
    "aws_eks_access_entry": _access_entry,
    "aws_eks_access_policy_association": _access_policy,
    "aws_s3_bucket": _bucket,
    "aws_s3_bucket_policy": _bucket_setting("s3:PutBucketPolicy"),
    "aws_s3_bucket_versioning": _bucket_setting("s3:PutBucketVersioning"),
    "aws_s3_bucket_ownership_controls": _bucket_setting("s3:PutBucketOwnershipControls"),
    "aws_s3_bucket_public_access_block": _bucket_setting("s3:PutBucketPublicAccessBlock"),
    "aws_s3_bucket_server_side_encryption_configuration": _bucket_setting("s3:PutEncryptionConfiguration"),
    "aws_s3_bucket_lifecycle_configuration": _bucket_setting("s3:PutLifecycleConfiguration"),
    "aws_s3_bucket_object_lock_configuration": _bucket_setting("s3:PutBucketObjectLockConfiguration"),
    "aws_s3_bucket_replication_configuration": _bucket_setting("s3:PutReplicationConfiguration"),
    "aws_cloudwatch_log_group": _named(
        "logs",
        "log-group",
        "name",
        ("logs:CreateLogGroup", "logs:TagResource", "logs:PutRetentionPolicy", "logs:AssociateKmsKey"),
    ),
    "aws_cloudwatch_metric_alarm": _named(
        "cloudwatch", "alarm", "alarm_name", ("cloudwatch:PutMetricAlarm", "cloudwatch:TagResource")
    ),
    "aws_cloudwatch_event_rule": _named(
        "events", "rule", "name", ("events:PutRule", "events:TagResource"), separator="/"
    ),
    "aws_cloudwatch_event_target": _named("events", "rule", "rule", ("events:PutTargets",), separator="/"),
    "aws_sqs_queue": _named("sqs", "", "name", ("sqs:CreateQueue", "sqs:TagQueue"), separator=""),
    "aws_sqs_queue_policy": lambda stack, i, body, tags: iter(
        [Request("sqs:SetQueueAttributes", stack.resolve(str(body["queue_url"])))]
    ),
    "aws_sns_topic": _named("sns", "", "name", ("sns:CreateTopic", "sns:TagResource"), separator=""),
    "aws_sns_topic_subscription": lambda stack, i, body, tags: iter(
        [Request("sns:Subscribe", stack.resolve(body["topic_arn"]))]
    ),
    "aws_sns_topic_policy": lambda stack, i, body, tags: iter(
        [Request("sns:SetTopicAttributes", stack.resolve(body["arn"]))]
    ),
    "aws_guardduty_detector": _guardduty_detector,
    "aws_guardduty_detector_feature": _guardduty_feature,
    "aws_budgets_budget": _budget,
    "aws_backup_plan": _backup_plan,
    "aws_backup_selection": _backup_selection,
    "aws_backup_vault": _backup_vault,
}


def apply_principal(environment: CommittedOutput) -> Principal | None:
    bootstrap = environment.bootstrap
    if bootstrap is None:
        return None
    for logical_id, body in bootstrap.of("aws_iam_role").items():
        if body.get("name") == f"contexter-{environment.name}-github-apply":
            principal = bootstrap.role(logical_id, boundaries={})
            arn = f"arn:aws:iam::{environment.stack.account_id}:role/{body['name']}"
            return Principal(arn, principal.identity_policies, None, environment.stack.account_id)
    return None


def apply_chains(environment: CommittedOutput) -> list[Chain]:
    """Every create/tag/update the stack's resources need, by the apply role; plus the escalations
    it must be refused (a role without the boundary, changing or removing the boundary)."""
    principal = apply_principal(environment)
    if principal is None:
        return [
            Chain(
                "CI apply role",
                "found in the bootstrap stack",
                Decision(False, "no contexter-<env>-github-apply role in cdktf.out/stacks/bootstrap"),
            )
        ]
    stack = environment.stack
    return [
        *_resource_chains(principal, stack),
        *_boundary_chains(stack),
        *_private_endpoint_chains(stack),
        *_refused_chains(principal, _escalations(environment)),
    ]


def _resource_chains(principal: Principal, stack: Stack) -> list[Chain]:
    """The calls that create, tag and update each resource of the stack, by the apply role."""
    tags = _default_tags(stack)
    chains: list[Chain] = []
    for resource_type, resources in sorted(stack.resources.items()):
        calls = RESOURCE_CALLS.get(resource_type)
        if calls is None:
            chains.append(
                Chain(
                    "CI apply role",
                    resource_type,
                    Decision(
                        False,
                        f"no declared calls for {resource_type} in RESOURCE_CALLS: what does CI"
                        " need to create it?",
                    ),
                )
            )
            continue
        for logical_id, body in sorted(resources.items()):
            for request in calls(stack, logical_id, body, tags):
                chains.append(
                    Chain(
                        f"CI apply role ({resource_type}.{logical_id})",
                        request.describe(),
                        evaluate(principal, request),
                    )
                )
    return chains


def _boundary_chains(stack: Stack) -> list[Chain]:
    """A role without the permissions boundary: CI could write it any policy."""
    chains: list[Chain] = []
    for logical_id, body in sorted(stack.of("aws_iam_role").items()):
        if not body.get("permissions_boundary"):
            chains.append(
                Chain(
                    f"aws_iam_role.{logical_id}",
                    "has a permissions boundary",
                    Decision(False, "no permissions_boundary: CI could write it any policy"),
                )
            )
    return chains


def _escalations(environment: CommittedOutput) -> list[Request]:
    """Requests that would raise the apply role's privileges: each must be refused."""
    stack = environment.stack
    tags = _default_tags(stack)
    boundary = next(
        iter(
            b for b in (body.get("permissions_boundary") for body in stack.of("aws_iam_role").values()) if b
        ),
        None,
    )
    escalations = [
        Request(
            "iam:CreateRole",
            f"arn:aws:iam::{stack.account_id}:role/contexter-{environment.name}-escalate",
            {},
        ),
        Request(
            "iam:PutRolePolicy",
            f"arn:aws:iam::{stack.account_id}:role/contexter-{environment.name}-escalate",
            {},
        ),
        Request(
            "iam:DeleteRolePermissionsBoundary",
            f"arn:aws:iam::{stack.account_id}:role/contexter-{environment.name}-backup",
            {},
        ),
    ]
    if boundary:
        escalations += [
            Request("iam:CreatePolicyVersion", boundary),
            Request("iam:SetDefaultPolicyVersion", boundary),
            Request(
                "iam:CreateRole",
                f"arn:aws:iam::{stack.account_id}:role/contexter-{environment.name}-escalate",
                {"iam:PermissionsBoundary": "arn:aws:iam::aws:policy/AdministratorAccess"},
            ),
        ]
    for body in stack.of("aws_kms_alias").values():
        if body["name"].endswith(("-vault-unseal", "-backups")):
            key = f"arn:aws:kms:{_region(stack, body)}:{stack.account_id}:key/protected"
            context: dict[str, str | list[str]] = {
                "kms:ResourceAliases": [body["name"]],
                **{f"aws:ResourceTag/{k}": v for k, v in tags.items()},
            }
            escalations += [
                Request("kms:ScheduleKeyDeletion", key, context),
                Request("kms:PutKeyPolicy", key, context),
            ]
    return escalations


def _private_endpoint_chains(stack: Stack) -> list[Chain]:
    """A private EKS endpoint must admit some client security group on 443."""
    chains: list[Chain] = []
    for logical_id, body in stack.of("aws_eks_cluster").items():
        vpc = body.get("vpc_config", {})
        vpc = vpc[0] if isinstance(vpc, list) else vpc
        if vpc.get("endpoint_public_access") is False:
            reference = f"${{aws_eks_cluster.{logical_id}.vpc_config[0].cluster_security_group_id}}"
            admitted = [
                rule
                for rule in stack.of("aws_vpc_security_group_ingress_rule").values()
                if rule.get("security_group_id") == reference
                and rule.get("from_port", 0) <= 443 <= rule.get("to_port", 0)
                and rule.get("referenced_security_group_id")
            ]
            chains.append(
                Chain(
                    f"aws_eks_cluster.{logical_id} (private endpoint)",
                    "a client security group reaches the API on 443",
                    Decision(
                        bool(admitted),
                        "admitted"
                        if admitted
                        else "nothing outside the cluster reaches the private API: no CI runner, no operator",
                    ),
                )
            )
    return chains


def _refused_chains(principal: Principal, escalations: Sequence[Request]) -> list[Chain]:
    chains: list[Chain] = []
    for request in escalations:
        decision = evaluate(principal, request)
        chains.append(
            Chain(
                "CI apply role (must be refused)",
                request.describe(),
                Decision(
                    not decision.allowed,
                    "refused"
                    if not decision.allowed
                    else "ALLOWED: the apply role could raise its own privileges",
                ),
            )
        )
    return chains


def _default_tags(stack: Stack) -> dict[str, str]:
    return dict(stack.default_tags)
