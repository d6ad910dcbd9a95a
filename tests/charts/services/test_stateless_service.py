"""charts/services/stateless_service.py"""

from __future__ import annotations

from typing import Any

from syrupy.assertion import SnapshotAssertion

from charts.services.stateless_service import RUN_AS_USER, StatelessService, StatelessServiceProps
from charts.topology import API_GATEWAY
from contexter_deploy.config import Environment
from tests.helpers import documents_of_kind, synth_construct


def _synth(environment: Environment) -> list[dict[str, Any]]:
    service = environment.workloads.api_gateway
    props = StatelessServiceProps(
        workload=API_GATEWAY, image=service.image, replicas=service.min_replicas, resources=service.resources
    )
    return synth_construct(lambda chart: StatelessService(chart, "api-gateway", props=props))


def test_stateless_service_snapshot(
    environments: dict[str, Environment], snapshot: SnapshotAssertion
) -> None:
    assert _synth(environments["prod"]) == snapshot


def test_pods_run_as_a_fixed_non_root_user_with_a_read_only_root(
    environments: dict[str, Environment],
) -> None:
    [deployment] = documents_of_kind(_synth(environments["prod"]), "Deployment")
    pod = deployment["spec"]["template"]["spec"]
    [container] = pod["containers"]

    assert pod["securityContext"] == {
        "fsGroup": RUN_AS_USER,
        "runAsGroup": RUN_AS_USER,
        "runAsNonRoot": True,
        "runAsUser": RUN_AS_USER,
        "seccompProfile": {"type": "RuntimeDefault"},
    }
    assert container["securityContext"] == {
        "allowPrivilegeEscalation": False,
        "capabilities": {"drop": ["ALL"]},
        "readOnlyRootFilesystem": True,
        "runAsNonRoot": True,
    }
    assert {"mountPath": "/tmp", "name": "tmp"} in container["volumeMounts"]  # noqa: S108


def test_resources_come_from_the_environment(environments: dict[str, Environment]) -> None:
    [deployment] = documents_of_kind(_synth(environments["prod"]), "Deployment")
    resources = deployment["spec"]["template"]["spec"]["containers"][0]["resources"]
    configured = environments["prod"].workloads.api_gateway.resources

    assert resources["requests"] == {
        "cpu": configured.requests.cpu,
        "memory": configured.requests.memory,
        "ephemeral-storage": configured.requests.ephemeral_storage,
    }
    assert resources["limits"]["memory"] == configured.limits.memory


def test_service_ports_are_named_with_their_protocol_for_istio(environments: dict[str, Environment]) -> None:
    [service] = documents_of_kind(_synth(environments["dev"]), "Service")
    assert service["spec"]["ports"] == [
        {"appProtocol": "http", "name": "http", "port": 8000, "targetPort": "http"}
    ]
    assert service["spec"]["selector"] == {"app.kubernetes.io/name": "api-gateway"}


def test_the_service_account_token_is_not_mounted(environments: dict[str, Environment]) -> None:
    documents = _synth(environments["dev"])
    [account] = documents_of_kind(documents, "ServiceAccount")
    [deployment] = documents_of_kind(documents, "Deployment")
    assert account["automountServiceAccountToken"] is False
    assert deployment["spec"]["template"]["spec"]["automountServiceAccountToken"] is False
