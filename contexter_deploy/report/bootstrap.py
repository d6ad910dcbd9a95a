"""Bootstrap feasibility (target: every pod can run at its wave; Argo CD and Karpenter survive
Karpenter being down; no stateful or control pod on spot or disruptable).

Computed by ``contexter_deploy.validation.bootstrap`` (its docstring has the rules): the managed
node groups of the Terraform JSON (labels, taints, ``min_size``), then Argo CD's ``helm install``
and every root-Application wave, each pod placed on the capacity that exists at that point (its
tolerations against the taints, its node selector and required node affinity against the labels,
hostname anti-affinity against the node count; its StorageClass and PriorityClass applied),
NodePools from the wave their Application applies them once Karpenter runs. Add-on pods come from
each Application's Helm values read with the chart's keys and defaults. Then each zone lost in
turn: its system nodes and Karpenter capacity gone, every serving pod group (Contexter's
workloads and data tier, Argo CD, istiod, the ingress gateway, Vault) must keep its
PodDisruptionBudget's minimum (at least one replica) on the zones left, and the node groups'
pods must still pack onto their remaining nodes.

The rows are shown, not gating here: ``contexter-deploy validate`` fails on any of them (its
bootstrap check, with the whole timeline), so a partial tree (a hand-built fixture) still reports
its other figures.
"""

from __future__ import annotations

from contexter_deploy.facts.inputs import Inputs
from contexter_deploy.report.result import Row, Status
from contexter_deploy.validation.bootstrap import (
    REPAIR_APPLICATIONS,
    lose_each_zone,
    scenarios,
    zone_loss_findings,
)

FIGURE = "bootstrap"


def bootstrap_rows(inputs: Inputs) -> list[Row]:
    """Four rows: from an empty account, with Karpenter down, one zone lost, stateful placement."""
    bootstrap, down = scenarios(inputs.manifests, inputs.terraform)
    zones = lose_each_zone(inputs.manifests, inputs.terraform)
    zone_problems = zone_loss_findings(zones)
    failing = sorted({loss.zone for loss in zones if loss.problems})
    waves = sorted({step.wave for step in bootstrap.steps})
    derived = (inputs.terraform_label, f"{inputs.dist_label}/argocd", f"{inputs.dist_label}/capacity")

    def status(problems: tuple[str, ...]) -> Status:
        return Status.FAIL if problems else Status.PASS

    return [
        Row(
            FIGURE,
            "empty account to Ready",
            f"{bootstrap.pods - len(bootstrap.problems)} of {bootstrap.pods} pod groups schedulable"
            f" over {len(waves)} steps",
            "every pod schedulable at its wave",
            status(bootstrap.problems),
            derived,
            bootstrap.problems[:5] or tuple(step.render() for step in bootstrap.steps if step.adds),
            gating=False,
        ),
        Row(
            FIGURE,
            "Karpenter down",
            f"{', '.join(REPAIR_APPLICATIONS)} {'schedule' if not down.problems else 'blocked'};"
            f" {len(down.waiting)} pod groups wait",
            f"{' and '.join(REPAIR_APPLICATIONS)} run on the node groups alone",
            status(down.problems),
            derived,
            down.problems[:5],
            gating=False,
        ),
        Row(
            FIGURE,
            "one zone lost",
            f"{len(zones) - len(failing)} of {len(zones)} zones can be lost"
            f" ({max((loss.pods for loss in zones), default=0)} serving pod groups each)",
            "every serving pod group keeps its PodDisruptionBudget's minimum on the other zones",
            status(zone_problems),
            derived,
            zone_problems[:5],
            gating=False,  # `validate` gates it (bootstrap.validate_environments); fixtures lack zones
        ),
        Row(
            FIGURE,
            "stateful and control placement",
            f"{bootstrap.critical_pods} pod groups, {len(bootstrap.placement_problems)} problems",
            "on demand only, never disrupted by Karpenter",
            status(bootstrap.placement_problems),
            derived,
            bootstrap.placement_problems[:5],
            gating=False,
        ),
    ]
