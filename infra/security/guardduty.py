"""GuardDuty in one environment's account and region: EKS audit-log and runtime monitoring, with
findings at or above a severity sent to the environment's AWS alerts topic (``AwsAlerts``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from cdktf_cdktf_provider_aws.cloudwatch_event_rule import CloudwatchEventRule
from cdktf_cdktf_provider_aws.cloudwatch_event_target import CloudwatchEventTarget
from cdktf_cdktf_provider_aws.cloudwatch_metric_alarm import CloudwatchMetricAlarm
from cdktf_cdktf_provider_aws.guardduty_detector import GuarddutyDetector
from cdktf_cdktf_provider_aws.guardduty_detector_feature import (
    GuarddutyDetectorFeature,
    GuarddutyDetectorFeatureAdditionalConfiguration,
)
from constructs import Construct

from contexter_deploy.ground.config.model import GuardDutySettings
from infra.alerts.aws_alerts import AwsAlerts

FINDING_SOURCE = "aws.guardduty"
FINDING_DETAIL_TYPE = "GuardDuty Finding"
"""What GuardDuty puts in ``source`` and ``detail-type`` of every finding event it sends to the
default event bus (GuardDuty user guide, "Processing GuardDuty findings with EventBridge")."""


@dataclass(frozen=True)
class GuardDutyProps:
    """Properties of ``GuardDuty``."""

    rule_name: str
    """EventBridge rule of the findings, e.g. ``contexter-prod-guardduty-findings``; its
    ``-failed-deliveries`` alarm is named after it."""
    settings: GuardDutySettings
    """``guardduty`` of the environment file: runtime monitoring, the lowest severity sent, how often
    updates of a finding are published."""
    alerts: AwsAlerts
    """Where findings go; ``GuardDuty`` lets its rule publish there (topic and key policy)."""


def finding_pattern(min_severity: float) -> dict[str, Any]:
    """EventBridge pattern of GuardDuty findings with ``detail.severity`` >= ``min_severity``."""
    return {
        "source": [FINDING_SOURCE],
        "detail-type": [FINDING_DETAIL_TYPE],
        "detail": {"severity": [{"numeric": [">=", min_severity]}]},
    }


class GuardDuty(Construct):
    """The account's GuardDuty detector (one per account and region: the environment owns both) with
    EKS audit logs on, EKS runtime monitoring as ``settings.runtime_monitoring`` says (GuardDuty then
    installs and updates the ``aws-guardduty-agent`` add-on itself), and an EventBridge rule that
    sends findings of ``settings.alert_severity`` and above to the alerts topic. A CloudWatch alarm
    on the rule's failed invocations reaches the same topic by CloudWatch's own path, so a broken
    EventBridge permission is noticed rather than silently dropping findings."""

    def __init__(self, scope: Construct, id: str, *, props: GuardDutyProps) -> None:
        super().__init__(scope, id)
        settings = props.settings
        self.detector = GuarddutyDetector(
            self,
            "detector",
            enable=True,
            finding_publishing_frequency=settings.finding_publishing_frequency,
        )
        self.eks_audit_logs = GuarddutyDetectorFeature(
            self, "eks_audit_logs", detector_id=self.detector.id, name="EKS_AUDIT_LOGS", status="ENABLED"
        )
        runtime = "ENABLED" if settings.runtime_monitoring else "DISABLED"
        self.runtime_monitoring = GuarddutyDetectorFeature(
            self,
            "runtime_monitoring",
            detector_id=self.detector.id,
            name="RUNTIME_MONITORING",
            status=runtime,
            additional_configuration=[
                GuarddutyDetectorFeatureAdditionalConfiguration(name="EKS_ADDON_MANAGEMENT", status=runtime)
            ],
        )
        rule_arn = props.alerts.allow_event_rule(props.rule_name)
        self.rule = CloudwatchEventRule(
            self,
            "findings",
            name=props.rule_name,
            description=f"GuardDuty findings of severity {settings.min_severity} ({settings.alert_severity})"
            " and above, to the AWS alerts topic; see docs/runbooks/GuardDutyFinding.md",
            event_pattern=json.dumps(finding_pattern(settings.min_severity)),
        )
        CloudwatchEventTarget(
            self,
            "findings_to_alerts",
            rule=self.rule.name,
            target_id="aws-alerts",
            arn=props.alerts.arn,
        )
        CloudwatchMetricAlarm(
            self,
            "failed_deliveries_alarm",
            alarm_name=f"{props.rule_name}-failed-deliveries",
            alarm_description=f"EventBridge could not deliver GuardDuty findings of {rule_arn} to the"
            " alerts topic (topic or key policy denial); see docs/runbooks/GuardDutyFinding.md",
            namespace="AWS/Events",
            metric_name="FailedInvocations",
            dimensions={"RuleName": props.rule_name},
            statistic="Sum",
            period=300,
            evaluation_periods=1,
            comparison_operator="GreaterThanThreshold",
            threshold=0,
            treat_missing_data="notBreaching",
            alarm_actions=[props.alerts.arn],
            ok_actions=[props.alerts.arn],
        )
        self.rule_arn = rule_arn
