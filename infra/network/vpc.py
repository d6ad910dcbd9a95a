"""The environment VPC: public and private subnets across zones, NAT, routes."""

from __future__ import annotations

from dataclasses import dataclass
from ipaddress import IPv4Network
from typing import Literal

from cdktf_cdktf_provider_aws.default_security_group import DefaultSecurityGroup
from cdktf_cdktf_provider_aws.eip import Eip
from cdktf_cdktf_provider_aws.internet_gateway import InternetGateway
from cdktf_cdktf_provider_aws.nat_gateway import NatGateway
from cdktf_cdktf_provider_aws.route import Route
from cdktf_cdktf_provider_aws.route_table import RouteTable
from cdktf_cdktf_provider_aws.route_table_association import RouteTableAssociation
from cdktf_cdktf_provider_aws.subnet import Subnet
from cdktf_cdktf_provider_aws.vpc import Vpc
from constructs import Construct

from contexter_deploy.ground.naming import KARPENTER_DISCOVERY_TAG

MIN_ZONES = 2
"""EKS needs subnets in at least two zones; DESIGN.md wants three in staging and prod."""
MAX_ZONES = 3


@dataclass(frozen=True)
class SubnetLayout:
    """CIDRs of the private and public subnets, one of each per zone, computed from the VPC CIDR.

    Private subnets get 1/8 of the VPC each (a /19 of a /16: 8,190 addresses, because the VPC CNI
    gives every pod a VPC address); public subnets, which hold only NAT gateways and load
    balancers, get 1/256 each (a /24 of a /16) from the last eighth.
    """

    private: tuple[IPv4Network, ...]
    public: tuple[IPv4Network, ...]

    @classmethod
    def of(cls, vpc_cidr: IPv4Network, az_count: int) -> SubnetLayout:
        if not 16 <= vpc_cidr.prefixlen <= 20:
            raise ValueError(
                f"network.vpc_cidr {vpc_cidr} is a /{vpc_cidr.prefixlen}; allowed: /16 to /20, so that"
                " every private subnet holds the pod addresses of its nodes"
            )
        if not MIN_ZONES <= az_count <= MAX_ZONES:
            raise ValueError(
                f"aws.az_count {az_count}: allowed {MIN_ZONES} to {MAX_ZONES};"
                " EKS needs subnets in at least two availability zones"
            )
        eighths = list(vpc_cidr.subnets(prefixlen_diff=3))
        public = list(eighths[-1].subnets(new_prefix=vpc_cidr.prefixlen + 8))
        return cls(private=tuple(eighths[:az_count]), public=tuple(public[:az_count]))


@dataclass(frozen=True)
class NetworkProps:
    """Properties of ``EnvironmentNetwork``."""

    name: str
    """Name tag prefix, e.g. ``contexter-prod``."""
    cluster_name: str
    """EKS cluster whose load balancers and Karpenter nodes use these subnets (discovery tags). A name,
    not the ``Cluster``: the cluster is created in these subnets, so after the network."""
    vpc_cidr: IPv4Network
    zone_ids: tuple[str, ...]
    """One public and one private subnet in each of these zones (by zone ID, e.g. ``euw1-az1``)."""
    nat_gateways: Literal["single", "one_per_az"]
    """``one_per_az`` survives the loss of a zone; ``single`` saves cost (dev)."""

    def __post_init__(self) -> None:
        SubnetLayout.of(self.vpc_cidr, len(self.zone_ids))
        if len(set(self.zone_ids)) != len(self.zone_ids):
            raise ValueError(f"zone_ids {list(self.zone_ids)} name a zone twice")

    @property
    def layout(self) -> SubnetLayout:
        return SubnetLayout.of(self.vpc_cidr, len(self.zone_ids))


class EnvironmentNetwork(Construct):
    """The VPC of one environment: private subnets for nodes and pods, public ones for NAT and ELB.

    Nothing is reachable from the internet except through a load balancer in a public subnet;
    nodes have no public address. The default security group denies everything, so a resource
    that forgets its own group gets no traffic.
    """

    def __init__(self, scope: Construct, id: str, *, props: NetworkProps) -> None:
        super().__init__(scope, id)
        layout = props.layout
        self.vpc = Vpc(
            self,
            "vpc",
            cidr_block=str(props.vpc_cidr),
            enable_dns_hostnames=True,
            enable_dns_support=True,
            tags={"Name": props.name},
        )
        DefaultSecurityGroup(
            self, "default_security_group", vpc_id=self.vpc.id, tags={"Name": f"{props.name}-default-deny"}
        )
        internet_gateway = InternetGateway(
            self, "internet_gateway", vpc_id=self.vpc.id, tags={"Name": props.name}
        )
        self.public_subnets = self._public_subnets(props, layout, internet_gateway)
        nat_gateways = self._nat_gateways(props, self.public_subnets, internet_gateway)
        self.private_subnets, self.private_route_tables = self._private_subnets(props, layout, nat_gateways)
        self.private_subnet_ids: tuple[str, ...] = tuple(subnet.id for subnet in self.private_subnets)
        """The private subnets' IDs, one per zone: where the control plane and the nodes go."""

    def _public_subnets(
        self, props: NetworkProps, layout: SubnetLayout, internet_gateway: InternetGateway
    ) -> list[Subnet]:
        """One public subnet per zone, routed to the internet gateway; for NAT and load balancers only."""
        public_routes = RouteTable(
            self, "public_routes", vpc_id=self.vpc.id, tags={"Name": f"{props.name}-public"}
        )
        Route(
            self,
            "public_default_route",
            route_table_id=public_routes.id,
            destination_cidr_block="0.0.0.0/0",
            gateway_id=internet_gateway.id,
        )
        subnets: list[Subnet] = []
        for index, (cidr, zone) in enumerate(zip(layout.public, props.zone_ids, strict=True)):
            subnet = Subnet(
                self,
                f"public_{index}",
                vpc_id=self.vpc.id,
                cidr_block=str(cidr),
                availability_zone_id=zone,
                map_public_ip_on_launch=False,
                tags={"Name": f"{props.name}-public-{index}", "kubernetes.io/role/elb": "1"},
            )
            RouteTableAssociation(
                self, f"public_{index}_association", subnet_id=subnet.id, route_table_id=public_routes.id
            )
            subnets.append(subnet)
        return subnets

    def _nat_gateways(
        self, props: NetworkProps, public_subnets: list[Subnet], internet_gateway: InternetGateway
    ) -> list[NatGateway]:
        """One NAT gateway per zone (``one_per_az``), or one in the first zone (``single``)."""
        nat_count = len(props.zone_ids) if props.nat_gateways == "one_per_az" else 1
        nat_gateways = []
        for index in range(nat_count):
            address = Eip(
                self, f"nat_{index}_address", domain="vpc", tags={"Name": f"{props.name}-nat-{index}"}
            )
            nat_gateways.append(
                NatGateway(
                    self,
                    f"nat_{index}",
                    allocation_id=address.id,
                    subnet_id=public_subnets[index].id,
                    tags={"Name": f"{props.name}-nat-{index}"},
                    depends_on=[internet_gateway],
                )
            )
        return nat_gateways

    def _private_subnets(
        self, props: NetworkProps, layout: SubnetLayout, nat_gateways: list[NatGateway]
    ) -> tuple[list[Subnet], list[RouteTable]]:
        """One private subnet per zone for nodes and pods, each with its own default route through
        a NAT gateway (its zone's, or the single one)."""
        subnets: list[Subnet] = []
        route_tables: list[RouteTable] = []
        for index, (cidr, zone) in enumerate(zip(layout.private, props.zone_ids, strict=True)):
            subnet = Subnet(
                self,
                f"private_{index}",
                vpc_id=self.vpc.id,
                cidr_block=str(cidr),
                availability_zone_id=zone,
                tags={
                    "Name": f"{props.name}-private-{index}",
                    "kubernetes.io/role/internal-elb": "1",
                    KARPENTER_DISCOVERY_TAG: props.cluster_name,
                },
            )
            routes = RouteTable(
                self,
                f"private_{index}_routes",
                vpc_id=self.vpc.id,
                tags={"Name": f"{props.name}-private-{index}"},
            )
            Route(
                self,
                f"private_{index}_default_route",
                route_table_id=routes.id,
                destination_cidr_block="0.0.0.0/0",
                nat_gateway_id=nat_gateways[index % len(nat_gateways)].id,
            )
            RouteTableAssociation(
                self, f"private_{index}_association", subnet_id=subnet.id, route_table_id=routes.id
            )
            subnets.append(subnet)
            route_tables.append(routes)
        return subnets, route_tables
