"""charts/data/qdrant.py"""

from __future__ import annotations

import subprocess
from typing import Any

from syrupy.assertion import SnapshotAssertion

from charts.data.qdrant import SECRETS_PATH, Qdrant, QdrantProps, client_ports, start_script
from charts.secret_catalog import QDRANT_SERVER
from contexter_deploy.ground.config import Environment
from tests.conftest import REPO_ROOT
from tests.helpers import documents_of_kind, synth_construct


def _synth(environment: Environment) -> list[dict[str, Any]]:
    props = QdrantProps(config=environment.workloads.qdrant, storage_class=environment.storage.class_name)
    return synth_construct(lambda chart: Qdrant(chart, "qdrant", props=props))


def _stateful_set(environment: Environment) -> dict[str, Any]:
    [stateful_set] = documents_of_kind(_synth(environment), "StatefulSet")
    return stateful_set


def _container(environment: Environment) -> dict[str, Any]:
    [container] = _stateful_set(environment)["spec"]["template"]["spec"]["containers"]
    assert isinstance(container, dict)
    return container


def test_qdrant_snapshot(environments: dict[str, Environment], snapshot: SnapshotAssertion) -> None:
    assert _synth(environments["prod"]) == snapshot


def test_pods_start_in_parallel_in_cluster_mode(environments: dict[str, Environment]) -> None:
    spec = _stateful_set(environments["prod"])["spec"]
    env = {e["name"]: e.get("value") for e in _container(environments["prod"])["env"]}
    assert spec["podManagementPolicy"] == "Parallel"
    assert spec["serviceName"] == "qdrant-headless"
    assert env["QDRANT__CLUSTER__ENABLED"] == "true"
    assert env["QDRANT__CLUSTER__P2P__PORT"] == "6335"


def test_replicas_follow_the_environment(environments: dict[str, Environment]) -> None:
    assert _stateful_set(environments["prod"])["spec"]["replicas"] == 3
    assert _stateful_set(environments["dev"])["spec"]["replicas"] == 1


def test_peers_bootstrap_from_pod_zero_through_the_headless_service() -> None:
    script = start_script()
    assert 'exec ./qdrant --uri "$self_uri"' in script
    assert (
        'exec ./qdrant --bootstrap "http://qdrant-0.qdrant-headless.contexter-data.svc.cluster.local:6335"'
        ' --uri "$self_uri"'
    ) in script
    result = subprocess.run(
        [str(REPO_ROOT / ".venv/bin/shellcheck"), "--shell=bash", "-"],
        input=script,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout


def test_peers_find_each_other_before_they_are_ready(environments: dict[str, Environment]) -> None:
    services = {s["metadata"]["name"]: s for s in documents_of_kind(_synth(environments["prod"]), "Service")}
    headless = services["qdrant-headless"]["spec"]
    assert headless["clusterIP"] == "None"
    assert headless["publishNotReadyAddresses"] is True
    assert [p["name"] for p in headless["ports"]] == ["http", "grpc", "p2p"]


def test_clients_reach_rest_and_grpc_but_not_the_peer_port(environments: dict[str, Environment]) -> None:
    services = {s["metadata"]["name"]: s for s in documents_of_kind(_synth(environments["prod"]), "Service")}
    assert [(p["name"], p["port"], p["appProtocol"]) for p in services["qdrant"]["spec"]["ports"]] == [
        ("http", 6333, "http"),
        ("grpc", 6334, "grpc"),
    ]
    assert [port.name for port in client_ports()] == ["http", "grpc"]


def test_probes_use_qdrants_kubernetes_endpoints(environments: dict[str, Environment]) -> None:
    container = _container(environments["prod"])
    assert container["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "http"}
    assert container["livenessProbe"]["httpGet"] == {"path": "/livez", "port": "http"}
    startup = container["startupProbe"]
    assert startup["failureThreshold"] * startup["periodSeconds"] == 600, "room to load large collections"


def test_api_keys_are_read_from_the_secret_files_not_the_pod_spec(
    environments: dict[str, Environment],
) -> None:
    container = _container(environments["prod"])
    assert all("valueFrom" not in env for env in container["env"])
    assert {"mountPath": SECRETS_PATH, "name": "api-keys", "readOnly": True} in container["volumeMounts"]
    volumes = {
        v["name"]: v for v in _stateful_set(environments["prod"])["spec"]["template"]["spec"]["volumes"]
    }
    assert volumes["api-keys"]["secret"] == {"secretName": QDRANT_SERVER.name, "defaultMode": 0o440}
    for key in QDRANT_SERVER.keys:
        assert f"$(cat {SECRETS_PATH}/{key})" in start_script()


def test_only_the_data_snapshot_init_and_tmp_paths_are_writable(environments: dict[str, Environment]) -> None:
    container = _container(environments["prod"])
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    writable = {m["mountPath"] for m in container["volumeMounts"] if not m.get("readOnly")}
    assert writable == {"/qdrant/storage", "/qdrant/snapshots", "/qdrant/init", "/tmp"}  # noqa: S108


def test_data_and_snapshots_live_on_the_encrypted_storage_class(environments: dict[str, Environment]) -> None:
    claims = {
        c["metadata"]["name"]: c["spec"]
        for c in _stateful_set(environments["prod"])["spec"]["volumeClaimTemplates"]
    }
    config = environments["prod"].workloads.qdrant
    assert claims["storage"]["resources"]["requests"]["storage"] == config.data_volume_size
    assert claims["snapshots"]["resources"]["requests"]["storage"] == config.snapshots_volume_size
    assert {claim["storageClassName"] for claim in claims.values()} == {"gp3-encrypted"}


def test_new_collections_default_to_the_configured_replication_factor(
    environments: dict[str, Environment],
) -> None:
    env = {e["name"]: e.get("value") for e in _container(environments["prod"])["env"]}
    assert env["QDRANT__STORAGE__COLLECTION__REPLICATION_FACTOR"] == "2"


def test_replicas_never_share_a_node_and_spread_across_zones(environments: dict[str, Environment]) -> None:
    pod = _stateful_set(environments["prod"])["spec"]["template"]["spec"]
    [term] = pod["affinity"]["podAntiAffinity"]["requiredDuringSchedulingIgnoredDuringExecution"]
    assert term["topologyKey"] == "kubernetes.io/hostname"
    [zones] = pod["topologySpreadConstraints"]
    assert (zones["topologyKey"], zones["whenUnsatisfiable"]) == (
        "topology.kubernetes.io/zone",
        "DoNotSchedule",
    )


def test_one_node_at_a_time_may_be_evicted(environments: dict[str, Environment]) -> None:
    [budget] = documents_of_kind(_synth(environments["prod"]), "PodDisruptionBudget")
    assert budget["spec"]["maxUnavailable"] == 1


def test_the_pod_drains_before_qdrant_stops(environments: dict[str, Environment]) -> None:
    container = _container(environments["prod"])
    pre_stop = container["lifecycle"]["preStop"]["exec"]["command"]
    grace = _stateful_set(environments["prod"])["spec"]["template"]["spec"]["terminationGracePeriodSeconds"]
    assert pre_stop[0] == "sleep"
    assert int(pre_stop[1]) < grace
