"""The app-of-apps: one Application that syncs ``dist/<env>/argocd`` and so every other one.

Bootstrapping a cluster is ``kubectl apply -f dist/<env>/argocd/root.application.yaml`` after
Argo CD is installed (README, "Bootstrap a cluster"). The root Application lists its own file, so
later changes to it arrive through Git like everything else.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from constructs import Construct

from charts.gitops.application import IN_CLUSTER, Retry, metadata, sync_policy
from charts.gitops.environment_application import ARGOCD_DIRECTORY
from contexter_deploy.ground.config.model import GitOps
from contexter_deploy.ground.contracts import ARGOCD_NAMESPACE
from imports import argo_cd

ROOT_NAME = "root"
ROOT_WAVE = -20
"""Below every other object in ``argocd/``: the root Application is applied by hand first."""

BOOTSTRAP_PROJECT = "default"
"""The only AppProject that exists on a fresh Argo CD, so the root Application can be applied at all;
``dist/<env>/argocd`` then narrows it to this repository and the ``argocd`` namespace."""


@dataclass(frozen=True)
class RootApplicationProps:
    """Properties of a ``RootApplication``."""

    environment: str
    gitops: GitOps
    retry: Retry = field(default_factory=Retry)


class RootApplication(Construct):
    """``Application root``: ``dist/<env>/argocd``, in project ``default``."""

    def __init__(self, scope: Construct, id: str, *, props: RootApplicationProps) -> None:
        super().__init__(scope, id)
        self.path = f"dist/{props.environment}/{ARGOCD_DIRECTORY}"
        self.resource = argo_cd.Application(
            self,
            "Resource",
            metadata=metadata(ROOT_NAME, ROOT_WAVE, {"app.kubernetes.io/name": ROOT_NAME}),
            spec=argo_cd.ApplicationSpec(
                project=BOOTSTRAP_PROJECT,
                source=argo_cd.ApplicationSpecSource(
                    repo_url=props.gitops.repo_url,
                    target_revision=props.gitops.target_revision,
                    path=self.path,
                ),
                destination=argo_cd.ApplicationSpecDestination(server=IN_CLUSTER, namespace=ARGOCD_NAMESPACE),
                sync_policy=sync_policy(
                    props.gitops, options=("ServerSideApply=true", "PruneLast=true"), retry=props.retry
                ),
            ),
        )
