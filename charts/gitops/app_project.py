"""An Argo CD AppProject: which repositories, namespaces and cluster-scoped kinds it may use."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from constructs import Construct

from charts.gitops.addon_chart import ClusterKind
from charts.gitops.application import IN_CLUSTER, metadata
from charts.gitops.sync_waves import PROJECTS_WAVE
from imports import argo_cd


@dataclass(frozen=True)
class ProjectProps:
    """Properties of a ``Project``. Every list is explicit: wildcards are refused."""

    name: str
    description: str
    source_repos: Sequence[str]
    destinations: Sequence[str]
    """Namespaces of the in-cluster destination."""
    cluster_kinds: Sequence[ClusterKind]
    """Cluster-scoped kinds the project may create (``clusterResourceWhitelist``); empty: none."""
    wave: int = PROJECTS_WAVE
    warn_orphans: bool = False
    """Flag objects in the destinations that no Application manages (default: off; turn it on only
    where every object should come from Git, not in shared namespaces such as ``kube-system``)."""
    orphans_ignored: Sequence[tuple[str, str, str]] = ()
    """(group, kind, name) of objects another tool applies on purpose in the destinations, which
    ``warn_orphans`` must not flag (default: none)."""


class Project(Construct):
    """``AppProject <name>`` in ``argocd``."""

    def __init__(self, scope: Construct, id: str, *, props: ProjectProps) -> None:
        super().__init__(scope, id)
        if not props.source_repos or not props.destinations:
            raise ValueError(
                f"AppProject {props.name}: needs at least one source repository and one destination"
            )
        wildcards = [
            value
            for value in (
                *props.source_repos,
                *props.destinations,
                *(k.kind for k in props.cluster_kinds),
                *(name for _, _, name in props.orphans_ignored),
            )
            if "*" in value
        ]
        if wildcards:
            raise ValueError(
                f"AppProject {props.name}: wildcards are not allowed, got {wildcards}; list each value"
            )
        self.name = props.name
        self.resource = argo_cd.AppProject(
            self,
            "Resource",
            metadata=metadata(props.name, props.wave),
            spec=argo_cd.AppProjectSpec(
                description=props.description,
                source_repos=sorted(set(props.source_repos)),
                destinations=[
                    argo_cd.AppProjectSpecDestinations(server=IN_CLUSTER, namespace=namespace)
                    for namespace in sorted(set(props.destinations))
                ],
                cluster_resource_whitelist=[
                    argo_cd.AppProjectSpecClusterResourceWhitelist(group=kind.group, kind=kind.kind)
                    for kind in sorted(set(props.cluster_kinds), key=lambda k: (k.group, k.kind))
                ],
                orphaned_resources=(
                    argo_cd.AppProjectSpecOrphanedResources(
                        warn=True,
                        ignore=[
                            argo_cd.AppProjectSpecOrphanedResourcesIgnore(group=group, kind=kind, name=name)
                            for group, kind, name in props.orphans_ignored
                        ]
                        or None,
                    )
                    if props.warn_orphans
                    else None
                ),
            ),
        )
