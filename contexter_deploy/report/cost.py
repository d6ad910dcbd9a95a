"""Monthly cost estimate per environment, from the manifests, the Terraform JSON and ``prices.yaml``.

Each line is ``quantity x unit price x 730 h`` (or per GiB-month), priced in the stack's region:

- System nodes: each ``aws_eks_node_group``'s ``desired_size`` x its first instance type.
- Workload nodes: the nodes of the cheapest bin-packing of the baseline pods (see
  ``efficiency``), at the spot price (``spot_price_ratio`` x on-demand) where the NodePool
  allows spot and the pods do not require on-demand.
- NAT gateways: the number of ``aws_nat_gateway`` x (hourly + public IPv4), plus the assumed
  traffic x the per-GiB processing charge.
- EKS control plane: ``aws_eks_cluster`` x hourly.
- EBS: ``volumeClaimTemplates`` x replicas, standalone PVCs and Vault's ``server.dataStorage``
  x gp3 $/GiB-month (+ IOPS above 3000 and MiB/s above 125 from the StorageClass), plus one
  root volume per node.
- S3: the assumed stored GiB x S3 Standard, doubled into the DR region (and its transfer)
  when ``aws_s3_bucket_replication_configuration`` exists.
- Load balancers: ``LoadBalancer`` Services and the Istio ingress gateway's NLB (Argo CD
  Application of the ``gateway`` chart, whose Service is a LoadBalancer by default) x (hourly
  + assumed NLCUs).
- Interface VPC endpoints (x subnets) and KMS keys, where the Terraform JSON has them.

Target: at most the ``aws_budgets_budget`` monthly limit in the Terraform JSON. A line whose
inputs are absent fails the figure: an estimate that silently leaves out the NAT gateways
would look cheaper than it is.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from contexter_deploy.facts.inputs import Inputs, TerraformResource
from contexter_deploy.facts.parameters import Parameters
from contexter_deploy.facts.workloads import SynthesizedWorkload, helm_values, is_vault_application
from contexter_deploy.ground.config.quantity import parse_quantity
from contexter_deploy.report.efficiency import Packing
from contexter_deploy.report.result import Row, Status

FIGURE = "cost"
PRICES_FILE = Path(__file__).with_name("prices.yaml")
GIB = Decimal(2**30)


@cache
def price_table() -> Mapping[str, Any]:
    table: Mapping[str, Any] = yaml.safe_load(PRICES_FILE.read_text(encoding="utf-8"))
    return table


@dataclass(frozen=True)
class Prices:
    """The price list of one region."""

    region: str
    entries: Mapping[str, Any]
    spot_ratio: Decimal

    def unit(self, name: str) -> Decimal | None:
        entry = self.entries.get(name)
        return None if entry is None else Decimal(str(entry["price"]))

    def instance(self, instance_type: str, spot: bool) -> Decimal | None:
        prices = (self.entries.get("ec2_hourly") or {}).get("prices") or {}
        if instance_type not in prices:
            return None
        hourly = Decimal(str(prices[instance_type]))
        return hourly * self.spot_ratio if spot else hourly


def prices_for(region: str | None, parameters: Parameters) -> Prices | None:
    regions = price_table()["regions"]
    if region is None or region not in regions:
        return None
    return Prices(region, regions[region], parameters.cost.spot_price_ratio)


@dataclass(frozen=True)
class Line:
    category: str
    usd: Decimal
    arithmetic: str
    sources: tuple[str, ...]


def _first(block: Any) -> Mapping[str, Any]:
    if isinstance(block, list):
        return block[0] if block else {}
    return block or {}


def _total(resources: Sequence[TerraformResource]) -> int:
    return sum(resource.count for resource in resources)


def _vault_volumes(inputs: Inputs) -> list[tuple[str, Decimal, int]]:
    volumes = []
    for application in inputs.of_kind("Application"):
        if not is_vault_application(application):
            continue
        server = helm_values(application).get("server") or {}
        ha = server.get("ha") or {}
        replicas = int(ha.get("replicas", 3)) if ha.get("enabled") else 1
        for key, default_enabled in (("dataStorage", True), ("auditStorage", False)):
            storage = server.get(key) or {}
            if storage.get("enabled", default_enabled):
                volumes.append(
                    (
                        f"{application.ref} server.{key}",
                        parse_quantity(str(storage.get("size", "10Gi"))),
                        replicas,
                    )
                )
    return volumes


def _storage_extras(inputs: Inputs, class_name: str | None, prices: Prices) -> Decimal:
    """Monthly IOPS and throughput above the gp3 baseline for one volume of ``class_name``."""
    for storage_class in inputs.of_kind("StorageClass"):
        if storage_class.name == class_name or (
            class_name is None
            and storage_class.annotations.get("storageclass.kubernetes.io/is-default-class") == "true"
        ):
            parameters = storage_class.document.get("parameters") or {}
            iops = max(int(parameters.get("iops", 3000)) - 3000, 0)
            throughput = max(int(parameters.get("throughput", 125)) - 125, 0)
            return iops * (prices.unit("ebs_gp3_iops_month") or Decimal(0)) + throughput * (
                prices.unit("ebs_gp3_mibps_month") or Decimal(0)
            )
    return Decimal(0)


@dataclass
class _Estimate:
    """What one estimate reads, and the lines, gaps and node count it gathers."""

    inputs: Inputs
    workloads: Sequence[SynthesizedWorkload]
    packings: Sequence[Packing] | None
    parameters: Parameters
    prices: Prices
    lines: list[Line] = field(default_factory=list)
    gaps: list[str] = field(default_factory=list)
    node_count: int = 0
    """Nodes priced so far: each has a root volume (the EBS line comes after the node lines)."""


def cost_lines(
    inputs: Inputs,
    workloads: Sequence[SynthesizedWorkload],
    packings: Sequence[Packing] | None,
    parameters: Parameters,
    prices: Prices,
) -> tuple[list[Line], list[str]]:
    """Every line of the estimate, and what could not be priced (missing inputs)."""
    estimate = _Estimate(inputs, workloads, packings, parameters, prices)
    for add in (
        _node_lines,
        _nat_lines,
        _control_plane_lines,
        _volume_lines,
        _backup_lines,
        _load_balancer_lines,
        _endpoint_lines,
        _key_lines,
    ):
        add(estimate)
    return estimate.lines, estimate.gaps


def _node_lines(estimate: _Estimate) -> None:
    """The node group's nodes (grown to hold the baseline when no NodePool does) and Karpenter's."""
    inputs, packings, prices = estimate.inputs, estimate.packings, estimate.prices
    hours = estimate.parameters.cost.hours_per_month
    groups = inputs.resources("aws_eks_node_group")
    if not groups:
        estimate.gaps.append(f"no aws_eks_node_group found in {inputs.terraform_label}")
    # without a NodePool the baseline pods were packed onto the node group itself: it grows to hold them
    on_group = sum(packing.nodes for packing in packings or [] if not packing.karpenter)
    for index, group in enumerate(groups):
        size = int(_first(group.body.get("scaling_config")).get("desired_size", 0))
        if index == 0:
            size = max(size, on_group)
        instance = str((group.body.get("instance_types") or ["?"])[0])
        hourly = prices.instance(instance, group.body.get("capacity_type") == "SPOT")
        if hourly is None:
            estimate.gaps.append(f"no price for {instance} in prices.yaml ({prices.region})")
            continue
        estimate.node_count += size
        estimate.lines.append(
            Line(
                "system nodes",
                size * hourly * hours,
                f"{size} x {instance} x ${hourly}/h x {hours} h",
                (group.address,),
            )
        )

    if packings is None:
        estimate.gaps.append("no node packing of the baseline pods (see the efficiency figure)")
    else:
        for packing in (packing for packing in packings if packing.karpenter):
            hourly = prices.instance(packing.instance.name, not packing.on_demand)
            if hourly is None:
                estimate.gaps.append(f"no price for {packing.instance.name}")
                continue
            estimate.node_count += packing.nodes
            kind = "on-demand" if packing.on_demand else "spot"
            estimate.lines.append(
                Line(
                    "workload nodes",
                    packing.nodes * hourly * hours,
                    f"{packing.nodes} x {packing.instance.name} {kind} x ${hourly:.4f}/h x {hours} h",
                    ("NodePool",),
                )
            )


def _nat_lines(estimate: _Estimate) -> None:
    """NAT gateways by the hour, with their public IPv4 addresses, and the traffic they process."""
    inputs, parameters, prices = estimate.inputs, estimate.parameters, estimate.prices
    hours = estimate.parameters.cost.hours_per_month
    nats = inputs.resources("aws_nat_gateway")
    if not nats:
        estimate.gaps.append(f"no aws_nat_gateway found in {inputs.terraform_label}")
    else:
        count = _total(nats)
        hourly = (prices.unit("nat_gateway_hourly") or Decimal(0)) + (
            prices.unit("public_ipv4_hourly") or Decimal(0)
        )
        traffic = Decimal(parameters.cost.nat_processed_gib.get(inputs.environment, 0))
        per_gib = prices.unit("nat_gateway_per_gib") or Decimal(0)
        estimate.lines.append(
            Line(
                "NAT gateways",
                count * hourly * hours + traffic * per_gib,
                f"{count} x (${hourly}/h incl. IPv4) x {hours} h + {traffic} GiB x ${per_gib}",
                tuple(n.address for n in nats),
            )
        )


def _control_plane_lines(estimate: _Estimate) -> None:
    """The EKS control plane by the hour."""
    inputs, prices = estimate.inputs, estimate.prices
    hours = estimate.parameters.cost.hours_per_month
    clusters = inputs.resources("aws_eks_cluster")
    if not clusters:
        estimate.gaps.append(f"no aws_eks_cluster found in {inputs.terraform_label}")
    else:
        hourly = prices.unit("eks_cluster_hourly") or Decimal(0)
        estimate.lines.append(
            Line(
                "EKS control plane",
                _total(clusters) * hourly * hours,
                f"{_total(clusters)} x ${hourly}/h x {hours} h",
                tuple(c.address for c in clusters),
            )
        )


def _volume_lines(estimate: _Estimate) -> None:
    """EBS: the data volumes (claims and claim templates, Vault's) and every node's root volume."""
    inputs, workloads, parameters, prices = (
        estimate.inputs,
        estimate.workloads,
        estimate.parameters,
        estimate.prices,
    )
    gib_month = prices.unit("ebs_gp3_gib_month") or Decimal(0)
    volume_gib: Decimal = Decimal(0)
    extras = Decimal(0)
    volume_sources: list[str] = []
    claims = {(claim.namespace, claim.name) for claim in inputs.of_kind("PersistentVolumeClaim")}
    for workload in workloads:
        for claim in workload.manifest.spec.get("volumeClaimTemplates") or []:
            spec = claim.get("spec") or {}
            template = (claim.get("metadata") or {}).get("name")
            owned = {
                (workload.manifest.namespace, f"{template}-{workload.manifest.name}-{i}")
                for i in range(workload.spec_replicas)
            }
            if owned <= claims:
                continue  # the claims are synthesized (charts/data/volume_claims.py): counted below
            size_gib = (
                parse_quantity(str(((spec.get("resources") or {}).get("requests") or {}).get("storage", "0")))
                / GIB
            )
            volume_gib += size_gib * workload.spec_replicas
            extras += _storage_extras(inputs, spec.get("storageClassName"), prices) * workload.spec_replicas
            volume_sources.append(workload.ref)
    for claim in inputs.of_kind("PersistentVolumeClaim"):
        size_gib = (
            parse_quantity(
                str(((claim.spec.get("resources") or {}).get("requests") or {}).get("storage", "0"))
            )
            / GIB
        )
        volume_gib += size_gib
        extras += _storage_extras(inputs, claim.spec.get("storageClassName"), prices)
        volume_sources.append(claim.ref)
    for where, size_bytes, replicas in _vault_volumes(inputs):
        volume_gib += size_bytes / GIB * replicas
        volume_sources.append(where)
    if not volume_sources:
        estimate.gaps.append(f"no volumeClaimTemplates or PersistentVolumeClaim found in {inputs.dist_label}")
    root_gib = _root_volume_gib(inputs, parameters)
    estimate.lines.append(
        Line(
            "EBS volumes",
            (volume_gib + estimate.node_count * root_gib) * gib_month + extras,
            f"({volume_gib:g} GiB data + {estimate.node_count} nodes x {root_gib} GiB root)"
            f" x ${gib_month}/GiB-month + ${extras:.2f} IOPS/throughput",
            tuple(dict.fromkeys(volume_sources)),
        )
    )


def _backup_lines(estimate: _Estimate) -> None:
    """The backups in S3, and their DR copy with its transfer when the bucket replicates."""
    inputs, parameters, prices = estimate.inputs, estimate.parameters, estimate.prices
    buckets = inputs.resources("aws_s3_bucket")
    if not buckets:
        estimate.gaps.append(f"no aws_s3_bucket found in {inputs.terraform_label}")
    else:
        stored = Decimal(parameters.cost.s3_stored_gib.get(inputs.environment, 0))
        s3 = prices.unit("s3_standard_gib_month") or Decimal(0)
        usd = stored * s3
        arithmetic = f"{stored} GiB (assumed) x ${s3}/GiB-month"
        if inputs.resources("aws_s3_bucket_replication_configuration"):
            dr = _dr_prices(inputs, parameters) or prices
            dr_s3 = dr.unit("s3_standard_gib_month") or s3
            transfer = prices.unit("inter_region_transfer_per_gib") or Decimal(0)
            usd += stored * (dr_s3 + transfer)
            arithmetic += f" + DR copy in {dr.region} x (${dr_s3} + ${transfer} transfer)"
        estimate.lines.append(Line("S3 backups", usd, arithmetic, tuple(b.address for b in buckets)))


def _load_balancer_lines(estimate: _Estimate) -> None:
    """Network load balancers by the hour, with their capacity units."""
    inputs, parameters, prices = estimate.inputs, estimate.parameters, estimate.prices
    hours = estimate.parameters.cost.hours_per_month
    balancers = _load_balancers(inputs)
    if not balancers:
        estimate.gaps.append(
            f"no LoadBalancer Service or Istio ingress gateway Application found in {inputs.dist_label}"
        )
    else:
        hourly = prices.unit("nlb_hourly") or Decimal(0)
        lcu = (prices.unit("nlb_lcu_hourly") or Decimal(0)) * parameters.cost.load_balancer_capacity_units
        estimate.lines.append(
            Line(
                "load balancers",
                len(balancers) * (hourly + lcu) * hours,
                f"{len(balancers)} NLB x (${hourly} + ${lcu} NLCU)/h x {hours} h",
                tuple(balancers),
            )
        )


def _endpoint_lines(estimate: _Estimate) -> None:
    """Interface VPC endpoints, per Availability Zone, by the hour."""
    inputs, prices = estimate.inputs, estimate.prices
    hours = estimate.parameters.cost.hours_per_month
    endpoints = [
        e for e in inputs.resources("aws_vpc_endpoint") if e.body.get("vpc_endpoint_type") == "Interface"
    ]
    if endpoints:
        hourly = prices.unit("interface_endpoint_hourly_per_az") or Decimal(0)
        count = sum(len(e.body.get("subnet_ids") or [None]) * e.count for e in endpoints)
        estimate.lines.append(
            Line(
                "VPC endpoints",
                count * hourly * hours,
                f"{count} endpoint-AZs x ${hourly}/h x {hours} h",
                tuple(e.address for e in endpoints),
            )
        )


def _key_lines(estimate: _Estimate) -> None:
    """KMS keys by the month."""
    inputs, prices = estimate.inputs, estimate.prices
    keys = inputs.resources("aws_kms_key")
    if keys:
        monthly = prices.unit("kms_key_month") or Decimal(0)
        estimate.lines.append(
            Line(
                "KMS keys",
                _total(keys) * monthly,
                f"{_total(keys)} x ${monthly}/month",
                tuple(k.address for k in keys),
            )
        )


def _root_volume_gib(inputs: Inputs, parameters: Parameters) -> int:
    for node_class in inputs.of_kind("EC2NodeClass"):
        for mapping in node_class.spec.get("blockDeviceMappings") or []:
            size = (mapping.get("ebs") or {}).get("volumeSize")
            if size:
                return int(parse_quantity(str(size)) / GIB)
    return parameters.cost.node_root_volume_gib


def _dr_prices(inputs: Inputs, parameters: Parameters) -> Prices | None:
    providers = (inputs.terraform.get("provider") or {}).get("aws") or []
    for provider in providers if isinstance(providers, list) else [providers]:
        if provider.get("alias") and provider.get("region") != inputs.region:
            return prices_for(str(provider.get("region")), parameters)
    return None


def _load_balancers(inputs: Inputs) -> list[str]:
    found = [
        service.ref for service in inputs.of_kind("Service") if service.spec.get("type") == "LoadBalancer"
    ]
    for application in inputs.of_kind("Application"):
        sources = [application.spec.get("source") or {}, *(application.spec.get("sources") or [])]
        if any(source.get("chart") == "gateway" for source in sources):
            service = helm_values(application).get("service") or {}
            if service.get("type", "LoadBalancer") == "LoadBalancer":
                found.append(application.ref)
    return found


def budget(inputs: Inputs) -> tuple[Decimal, str] | None:
    for resource in inputs.resources("aws_budgets_budget"):
        if (
            resource.body.get("budget_type", "COST") == "COST"
            and resource.body.get("time_unit", "MONTHLY") == "MONTHLY"
        ):
            return Decimal(str(resource.body["limit_amount"])), resource.address
    return None


def cost_rows(
    inputs: Inputs,
    workloads: Sequence[SynthesizedWorkload],
    packings: Sequence[Packing] | None,
    parameters: Parameters,
) -> tuple[list[Row], list[tuple[str, float]]]:
    """The total row (against the budget), one context row per line, and the chart data."""
    limit = budget(inputs)
    target = f"<= ${limit[0]:,.0f}/month (budget)" if limit else "<= the monthly budget"
    prices = prices_for(inputs.region, parameters)
    if prices is None:
        region = inputs.region or f"no AWS provider region in {inputs.terraform_label}"
        return [
            Row(
                FIGURE,
                "monthly total",
                "not computable",
                target,
                Status.FAIL,
                details=(f"no prices for {region} in prices.yaml",),
            )
        ], []
    lines, gaps = cost_lines(inputs, workloads, packings, parameters, prices)
    total = sum((line.usd for line in lines), Decimal(0))
    reasons = list(gaps)
    if limit is None:
        reasons.append(f"no aws_budgets_budget found in {inputs.terraform_label}")
    elif total > limit[0]:
        reasons.append(f"${total:,.2f} > budget ${limit[0]:,.2f}")
    rows = [
        Row(
            FIGURE,
            line.category,
            f"${line.usd:,.2f}",
            "context",
            Status.INFO,
            line.sources,
            (line.arithmetic,),
        )
        for line in lines
    ]
    rows.append(
        Row(
            FIGURE,
            "monthly total",
            f"${total:,.2f}" + (" (incomplete)" if gaps else ""),
            target,
            Status.FAIL if reasons else Status.PASS,
            (limit[1],) if limit else (),
            tuple([*reasons, f"prices: {PRICES_FILE.name} ({prices.region})"]),
        )
    )
    chart: dict[str, float] = {}
    for line in lines:
        chart[line.category] = chart.get(line.category, 0.0) + float(line.usd)
    return rows, sorted(chart.items())
