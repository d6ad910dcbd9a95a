"""Cost-allocation tags on what controllers and services create at run time, where the provider's
``default_tags`` never reach: nodes and volumes launched from launch templates, EBS CSI volumes
and snapshots, AWS Backup recovery points."""

from __future__ import annotations

import json
from typing import Any

from contexter_deploy.ground.config import ENVIRONMENT_NAMES, Environment
from contexter_deploy.ground.naming import cost_allocation_tags
from tests.infra.terraform_json import TERRAFORM, resources

pytestmark = TERRAFORM

Stacks = dict[str, dict[str, Any]]


def test_run_time_resources_carry_the_cost_allocation_tags(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    for name in ENVIRONMENT_NAMES:
        stack, tags = terraform_stacks[name], cost_allocation_tags(environments[name])
        assert tags, "the environment declares cost-allocation tags"
        templates = resources(stack, "aws_launch_template")
        assert templates
        for address, template in templates.items():
            for specification in template["tag_specifications"]:
                assert tags.items() <= specification["tags"].items(), (
                    address,
                    specification["resource_type"],
                )
        [ebs_csi] = [
            a for a in resources(stack, "aws_eks_addon").values() if a["addon_name"] == "aws-ebs-csi-driver"
        ]
        assert json.loads(ebs_csi["configuration_values"])["controller"]["extraVolumeTags"] == tags
        for plan in resources(stack, "aws_backup_plan").values():
            for rule in plan["rule"]:
                assert rule["recovery_point_tags"] == tags
