"""What the API server and the charts keep (target: no finding of any analysis).

The committed ``dist/<env>`` judged as the upstream software would, with the analyses that
``contexter-deploy validate`` runs (``contexter_deploy.validation.upstream``; docs/validation.md):

- Helm values: every key each add-on Application passes exists in the pinned chart at
  ``../shared/helm-charts/<chart>-<version>/`` (or under a map its templates render whole), and
  the chart's own ``values.schema.json`` validates the merged values;
- CEL: every ``x-kubernetes-validations`` rule of ``../shared/crd-schemas`` on every custom resource;
- API level and feature gates: API versions deprecated, removed or not served, and feature-gated
  fields, at the cluster's Kubernetes version (``aws_eks_cluster.version`` of the Terraform JSON);
  custom resource versions against the CRDs the pinned charts install.

Immutable fields are judged against the previous ``dist/`` (``contexter-deploy synth`` and
``diff``), not from one tree, so they have no row here.

Without ``../shared`` (or one of its folders) a row says so and fails, gating: nothing was proven.
Findings fail the row as a secondary line: ``contexter-deploy validate`` fails on each of them
(one line per finding, with the check), so the report keeps showing its other figures.
"""

from __future__ import annotations

from pathlib import Path

from contexter_deploy.facts.inputs import Inputs
from contexter_deploy.ground.config.loader import REPO_ROOT
from contexter_deploy.report.result import Row, Status
from contexter_deploy.validation.findings import Finding

FIGURE = "api-server"
SHARED = REPO_ROOT.parent / "shared"
DEFAULT_HELM_CHARTS = SHARED / "helm-charts"
DEFAULT_CRD_SCHEMAS = SHARED / "crd-schemas"
"""The pinned charts and the CRD JSON schemas, as ``contexter-deploy validate`` reads them."""


def kubernetes_version(inputs: Inputs) -> str | None:
    """The EKS cluster's ``version`` in the Terraform JSON."""
    for cluster in inputs.resources("aws_eks_cluster"):
        if cluster.body.get("version"):
            return str(cluster.body["version"])
    return None


def _shown(text: str) -> str:
    """``text`` with the checkout's parent folder written ``..``, as the docs name ``../shared``."""
    return text.replace(f"{REPO_ROOT.parent}/", "../")


def _absent(subject: str, target: str, what: str) -> Row:
    return Row(
        FIGURE, subject, "not evaluated", target, Status.FAIL, details=(f"{what}: nothing was proven",)
    )


def _row(subject: str, value: str, target: str, findings: list[Finding], derived: tuple[str, ...]) -> Row:
    return Row(
        FIGURE,
        subject,
        f"{value}, {len(findings)} findings",
        target,
        Status.FAIL if findings else Status.PASS,
        derived,
        tuple(_shown(finding.render()) for finding in findings[:5]),
        gating=False,
    )


def api_server_rows(
    inputs: Inputs, *, helm_charts: Path = DEFAULT_HELM_CHARTS, crd_schemas: Path = DEFAULT_CRD_SCHEMAS
) -> list[Row]:
    """Three rows: Helm values, CEL rules, API level and feature gates."""
    # the analyses read the report's workload helpers: imported here, not at module level
    from contexter_deploy.validation.api_level import check_api_level
    from contexter_deploy.validation.cel_rules import check_cel_rules  # cel-python: only here
    from contexter_deploy.validation.helm_values import check_helm_values

    derived = (f"{inputs.dist_label}/argocd",)
    rows = []
    target = "every key the pinned chart has; its schema validates"
    if not helm_charts.is_dir():
        rows.append(_absent("Helm values", target, f"{helm_charts} not found"))
    else:
        helm = check_helm_values(inputs.manifests, helm_charts)
        value = f"{helm.keys} keys of {helm.applications} add-on Applications ({helm.schemas} schemas)"
        rows.append(_row("Helm values", value, target, helm.findings, derived))
    target = "every CRD's x-kubernetes-validations rule holds"
    if not crd_schemas.is_dir():
        rows.append(_absent("CEL rules", target, f"{crd_schemas} not found"))
    else:
        cel = check_cel_rules(inputs.manifests, crd_schemas)
        value = (
            f"{cel.rules} evaluations of {len(cel.distinct_rules)} rules on {cel.resources} custom resources"
        )
        rows.append(_row("CEL rules", value, target, cel.findings, (inputs.dist_label,)))
    version = kubernetes_version(inputs)
    target = "every API version served and field kept at the cluster's version"
    if version is None:
        rows.append(
            _absent(
                "API level and feature gates",
                target,
                f"no aws_eks_cluster version in {inputs.terraform_label}",
            )
        )
    elif not helm_charts.is_dir():
        rows.append(
            _absent("API level and feature gates", target, f"{helm_charts} not found (the pinned CRDs)")
        )
    else:
        api = check_api_level(inputs.manifests, version, helm_charts)
        value = (
            f"{api.resources} resources, {len(api.api_versions)} API versions, {api.gated_fields_checked}"
            f" gated-field look-ups at Kubernetes {version}"
        )
        rows.append(
            _row(
                "API level and feature gates",
                value,
                target,
                api.findings,
                (inputs.dist_label, inputs.terraform_label),
            )
        )
    return rows
