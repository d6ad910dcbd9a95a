"""A ConfigMap that Grafana's dashboard sidecar loads as a dashboard."""

from __future__ import annotations

from dataclasses import dataclass

from cdk8s_plus_27 import k8s
from constructs import Construct

from charts.observability.dashboards import Dashboard, to_json
from contexter_deploy.ground.labels import PART_OF

SIDECAR_LABEL = "grafana_dashboard"
"""Label the Grafana sidecar watches (kube-prometheus-stack ``grafana.sidecar.dashboards.label``)."""
SIDECAR_LABEL_VALUE = "1"
FOLDER_ANNOTATION = "grafana_folder"
"""Annotation naming the Grafana folder (``grafana.sidecar.dashboards.folderAnnotation``)."""
FOLDER = "Contexter"


@dataclass(frozen=True)
class DashboardConfigMapProps:
    """Properties of a ``DashboardConfigMap``."""

    dashboard: Dashboard
    namespace: str
    """Namespace the Grafana sidecar searches (kube-prometheus-stack's)."""


class DashboardConfigMap(Construct):
    """``<uid>-dashboard`` holding ``<uid>.json``, labelled for the sidecar."""

    def __init__(self, scope: Construct, id: str, *, props: DashboardConfigMapProps) -> None:
        super().__init__(scope, id)
        uid = props.dashboard.uid
        self.resource = k8s.KubeConfigMap(
            self,
            "Resource",
            metadata=k8s.ObjectMeta(
                name=f"{uid}-dashboard",
                namespace=props.namespace,
                labels={
                    SIDECAR_LABEL: SIDECAR_LABEL_VALUE,
                    "app.kubernetes.io/name": uid,
                    "app.kubernetes.io/part-of": PART_OF,
                },
                annotations={FOLDER_ANNOTATION: FOLDER},
            ),
            data={f"{uid}.json": to_json(props.dashboard)},
        )
