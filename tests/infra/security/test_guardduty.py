"""infra/security/guardduty.py: the detector, its EKS features, and the chain that takes a finding
to the AWS alerts topic (EventBridge rule, target, topic policy, key policy).

The chain is followed from the synthesized rule itself: its target names the topic, the topic names
its key, and each policy is evaluated the way IAM does for ``events.amazonaws.com`` calling with the
rule's ARN as ``aws:SourceArn``. Each check returns the problems it finds, so a broken copy of the
synthesized stack shows that it fails (the ``test_fails_when_...`` tests).
"""

from __future__ import annotations

import copy
import json
import re
from typing import Any, cast

import pytest
from moto.events.models import EventPattern
from moto.events.utils import EventMessageType

from contexter_deploy.ground.config import ENVIRONMENT_NAMES, Environment
from contexter_deploy.ground.config.model import GuardDutySettings
from contexter_deploy.ground.naming import Names, names_for
from contexter_deploy.ground.runbooks import REPO_ROOT
from contexter_deploy.validation.iam_eval import Request, service_decision
from tests.infra.terraform_json import TERRAFORM, document, reference, resource, resources

pytestmark = TERRAFORM

Stack = dict[str, Any]
EVENTS = "events.amazonaws.com"
TOPIC_REFERENCE = re.compile(r"^\$\{aws_sns_topic\.([a-z0-9_]+)\.arn\}$")
KEY_REFERENCE = re.compile(r"^\$\{aws_kms_key\.([a-z0-9_]+)\.arn\}$")


def finding_event(severity: float, *, source: str = "aws.guardduty") -> EventMessageType:
    """A GuardDuty finding event as the default event bus receives it (GuardDuty user guide,
    "EventBridge event format for GuardDuty"), trimmed to the fields a pattern can look at."""
    event = {
        "version": "0",
        "id": "c8c4daa7-a20c-2f03-0070-b7393dd542ad",
        "detail-type": "GuardDuty Finding",
        "source": source,
        "account": "333333333333",
        "time": "2026-12-04T05:00:00Z",
        "region": "eu-west-1",
        "resources": [],
        "detail": {
            "schemaVersion": "2.0",
            "accountId": "333333333333",
            "region": "eu-west-1",
            "type": "Execution:Runtime/NewBinaryExecuted",
            "resource": {"resourceType": "EKSCluster", "eksClusterDetails": {"name": "contexter-prod"}},
            "severity": severity,
            "title": "A newly created or recently modified binary file has been executed.",
        },
    }
    return cast(EventMessageType, event)


def findings_rule(stack: Stack) -> tuple[str, dict[str, Any]]:
    """The one EventBridge rule whose pattern matches GuardDuty's source."""
    found = [
        (logical_id, body)
        for logical_id, body in resources(stack, "aws_cloudwatch_event_rule").items()
        if json.loads(body["event_pattern"]).get("source") == ["aws.guardduty"]
    ]
    assert len(found) == 1, f"expected one rule of GuardDuty findings, found {[i for i, _ in found]}"
    return found[0]


def feature_problems(stack: Stack, settings: GuardDutySettings) -> list[str]:
    """The detector is on, EKS audit logs are on, runtime monitoring with GuardDuty-managed EKS
    add-on is as the settings say."""
    problems = []
    detectors = resources(stack, "aws_guardduty_detector")
    if len(detectors) != 1:
        return [f"expected one detector, found {sorted(detectors)}"]
    [(detector_id, detector)] = detectors.items()
    if detector.get("enable") is not True:
        problems.append("the detector is not enabled")
    if detector.get("finding_publishing_frequency") != settings.finding_publishing_frequency:
        problems.append(f"finding_publishing_frequency is {detector.get('finding_publishing_frequency')}")
    features = {
        body["name"]: body
        for body in resources(stack, "aws_guardduty_detector_feature").values()
        if body["detector_id"] == reference("aws_guardduty_detector", detector_id, "id")
    }
    status = "ENABLED" if settings.runtime_monitoring else "DISABLED"
    audit = features.get("EKS_AUDIT_LOGS", {})
    if audit.get("status") != "ENABLED":
        problems.append(f"EKS_AUDIT_LOGS is {audit.get('status')}")
    runtime = features.get("RUNTIME_MONITORING", {})
    if runtime.get("status") != status:
        problems.append(f"RUNTIME_MONITORING is {runtime.get('status')}, expected {status}")
    additional = {c["name"]: c["status"] for c in runtime.get("additional_configuration", [])}
    if additional.get("EKS_ADDON_MANAGEMENT") != status:
        problems.append(
            f"RUNTIME_MONITORING's EKS_ADDON_MANAGEMENT is {additional.get('EKS_ADDON_MANAGEMENT')},"
            f" expected {status}: without it no agent runs on the nodes"
        )
    return problems


def pattern_problems(stack: Stack, min_severity: float) -> list[str]:
    """The rule matches a finding at ``min_severity`` and refuses one just below it, or from
    another source, with EventBridge's matching (moto's implementation of it, numeric filters)."""
    _, rule = findings_rule(stack)
    pattern = EventPattern.load(rule["event_pattern"])
    problems = []
    below = round(min_severity - 0.1, 1)
    if not pattern.matches_event(finding_event(min_severity)):
        problems.append(f"a finding of severity {min_severity} (the threshold) does not match")
    if not pattern.matches_event(finding_event(10.0)):
        problems.append("a finding of severity 10.0 does not match")
    if pattern.matches_event(finding_event(below)):
        problems.append(f"a finding of severity {below} (below the threshold) matches")
    if pattern.matches_event(finding_event(min_severity, source="aws.securityhub")):
        problems.append("an event of another source matches")
    return problems


def delivery_problems(stack: Stack, names: Names) -> list[str]:
    """Every target of the findings rule is an SNS topic of the stack that ``events.amazonaws.com``
    may publish to with the rule's ARN, and no other rule's, and whose KMS key (if encrypted) lets
    it encrypt a message of that topic."""
    rule_id, rule = findings_rule(stack)
    rule_arn = f"arn:aws:events:{names.region}:{names.account_id}:rule/{rule['name']}"
    other_rule = f"arn:aws:events:{names.region}:{names.account_id}:rule/someone-elses-rule"
    targets = [
        body
        for body in resources(stack, "aws_cloudwatch_event_target").values()
        if body["rule"] == reference("aws_cloudwatch_event_rule", rule_id, "name")
    ]
    if not targets:
        return ["the findings rule has no target"]
    problems = []
    for target in targets:
        match = TOPIC_REFERENCE.match(target["arn"])
        if match is None:
            problems.append(f"target {target['arn']} is not an SNS topic of the stack")
            continue
        topic_id = match[1]
        topic = resource(stack, "aws_sns_topic", topic_id)
        topic_arn = f"arn:aws:sns:{names.region}:{names.account_id}:{topic['name']}"
        topic_policies = [
            document(body["policy"])
            for body in resources(stack, "aws_sns_topic_policy").values()
            if body["arn"] == reference("aws_sns_topic", topic_id, "arn")
        ]
        if not topic_policies:
            problems.append(f"{topic['name']} has no topic policy: SNS's default one refuses {EVENTS}")
        for policy in topic_policies:
            publish = service_decision(
                EVENTS, Request("sns:Publish", topic_arn, {"aws:SourceArn": rule_arn}), policy
            )
            if not publish.allowed:
                problems.append(f"topic policy of {topic['name']}: {publish.reason}")
            if service_decision(
                EVENTS, Request("sns:Publish", topic_arn, {"aws:SourceArn": other_rule}), policy
            ).allowed:
                problems.append(f"topic policy of {topic['name']}: any rule may publish, not only {rule_arn}")
        key_reference = topic.get("kms_master_key_id")
        if key_reference is None:
            continue
        key_match = KEY_REFERENCE.match(key_reference)
        if key_match is None:
            problems.append(f"{topic['name']} is encrypted with {key_reference}, not a key of the stack")
            continue
        key_policy = document(resource(stack, "aws_kms_key", key_match[1])["policy"])
        key_arn = f"arn:aws:kms:{names.region}:{names.account_id}:key/{key_match[1]}"
        for action in ("kms:GenerateDataKey", "kms:Decrypt"):
            context = {"aws:SourceArn": rule_arn, "kms:EncryptionContext:aws:sns:topicArn": topic_arn}
            decision = service_decision(EVENTS, Request(action, key_arn, context), key_policy)
            if not decision.allowed:
                problems.append(f"key policy of {topic['name']}: {action}: {decision.reason}")
            elsewhere = {**context, "kms:EncryptionContext:aws:sns:topicArn": f"{topic_arn}-other"}
            if service_decision(EVENTS, Request(action, key_arn, elsewhere), key_policy).allowed:
                problems.append(f"key policy of {topic['name']}: {action} for messages of any topic")
    return problems


def test_the_detector_and_both_eks_features_exist_in_every_environment(
    terraform_stacks: dict[str, Stack], environments: dict[str, Environment]
) -> None:
    for name in ENVIRONMENT_NAMES:
        assert feature_problems(terraform_stacks[name], environments[name].guardduty) == [], name


def test_findings_at_the_threshold_match_and_below_do_not(
    terraform_stacks: dict[str, Stack], environments: dict[str, Environment]
) -> None:
    for name in ENVIRONMENT_NAMES:
        stack = terraform_stacks[name]
        assert pattern_problems(stack, environments[name].guardduty.min_severity) == [], name
        assert findings_rule(stack)[1]["name"] == names_for(environments[name]).guardduty_findings_rule


def test_eventbridge_may_deliver_findings_to_the_encrypted_alerts_topic(
    terraform_stacks: dict[str, Stack], environments: dict[str, Environment]
) -> None:
    for name in ENVIRONMENT_NAMES:
        stack = terraform_stacks[name]
        names = names_for(environments[name])
        assert delivery_problems(stack, names) == [], name
        topic = resource(stack, "aws_sns_topic", "aws_alerts_topic")
        assert topic["name"] == f"{names.prefix}-aws-alerts"
        assert KEY_REFERENCE.match(topic["kms_master_key_id"]), "the alerts topic is KMS-encrypted"


def test_the_topic_policy_still_lets_cloudwatch_alarms_publish(
    terraform_stacks: dict[str, Stack], environments: dict[str, Environment]
) -> None:
    """A topic policy replaces SNS's default one: the replication alarms must stay allowed."""
    for name in ENVIRONMENT_NAMES:
        names = names_for(environments[name])
        topic_arn = f"arn:aws:sns:{names.region}:{names.account_id}:{names.prefix}-aws-alerts"
        policy = document(
            resource(terraform_stacks[name], "aws_sns_topic_policy", "aws_alerts_policy")["policy"]
        )
        alarms = f"arn:aws:cloudwatch:{names.region}:{names.account_id}:alarm"
        alarm = f"{alarms}:{names.backup_bucket}-replication-failed"
        context = {"aws:SourceArn": alarm, "aws:SourceAccount": names.account_id}
        request = Request("sns:Publish", topic_arn, context)
        assert service_decision("cloudwatch.amazonaws.com", request, policy).allowed, name


def test_failed_deliveries_alarm_on_the_rule(
    terraform_stacks: dict[str, Stack], environments: dict[str, Environment]
) -> None:
    """A delivery EventBridge cannot make is counted in ``FailedInvocations``; the alarm reaches the
    topic by CloudWatch's path, which does not depend on the EventBridge statements."""
    for name in ENVIRONMENT_NAMES:
        stack = terraform_stacks[name]
        rule = findings_rule(stack)[1]
        alarm = resource(stack, "aws_cloudwatch_metric_alarm", "guardduty_failed_deliveries_alarm")
        assert (alarm["namespace"], alarm["metric_name"]) == ("AWS/Events", "FailedInvocations")
        assert alarm["dimensions"] == {"RuleName": rule["name"]}
        assert alarm["alarm_actions"] == [reference("aws_sns_topic", "aws_alerts_topic", "arn")]


@pytest.fixture
def prod(terraform_stacks: dict[str, Stack], environments: dict[str, Environment]) -> tuple[Stack, Names]:
    """A copy of prod's stack to break, and its names."""
    return copy.deepcopy(terraform_stacks["prod"]), names_for(environments["prod"])


def _edit_policy(body: dict[str, Any], sid_start: str, change: Any) -> None:
    policy = json.loads(body["policy"])
    statements = [s for s in policy["Statement"] if s["Sid"].startswith(sid_start)]
    assert statements, f"no statement {sid_start}*"
    for statement in statements:
        change(policy, statement)
    body["policy"] = json.dumps(policy)


def test_fails_when_runtime_monitoring_does_not_manage_the_eks_add_on(
    prod: tuple[Stack, Names], environments: dict[str, Environment]
) -> None:
    stack, _ = prod
    resource(stack, "aws_guardduty_detector_feature", "guardduty_runtime_monitoring")[
        "additional_configuration"
    ] = []
    assert feature_problems(stack, environments["prod"].guardduty) == [
        "RUNTIME_MONITORING's EKS_ADDON_MANAGEMENT is None, expected ENABLED:"
        " without it no agent runs on the nodes"
    ]


def test_fails_when_eks_audit_logs_are_off(
    prod: tuple[Stack, Names], environments: dict[str, Environment]
) -> None:
    stack, _ = prod
    resource(stack, "aws_guardduty_detector_feature", "guardduty_eks_audit_logs")["status"] = "DISABLED"
    assert feature_problems(stack, environments["prod"].guardduty) == ["EKS_AUDIT_LOGS is DISABLED"]


def test_fails_when_the_pattern_compares_strictly(prod: tuple[Stack, Names]) -> None:
    stack, _ = prod
    rule = resource(stack, "aws_cloudwatch_event_rule", "guardduty_findings")
    rule["event_pattern"] = rule["event_pattern"].replace('">="', '">"')
    assert pattern_problems(stack, 4.0) == ["a finding of severity 4.0 (the threshold) does not match"]


def test_fails_when_the_pattern_threshold_is_a_level_too_low(prod: tuple[Stack, Names]) -> None:
    stack, _ = prod
    rule = resource(stack, "aws_cloudwatch_event_rule", "guardduty_findings")
    rule["event_pattern"] = rule["event_pattern"].replace("4.0", "1.0")
    assert pattern_problems(stack, 4.0) == ["a finding of severity 3.9 (below the threshold) matches"]


def test_fails_when_the_pattern_matches_severity_exactly(prod: tuple[Stack, Names]) -> None:
    """``[4.0]`` instead of a numeric filter matches only 4.0: a 10.0 finding would be dropped."""
    stack, _ = prod
    rule = resource(stack, "aws_cloudwatch_event_rule", "guardduty_findings")
    pattern = json.loads(rule["event_pattern"])
    pattern["detail"]["severity"] = [4.0]
    rule["event_pattern"] = json.dumps(pattern)
    assert pattern_problems(stack, 4.0) == ["a finding of severity 10.0 does not match"]


def test_fails_when_the_topic_has_no_topic_policy(prod: tuple[Stack, Names]) -> None:
    stack, names = prod
    del stack["resource"]["aws_sns_topic_policy"]
    assert delivery_problems(stack, names) == [
        f"{names.prefix}-aws-alerts has no topic policy: SNS's default one refuses {EVENTS}"
    ]


def test_fails_when_the_topic_policy_omits_eventbridge(prod: tuple[Stack, Names]) -> None:
    stack, names = prod
    _edit_policy(
        resource(stack, "aws_sns_topic_policy", "aws_alerts_policy"),
        "EventBridge",
        lambda policy, statement: policy["Statement"].remove(statement),
    )
    assert delivery_problems(stack, names) == [
        f"topic policy of {names.prefix}-aws-alerts: no statement allows {EVENTS}"
    ]


def test_fails_when_the_topic_policy_names_no_source_rule(prod: tuple[Stack, Names]) -> None:
    stack, names = prod
    _edit_policy(
        resource(stack, "aws_sns_topic_policy", "aws_alerts_policy"),
        "EventBridge",
        lambda policy, statement: statement.pop("Condition"),
    )
    assert delivery_problems(stack, names) == [
        f"topic policy of {names.prefix}-aws-alerts: any rule may publish, not only"
        f" arn:aws:events:{names.region}:{names.account_id}:rule/{names.guardduty_findings_rule}"
    ]


def test_fails_when_the_key_policy_omits_eventbridge(prod: tuple[Stack, Names]) -> None:
    """The topic would accept the finding and KMS would refuse to encrypt it: dropped silently."""
    stack, names = prod
    _edit_policy(
        resource(stack, "aws_kms_key", "aws_alerts_kms_key"),
        "EventBridge",
        lambda policy, statement: policy["Statement"].remove(statement),
    )
    topic = f"{names.prefix}-aws-alerts"
    assert delivery_problems(stack, names) == [
        f"key policy of {topic}: kms:GenerateDataKey: no statement allows {EVENTS}",
        f"key policy of {topic}: kms:Decrypt: no statement allows {EVENTS}",
    ]


def test_fails_when_the_key_policy_names_another_rule(prod: tuple[Stack, Names]) -> None:
    stack, names = prod

    def other_rule(policy: dict[str, Any], statement: dict[str, Any]) -> None:
        statement["Condition"]["ArnEquals"]["aws:SourceArn"] += "-old"

    _edit_policy(resource(stack, "aws_kms_key", "aws_alerts_kms_key"), "EventBridge", other_rule)
    topic = f"{names.prefix}-aws-alerts"
    assert delivery_problems(stack, names) == [
        f"key policy of {topic}: kms:GenerateDataKey: no statement allows {EVENTS}",
        f"key policy of {topic}: kms:Decrypt: no statement allows {EVENTS}",
    ]


def test_fails_when_the_key_policy_lets_eventbridge_encrypt_for_any_topic(prod: tuple[Stack, Names]) -> None:
    stack, names = prod
    _edit_policy(
        resource(stack, "aws_kms_key", "aws_alerts_kms_key"),
        "EventBridge",
        lambda policy, statement: statement["Condition"].pop("StringEquals"),
    )
    topic = f"{names.prefix}-aws-alerts"
    assert delivery_problems(stack, names) == [
        f"key policy of {topic}: kms:GenerateDataKey for messages of any topic",
        f"key policy of {topic}: kms:Decrypt for messages of any topic",
    ]


def test_fails_when_the_rule_targets_something_else(prod: tuple[Stack, Names]) -> None:
    stack, names = prod
    target = resource(stack, "aws_cloudwatch_event_target", "guardduty_findings_to_alerts")
    target["arn"] = "arn:aws:sns:eu-west-1:333333333333:somewhere-else"
    assert delivery_problems(stack, names) == [
        "target arn:aws:sns:eu-west-1:333333333333:somewhere-else is not an SNS topic of the stack"
    ]


def test_the_rule_and_its_alarm_name_a_runbook_that_exists(terraform_stacks: dict[str, Stack]) -> None:
    stack = terraform_stacks["prod"]
    alarm = resource(stack, "aws_cloudwatch_metric_alarm", "guardduty_failed_deliveries_alarm")
    for text in (findings_rule(stack)[1]["description"], alarm["alarm_description"]):
        [path] = re.findall(r"docs/runbooks/\S+\.md", text)
        assert (REPO_ROOT / path).is_file(), path
