"""VPC endpoints: AWS APIs reached privately, without the NAT gateway."""

from __future__ import annotations

from dataclasses import dataclass

from cdktf_cdktf_provider_aws.security_group import SecurityGroup
from cdktf_cdktf_provider_aws.vpc_endpoint import VpcEndpoint
from cdktf_cdktf_provider_aws.vpc_security_group_ingress_rule import VpcSecurityGroupIngressRule
from constructs import Construct

INTERFACE_SERVICES: tuple[str, ...] = ("ecr.api", "ecr.dkr", "sts", "logs")
"""Image pulls (ECR API and registry), Pod Identity and IRSA token exchange (STS), and log shipping.

Image layers themselves come from S3, through the gateway endpoint."""


@dataclass(frozen=True)
class EndpointsProps:
    """Properties of ``VpcEndpoints``."""

    name: str
    region: str
    vpc_id: str
    vpc_cidr: str
    """Only addresses of the VPC may reach the interface endpoints (HTTPS)."""
    private_subnet_ids: tuple[str, ...]
    private_route_table_ids: tuple[str, ...]
    extra_interface_services: tuple[str, ...] = ()
    """Interface endpoints beyond ``INTERFACE_SERVICES``, e.g. Session Manager's (default: none)."""


class VpcEndpoints(Construct):
    """An S3 gateway endpoint on the private route tables, and interface endpoints with private DNS.

    They keep traffic to AWS off the internet and off the NAT gateways (which bill per GB):
    image layers (S3) are most of a node's traffic.
    """

    def __init__(self, scope: Construct, id: str, *, props: EndpointsProps) -> None:
        super().__init__(scope, id)
        VpcEndpoint(
            self,
            "s3",
            vpc_id=props.vpc_id,
            service_name=f"com.amazonaws.{props.region}.s3",
            vpc_endpoint_type="Gateway",
            route_table_ids=list(props.private_route_table_ids),
            tags={"Name": f"{props.name}-s3"},
        )
        security_group = SecurityGroup(
            self,
            "security_group",
            name=f"{props.name}-vpc-endpoints",
            description="HTTPS from the VPC to the interface VPC endpoints",
            vpc_id=props.vpc_id,
            tags={"Name": f"{props.name}-vpc-endpoints"},
        )
        VpcSecurityGroupIngressRule(
            self,
            "https_from_vpc",
            security_group_id=security_group.id,
            description="HTTPS from addresses of the VPC",
            cidr_ipv4=props.vpc_cidr,
            ip_protocol="tcp",
            from_port=443,
            to_port=443,
        )
        for service in (*INTERFACE_SERVICES, *props.extra_interface_services):
            VpcEndpoint(
                self,
                service.replace(".", "_"),
                vpc_id=props.vpc_id,
                service_name=f"com.amazonaws.{props.region}.{service}",
                vpc_endpoint_type="Interface",
                private_dns_enabled=True,
                subnet_ids=list(props.private_subnet_ids),
                security_group_ids=[security_group.id],
                tags={"Name": f"{props.name}-{service}"},
            )
