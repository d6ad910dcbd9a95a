"""Karpenter's AWS prerequisites: the node role and instance profile, and the interruption queue.

The controller's own role is a Pod Identity role (``POD_IDENTITIES``); ``controller_policy``
here is its permissions, scoped to this cluster's tags, region and account.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from cdktf_cdktf_provider_aws.cloudwatch_event_rule import CloudwatchEventRule
from cdktf_cdktf_provider_aws.cloudwatch_event_target import CloudwatchEventTarget
from cdktf_cdktf_provider_aws.eks_access_entry import EksAccessEntry
from cdktf_cdktf_provider_aws.iam_instance_profile import IamInstanceProfile
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy_attachment import IamRolePolicyAttachment
from cdktf_cdktf_provider_aws.sqs_queue import SqsQueue
from cdktf_cdktf_provider_aws.sqs_queue_policy import SqsQueuePolicy
from constructs import Construct

from infra.cluster.eks_cluster import Cluster
from infra.cluster.system_node_group import NODE_POLICIES
from infra.iam.policy import Statement, policy_document, service_trust

INTERRUPTION_EVENTS: dict[str, tuple[str, str]] = {
    "scheduled_change": ("aws.health", "AWS Health Event"),
    "spot_interruption": ("aws.ec2", "EC2 Spot Instance Interruption Warning"),
    "rebalance": ("aws.ec2", "EC2 Instance Rebalance Recommendation"),
    "instance_state_change": ("aws.ec2", "EC2 Instance State-change Notification"),
}
"""EventBridge events Karpenter drains a node for, before AWS takes the instance away."""

QUEUE_RETENTION_SECONDS = 300
"""An interruption notice is useless after the two-minute spot warning: keep messages five minutes."""


@dataclass(frozen=True)
class KarpenterProps:
    """Properties of ``KarpenterPrerequisites``."""

    cluster: Cluster
    """The cluster the nodes join: its name scopes the controller's policy and names the event
    rules, and the nodes' access entry waits for it."""
    account_id: str
    region: str
    node_role_name: str
    instance_profile_name: str
    queue_name: str
    ebs_kms_key_arn: str
    """Key of the nodes' root volumes: launching an instance with them needs grants on it."""


class KarpenterPrerequisites(Construct):
    """The node role and instance profile of Karpenter's nodes (with an EKS access entry, since the
    cluster uses access entries only), and an SQS queue fed by EventBridge with spot interruption,
    rebalance, scheduled-change and state-change events."""

    def __init__(self, scope: Construct, id: str, *, props: KarpenterProps) -> None:
        super().__init__(scope, id)
        self.node_role, self.instance_profile = self._nodes(props)
        self.queue = SqsQueue(
            self,
            "queue",
            name=props.queue_name,
            message_retention_seconds=QUEUE_RETENTION_SECONDS,
            sqs_managed_sse_enabled=True,
        )
        rules = self._interruption_rules(props)
        self._queue_policy(rules)
        self.controller_policy = controller_policy(props, queue_arn=self.queue.arn)

    def _nodes(self, props: KarpenterProps) -> tuple[IamRole, IamInstanceProfile]:
        """The nodes' role and instance profile, and the role's access entry (the cluster uses access
        entries only)."""
        role = IamRole(
            self,
            "node_role",
            name=props.node_role_name,
            description=f"Nodes Karpenter launches in {props.cluster.name}",
            assume_role_policy=service_trust("ec2.amazonaws.com"),
        )
        for policy in NODE_POLICIES:
            IamRolePolicyAttachment(
                self,
                f"node_role_{policy.rsplit('/', 1)[1].lower()}",
                role=role.name,
                policy_arn=policy,
            )
        instance_profile = IamInstanceProfile(
            self, "instance_profile", name=props.instance_profile_name, role=role.name
        )
        EksAccessEntry(
            self,
            "node_access",
            cluster_name=props.cluster.name,
            principal_arn=role.arn,
            type="EC2_LINUX",
            depends_on=[props.cluster.cluster],
        )
        return role, instance_profile

    def _interruption_rules(self, props: KarpenterProps) -> list[CloudwatchEventRule]:
        """One EventBridge rule per ``INTERRUPTION_EVENTS`` entry, each sending to the queue."""
        rules = []
        for event_id, (source, detail_type) in INTERRUPTION_EVENTS.items():
            rule = CloudwatchEventRule(
                self,
                f"{event_id}_rule",
                name=f"{props.cluster.name}-karpenter-{event_id.replace('_', '-')}",
                description=f"{detail_type} events for Karpenter in {props.cluster.name}",
                event_pattern=json.dumps({"source": [source], "detail-type": [detail_type]}),
            )
            CloudwatchEventTarget(
                self,
                f"{event_id}_target",
                rule=rule.name,
                target_id="karpenter-interruption-queue",
                arn=self.queue.arn,
            )
            rules.append(rule)
        return rules

    def _queue_policy(self, rules: list[CloudwatchEventRule]) -> None:
        """Only ``rules`` send to the queue, and only over TLS."""
        SqsQueuePolicy(
            self,
            "queue_policy",
            queue_url=self.queue.url,
            policy=policy_document(
                Statement(
                    sid="EventBridgeSendsInterruptionEvents",
                    principals={"Service": ("events.amazonaws.com",)},
                    actions=("sqs:SendMessage",),
                    resources=(self.queue.arn,),
                    conditions={"ArnEquals": {"aws:SourceArn": tuple(rule.arn for rule in rules)}},
                ),
                Statement(
                    sid="DenyInsecureTransport",
                    effect="Deny",
                    principals={"AWS": ("*",)},
                    actions=("sqs:*",),
                    resources=(self.queue.arn,),
                    conditions={"Bool": {"aws:SecureTransport": "false"}},
                ),
            ),
        )


def controller_policy(props: KarpenterProps, *, queue_arn: str) -> str:
    """Karpenter v1's controller permissions (upstream ``KarpenterControllerPolicy``), narrowed to this
    account, this region and resources tagged for this cluster; the EC2NodeClass names the instance
    profile, so the controller needs no IAM instance-profile management rights."""
    return policy_document(
        *_launch_statements(props),
        *_own_instance_statements(props),
        *_discovery_statements(props),
        *_interruption_queue_statements(queue_arn),
        *_node_identity_statements(props),
        *_root_volume_key_statements(props),
    )


def _launch_statements(props: KarpenterProps) -> list[Statement]:
    """Launch instances from the AMIs, subnets and security groups the EC2NodeClass selects, only
    tagged for this cluster."""
    ec2 = f"arn:aws:ec2:{props.region}:{props.account_id}"
    cluster_tag = f"kubernetes.io/cluster/{props.cluster.name}"
    new_resources = tuple(
        f"{ec2}:{kind}/*" for kind in ("fleet", "instance", "volume", "network-interface", "launch-template")
    )
    new_reason = "instances, volumes and fleets get their IDs at launch; the request tags scope them"
    return [
        Statement(
            sid="LaunchFromSharedResources",
            actions=("ec2:RunInstances", "ec2:CreateFleet"),
            resources=(
                f"arn:aws:ec2:{props.region}::image/*",
                f"arn:aws:ec2:{props.region}::snapshot/*",
                f"{ec2}:spot-instances-request/*",
                f"{ec2}:security-group/*",
                f"{ec2}:subnet/*",
                f"{ec2}:launch-template/*",
            ),
            wildcard_reason="the EC2NodeClass selects AMIs, subnets and security groups at run time by tag",
        ),
        Statement(
            sid="LaunchTaggedForThisCluster",
            actions=("ec2:RunInstances", "ec2:CreateFleet", "ec2:CreateLaunchTemplate"),
            resources=new_resources,
            conditions={
                "StringEquals": {f"aws:RequestTag/{cluster_tag}": "owned"},
                "StringLike": {"aws:RequestTag/karpenter.sh/nodepool": "*"},
            },
            wildcard_reason=new_reason,
        ),
        Statement(
            sid="TagOnLaunch",
            actions=("ec2:CreateTags",),
            resources=new_resources,
            conditions={
                "StringEquals": {
                    f"aws:RequestTag/{cluster_tag}": "owned",
                    "ec2:CreateAction": ("RunInstances", "CreateFleet", "CreateLaunchTemplate"),
                },
                "StringLike": {"aws:RequestTag/karpenter.sh/nodepool": "*"},
            },
            wildcard_reason=new_reason,
        ),
    ]


def _own_instance_statements(props: KarpenterProps) -> list[Statement]:
    """Tag and terminate only the instances and launch templates tagged for this cluster."""
    ec2 = f"arn:aws:ec2:{props.region}:{props.account_id}"
    cluster_tag = f"kubernetes.io/cluster/{props.cluster.name}"
    owned_resource = {
        "StringEquals": {f"aws:ResourceTag/{cluster_tag}": "owned"},
        "StringLike": {"aws:ResourceTag/karpenter.sh/nodepool": "*"},
    }
    return [
        Statement(
            sid="TagOwnInstances",
            actions=("ec2:CreateTags",),
            resources=(f"{ec2}:instance/*",),
            conditions={
                **owned_resource,
                "ForAllValues:StringEquals": {"aws:TagKeys": ("karpenter.sh/nodeclaim", "Name")},
            },
            wildcard_reason="instance IDs are unknown; only instances tagged for this cluster match",
        ),
        Statement(
            sid="TerminateOwnInstances",
            actions=("ec2:TerminateInstances", "ec2:DeleteLaunchTemplate"),
            resources=(f"{ec2}:instance/*", f"{ec2}:launch-template/*"),
            conditions=owned_resource,
            wildcard_reason="instance IDs are unknown; only instances tagged for this cluster match",
        ),
    ]


def _discovery_statements(props: KarpenterProps) -> list[Statement]:
    """Instance types, offerings, AMIs and prices, in this region."""
    return [
        Statement(
            sid="DescribeInThisRegion",
            actions=(
                "ec2:DescribeAvailabilityZones",
                "ec2:DescribeImages",
                "ec2:DescribeInstances",
                "ec2:DescribeInstanceTypeOfferings",
                "ec2:DescribeInstanceTypes",
                "ec2:DescribeLaunchTemplates",
                "ec2:DescribeSecurityGroups",
                "ec2:DescribeSpotPriceHistory",
                "ec2:DescribeSubnets",
            ),
            resources=("*",),
            conditions={"StringEquals": {"aws:RequestedRegion": props.region}},
            wildcard_reason="EC2 Describe* actions support no resource-level permissions",
        ),
        Statement(
            sid="ReadPublicAmiParameters",
            actions=("ssm:GetParameter",),
            resources=(f"arn:aws:ssm:{props.region}::parameter/aws/service/*",),
            wildcard_reason="AMI aliases resolve through AWS's public parameters under /aws/service/",
        ),
        Statement(
            sid="ReadPrices",
            actions=("pricing:GetProducts",),
            resources=("*",),
            wildcard_reason="the Price List API supports no resource-level permissions",
        ),
    ]


def _interruption_queue_statements(queue_arn: str) -> list[Statement]:
    """Read and delete the interruption events Karpenter drains nodes for."""
    return [
        Statement(
            sid="ConsumeInterruptionQueue",
            actions=("sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:ReceiveMessage"),
            resources=(queue_arn,),
        ),
    ]


def _node_identity_statements(props: KarpenterProps) -> list[Statement]:
    """Give the nodes their role and instance profile, and find the API server they join."""
    return [
        Statement(
            sid="PassNodeRole",
            actions=("iam:PassRole",),
            resources=(f"arn:aws:iam::{props.account_id}:role/{props.node_role_name}",),
            conditions={"StringEquals": {"iam:PassedToService": "ec2.amazonaws.com"}},
        ),
        Statement(
            sid="ReadNodeInstanceProfile",
            actions=("iam:GetInstanceProfile",),
            resources=(f"arn:aws:iam::{props.account_id}:instance-profile/{props.instance_profile_name}",),
        ),
        Statement(
            sid="DiscoverApiServer",
            actions=("eks:DescribeCluster",),
            resources=(f"arn:aws:eks:{props.region}:{props.account_id}:cluster/{props.cluster.name}",),
        ),
    ]


def _root_volume_key_statements(props: KarpenterProps) -> list[Statement]:
    """Launch instances whose root volumes are encrypted with the nodes' key (EC2 asks for grants)."""
    return [
        Statement(
            sid="LaunchWithEncryptedRootVolumes",
            actions=(
                "kms:CreateGrant",
                "kms:Decrypt",
                "kms:DescribeKey",
                "kms:GenerateDataKeyWithoutPlaintext",
            ),
            resources=(props.ebs_kms_key_arn,),
            conditions={"StringEquals": {"kms:ViaService": f"ec2.{props.region}.amazonaws.com"}},
        ),
    ]
