"""The Argo CD Application that syncs ``dist/<env>``: everything this repository synthesizes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from constructs import Construct

from charts.gitops.application import IgnoreDifference, Retry, directory_application
from charts.gitops.sync_waves import CONTEXTER_WAVE
from contexter_deploy.ground.config.model import GitOps
from contexter_deploy.ground.contracts import CAPACITY_DIRECTORY, MANUAL_DIRECTORY
from contexter_deploy.ground.topology import CANARY_ROUTE, WORKLOADS
from imports import argo_cd

ARGOCD_DIRECTORY = "argocd"
"""``dist/<env>/argocd``: the Applications and AppProjects, synced by the root Application."""

APPLICATION_NAME = "contexter"

SYNC_OPTIONS: tuple[str, ...] = (
    # Server-side apply: field ownership lets Argo Rollouts, HPAs and KEDA own the fields they
    # change, and large objects (dashboards, CRD-backed specs) need no last-applied annotation.
    "ServerSideApply=true",
    # Namespaces are declared in dist/ with their Pod Security and mesh labels; creating a bare
    # one first would let pods start before those labels exist.
    "CreateNamespace=false",
    "RespectIgnoreDifferences=true",
    # Delete what left dist/ only after everything new is healthy.
    "PruneLast=true",
    # Never take over an object another Application (an add-on) already manages.
    "FailOnSharedResource=true",
)


def directory_exclude() -> str:
    """Argo CD ``directory.exclude`` glob keeping the root Application's, the capacity Application's
    and the manual folders out.

    Argo CD matches it against each file's path relative to ``dist/<env>``; ``*`` crosses ``/``.
    """
    return (
        "{"
        + ",".join(f"{folder}/*" for folder in (ARGOCD_DIRECTORY, CAPACITY_DIRECTORY, MANUAL_DIRECTORY))
        + "}"
    )


def rollout_managed_fields(autoscaled: Sequence[str]) -> tuple[IgnoreDifference, ...]:
    """Fields Argo Rollouts and the autoscalers change at run time, from
    ``contexter_deploy/ground/topology.py``.

    - The route weights of each canary workload's VirtualService (route ``CANARY_ROUTE``): Argo
      Rollouts shifts them step by step; reverting them would undo a canary mid-flight.
    - ``spec.replicas`` of each Rollout an HPA or KEDA scales (``autoscaled``, by workload name).
    """
    weights = tuple(
        IgnoreDifference(
            "networking.istio.io",
            "VirtualService",
            workload.name,
            jq_path_expressions=(f'.spec.http[] | select(.name == "{CANARY_ROUTE}") | .route[].weight',),
            namespace=workload.namespace,
        )
        for workload in WORKLOADS
        if workload.delivery == "canary"
    )
    replicas = tuple(
        IgnoreDifference(
            "argoproj.io",
            "Rollout",
            workload.name,
            json_pointers=("/spec/replicas",),
            namespace=workload.namespace,
        )
        for workload in WORKLOADS
        if workload.delivery is not None and workload.name in autoscaled
    )
    return weights + replicas


@dataclass(frozen=True)
class ContexterApplicationProps:
    """Properties of a ``ContexterApplication``."""

    environment: str
    """Environment name: the Application syncs ``dist/<environment>``."""
    gitops: GitOps
    project: str
    ignore: tuple[IgnoreDifference, ...]
    """Fields controllers own at run time (``rollout_managed_fields``)."""
    retry: Retry = field(default_factory=Retry)


class ContexterApplication(Construct):
    """``Application contexter``: ``dist/<env>`` recursively, less ``argocd/``, ``capacity/``, ``jobs/``."""

    def __init__(self, scope: Construct, id: str, *, props: ContexterApplicationProps) -> None:
        super().__init__(scope, id)
        self.path = f"dist/{props.environment}"
        self.resource = directory_application(
            self,
            name=APPLICATION_NAME,
            wave=CONTEXTER_WAVE,
            labels={
                "app.kubernetes.io/name": APPLICATION_NAME,
                "app.kubernetes.io/part-of": APPLICATION_NAME,
            },
            project=props.project,
            gitops=props.gitops,
            path=self.path,
            options=SYNC_OPTIONS,
            retry=props.retry,
            directory=argo_cd.ApplicationSpecSourceDirectory(recurse=True, exclude=directory_exclude()),
            ignore=props.ignore,
        )
