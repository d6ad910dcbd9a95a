"""infra/stacks/environment_stack.py, on the synthesized Terraform JSON (provider loaded once per session)."""

from __future__ import annotations

from typing import Any

from contexter_deploy.config import Environment


def test_one_stack_per_environment(terraform_stacks: dict[str, dict[str, Any]]) -> None:
    assert sorted(terraform_stacks) == ["dev", "prod", "staging"]


def test_state_is_remote_encrypted_and_locked(
    terraform_stacks: dict[str, dict[str, Any]], environments: dict[str, Environment]
) -> None:
    for name, stack in terraform_stacks.items():
        state = environments[name].terraform_state
        assert stack["terraform"]["backend"] == {
            "s3": {
                "bucket": state.bucket,
                "key": state.key,
                "region": state.region,
                "encrypt": True,
                "use_lockfile": True,
            }
        }


def test_every_resource_carries_cost_allocation_tags(
    terraform_stacks: dict[str, dict[str, Any]], environments: dict[str, Environment]
) -> None:
    for name, stack in terraform_stacks.items():
        [provider] = stack["provider"]["aws"]
        [default_tags] = provider["default_tags"]
        cost = environments[name].cost
        assert default_tags["tags"] | {} == {
            "project": "contexter",
            "environment": name,
            "owner": cost.owner,
            "cost-center": cost.cost_center,
            "managed-by": "terraform",
        }
        assert provider["allowed_account_ids"] == [environments[name].aws.account_id]


def test_the_vpc_uses_the_configured_cidr(
    terraform_stacks: dict[str, dict[str, Any]], environments: dict[str, Environment]
) -> None:
    for name, stack in terraform_stacks.items():
        [vpc] = stack["resource"]["aws_vpc"].values()
        assert vpc["cidr_block"] == str(environments[name].network.vpc_cidr)
        assert vpc["enable_dns_hostnames"] is True
