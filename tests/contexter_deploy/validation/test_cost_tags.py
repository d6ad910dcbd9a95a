"""contexter_deploy/validation/cost_tags.py: cost-allocation tags on what controllers create."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from contexter_deploy.cli import main
from contexter_deploy.facts.inputs import load_inputs
from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.ground.config import ENVIRONMENT_NAMES, load_environment
from contexter_deploy.ground.config.loader import REPO_ROOT
from contexter_deploy.ground.naming import cost_allocation_tags
from contexter_deploy.validation.cost_tags import LOAD_BALANCER_TAGS, parse_annotation, untagged

TAGS = {"project": "contexter", "environment": "test", "owner": "platform", "cost-center": "cc-1"}
ANNOTATION = ",".join(f"{key}={value}" for key, value in TAGS.items())


def _documents() -> list[dict[str, Any]]:
    return [
        {
            "apiVersion": "karpenter.k8s.aws/v1",
            "kind": "EC2NodeClass",
            "metadata": {"name": "default"},
            "spec": {"tags": {**TAGS, "managed-by": "karpenter"}},
        },
        {
            "apiVersion": "v1",
            "kind": "Service",
            "metadata": {
                "name": "edge",
                "namespace": "edge",
                "annotations": {LOAD_BALANCER_TAGS: ANNOTATION},
            },
            "spec": {"type": "LoadBalancer"},
        },
        {
            "apiVersion": "argoproj.io/v1alpha1",
            "kind": "Application",
            "metadata": {"name": "istio-ingressgateway", "namespace": "argocd"},
            "spec": {
                "source": {
                    "chart": "gateway",
                    "helm": {
                        "valuesObject": {
                            "service": {
                                "type": "LoadBalancer",
                                "annotations": {LOAD_BALANCER_TAGS: ANNOTATION},
                            }
                        }
                    },
                }
            },
        },
    ]


def _check(documents: list[dict[str, Any]]) -> list[str]:
    return untagged([Manifest(d) for d in documents], TAGS)


def test_the_fixture_carries_every_tag() -> None:
    assert _check(_documents()) == []


def test_fails_when_a_node_class_has_no_tags() -> None:
    documents = _documents()
    del documents[0]["spec"]["tags"]
    assert _check(documents) == [
        "EC2NodeClass default: spec.tags lacks project=contexter, environment=test, owner=platform,"
        " cost-center=cc-1: Karpenter's nodes and volumes would not carry the cost-allocation tags"
    ]


def test_fails_when_a_node_class_tag_has_another_value() -> None:
    documents = _documents()
    documents[0]["spec"]["tags"]["cost-center"] = "cc-2"
    assert _check(documents) == [
        "EC2NodeClass default: spec.tags lacks cost-center=cc-1: Karpenter's nodes and volumes would"
        " not carry the cost-allocation tags"
    ]


def test_fails_when_a_load_balancer_service_lacks_the_annotation() -> None:
    documents = _documents()
    documents[1]["metadata"]["annotations"] = {}
    [problem] = _check(documents)
    assert problem.startswith(f"Service edge/edge: annotation {LOAD_BALANCER_TAGS} lacks project=contexter")


def test_fails_when_an_add_on_renders_a_load_balancer_without_the_tags() -> None:
    documents = copy.deepcopy(_documents())
    service = documents[2]["spec"]["source"]["helm"]["valuesObject"]["service"]
    service["annotations"] = {LOAD_BALANCER_TAGS: "project=contexter"}
    [problem] = _check(documents)
    assert problem.startswith("Application argocd/istio-ingressgateway (values service): annotation")
    assert "lacks environment=test, owner=platform, cost-center=cc-1" in problem


def test_the_annotation_reads_as_the_cloud_provider_reads_it() -> None:
    assert parse_annotation(" a=1, b = 2 ,c,") == {"a": "1", "b": "2", "c": ""}


@pytest.mark.parametrize("environment", ENVIRONMENT_NAMES)
def test_every_environment_tags_what_its_controllers_create(environment: str) -> None:
    inputs = load_inputs(environment, dist=REPO_ROOT / "dist", cdktf_out=REPO_ROOT / "cdktf.out")
    tags = cost_allocation_tags(load_environment(environment))
    assert untagged(inputs.manifests, tags) == []
    assert any(m.kind == "EC2NodeClass" for m in inputs.manifests)
    assert any(m.kind == "Application" and m.name == "istio-ingressgateway" for m in inputs.manifests)


def test_validate_fails_when_the_committed_node_class_has_no_tags(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dist = tmp_path / "dist"
    shutil.copytree(REPO_ROOT / "dist" / "prod", dist / "prod")
    node_class = dist / "prod" / "capacity" / "default.ec2nodeclass.yaml"
    document = yaml.safe_load(node_class.read_text(encoding="utf-8"))
    del document["spec"]["tags"]
    node_class.write_text(yaml.safe_dump(document), encoding="utf-8")
    assert main(["validate", "--env", "prod", "--dist", str(dist), "--skip-report"]) == 1
    assert (
        "error: prod: cost-tags: EC2NodeClass default: spec.tags lacks project=contexter"
        in capsys.readouterr().err
    )
