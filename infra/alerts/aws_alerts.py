"""The SNS topic AWS-side alerts of one environment go to: CloudWatch alarms (replication failures)
and EventBridge rules (GuardDuty findings), e-mailed to whoever the environment names."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cdktf_cdktf_provider_aws.sns_topic import SnsTopic
from cdktf_cdktf_provider_aws.sns_topic_policy import SnsTopicPolicy
from cdktf_cdktf_provider_aws.sns_topic_subscription import SnsTopicSubscription
from constructs import Construct

from infra.iam.policy import Statement, policy_document
from infra.security.kms_key import KmsKey, KmsKeyProps

EVENTS_SERVICE = "events.amazonaws.com"
KEY_POLICY_RESOURCE = "in a key policy, Resource '*' means this key"


@dataclass(frozen=True)
class AwsAlertsProps:
    """Properties of ``AwsAlerts``."""

    name: str
    """Topic name, e.g. ``contexter-prod-aws-alerts``; also the key's alias."""
    account_id: str
    region: str
    emails: tuple[str, ...]
    """Who receives the alarms by e-mail (each address confirms its subscription once)."""

    def __post_init__(self) -> None:
        if not self.emails:
            raise ValueError(f"SNS topic {self.name}: needs at least one e-mail address, or no one is told")


class AwsAlerts(Construct):
    """A KMS-encrypted SNS topic with e-mail subscriptions. Only this account's CloudWatch alarms may
    publish, and the EventBridge rules given to ``allow_event_rule``: the topic policy lets each
    publish, and the key policy lets it use the key for this topic's messages only. A publisher the
    key policy omits is refused by KMS and its message dropped, with no error anywhere but the
    publisher's own metrics."""

    def __init__(self, scope: Construct, id: str, *, props: AwsAlertsProps) -> None:
        super().__init__(scope, id)
        self.props = props
        self.topic_arn = f"arn:aws:sns:{props.region}:{props.account_id}:{props.name}"
        """The topic's ARN as text, for policy conditions (the key policy cannot refer to the topic,
        which refers to the key)."""
        alarms = f"arn:aws:cloudwatch:{props.region}:{props.account_id}:alarm:*"
        self.key = KmsKey(
            self,
            "kms",
            props=KmsKeyProps(
                alias=f"alias/{props.name}",
                description=f"Messages of the SNS topic {props.name}",
                account_id=props.account_id,
                statements=(
                    Statement(
                        sid="CloudWatchPublishesAlarms",
                        principals={"Service": ("cloudwatch.amazonaws.com",)},
                        actions=("kms:GenerateDataKey*", "kms:Decrypt"),
                        resources=("*",),
                        conditions={
                            "StringEquals": {"aws:SourceAccount": props.account_id},
                            "ArnLike": {"aws:SourceArn": alarms},
                        },
                        wildcard_reason=KEY_POLICY_RESOURCE,
                    ),
                ),
            ),
        )
        self.topic = SnsTopic(self, "topic", name=props.name, kms_master_key_id=self.key.arn)
        for index, email in enumerate(props.emails):
            SnsTopicSubscription(
                self, f"email_{index}", topic_arn=self.topic.arn, protocol="email", endpoint=email
            )
        # The topic policy replaces SNS's default one, so it names every publisher, alarms included.
        self._publishers = [
            Statement(
                sid="CloudWatchPublishesAlarms",
                principals={"Service": ("cloudwatch.amazonaws.com",)},
                actions=("sns:Publish",),
                resources=(self.topic_arn,),
                conditions={
                    "StringEquals": {"aws:SourceAccount": props.account_id},
                    "ArnLike": {"aws:SourceArn": alarms},
                },
            )
        ]
        self.policy = SnsTopicPolicy(
            self, "policy", arn=self.topic.arn, policy=policy_document(*self._publishers)
        )
        self.arn: str = self.topic.arn

    def allow_event_rule(self, rule_name: str) -> str:
        """Lets the EventBridge rule ``rule_name`` (default event bus, this account and region)
        publish to the topic and encrypt its messages with the topic's key; returns the rule's ARN,
        the ``aws:SourceArn`` both policies require."""
        rule_arn = f"arn:aws:events:{self.props.region}:{self.props.account_id}:rule/{rule_name}"
        label = "".join(part.capitalize() for part in re.split(r"[^A-Za-z0-9]+", rule_name) if part)
        # The rule's ARN names its account; the key statement adds the topic (SNS's encryption
        # context), as the SNS developer guide's key policy for AWS event sources does.
        source = {"ArnEquals": {"aws:SourceArn": rule_arn}}
        self._publishers.append(
            Statement(
                sid=f"EventBridgeRule{label}Publishes",
                principals={"Service": (EVENTS_SERVICE,)},
                actions=("sns:Publish",),
                resources=(self.topic_arn,),
                conditions=source,
            )
        )
        self.policy.policy = policy_document(*self._publishers)
        self.key.add_statements(
            Statement(
                sid=f"EventBridgeRule{label}Publishes",
                principals={"Service": (EVENTS_SERVICE,)},
                actions=("kms:GenerateDataKey*", "kms:Decrypt"),
                resources=("*",),
                conditions={
                    **source,
                    "StringEquals": {"kms:EncryptionContext:aws:sns:topicArn": self.topic_arn},
                },
                wildcard_reason=KEY_POLICY_RESOURCE,
            )
        )
        return rule_arn
