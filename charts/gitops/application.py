"""Pieces every generated Argo CD Application shares: where it lives, how it syncs and retries."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from constructs import Construct

from contexter_deploy.ground.config.model import GitOps
from contexter_deploy.ground.contracts import ARGOCD_NAMESPACE, SYNC_WAVE_ANNOTATION
from contexter_deploy.ground.topology import APPS_NAMESPACE
from imports import argo_cd

IN_CLUSTER = "https://kubernetes.default.svc"
"""Argo CD deploys into the cluster it runs in."""


@dataclass(frozen=True)
class IgnoreDifference:
    """A field that a controller changes at run time, which Argo CD must not revert."""

    group: str
    kind: str
    name: str
    json_pointers: tuple[str, ...] = ()
    jq_path_expressions: tuple[str, ...] = ()
    namespace: str = ""
    """Namespace of the object; empty for cluster-scoped objects."""


@dataclass(frozen=True)
class Retry:
    """How Argo CD retries a failed sync: ``limit`` attempts, backing off exponentially.

    Default: 10 attempts, 10 s doubling up to 5 minutes, about half an hour in total, long enough
    for the add-on a sync depends on (a CRD, a webhook) to come up during a cluster bootstrap.
    """

    limit: int = 10
    backoff_seconds: int = 10
    factor: int = 2
    max_backoff: str = "5m"

    def __post_init__(self) -> None:
        if self.limit < 1 or self.backoff_seconds < 1 or self.factor < 1:
            raise ValueError(f"retry {self}: limit, backoff_seconds and factor must be >= 1")


def metadata(name: str, wave: int, labels: Mapping[str, str] | None = None) -> dict[str, object]:
    """Metadata of an Argo CD object in ``argocd``, with its root-Application sync wave."""
    result: dict[str, object] = {
        "name": name,
        "namespace": ARGOCD_NAMESPACE,
        "annotations": {SYNC_WAVE_ANNOTATION: str(wave)},
    }
    if labels:
        result["labels"] = dict(labels)
    return result


def sync_policy(
    gitops: GitOps,
    *,
    options: Sequence[str],
    retry: Retry,
    namespace_labels: Mapping[str, str] | None = None,
) -> argo_cd.ApplicationSpecSyncPolicy:
    """Automated sync with prune and self-heal as ``gitops`` says, the given sync options and retry."""
    return argo_cd.ApplicationSpecSyncPolicy(
        automated=argo_cd.ApplicationSpecSyncPolicyAutomated(
            enabled=gitops.automated, prune=gitops.prune, self_heal=gitops.self_heal
        ),
        sync_options=list(options),
        retry=argo_cd.ApplicationSpecSyncPolicyRetry(
            limit=retry.limit,
            backoff=argo_cd.ApplicationSpecSyncPolicyRetryBackoff(
                duration=f"{retry.backoff_seconds}s", factor=retry.factor, max_duration=retry.max_backoff
            ),
        ),
        managed_namespace_metadata=(
            argo_cd.ApplicationSpecSyncPolicyManagedNamespaceMetadata(labels=dict(namespace_labels))
            if namespace_labels
            else None
        ),
    )


def ignore_differences(
    differences: Sequence[IgnoreDifference],
) -> list[argo_cd.ApplicationSpecIgnoreDifferences] | None:
    """The ``ignoreDifferences`` entries, or ``None`` (field omitted) when there are none."""
    if not differences:
        return None
    return [
        argo_cd.ApplicationSpecIgnoreDifferences(
            group=difference.group,
            kind=difference.kind,
            name=difference.name,
            namespace=difference.namespace or None,
            json_pointers=list(difference.json_pointers) or None,
            jq_path_expressions=list(difference.jq_path_expressions) or None,
        )
        for difference in differences
    ]


def directory_application(
    scope: Construct,
    *,
    name: str,
    wave: int,
    labels: Mapping[str, str],
    project: str,
    gitops: GitOps,
    path: str,
    options: Sequence[str],
    retry: Retry,
    directory: argo_cd.ApplicationSpecSourceDirectory | None = None,
    ignore: Sequence[IgnoreDifference] = (),
) -> argo_cd.Application:
    """``Application <name>`` (construct id ``Resource``) that syncs ``path`` of this repository.

    Its objects go to the cluster Argo CD runs in, under the Contexter namespace, which the projects
    allow; cluster-scoped objects ignore it. Default: the folder alone, no ignored differences.
    """
    return argo_cd.Application(
        scope,
        "Resource",
        metadata=metadata(name, wave, labels),
        spec=argo_cd.ApplicationSpec(
            project=project,
            source=argo_cd.ApplicationSpecSource(
                repo_url=gitops.repo_url,
                target_revision=gitops.target_revision,
                path=path,
                directory=directory,
            ),
            destination=argo_cd.ApplicationSpecDestination(server=IN_CLUSTER, namespace=APPS_NAMESPACE),
            sync_policy=sync_policy(gitops, options=options, retry=retry),
            ignore_differences=ignore_differences(ignore),
        ),
    )
