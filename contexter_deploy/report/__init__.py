"""The deployment readiness report: every non-functional target of DESIGN.md, computed from
the synthesized output of one environment (``dist/<env>`` and its Terraform JSON).

``build_report`` reads the files once into ``Inputs`` and runs each figure's pure function;
``render`` turns the result into a table, JSON or Markdown. Nothing here loads cdk8s or the
AWS provider, so a report takes a fraction of a second.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

from contexter_deploy.facts.inputs import Inputs, InputsNotFound, load_inputs
from contexter_deploy.facts.parameters import DEFAULT_PARAMETERS, Parameters, requirements_for
from contexter_deploy.facts.workloads import find_workloads
from contexter_deploy.report import (
    api_server,
    availability,
    bootstrap,
    connections,
    cost,
    credentials,
    efficiency,
    rollout,
    rpo,
    rto,
    scaling,
    zero_downtime,
)
from contexter_deploy.report.result import Report, Row, Status

FIGURE_MODULES = (
    scaling,
    rollout,
    rpo,
    rto,
    availability,
    zero_downtime,
    connections,
    efficiency,
    cost,
    credentials,
    bootstrap,
    api_server,
)
"""The figures in report order; each module's docstring is its documented formula."""


def compute(inputs: Inputs, parameters: Parameters = DEFAULT_PARAMETERS) -> Report:
    """Every figure for the environment ``inputs`` describes."""
    requirements = requirements_for(inputs.environment)
    workloads = find_workloads(inputs, parameters)
    prices = cost.prices_for(inputs.region, parameters)

    def price(instance_type: str, spot: bool) -> Decimal | None:
        return prices.instance(instance_type, spot) if prices else None

    packed = efficiency.packings(inputs, workloads, parameters, price)
    cost_rows, chart = cost.cost_rows(inputs, workloads, packed[0] if packed else None, parameters)
    rows = [
        *scaling.scale_out_rows(inputs, workloads, parameters, requirements),
        *rollout.rollout_rows(inputs, workloads, parameters, requirements),
        *rpo.rpo_rows(inputs, requirements),
        *rto.rto_rows(inputs, workloads, parameters, requirements),
        *availability.availability_rows(inputs, workloads, parameters, requirements),
        *zero_downtime.zero_downtime_rows(inputs, workloads, parameters, requirements),
        *connections.connection_rows(inputs),
        *efficiency.efficiency_rows(inputs, workloads, requirements, packed),
        *cost_rows,
        *bootstrap.bootstrap_rows(inputs),
        *api_server.api_server_rows(inputs),
    ]
    return Report(inputs.environment, requirements.enforced, tuple(rows), inputs.sources, tuple(chart))


def build_report(
    environment: str, *, dist: Path, cdktf_out: Path, parameters: Parameters = DEFAULT_PARAMETERS
) -> Report:
    """Read ``dist/<environment>`` and its Terraform JSON, and compute every figure."""
    report = compute(load_inputs(environment, dist=dist, cdktf_out=cdktf_out), parameters)
    rows = credentials.credential_rows(environment, dist=dist, cdktf_out=cdktf_out)
    return dataclasses.replace(report, rows=(*report.rows, *rows))


__all__ = ["FIGURE_MODULES", "InputsNotFound", "Report", "Row", "Status", "build_report", "compute"]
