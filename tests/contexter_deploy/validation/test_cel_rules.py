"""contexter_deploy/validation/cel_rules.py: the CRDs' CEL rules hold for every custom resource."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.ground.config import ENVIRONMENT_NAMES
from contexter_deploy.validation.cel_rules import apply_defaults, check_cel_rules, escape
from tests.conftest import CRD_SCHEMAS, requires_crd_schemas
from tests.contexter_deploy.validation.committed import committed_manifests
from tests.contexter_deploy.validation.mutate import changed, messages
from tests.figures import FIGURE

RecordProperty = Callable[[str, object], None]


def cel_messages(manifests: tuple[Manifest, ...]) -> list[str]:
    return messages(check_cel_rules(manifests, CRD_SCHEMAS).findings)


def prod_with(
    kind: str, name: str, namespace: str | None, change: Callable[[dict[str, Any]], None]
) -> list[str]:
    return cel_messages(changed(committed_manifests("prod"), kind, name, namespace, change))


@requires_crd_schemas
@pytest.mark.parametrize("environment", ENVIRONMENT_NAMES)
def test_every_custom_resource_satisfies_its_crd_cel_rules(
    environment: str, record_property: RecordProperty
) -> None:
    report = check_cel_rules(committed_manifests(environment), CRD_SCHEMAS)
    assert messages(report.findings) == []
    assert report.resources > 80
    assert report.rules > 150, "Istio, Karpenter and External Secrets resources carry CEL rules"
    assert report.transition_rules_skipped > 0, "NodePool and Rollout transition rules are seen, not run"
    record_property(FIGURE, f"CEL rules, {environment}: {report.summary()}")


@requires_crd_schemas
def test_fails_when_a_nodepool_requirement_uses_a_restricted_karpenter_label() -> None:
    def restricted(document: dict[str, Any]) -> None:
        document["spec"]["template"]["spec"]["requirements"].append(
            {"key": "karpenter.sh/nodeclaim-pool", "operator": "In", "values": ["x"]}
        )

    [finding] = prod_with("NodePool", "default", None, restricted)
    assert finding.startswith("NodePool default: spec.template.spec.requirements[")
    assert '].key: label domain "karpenter.sh" is restricted' in finding
    assert 'self.find("^([^/]+)").endsWith("karpenter.sh")' in finding


@requires_crd_schemas
def test_fails_when_a_nodepool_requirement_has_no_values() -> None:
    def empty(document: dict[str, Any]) -> None:
        document["spec"]["template"]["spec"]["requirements"][0]["values"] = []

    findings = prod_with("NodePool", "default", None, empty)
    assert any("requirements with operator 'In' must have a value defined" in f for f in findings), findings


@requires_crd_schemas
def test_fails_when_an_ec2nodeclass_alias_names_an_unknown_family() -> None:
    def bogus(document: dict[str, Any]) -> None:
        document["spec"]["amiSelectorTerms"] = [{"alias": "ubuntu@latest"}]

    findings = prod_with("EC2NodeClass", "default", None, bogus)
    assert any("split('@')[0] in ['al2','al2023'" in finding for finding in findings), findings


@requires_crd_schemas
def test_fails_when_an_ec2nodeclass_sets_both_role_and_instance_profile() -> None:
    findings = prod_with("EC2NodeClass", "default", None, lambda d: d["spec"].update(role="x"))
    assert any("must specify exactly one of ['role', 'instanceProfile']" in f for f in findings), findings


@requires_crd_schemas
def test_fails_when_a_destination_rule_timeout_is_below_a_millisecond() -> None:
    def zero(document: dict[str, Any]) -> None:
        document["spec"]["trafficPolicy"]["connectionPool"]["tcp"]["connectTimeout"] = "0s"

    [finding] = prod_with("DestinationRule", "qdrant", "contexter-data", zero)
    assert finding.startswith(
        "DestinationRule contexter-data/qdrant: spec.trafficPolicy.connectionPool.tcp.connectTimeout:"
        " must be a valid duration greater than 1ms"
    )


@requires_crd_schemas
def test_fails_when_a_service_entry_without_resolution_lists_endpoints() -> None:
    [finding] = prod_with(
        "ServiceEntry",
        "eks-pod-identity-agent",
        "contexter-data",
        lambda document: document["spec"].update(resolution="NONE"),
    )
    assert "endpoints" in finding and finding.startswith(
        "ServiceEntry contexter-data/eks-pod-identity-agent: spec:"
    )


@requires_crd_schemas
def test_fails_when_a_jwks_uri_is_not_http() -> None:
    def ftp(document: dict[str, Any]) -> None:
        document["spec"]["jwtRules"][0]["jwks_uri"] = "ftp://auth.contexter.example.com/jwks.json"

    [finding] = prod_with("RequestAuthentication", "contexter-edge", "istio-ingress", ftp)
    assert finding.startswith(
        "RequestAuthentication istio-ingress/contexter-edge: spec.jwtRules[0].jwks_uri:"
    )
    assert "url(self).getScheme()" in finding


def custom_schema(tmp_path: Path, rules: list[dict[str, Any]], spec: dict[str, Any] | None = None) -> Path:
    """A CRD schema folder with one kind, ``Widget`` of ``example.com/v1``, carrying ``rules`` on spec."""
    folder = tmp_path / "crd-schemas" / "example.com"
    folder.mkdir(parents=True)
    schema = {
        "type": "object",
        "properties": {
            "spec": {
                "type": "object",
                "x-kubernetes-validations": rules,
                "properties": spec
                or {
                    "replicas": {"type": "integer", "default": 1},
                    "max-surge": {"type": "string"},
                    "ratio": {"type": "number"},
                },
            }
        },
    }
    (folder / "widget_v1.json").write_text(json.dumps(schema), encoding="utf-8")
    return folder.parent


def widget(**spec: Any) -> tuple[Manifest, ...]:
    return (
        Manifest({"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "w"}, "spec": spec}),
    )


def test_message_expression_is_evaluated_for_the_message(tmp_path: Path) -> None:
    schemas = custom_schema(
        tmp_path,
        [{"rule": "self.replicas <= 3", "messageExpression": "'replicas ' + string(self.replicas) + ' > 3'"}],
    )
    assert messages(check_cel_rules(widget(replicas=5), schemas).findings) == [
        "Widget w: spec: replicas 5 > 3 (x-kubernetes-validations rule 'self.replicas <= 3')"
        " [widget_v1.json] [cel]"
    ]


def test_defaults_apply_before_the_rules_and_names_are_escaped(tmp_path: Path) -> None:
    schemas = custom_schema(
        tmp_path,
        [
            {"rule": "self.replicas == 1", "message": "defaulted"},
            {"rule": "self.max__dash__surge == '25%'", "message": "escaped", "fieldPath": ".max-surge"},
            {"rule": "self.ratio == 1.0 && type(self.ratio) == double", "message": "number is double"},
        ],
    )
    assert messages(check_cel_rules(widget(**{"max-surge": "25%", "ratio": 1}), schemas).findings) == []
    [finding] = messages(check_cel_rules(widget(**{"max-surge": "1", "ratio": 1}), schemas).findings)
    assert finding.startswith("Widget w: spec.max-surge: escaped ")


def test_transition_rules_are_skipped_on_create(tmp_path: Path) -> None:
    schemas = custom_schema(tmp_path, [{"rule": "self.replicas == oldSelf.replicas", "message": "immutable"}])
    report = check_cel_rules(widget(replicas=2), schemas)
    assert report.findings == [] and report.rules == 0 and report.transition_rules_skipped == 1


def test_fails_when_a_rule_cannot_be_evaluated(tmp_path: Path) -> None:
    schemas = custom_schema(tmp_path, [{"rule": "self.replicas.isPrime()", "message": "prime"}])
    [finding] = messages(check_cel_rules(widget(replicas=2), schemas).findings)
    assert finding.startswith("Widget w: spec: rule 'self.replicas.isPrime()' could not be evaluated: ")


def test_fails_when_a_rule_is_false_without_a_message(tmp_path: Path) -> None:
    schemas = custom_schema(tmp_path, [{"rule": "self.replicas > 1"}])
    assert messages(check_cel_rules(widget(replicas=1), schemas).findings) == [
        "Widget w: spec: failed rule: self.replicas > 1 (x-kubernetes-validations rule 'self.replicas > 1')"
        " [widget_v1.json] [cel]"
    ]


def test_no_crd_schemas_means_nothing_is_evaluated_and_the_summary_says_so(tmp_path: Path) -> None:
    report = check_cel_rules(widget(replicas=1), tmp_path / "absent")
    assert report.rules == 0 and "NOT evaluated" in report.summary()


def test_defaults_and_escaping_follow_kubernetes() -> None:
    schema = {"properties": {"a": {"default": {"b": 1}, "properties": {"c": {"default": 2}}}}}
    assert apply_defaults(schema, {}) == {"a": {"b": 1, "c": 2}}
    assert [escape(name) for name in ("namespace", "x-y", "a.b", "a__b", "a/b", "ok", "a b")] == [
        "__namespace__",
        "x__dash__y",
        "a__dot__b",
        "a__underscores__b",
        "a__slash__b",
        "ok",
        None,
    ]
