"""The CRD schema validation in the synth pipeline really covers the custom resources of the GitOps
and observability charts: each kind has a schema, and a broken copy of each is caught."""

from __future__ import annotations

import copy

from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.validation import SchemaValidator
from tests.conftest import CRD_SCHEMAS, requires_crd_schemas

KINDS = ("Application", "AppProject", "PodMonitor", "PrometheusRule", "Certificate", "Issuer")


@requires_crd_schemas
def test_every_custom_kind_we_synthesize_is_validated_against_its_schema(
    manifests: dict[str, tuple[Manifest, ...]],
) -> None:
    assert CRD_SCHEMAS is not None
    validator = SchemaValidator(("1.33",), CRD_SCHEMAS)
    documents = manifests["prod"]
    for kind in KINDS:
        sample = next(m for m in documents if m.kind == kind)
        group, _, version = sample.api_version.rpartition("/")
        assert (CRD_SCHEMAS / group / f"{kind.lower()}_{version}.json").is_file(), kind
        assert validator.validate([sample]) == [], kind

        broken = copy.deepcopy(dict(sample.document))
        broken["spec"]["notAField"] = True
        messages = [finding.message for finding in validator.validate([Manifest(broken)])]
        assert any("'notAField' was unexpected" in message for message in messages), f"{kind}: {messages}"


@requires_crd_schemas
def test_an_enum_the_bindings_spell_differently_from_the_crd_is_caught() -> None:
    # cdk8s enums such as RelabelingsAction.REPLACE synthesize "REPLACE", which the CRD refuses.
    assert CRD_SCHEMAS is not None
    monitor = {
        "apiVersion": "monitoring.coreos.com/v1",
        "kind": "PodMonitor",
        "metadata": {"name": "m", "namespace": "contexter"},
        "spec": {
            "selector": {"matchLabels": {"a": "b"}},
            "podMetricsEndpoints": [
                {"port": "http", "relabelings": [{"action": "REPLACE", "targetLabel": "x"}]}
            ],
        },
    }
    messages = [f.message for f in SchemaValidator(("1.33",), CRD_SCHEMAS).validate([Manifest(monitor)])]
    assert any("'REPLACE' is not one of" in message for message in messages)
