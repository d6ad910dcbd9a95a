"""infra/cluster/karpenter.py: node role, instance profile, interruption queue, controller policy."""

from __future__ import annotations

import json
from typing import Any

from contexter_deploy.ground.config import ENVIRONMENT_NAMES, Environment
from contexter_deploy.ground.naming import names_for
from tests.infra.terraform_json import (
    TERRAFORM,
    as_list,
    document,
    reference,
    resource,
    resources,
    role_policy,
    statement,
)

# infra/ modules load the AWS provider bindings (about 600 MB): tests import them locally, so only the
# xdist worker of group "terraform" loads them, once; collection in other workers stays cheap.
pytestmark = TERRAFORM

Stacks = dict[str, dict[str, Any]]
QUEUE_ARN = reference("aws_sqs_queue", "karpenter_queue", "arn")


def test_nodes_get_the_named_role_and_instance_profile(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    for name in ENVIRONMENT_NAMES:
        stack = terraform_stacks[name]
        names = names_for(environments[name])
        assert resource(stack, "aws_iam_role", "karpenter_node_role")["name"] == names.karpenter_node_role
        profile = resource(stack, "aws_iam_instance_profile", "karpenter_instance_profile")
        assert profile["name"] == names.karpenter_instance_profile
        assert profile["role"] == reference("aws_iam_role", "karpenter_node_role", "name")
        entry = resource(stack, "aws_eks_access_entry", "karpenter_node_access")
        assert entry["type"] == "EC2_LINUX", "with access entries only, nodes join through their own entry"


def _karpenter_rules(stack: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The stack's EventBridge rules of Karpenter's construct (others, e.g. GuardDuty's, go elsewhere)."""
    return {
        id_: rule
        for id_, rule in resources(stack, "aws_cloudwatch_event_rule").items()
        if id_.startswith("karpenter_")
    }


def test_interruption_events_reach_an_encrypted_queue(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    from infra.cluster.karpenter import INTERRUPTION_EVENTS

    for name in ENVIRONMENT_NAMES:
        stack = terraform_stacks[name]
        queue = resource(stack, "aws_sqs_queue", "karpenter_queue")
        assert queue["name"] == names_for(environments[name]).karpenter_interruption_queue
        assert queue["sqs_managed_sse_enabled"] is True
        assert queue["message_retention_seconds"] == 300
        rules = _karpenter_rules(stack)
        patterns = {json.loads(rule["event_pattern"])["detail-type"][0] for rule in rules.values()}
        assert patterns == {detail for _, detail in INTERRUPTION_EVENTS.values()}
        assert "EC2 Spot Instance Interruption Warning" in patterns
        assert "EC2 Instance Rebalance Recommendation" in patterns
        targets = [
            target
            for target in resources(stack, "aws_cloudwatch_event_target").values()
            if target["rule"] in {reference("aws_cloudwatch_event_rule", id_, "name") for id_ in rules}
        ]
        assert len(targets) == len(rules) and all(t["arn"] == QUEUE_ARN for t in targets)


def test_only_these_rules_may_send_to_the_queue_and_only_over_tls(terraform_stacks: Stacks) -> None:
    for name in ENVIRONMENT_NAMES:
        stack = terraform_stacks[name]
        policy = document(resource(stack, "aws_sqs_queue_policy", "karpenter_queue_policy")["policy"])
        send = statement(policy, "EventBridgeSendsInterruptionEvents")
        assert send["Principal"] == {"Service": "events.amazonaws.com"}
        rule_arns = {reference("aws_cloudwatch_event_rule", id_, "arn") for id_ in _karpenter_rules(stack)}
        assert set(send["Condition"]["ArnEquals"]["aws:SourceArn"]) == rule_arns
        deny = statement(policy, "DenyInsecureTransport")
        assert deny["Effect"] == "Deny" and deny["Condition"] == {"Bool": {"aws:SecureTransport": "false"}}


def test_the_controller_acts_only_on_this_cluster(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    for name in ENVIRONMENT_NAMES:
        stack = terraform_stacks[name]
        names = names_for(environments[name])
        policy = role_policy(stack, "pod_identities_karpenter_role")
        cluster_tag = f"aws:ResourceTag/kubernetes.io/cluster/{names.cluster}"
        terminate = statement(policy, "TerminateOwnInstances")
        assert terminate["Condition"]["StringEquals"] == {cluster_tag: "owned"}
        launch = statement(policy, "LaunchTaggedForThisCluster")
        assert launch["Condition"]["StringEquals"] == {
            f"aws:RequestTag/kubernetes.io/cluster/{names.cluster}": "owned"
        }
        pass_role = statement(policy, "PassNodeRole")
        assert pass_role["Resource"] == names.role_arn("karpenter-node")
        assert pass_role["Condition"] == {"StringEquals": {"iam:PassedToService": "ec2.amazonaws.com"}}
        assert statement(policy, "ConsumeInterruptionQueue")["Resource"] == QUEUE_ARN
        for resource_arn in as_list(launch["Resource"]) + as_list(terminate["Resource"]):
            assert f":{environments[name].aws.region}:{environments[name].aws.account_id}:" in resource_arn
        actions = {action for s in policy["Statement"] for action in as_list(s["Action"])}
        assert not any(
            action.startswith("iam:") and "InstanceProfile" in action and action != "iam:GetInstanceProfile"
            for action in actions
        ), "the EC2NodeClass names the instance profile; the controller must not manage profiles"
