"""infra/stacks/environment_stack.py, on the synthesized Terraform JSON (provider loaded once per session)."""

from __future__ import annotations

from typing import Any

from contexter_deploy.ground.config import ENVIRONMENT_NAMES, Environment
from contexter_deploy.ground.config.shared import load_shared
from contexter_deploy.ground.naming import POD_IDENTITIES, VAULT_ADDRESS, cost_allocation_tags, names_for
from tests.infra.terraform_json import resource, resources

Stacks = dict[str, dict[str, Any]]


def test_one_stack_per_environment_and_the_bootstrap_stack(terraform_stacks: Stacks) -> None:
    assert sorted(terraform_stacks) == sorted(["bootstrap", *ENVIRONMENT_NAMES])


def test_state_is_remote_encrypted_by_the_bucket_and_locked(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    shared = load_shared()
    for name in ENVIRONMENT_NAMES:
        # No `encrypt`: it would request SSE-S3, which the state bucket refuses (SSE-KMS only).
        assert terraform_stacks[name]["terraform"]["backend"] == {
            "s3": {
                "bucket": shared.terraform_state.bucket,
                "key": f"environments/{name}/terraform.tfstate",
                "region": shared.region,
                "use_lockfile": True,
            }
        }
        assert names_for(environments[name]).state_key == f"environments/{name}/terraform.tfstate"


def test_every_resource_carries_cost_allocation_tags(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    for name in ENVIRONMENT_NAMES:
        providers = terraform_stacks[name]["provider"]["aws"]
        assert [provider.get("alias") for provider in providers] == [None, "dr"]
        for provider in providers:
            [default_tags] = provider["default_tags"]
            assert default_tags["tags"] == {
                **cost_allocation_tags(environments[name]),
                "managed-by": "terraform",
            }
            assert set(default_tags["tags"]) == {
                "project",
                "environment",
                "owner",
                "cost-center",
                "managed-by",
            }
            assert provider["allowed_account_ids"] == [environments[name].aws.account_id]
        assert [p["region"] for p in providers] == [
            environments[name].aws.region,
            environments[name].aws.dr_region,
        ]


def test_the_budget_alerts_at_the_configured_thresholds(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    for name in ENVIRONMENT_NAMES:
        cost = environments[name].cost
        budget = resource(terraform_stacks[name], "aws_budgets_budget", "cost_budget")
        assert budget["limit_amount"] == f"{cost.monthly_budget_usd:.2f}"
        assert (budget["budget_type"], budget["time_unit"], budget["limit_unit"]) == (
            "COST",
            "MONTHLY",
            "USD",
        )
        actual = sorted(n["threshold"] for n in budget["notification"] if n["notification_type"] == "ACTUAL")
        assert actual == sorted(cost.alert_thresholds_percent)
        assert any(n["notification_type"] == "FORECASTED" for n in budget["notification"])
        for notification in budget["notification"]:
            assert notification["subscriber_email_addresses"] == list(cost.alert_emails)


def test_outputs_give_operators_what_they_need(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    for name in ENVIRONMENT_NAMES:
        outputs = terraform_stacks[name]["output"]
        names = names_for(environments[name])
        expected = {
            "cluster_name",
            "cluster_endpoint",
            "cluster_arn",
            "backup_bucket",
            "dr_backup_bucket",
            "backup_vault",
            "ebs_kms_key_arn",
            "vault_address",
            "vault_kms_key_arn",
            "karpenter_node_role",
            "karpenter_instance_profile",
            "karpenter_interruption_queue",
            *(f"{identity.role.replace('-', '_')}_role_arn" for identity in POD_IDENTITIES),
        }
        assert set(outputs) == expected
        assert outputs["vault_address"]["value"] == VAULT_ADDRESS
        assert outputs["backup_vault"]["value"] == names.backup_vault
        assert all(output.get("description") for output in outputs.values())


def test_no_long_lived_credentials_are_created(terraform_stacks: Stacks) -> None:
    for stack in terraform_stacks.values():
        for resource_type in ("aws_iam_user", "aws_iam_access_key", "aws_iam_user_policy", "aws_iam_group"):
            assert not resources(stack, resource_type), resource_type
