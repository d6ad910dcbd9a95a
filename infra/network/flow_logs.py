"""VPC flow logs: every accepted and rejected connection, to an encrypted CloudWatch log group."""

from __future__ import annotations

from dataclasses import dataclass

from cdktf_cdktf_provider_aws.cloudwatch_log_group import CloudwatchLogGroup
from cdktf_cdktf_provider_aws.flow_log import FlowLog
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy import IamRolePolicy
from constructs import Construct

from infra.iam.policy import Statement, policy_document, service_trust


@dataclass(frozen=True)
class FlowLogsProps:
    """Properties of ``FlowLogs``."""

    account_id: str
    region: str
    vpc_id: str
    log_group_name: str
    role_name: str
    retention_days: int
    """Days CloudWatch keeps the flow logs."""
    kms_key_arn: str
    """Key that encrypts the log group (its policy must allow CloudWatch Logs)."""

    def __post_init__(self) -> None:
        if self.retention_days < 1:
            raise ValueError(f"flow log retention_days {self.retention_days}: must be at least 1")


class FlowLogs(Construct):
    """Flow logs of the whole VPC (traffic type ALL), kept ``retention_days`` in CloudWatch Logs."""

    def __init__(self, scope: Construct, id: str, *, props: FlowLogsProps) -> None:
        super().__init__(scope, id)
        log_group_arn = f"arn:aws:logs:{props.region}:{props.account_id}:log-group:{props.log_group_name}"
        self.log_group = CloudwatchLogGroup(
            self,
            "log_group",
            name=props.log_group_name,
            retention_in_days=props.retention_days,
            kms_key_id=props.kms_key_arn,
        )
        role = IamRole(
            self,
            "role",
            name=props.role_name,
            description="VPC Flow Logs delivery to its log group",
            assume_role_policy=service_trust("vpc-flow-logs.amazonaws.com", source_account=props.account_id),
        )
        IamRolePolicy(
            self,
            "role_policy",
            name="deliver-flow-logs",
            role=role.name,
            policy=policy_document(
                Statement(
                    sid="FindTheFlowLogGroup",
                    actions=("logs:DescribeLogGroups",),
                    resources=(f"arn:aws:logs:{props.region}:{props.account_id}:log-group:*",),
                    wildcard_reason="DescribeLogGroups lists groups and cannot be scoped to one group",
                ),
                Statement(
                    sid="DeliverToTheFlowLogGroup",
                    actions=("logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"),
                    resources=(log_group_arn, f"{log_group_arn}:log-stream:*"),
                    wildcard_reason="log streams are created by the service, one per network interface",
                ),
            ),
        )
        FlowLog(
            self,
            "flow_log",
            vpc_id=props.vpc_id,
            traffic_type="ALL",
            log_destination_type="cloud-watch-logs",
            log_destination=self.log_group.arn,
            iam_role_arn=role.arn,
            max_aggregation_interval=60,
        )
