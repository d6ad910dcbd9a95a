"""RTO for pod and node failure, against arithmetic done by hand."""

from __future__ import annotations

from typing import Any

from contexter_deploy.report.parameters import DEFAULT_PARAMETERS, requirements_for
from contexter_deploy.report.result import Status
from contexter_deploy.report.rto import rto_rows
from tests.report.builders import container, inputs_of, workload, workloads_of


def rows(*documents: dict[str, Any]) -> dict[str, Any]:
    inputs = inputs_of(*documents)
    return {
        row.subject: row
        for row in rto_rows(inputs, workloads_of(inputs), DEFAULT_PARAMETERS, requirements_for("prod"))
    }


SHORT_TOLERATIONS = {
    "tolerations": [
        {
            "key": "node.kubernetes.io/unreachable",
            "operator": "Exists",
            "effect": "NoExecute",
            "tolerationSeconds": 30,
        }
    ]
}


def test_pod_failure_is_liveness_detection_restart_startup_and_readiness() -> None:
    # liveness 10 x 3 = 30 + back-off 10 + startup 2 x 15 = 30 + readiness 5 = 75 s
    result = rows(workload("Rollout", "api"))
    assert result["api (pod)"].seconds == 75
    assert result["api (pod)"].status is Status.PASS


def test_node_failure_with_the_default_toleration_fails_five_minutes() -> None:
    # grace 50 + default toleration 300 + scheduling 2 + node 60 + pull 10 + startup 30 + readiness 5 = 457 s
    node = rows(workload("Rollout", "api"))["api (node)"]
    assert node.seconds == 457
    assert node.status is Status.FAIL
    assert "default toleration 300 s (the pod sets none)" in node.details[1]


def test_node_failure_with_a_short_toleration_and_a_volume() -> None:
    # 50 + 30 (pod toleration) + 2 + 60 + 10 + volume attach 30 + 35 = 217 s
    claim = {"metadata": {"name": "data"}, "spec": {"resources": {"requests": {"storage": "1Gi"}}}}
    result = rows(workload("StatefulSet", "qdrant", pod=SHORT_TOLERATIONS, volumeClaimTemplates=[claim]))
    assert result["qdrant (node)"].seconds == 217
    assert result["qdrant (node)"].status is Status.PASS


def test_fails_when_a_container_has_no_liveness_probe_or_tolerates_unreachable_forever() -> None:
    bare = container("api")
    del bare["livenessProbe"]
    forever = {
        "tolerations": [
            {"key": "node.kubernetes.io/unreachable", "operator": "Exists", "effect": "NoExecute"}
        ]
    }
    result = rows(workload("Deployment", "api", containers=[bare], pod=forever))
    assert result["api (pod)"].value == "unbounded"
    assert result["api (node)"].value == "unbounded"
    assert result["api (pod)"].status is result["api (node)"].status is Status.FAIL
