"""A ``ServiceRollout`` with the Services and AnalysisTemplates it refers to, built in a test chart."""

from __future__ import annotations

from typing import Any

from cdk8s_plus_27 import k8s
from constructs import Construct

from charts.delivery.analysis import CallersAnalysisTemplate, SloAnalysisTemplate
from charts.delivery.smoke_test import SmokeTest, SmokeTestProps
from charts.services.rollout import (
    BlueGreenServices,
    ServiceRollout,
    ServiceRolloutProps,
    rollout_services,
)
from charts.services.stateless_service import slo_analysis
from contexter_deploy.ground.config import Environment
from contexter_deploy.ground.topology import SMOKE_TEST, SMOKE_TEST_PATH, Workload


def pod_template(name: str) -> dict[str, Any]:
    """The smallest pod template a Rollout accepts for workload ``name``."""
    return {
        "metadata": {"labels": {"app.kubernetes.io/name": name}},
        "spec": {
            "containers": [
                {
                    "name": name,
                    "image": "registry.example.com/contexter/x:1.0.0",
                    "startupProbe": {"httpGet": {"path": "/health", "port": "http"}},
                }
            ]
        },
    }


def service(scope: Construct, name: str) -> k8s.KubeService:
    """A Service named ``name``; the Rollout reads only its name."""
    return k8s.KubeService(scope, f"Service-{name}", metadata=k8s.ObjectMeta(name=name))


def rollout_props(
    scope: Construct,
    environment: Environment,
    workload: Workload,
    *,
    template: dict[str, Any] | None = None,
    smoke: bool = True,
) -> ServiceRolloutProps:
    """Props of ``workload``'s Rollout, with its Services and AnalysisTemplates built in ``scope``."""
    services = (
        rollout_services(workload, [service(scope, name) for name in workload.services])
        if workload.delivery
        else None
    )
    slo = slo_analysis(workload, environment.rollout, environment.slo)
    smoke_test = (
        SmokeTest(
            scope,
            "SmokeTest",
            props=SmokeTestProps(
                target=workload,
                preview=services.preview,
                client=SMOKE_TEST,
                path=SMOKE_TEST_PATH,
                slo=slo,
            ),
        )
        if smoke and isinstance(services, BlueGreenServices)
        else None
    )
    return ServiceRolloutProps(
        workload=workload,
        pod_template=template or pod_template(workload.name),
        services=services,
        analysis=SloAnalysisTemplate(scope, "Analysis", props=slo),
        rollout=environment.rollout,
        annotations={"checkov.io/skip1": "CKV_K8S_43=reason"},
        callers=CallersAnalysisTemplate(scope, "CallersAnalysis", props=slo),
        smoke=smoke_test,
    )


def build_rollout(scope: Construct, environment: Environment, workload: Workload) -> ServiceRollout:
    """``workload``'s Rollout in ``scope``, as the services chart builds it."""
    return ServiceRollout(scope, workload.name, props=rollout_props(scope, environment, workload))
