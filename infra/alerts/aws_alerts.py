"""The SNS topic CloudWatch alarms of one environment notify (replication failures, for now)."""

from __future__ import annotations

from dataclasses import dataclass

from cdktf_cdktf_provider_aws.sns_topic import SnsTopic
from cdktf_cdktf_provider_aws.sns_topic_subscription import SnsTopicSubscription
from constructs import Construct

from infra.iam.policy import Statement
from infra.security.kms_key import KmsKey, KmsKeyProps


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
    """A KMS-encrypted SNS topic with e-mail subscriptions; only this account's CloudWatch alarms
    may publish (the key policy lets CloudWatch use the key for this topic's messages only)."""

    def __init__(self, scope: Construct, id: str, *, props: AwsAlertsProps) -> None:
        super().__init__(scope, id)
        alarms = f"arn:aws:cloudwatch:{props.region}:{props.account_id}:alarm:*"
        key = KmsKey(
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
                        wildcard_reason="in a key policy, Resource '*' means this key",
                    ),
                ),
            ),
        )
        self.topic = SnsTopic(self, "topic", name=props.name, kms_master_key_id=key.arn)
        for index, email in enumerate(props.emails):
            SnsTopicSubscription(
                self, f"email_{index}", topic_arn=self.topic.arn, protocol="email", endpoint=email
            )
        self.arn: str = self.topic.arn
