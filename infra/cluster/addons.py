"""The EKS managed add-ons, with versions pinned in config."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from cdktf import ITerraformDependable
from cdktf_cdktf_provider_aws.eks_addon import EksAddon
from constructs import Construct

from contexter_deploy.ground.config.model import EksAddons
from infra.cluster.eks_cluster import Cluster


@dataclass(frozen=True)
class Addon:
    """One EKS managed add-on."""

    name: str
    """The EKS add-on name, e.g. ``vpc-cni``."""
    version: str
    """Pinned version (``aws eks describe-addon-versions``), e.g. ``v1.20.4-eksbuild.1``."""
    configuration: Mapping[str, object] = field(default_factory=dict)
    """``configuration_values`` (the add-on's JSON schema); default: the add-on's defaults."""

    @property
    def id(self) -> str:
        return self.name.removeprefix("aws-").removeprefix("eks-").replace("-", "_")


def base_addons(versions: EksAddons) -> tuple[Addon, ...]:
    """Add-ons a node needs to become Ready and to get Pod Identity credentials: install them first."""
    return (
        # The VPC CNI enforces Kubernetes NetworkPolicies only when asked to; the manifests rely on them.
        Addon("vpc-cni", versions.vpc_cni, {"enableNetworkPolicy": "true"}),
        Addon("kube-proxy", versions.kube_proxy),
        Addon("eks-pod-identity-agent", versions.eks_pod_identity_agent),
    )


def node_addons(versions: EksAddons, *, volume_tags: Mapping[str, str] | None = None) -> tuple[Addon, ...]:
    """Add-ons whose pods need a node to run on: install them once the system node group exists.

    ``volume_tags``: tags the EBS CSI driver puts on every volume and snapshot it creates
    (``controller.extraVolumeTags``; the cost-allocation tags, which no provider default reaches;
    default: none)."""
    ebs_csi: Mapping[str, object] = {}
    if volume_tags:
        ebs_csi = {"controller": {"extraVolumeTags": dict(volume_tags)}}
    return (
        Addon("coredns", versions.coredns),
        Addon("aws-ebs-csi-driver", versions.aws_ebs_csi_driver, ebs_csi),
    )


@dataclass(frozen=True)
class AddonsProps:
    """Properties of ``ClusterAddons``."""

    cluster: Cluster
    """The cluster the add-ons run in; they refer to it by reference, so Terraform creates it first."""
    addons: tuple[Addon, ...]
    depends_on: Sequence[ITerraformDependable] = ()
    """What must exist first (default: only the cluster)."""

    def __post_init__(self) -> None:
        names = [addon.name for addon in self.addons]
        if len(set(names)) != len(names):
            raise ValueError(f"add-ons listed twice: {sorted(n for n in names if names.count(n) > 1)}")


class ClusterAddons(Construct):
    """EKS managed add-ons at pinned versions. Conflicts are overwritten: Terraform owns their settings."""

    def __init__(self, scope: Construct, id: str, *, props: AddonsProps) -> None:
        super().__init__(scope, id)
        self.addons = [
            EksAddon(
                self,
                addon.id,
                cluster_name=props.cluster.cluster.name,
                addon_name=addon.name,
                addon_version=addon.version,
                configuration_values=json.dumps(addon.configuration) if addon.configuration else None,
                resolve_conflicts_on_create="OVERWRITE",
                resolve_conflicts_on_update="OVERWRITE",
                depends_on=list(props.depends_on) or None,
            )
            for addon in props.addons
        ]
