"""infra/network/: subnets across zones, NAT, VPC endpoints and flow logs."""

from __future__ import annotations

from ipaddress import IPv4Network
from typing import Any

import pytest

from contexter_deploy.ground.config import ENVIRONMENT_NAMES, Environment
from contexter_deploy.ground.naming import KARPENTER_DISCOVERY_TAG, names_for
from tests.infra.terraform_json import TERRAFORM, reference, resource, resources, role_policy, statement

# infra/ modules load the AWS provider bindings (about 600 MB): tests import them locally, so only the
# xdist worker of group "terraform" loads them, once; collection in other workers stays cheap.
pytestmark = TERRAFORM

Stacks = dict[str, dict[str, Any]]


def _subnets(stack: dict[str, Any], kind: str) -> dict[str, dict[str, Any]]:
    return {
        id_: body
        for id_, body in resources(stack, "aws_subnet").items()
        if id_.startswith(f"network_{kind}_")
    }


def test_one_public_and_one_private_subnet_per_configured_zone(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    for name in ENVIRONMENT_NAMES:
        aws = environments[name].aws
        for kind in ("public", "private"):
            subnets = _subnets(terraform_stacks[name], kind)
            assert [s["availability_zone_id"] for s in subnets.values()] == list(aws.zone_ids)
            assert len(subnets) == aws.az_count


def test_subnets_are_tagged_for_load_balancers_and_karpenter(terraform_stacks: Stacks) -> None:
    for name in ENVIRONMENT_NAMES:
        stack = terraform_stacks[name]
        for subnet in _subnets(stack, "private").values():
            assert subnet["tags"]["kubernetes.io/role/internal-elb"] == "1"
            assert subnet["tags"][KARPENTER_DISCOVERY_TAG] == f"contexter-{name}"
        for subnet in _subnets(stack, "public").values():
            assert subnet["tags"]["kubernetes.io/role/elb"] == "1"
            assert KARPENTER_DISCOVERY_TAG not in subnet["tags"], "nodes must never land in a public subnet"
            assert subnet["map_public_ip_on_launch"] is False


def test_subnets_lie_inside_the_vpc_and_do_not_overlap(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    for name in ENVIRONMENT_NAMES:
        vpc = IPv4Network(resource(terraform_stacks[name], "aws_vpc", "network_vpc")["cidr_block"])
        assert vpc == environments[name].network.vpc_cidr
        cidrs = [
            IPv4Network(s["cidr_block"]) for s in resources(terraform_stacks[name], "aws_subnet").values()
        ]
        assert all(cidr.subnet_of(vpc) for cidr in cidrs)
        assert not any(a.overlaps(b) for i, a in enumerate(cidrs) for b in cidrs[i + 1 :])


def test_nat_gateways_follow_the_configured_trade_off(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    for name in ENVIRONMENT_NAMES:
        stack = terraform_stacks[name]
        network = environments[name].network
        nat_gateways = resources(stack, "aws_nat_gateway")
        expected = environments[name].aws.az_count if network.nat_gateways == "one_per_az" else 1
        assert len(nat_gateways) == expected
        for index in range(environments[name].aws.az_count):
            route = resource(stack, "aws_route", f"network_private_{index}_default_route")
            nat = f"network_nat_{index if network.nat_gateways == 'one_per_az' else 0}"
            assert route["nat_gateway_id"] == reference("aws_nat_gateway", nat, "id"), (
                "each zone egresses locally"
            )


def test_prod_survives_the_loss_of_a_zone(terraform_stacks: Stacks) -> None:
    assert len(resources(terraform_stacks["prod"], "aws_nat_gateway")) == 3


def test_the_default_security_group_allows_nothing(terraform_stacks: Stacks) -> None:
    for name in ENVIRONMENT_NAMES:
        group = resource(
            terraform_stacks[name], "aws_default_security_group", "network_default_security_group"
        )
        assert "ingress" not in group and "egress" not in group


def test_aws_apis_are_reached_through_private_endpoints(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    from infra.network.cluster_access import SSM_INTERFACE_SERVICES
    from infra.network.endpoints import INTERFACE_SERVICES

    for name in ENVIRONMENT_NAMES:
        stack = terraform_stacks[name]
        region = environments[name].aws.region
        endpoints = resources(stack, "aws_vpc_endpoint")
        s3 = endpoints["endpoints_s3"]
        assert (s3["service_name"], s3["vpc_endpoint_type"]) == (f"com.amazonaws.{region}.s3", "Gateway")
        assert len(s3["route_table_ids"]) == environments[name].aws.az_count
        interface = {
            e["service_name"]: e for e in endpoints.values() if e["vpc_endpoint_type"] == "Interface"
        }
        # Session Manager's endpoints where the API endpoint is private (the operator path)
        ssm = SSM_INTERFACE_SERVICES if not environments[name].cluster.endpoint_public_access else ()
        assert set(interface) == {
            f"com.amazonaws.{region}.{service}" for service in (*INTERFACE_SERVICES, *ssm)
        }
        assert {"ecr.api", "ecr.dkr", "sts", "logs"} == set(INTERFACE_SERVICES)
        for endpoint in interface.values():
            assert endpoint["private_dns_enabled"] is True
            assert len(endpoint["subnet_ids"]) == environments[name].aws.az_count
        rule = resources(stack, "aws_vpc_security_group_ingress_rule")["endpoints_https_from_vpc"]
        assert (rule["from_port"], rule["to_port"], rule["ip_protocol"]) == (443, 443, "tcp")
        assert rule["cidr_ipv4"] == str(environments[name].network.vpc_cidr)


def test_flow_logs_record_all_traffic_encrypted_with_retention(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    for name in ENVIRONMENT_NAMES:
        stack = terraform_stacks[name]
        flow_log = resource(stack, "aws_flow_log", "flow_logs_flow_log")
        assert flow_log["traffic_type"] == "ALL"
        assert flow_log["vpc_id"] == reference("aws_vpc", "network_vpc", "id")
        group = resource(stack, "aws_cloudwatch_log_group", "flow_logs_log_group")
        assert group["name"] == names_for(environments[name]).flow_log_group
        assert group["retention_in_days"] == environments[name].network.flow_log_retention_days
        assert group["kms_key_id"] == reference("aws_kms_key", "logs_key", "arn")
        delivery = statement(role_policy(stack, "flow_logs_role"), "DeliverToTheFlowLogGroup")
        aws = environments[name].aws
        log_group_arn = f"arn:aws:logs:{aws.region}:{aws.account_id}:log-group:{group['name']}"
        assert delivery["Resource"] == [log_group_arn, f"{log_group_arn}:log-stream:*"]


def test_layout_gives_pods_room_in_private_subnets() -> None:
    from infra.network.vpc import SubnetLayout

    layout = SubnetLayout.of(IPv4Network("10.30.0.0/16"), 3)
    assert [str(cidr) for cidr in layout.private] == ["10.30.0.0/19", "10.30.32.0/19", "10.30.64.0/19"]
    assert [str(cidr) for cidr in layout.public] == ["10.30.224.0/24", "10.30.225.0/24", "10.30.226.0/24"]


def test_fails_when_the_network_has_one_availability_zone() -> None:
    from infra.network.vpc import NetworkProps

    with pytest.raises(
        ValueError, match=r"aws.az_count 1: allowed 2 to 3; EKS needs subnets in at least two"
    ):
        NetworkProps(
            name="contexter-prod",
            cluster_name="contexter-prod",
            vpc_cidr=IPv4Network("10.30.0.0/16"),
            zone_ids=("euw1-az1",),
            nat_gateways="one_per_az",
        )


def test_fails_when_the_vpc_is_too_small_for_pod_addresses() -> None:
    from infra.network.vpc import SubnetLayout

    with pytest.raises(ValueError, match=r"network.vpc_cidr 10.30.0.0/24 is a /24; allowed: /16 to /20"):
        SubnetLayout.of(IPv4Network("10.30.0.0/24"), 3)


def test_fails_when_a_zone_is_listed_twice() -> None:
    from infra.network.vpc import NetworkProps

    with pytest.raises(ValueError, match=r"name a zone twice"):
        NetworkProps(
            name="contexter-dev",
            cluster_name="contexter-dev",
            vpc_cidr=IPv4Network("10.10.0.0/16"),
            zone_ids=("euw1-az1", "euw1-az1"),
            nat_gateways="single",
        )


def test_a_private_api_admits_the_cluster_clients_on_443_only(
    terraform_stacks: Stacks, environments: dict[str, Environment]
) -> None:
    """With a private endpoint, CI's runner and the operator host (SSM) reach the API through the
    cluster-clients security group; nothing else is admitted to the cluster security group."""
    private = [name for name in ENVIRONMENT_NAMES if not environments[name].cluster.endpoint_public_access]
    assert private, "some environment must have a private endpoint for this test to mean anything"
    for name in ENVIRONMENT_NAMES:
        stack = terraform_stacks[name]
        rules = resources(stack, "aws_vpc_security_group_ingress_rule")
        if name not in private:
            assert "cluster_access_api_from_clients" not in rules
            continue
        rule = rules["cluster_access_api_from_clients"]
        assert (
            rule["security_group_id"]
            == "${aws_eks_cluster.eks_cluster.vpc_config[0].cluster_security_group_id}"
        )
        assert (
            rule["referenced_security_group_id"] == "${aws_security_group.cluster_access_security_group.id}"
        )
        assert (rule["from_port"], rule["to_port"], rule["ip_protocol"]) == (443, 443, "tcp")
        template = resources(stack, "aws_launch_template")["cluster_access_launch_template"]
        assert template["metadata_options"]["http_tokens"] == "required"
        assert template["network_interfaces"][0]["associate_public_ip_address"] == "false"
        profile = resources(stack, "aws_iam_instance_profile")["cluster_access_instance_profile"]
        assert profile["role"] == "${aws_iam_role.cluster_access_role.name}"
