"""Small hand-built manifests for the report's unit tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from contexter_deploy.facts.inputs import Inputs
from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.facts.parameters import DEFAULT_PARAMETERS
from contexter_deploy.facts.workloads import SynthesizedWorkload, find_workloads

FIXTURES = Path(__file__).parent / "fixtures"
FIXTURE_DIST = FIXTURES / "dist"
FIXTURE_CDKTF_OUT = FIXTURES / "cdktf.out"

HTTP_PROBES: dict[str, Any] = {
    "startupProbe": {
        "httpGet": {"path": "/health", "port": "http"},
        "periodSeconds": 2,
        "failureThreshold": 15,
    },
    "readinessProbe": {"httpGet": {"path": "/ready", "port": "http"}, "periodSeconds": 5},
    "livenessProbe": {
        "httpGet": {"path": "/health", "port": "http"},
        "periodSeconds": 10,
        "failureThreshold": 3,
    },
}
"""Startup budget 2 x 15 = 30 s, readiness 5 x 1 = 5 s, liveness detection 10 x 3 = 30 s."""


def container(
    name: str = "app", *, cpu: str = "500m", cpu_limit: str = "1", memory: str = "512Mi", **extra: Any
) -> dict[str, Any]:
    return {
        "name": name,
        "image": "registry.example.com/app:1",
        "ports": [{"name": "http", "containerPort": 8000}],
        "resources": {
            "requests": {"cpu": cpu, "memory": memory},
            "limits": {"cpu": cpu_limit, "memory": memory},
        },
        **HTTP_PROBES,
        "lifecycle": {"preStop": {"sleep": {"seconds": 10}}},
        **extra,
    }


def workload(
    kind: str,
    name: str,
    *,
    replicas: int = 3,
    namespace: str = "contexter",
    strategy: dict[str, Any] | None = None,
    pod: dict[str, Any] | None = None,
    containers: list[dict[str, Any]] | None = None,
    **spec: Any,
) -> dict[str, Any]:
    """A Deployment, Rollout or StatefulSet whose pods carry ``app.kubernetes.io/name: <name>``."""
    body: dict[str, Any] = {
        "replicas": replicas,
        "selector": {"matchLabels": {"app.kubernetes.io/name": name}},
        "template": {
            "metadata": {"labels": {"app.kubernetes.io/name": name}},
            "spec": {"containers": containers or [container(name)], **(pod or {})},
        },
        **spec,
    }
    if strategy is not None:
        body["updateStrategy" if kind == "StatefulSet" else "strategy"] = strategy
    api = {"Rollout": "argoproj.io/v1alpha1"}.get(kind, "apps/v1")
    return {"apiVersion": api, "kind": kind, "metadata": {"name": name, "namespace": namespace}, "spec": body}


def zone_spread(
    name: str, *, skew: int = 1, when: str = "DoNotSchedule", key: str = "topology.kubernetes.io/zone"
) -> dict[str, Any]:
    return {
        "maxSkew": skew,
        "topologyKey": key,
        "whenUnsatisfiable": when,
        "labelSelector": {"matchLabels": {"app.kubernetes.io/name": name}},
    }


def service(name: str, *ports: tuple[str, int], namespace: str = "contexter") -> dict[str, Any]:
    """A ClusterIP Service selecting ``app.kubernetes.io/name: <name>``, targeting ``ports`` by name."""
    return {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {"name": name, "namespace": namespace},
        "spec": {
            "selector": {"app.kubernetes.io/name": name},
            "ports": [{"name": port, "port": number, "targetPort": port} for port, number in ports],
        },
    }


def pod_monitor(
    name: str, port: str, *, namespace: str = "contexter", interval: str = "15s"
) -> dict[str, Any]:
    """A PodMonitor scraping ``port`` at ``/metrics`` of the pods named ``name``."""
    return {
        "apiVersion": "monitoring.coreos.com/v1",
        "kind": "PodMonitor",
        "metadata": {"name": name, "namespace": namespace},
        "spec": {
            "selector": {"matchLabels": {"app.kubernetes.io/name": name}},
            "namespaceSelector": {"matchNames": [namespace]},
            "podMetricsEndpoints": [{"port": port, "path": "/metrics", "interval": interval}],
        },
    }


def pdb(name: str, namespace: str = "contexter", **spec: Any) -> dict[str, Any]:
    return {
        "apiVersion": "policy/v1",
        "kind": "PodDisruptionBudget",
        "metadata": {"name": name, "namespace": namespace},
        "spec": {"selector": {"matchLabels": {"app.kubernetes.io/name": name}}, **spec},
    }


def inputs_of(
    *documents: dict[str, Any], terraform: dict[str, Any] | None = None, environment: str = "prod"
) -> Inputs:
    return Inputs(
        environment=environment,
        dist_label=f"dist/{environment}",
        terraform_label=f"cdktf.out/stacks/{environment}/cdk.tf.json",
        manifests=tuple(Manifest(document) for document in documents),
        terraform=terraform or {},
        sources=(),
    )


def workloads_of(inputs: Inputs) -> tuple[SynthesizedWorkload, ...]:
    return find_workloads(inputs, DEFAULT_PARAMETERS)
