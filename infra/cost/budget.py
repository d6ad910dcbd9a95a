"""The monthly AWS budget of one environment, with e-mail alerts at configured thresholds."""

from __future__ import annotations

from dataclasses import dataclass

from cdktf_cdktf_provider_aws.budgets_budget import BudgetsBudget, BudgetsBudgetNotification
from constructs import Construct


@dataclass(frozen=True)
class BudgetProps:
    """Properties of ``MonthlyBudget``."""

    name: str
    limit_usd: float
    thresholds_percent: tuple[int, ...]
    """Actual spend, in percent of ``limit_usd``, that triggers an e-mail."""
    emails: tuple[str, ...]

    def __post_init__(self) -> None:
        if self.limit_usd <= 0:
            raise ValueError(f"budget {self.name}: limit {self.limit_usd} USD must be positive")
        if not self.thresholds_percent or not self.emails:
            raise ValueError(f"budget {self.name}: needs at least one threshold and one e-mail address")
        if len(set(self.thresholds_percent)) != len(self.thresholds_percent):
            raise ValueError(f"budget {self.name}: thresholds {list(self.thresholds_percent)} repeat a value")


class MonthlyBudget(Construct):
    """A cost budget of the whole account (one account per environment): an e-mail at each actual-spend
    threshold, and one when the month's forecast exceeds the limit, early enough to act."""

    def __init__(self, scope: Construct, id: str, *, props: BudgetProps) -> None:
        super().__init__(scope, id)
        notifications = [
            BudgetsBudgetNotification(
                comparison_operator="GREATER_THAN",
                notification_type="ACTUAL",
                threshold=threshold,
                threshold_type="PERCENTAGE",
                subscriber_email_addresses=list(props.emails),
            )
            for threshold in sorted(props.thresholds_percent)
        ]
        notifications.append(
            BudgetsBudgetNotification(
                comparison_operator="GREATER_THAN",
                notification_type="FORECASTED",
                threshold=100,
                threshold_type="PERCENTAGE",
                subscriber_email_addresses=list(props.emails),
            )
        )
        self.budget = BudgetsBudget(
            self,
            "budget",
            name=props.name,
            budget_type="COST",
            limit_amount=f"{props.limit_usd:.2f}",
            limit_unit="USD",
            time_unit="MONTHLY",
            notification=notifications,
        )
