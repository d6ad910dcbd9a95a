"""charts/gitops/addons/keda.py: the queue depth it exports, and only its operator in the mesh."""

from __future__ import annotations

from charts.gitops.addons import keda
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.topology import KEDA_OPERATOR


def test_the_keda_operator_exports_the_queue_depth_the_backlog_alert_reads(
    environments: dict[str, Environment],
) -> None:
    prometheus = keda.ADDON.values(environments["prod"])["prometheus"]
    assert prometheus["operator"] == {"enabled": True, "serviceMonitor": {"enabled": True}, "port": 8080}


def test_only_the_keda_operator_joins_the_mesh_and_its_own_ports_stay_outside_the_proxy(
    environments: dict[str, Environment],
) -> None:
    values = keda.ADDON.values(environments["prod"])
    assert values["podLabels"] == {"keda": {"sidecar.istio.io/inject": "true"}}
    excluded = values["podAnnotations"]["keda"]["traffic.sidecar.istio.io/excludeInboundPorts"]
    assert sorted(excluded.split(",")) == sorted(str(p.number) for p in KEDA_OPERATOR.ports)
    assert "metricsAdapter" not in values["podLabels"] and "webhooks" not in values["podLabels"]
