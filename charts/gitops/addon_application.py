"""An Argo CD Application that installs one platform add-on from its upstream Helm chart."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from constructs import Construct

from charts.gitops.addon_chart import EXACT_VERSION, AddonChart
from charts.gitops.application import IN_CLUSTER, Retry, ignore_differences, metadata, sync_policy
from contexter_deploy.ground.config.model import GitOps
from imports import argo_cd


@dataclass(frozen=True)
class AddonApplicationProps:
    """Properties of an ``AddonApplication``."""

    addon: AddonChart
    values: Mapping[str, Any]
    """Helm values (chart keys, camelCase as the chart spells them)."""
    gitops: GitOps
    """Sync policy: automated, prune and self-heal."""
    project: str
    retry: Retry = field(default_factory=Retry)


class AddonApplication(Construct):
    """``Application <addon.name>`` in ``argocd``: the chart at its pinned version, release name =
    Application name, server-side apply (large CRDs exceed the client-side annotation limit).

    The add-on that owns its namespace creates it with Pod Security labels
    (``managedNamespaceMetadata``); the others expect it to exist already.
    """

    def __init__(self, scope: Construct, id: str, *, props: AddonApplicationProps) -> None:
        super().__init__(scope, id)
        addon = props.addon
        if not EXACT_VERSION.match(addon.version):
            raise ValueError(f"add-on {addon.name}: chart version {addon.version!r} is not one exact release")
        policy = addon.namespace_policy
        options = [
            "ServerSideApply=true",
            f"CreateNamespace={'true' if policy is not None else 'false'}",
        ]
        if addon.ignore_differences:
            options.append("RespectIgnoreDifferences=true")
        self.resource = argo_cd.Application(
            self,
            "Resource",
            metadata=metadata(
                addon.name,
                addon.wave,
                {"app.kubernetes.io/name": addon.name, "app.kubernetes.io/part-of": "platform"},
            ),
            spec=argo_cd.ApplicationSpec(
                project=props.project,
                source=argo_cd.ApplicationSpecSource(
                    repo_url=addon.repo_url,
                    chart=addon.chart,
                    target_revision=addon.version,
                    helm=argo_cd.ApplicationSpecSourceHelm(
                        release_name=addon.name, values_object=dict(props.values)
                    ),
                ),
                destination=argo_cd.ApplicationSpecDestination(server=IN_CLUSTER, namespace=addon.namespace),
                sync_policy=sync_policy(
                    props.gitops,
                    options=options,
                    retry=props.retry,
                    namespace_labels=policy.labels() if policy is not None else None,
                ),
                ignore_differences=ignore_differences(addon.ignore_differences),
            ),
        )
