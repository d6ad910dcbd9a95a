"""Monthly cost estimate: each line's arithmetic on the prod fixture, and how it fails."""

from __future__ import annotations

import copy
import json
from decimal import Decimal

from contexter_deploy.facts.inputs import load_inputs
from contexter_deploy.facts.parameters import DEFAULT_PARAMETERS
from contexter_deploy.facts.workloads import find_workloads
from contexter_deploy.report import build_report, compute
from contexter_deploy.report.cost import cost_rows, prices_for
from contexter_deploy.report.result import Status
from tests.report.builders import FIXTURE_CDKTF_OUT, FIXTURE_DIST


def lines() -> dict[str, str]:
    report = build_report("prod", dist=FIXTURE_DIST, cdktf_out=FIXTURE_CDKTF_OUT)
    return {
        row.subject: row.value for row in report.rows if row.figure == "cost" and row.status is Status.INFO
    }


def test_every_price_names_its_source_and_date() -> None:
    prices = prices_for("eu-west-1", DEFAULT_PARAMETERS)
    assert prices is not None
    for name, entry in prices.entries.items():
        assert entry["source"].startswith("https://aws.amazon.com/"), name
        assert entry["recorded"], name


def test_fixed_lines_match_the_hand_arithmetic() -> None:
    found = lines()
    assert found["system nodes"] == "$246.16"  # 3 x m7i.large x $0.1124 x 730 h = 246.156
    assert (
        found["NAT gateways"] == "$164.07"
    )  # 3 x ($0.048 + $0.005 IPv4) x 730 + 1000 GiB x $0.048 = 116.07 + 48
    assert found["EKS control plane"] == "$73.00"  # $0.10 x 730
    assert found["load balancers"] == "$22.78"  # ($0.0252 + 1 NLCU x $0.006) x 730
    assert found["VPC endpoints"] == "$96.36"  # 4 interface endpoints x 3 AZs x $0.011 x 730
    assert found["S3 backups"] == "$135.00"  # 2000 GiB x ($0.023 + DR $0.0245 + transfer $0.02)
    assert found["KMS keys"] == "$3.00"


def test_fails_without_nat_gateways_and_over_budget() -> None:
    inputs = load_inputs("prod", dist=FIXTURE_DIST, cdktf_out=FIXTURE_CDKTF_OUT)
    terraform = copy.deepcopy(dict(inputs.terraform))
    del terraform["resource"]["aws_nat_gateway"]
    terraform["resource"]["aws_budgets_budget"]["cost_monthly"]["limit_amount"] = "100"
    changed = type(inputs)(**{**inputs.__dict__, "terraform": json.loads(json.dumps(terraform))})
    rows, _ = cost_rows(changed, find_workloads(changed, DEFAULT_PARAMETERS), [], DEFAULT_PARAMETERS)
    total = rows[-1]
    assert total.status is Status.FAIL
    assert "no aws_nat_gateway found in cdktf.out/stacks/prod/cdk.tf.json" in total.details
    assert any(detail.endswith("> budget $100.00") for detail in total.details)
    assert Decimal(total.value.split()[0].strip("$").replace(",", "")) > 100


def test_without_a_nodepool_the_pods_grow_the_node_group_instead_of_adding_nodes() -> None:
    inputs = load_inputs("prod", dist=FIXTURE_DIST, cdktf_out=FIXTURE_CDKTF_OUT)
    without = type(inputs)(
        **{**inputs.__dict__, "manifests": tuple(m for m in inputs.manifests if m.kind != "NodePool")}
    )
    report = compute(without)
    subjects = {row.subject: row for row in report.rows if row.figure == "cost"}
    assert "workload nodes" not in subjects
    packing = next(row for row in report.rows if row.subject == "node packing")
    # Qdrant (2.1 cores, 8.1 GiB with its sidecar) fits no m7i.large: its on-demand group cannot be packed
    assert packing.status is Status.FAIL
    assert packing.details[0].startswith("6 pod(s) fit no candidate node type")
    assert any("from aws_eks_node_group.cluster_system" in detail for detail in packing.details)
    packed = sum(int(detail.split(" x ")[0]) for detail in packing.details if " x m7i.large" in detail)
    assert subjects["system nodes"].details[0].startswith(f"{max(3, packed)} x m7i.large")
