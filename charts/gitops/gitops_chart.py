"""The chart of Argo CD objects: projects, the root app-of-apps, the add-ons and the Contexter app."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from cdk8s import App, Chart
from constructs import Construct

from charts.delivery.performance_test import RUN_OBJECTS
from charts.gitops.addon_application import AddonApplication, AddonApplicationProps
from charts.gitops.addon_chart import NAMESPACE, AddonChart, ClusterKind
from charts.gitops.addons import ADDONS, addon_namespaces, validate_addons
from charts.gitops.app_project import Project, ProjectProps
from charts.gitops.capacity_application import CapacityApplication, CapacityApplicationProps
from charts.gitops.environment_application import (
    ContexterApplication,
    ContexterApplicationProps,
    rollout_managed_fields,
)
from charts.gitops.root_application import BOOTSTRAP_PROJECT, RootApplication, RootApplicationProps
from charts.gitops.vault_tls import VaultTls, VaultTlsProps
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.contracts import ARGOCD_NAMESPACE, CLUSTER_SCOPED_KINDS
from contexter_deploy.ground.naming import names_for
from contexter_deploy.ground.topology import CONTEXTER_NAMESPACES

CONTEXTER_PROJECT = "contexter"
PLATFORM_PROJECT = "platform"

ALLOWED_CLUSTER_KINDS: dict[ClusterKind, str] = {
    NAMESPACE: "the Contexter namespaces and the performance test's, with their Pod Security and mesh labels",
    ClusterKind("storage.k8s.io", "StorageClass"): "the encrypted gp3 class the data volumes use",
    ClusterKind("scheduling.k8s.io", "PriorityClass"): "who is preempted first: batch, then services",
    ClusterKind("cert-manager.io", "ClusterIssuer"): "the ingress certificate's issuer",
    ClusterKind("external-secrets.io", "ClusterSecretStore"): "the Vault store External Secrets reads",
    ClusterKind("karpenter.sh", "NodePool"): "Karpenter's workload capacity",
    ClusterKind("karpenter.k8s.aws", "EC2NodeClass"): "the EC2 settings of that capacity",
}
"""The only cluster-scoped kinds ``dist/<env>`` may contain, and why each is needed. The
``contexter`` AppProject allows those of them that are synthesized; the synth fails on any other
(``contexter_deploy/validation/gitops.py``)."""


@dataclass(frozen=True)
class SyncedObject:
    """Group, kind and namespace of an object the Contexter Application syncs."""

    group: str
    kind: str
    namespace: str | None
    declares: str | None = None
    """For a ``Namespace``, the namespace it declares; ``None`` for every other kind."""


def synced_objects(charts: Iterable[Chart]) -> tuple[SyncedObject, ...]:
    """Every object of ``charts`` outside ``argocd`` (which the root Application syncs instead)."""
    found = set()
    for chart in charts:
        for document in chart.to_json():
            namespace = (document.get("metadata") or {}).get("namespace")
            if namespace != ARGOCD_NAMESPACE:
                group = str(document["apiVersion"]).rpartition("/")[0]
                kind = str(document["kind"])
                declares = document["metadata"]["name"] if kind == "Namespace" else None
                found.add(SyncedObject(group, kind, namespace, declares))
    return tuple(sorted(found, key=lambda o: (o.group, o.kind, o.namespace or "")))


def contexter_cluster_kinds(objects: Iterable[SyncedObject]) -> tuple[ClusterKind, ...]:
    """The allowed cluster-scoped kinds that are actually synthesized: the project's whitelist."""
    present = {ClusterKind(o.group, o.kind) for o in objects if o.kind in CLUSTER_SCOPED_KINDS}
    return tuple(kind for kind in ALLOWED_CLUSTER_KINDS if kind in present)


def contexter_destinations(
    objects: Iterable[SyncedObject], addons: Sequence[AddonChart] = ADDONS
) -> tuple[str, ...]:
    """The Contexter namespaces, plus every namespace ``dist/<env>`` puts objects in that it declares
    itself (the performance test's ``contexter-perf``) or that an add-on creates (dashboards and
    rules in ``monitoring``, Vault's certificate in ``vault`` ...). A namespace neither declares
    nor creates, such as ``default``, stays out."""
    used = {o.namespace for o in objects if o.namespace is not None}
    declared = {o.declares for o in objects if o.declares is not None}
    return tuple(sorted(set(CONTEXTER_NAMESPACES) | (used & (declared | set(addon_namespaces(addons))))))


def platform_cluster_kinds(addons: Sequence[AddonChart] = ADDONS) -> tuple[ClusterKind, ...]:
    """What the add-on charts render outside namespaces, plus ``Namespace`` for those that create theirs."""
    kinds = {kind for addon in addons for kind in addon.cluster_kinds}
    if any(addon.namespace_policy is not None for addon in addons):
        kinds.add(NAMESPACE)
    return tuple(sorted(kinds, key=lambda k: (k.group, k.kind)))


class GitOpsChart(Chart):
    """Everything in ``dist/<env>/argocd`` and Vault's TLS certificate.

    Create it last in ``build_app``: the ``contexter`` AppProject is derived from the objects the
    other charts synthesized.
    """

    def __init__(self, scope: App, id: str, *, environment: Environment) -> None:
        super().__init__(scope, id, disable_resource_name_hashes=True)
        validate_addons(ADDONS)
        gitops = environment.gitops
        VaultTls(
            self,
            "vault-tls",
            props=VaultTlsProps(cluster=names_for(environment).cluster, replicas=environment.vault.replicas),
        )
        objects = synced_objects(scope.charts)

        self._projects(environment, objects)
        RootApplication(self, "root", props=RootApplicationProps(environment=environment.name, gitops=gitops))
        CapacityApplication(
            self,
            "capacity",
            props=CapacityApplicationProps(
                environment=environment.name, gitops=gitops, project=CONTEXTER_PROJECT
            ),
        )
        ContexterApplication(
            self,
            "contexter",
            props=ContexterApplicationProps(
                environment=environment.name,
                gitops=gitops,
                project=CONTEXTER_PROJECT,
                ignore=rollout_managed_fields(tuple(environment.workloads.stateless())),
            ),
        )
        for addon in ADDONS:
            AddonApplication(
                self,
                addon.name,
                props=AddonApplicationProps(
                    addon=addon,
                    values=addon.values(environment),
                    gitops=gitops,
                    project=PLATFORM_PROJECT,
                ),
            )

    def _projects(self, environment: Environment, objects: Sequence[SyncedObject]) -> None:
        repo = environment.gitops.repo_url
        scope: Construct = self
        Project(
            scope,
            "default-project",
            props=ProjectProps(
                name=BOOTSTRAP_PROJECT,
                description="Bootstrap only: the root Application, which syncs dist/<env>/argocd.",
                source_repos=(repo,),
                destinations=(ARGOCD_NAMESPACE,),
                cluster_kinds=(),
            ),
        )
        Project(
            scope,
            "platform-project",
            props=ProjectProps(
                name=PLATFORM_PROJECT,
                description="Platform add-ons from their upstream Helm charts at pinned versions.",
                source_repos=tuple(addon.repo_url for addon in ADDONS),
                destinations=addon_namespaces(ADDONS),
                cluster_kinds=platform_cluster_kinds(ADDONS),
            ),
        )
        Project(
            scope,
            "contexter-project",
            props=ProjectProps(
                name=CONTEXTER_PROJECT,
                description=f"Contexter: dist/{environment.name} of this repository.",
                source_repos=(repo,),
                destinations=contexter_destinations(objects),
                cluster_kinds=contexter_cluster_kinds(objects),
                warn_orphans=True,
                orphans_ignored=RUN_OBJECTS if environment.performance_test.enabled else (),
            ),
        )
