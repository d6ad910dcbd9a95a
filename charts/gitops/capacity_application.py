"""The Argo CD Application that syncs ``dist/<env>/capacity``: node, storage and priority classes.

Only the system node group exists when a cluster starts, and it admits only what tolerates
``CriticalAddonsOnly``. istiod and every later add-on need a Karpenter node, Prometheus and
Vault a StorageClass, the data tier a PriorityClass; the root Application waits for each wave to
be healthy. So these objects cannot wait for the Contexter Application (wave 10): they have
their own, at ``CAPACITY_WAVE``, right after the ``karpenter`` add-on that installs the NodePool
and EC2NodeClass CRDs. ``contexter_deploy/validation/bootstrap.py`` proves the order works.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from constructs import Construct

from charts.gitops.application import Retry, directory_application
from charts.gitops.sync_waves import CAPACITY_WAVE
from contexter_deploy.ground.config.model import GitOps
from contexter_deploy.ground.contracts import CAPACITY_DIRECTORY

CAPACITY_APPLICATION = "capacity"

SYNC_OPTIONS: tuple[str, ...] = ("ServerSideApply=true", "PruneLast=true", "FailOnSharedResource=true")


@dataclass(frozen=True)
class CapacityApplicationProps:
    """Properties of a ``CapacityApplication``."""

    environment: str
    gitops: GitOps
    project: str
    """The AppProject that allows NodePool, EC2NodeClass, StorageClass and PriorityClass."""
    retry: Retry = field(default_factory=Retry)


class CapacityApplication(Construct):
    """``Application capacity``: ``dist/<env>/capacity``, at ``CAPACITY_WAVE`` of the root Application."""

    def __init__(self, scope: Construct, id: str, *, props: CapacityApplicationProps) -> None:
        super().__init__(scope, id)
        self.path = f"dist/{props.environment}/{CAPACITY_DIRECTORY}"
        self.resource = directory_application(
            self,
            name=CAPACITY_APPLICATION,
            wave=CAPACITY_WAVE,
            labels={"app.kubernetes.io/name": CAPACITY_APPLICATION, "app.kubernetes.io/part-of": "contexter"},
            project=props.project,
            gitops=props.gitops,
            # Every object here is cluster-scoped; the namespace satisfies the project.
            path=self.path,
            options=SYNC_OPTIONS,
            retry=props.retry,
        )
