"""Reading the synthesized output: durations, int-or-percent values, selectors, Terraform blocks."""

from __future__ import annotations

import pytest

from contexter_deploy.facts.inputs import (
    TerraformResource,
    load_inputs,
    parse_duration,
    resolve_int_or_percent,
)
from contexter_deploy.facts.manifests import selector_matches
from tests.report.builders import FIXTURE_CDKTF_OUT, FIXTURE_DIST


def test_parse_duration() -> None:
    assert parse_duration("30s") == 30
    assert parse_duration("1m30s") == 90
    assert parse_duration("2h") == 7200
    assert parse_duration(45) == 45
    assert parse_duration("15") == 15
    with pytest.raises(ValueError, match="'soon' is not a duration such as '30s'"):
        parse_duration("soon")


def test_percentages_round_up_for_surge_and_down_for_unavailability() -> None:
    assert resolve_int_or_percent("25%", 3, round_up=True) == 1  # ceil(0.75)
    assert resolve_int_or_percent("25%", 3, round_up=False) == 0  # floor(0.75)
    assert resolve_int_or_percent("25%", 30, round_up=False) == 7  # floor(7.5)
    assert resolve_int_or_percent(2, 30, round_up=False) == 2


def test_label_selectors() -> None:
    labels = {"app.kubernetes.io/name": "api", "tier": "web"}
    assert selector_matches({}, labels)
    assert selector_matches({"matchLabels": {"app.kubernetes.io/name": "api"}}, labels)
    assert not selector_matches({"matchLabels": {"app.kubernetes.io/name": "search"}}, labels)
    assert selector_matches(
        {"matchExpressions": [{"key": "tier", "operator": "In", "values": ["web"]}]}, labels
    )
    assert not selector_matches({"matchExpressions": [{"key": "tier", "operator": "DoesNotExist"}]}, labels)


def test_terraform_counts_and_for_each() -> None:
    assert TerraformResource("aws_nat_gateway", "this", {"count": 3}).count == 3
    assert TerraformResource("aws_nat_gateway", "this", {"for_each": {"a": 1, "b": 2}}).count == 2
    assert TerraformResource("aws_nat_gateway", "this", {"count": "${length(var.azs)}"}).count == 1


def test_load_reads_dist_and_the_stack_and_leaves_out_manual_jobs() -> None:
    inputs = load_inputs("prod", dist=FIXTURE_DIST, cdktf_out=FIXTURE_CDKTF_OUT)
    assert inputs.region == "eu-west-1"
    assert inputs.dist_label == "dist/prod"
    assert not [m for m in inputs.manifests if m.kind == "Job"]
    assert len(inputs.resources("aws_nat_gateway")) == 3
