"""The environment VPC."""

from __future__ import annotations

from dataclasses import dataclass

from cdktf_cdktf_provider_aws.vpc import Vpc
from constructs import Construct

from contexter_deploy.config.model import Network


@dataclass(frozen=True)
class NetworkProps:
    """Properties of ``EnvironmentNetwork``."""

    name: str
    """Name tag of the VPC, e.g. ``contexter-prod``."""
    network: Network


class EnvironmentNetwork(Construct):
    """The VPC of one environment, with DNS support for EKS and VPC endpoints."""

    def __init__(self, scope: Construct, id: str, *, props: NetworkProps) -> None:
        super().__init__(scope, id)
        self.vpc = Vpc(
            self,
            "this",
            cidr_block=str(props.network.vpc_cidr),
            enable_dns_hostnames=True,
            enable_dns_support=True,
            tags={"Name": props.name},
        )
