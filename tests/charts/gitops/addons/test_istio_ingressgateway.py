"""charts/gitops/addons/istio_ingressgateway.py: the gateway's identity, scaling and security context."""

from __future__ import annotations

from charts.gitops.addons import istio_ingressgateway
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.topology import INGRESS_GATEWAY


def test_the_ingress_gateway_pods_carry_the_labels_and_account_the_topology_declares(
    environments: dict[str, Environment],
) -> None:
    values = istio_ingressgateway.ADDON.values(environments["prod"])
    assert values["labels"] == dict(INGRESS_GATEWAY.pod_labels)
    assert values["serviceAccount"]["name"] == INGRESS_GATEWAY.identity.service_account
    assert values["autoscaling"]["minReplicas"] >= 3
    assert values["podDisruptionBudget"] == {"minAvailable": 1}
    assert values["containerSecurityContext"]["allowPrivilegeEscalation"] is False
