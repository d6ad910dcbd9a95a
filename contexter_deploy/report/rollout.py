"""Rollout duration: the worst-case time to deploy a new version of each service.

Every time a ReplicaSet gains replicas (a *wave*), the new pods take ``node provisioning +
scheduling + image pull + startup budget + first readiness`` (plus ``minReadySeconds``); every
wave is assumed to need a new node. The duration is computed at the baseline and at the
maximum replica count, and the larger is the figure.

- Blue-green (Argo Rollouts): preview wave (``previewReplicaCount``, then the rest after
  promotion) + ``prePromotionAnalysis`` + ``autoPromotionSeconds`` (``autoPromotionEnabled:
  false`` without it waits for a human: unbounded) + ``postPromotionAnalysis`` +
  ``scaleDownDelaySeconds`` (default 30 s) until the old ReplicaSet is gone.
- Canary: per step, ``setWeight``/``setCanaryScale`` adds a wave when the canary's replica count
  (``ceil(weight x replicas)``) grows, in batches of ``maxSurge + maxUnavailable`` without traffic
  routing; ``pause.duration`` adds its duration (a pause without duration is unbounded);
  ``analysis`` adds its run; ``experiment`` its duration. Then the canary goes to 100% and,
  with traffic routing, the old ReplicaSet goes after ``scaleDownDelaySeconds``. A background
  analysis runs alongside and adds nothing.
- An analysis run lasts, per metric, ``initialDelay + interval x (count - 1)``; the run is its
  slowest metric. A metric with an ``interval`` and no ``count`` never ends: unbounded. A ``job``
  metric (a smoke test) lasts up to its Job's ``activeDeadlineSeconds`` per measurement; a Job
  without a deadline is unbounded.
- Deployment ``RollingUpdate``: ``ceil(replicas / (maxSurge + maxUnavailable))`` waves.
- StatefulSet ``RollingUpdate``: one pod at a time (``maxUnavailable``), each waiting for the
  old pod's ``terminationGracePeriodSeconds`` and then its own start, on its own node.

Target: < 600 s (the whole deployment within 10 minutes) for the application deployments: the
Argo Rollouts and Deployments, whose steps, pauses and analysis DESIGN.md budgets. A StatefulSet
update (Qdrant, Redis) is a data-service maintenance, not an application deployment: its time is
shown with its arithmetic, as information, with no target. The synth-time check
(``contexter_deploy.validation.workload_checks.check_rollout_durations``) uses this same model
(``contexter_deploy.facts.rollout_timing.worst_case``), so the two cannot disagree; it leaves out
waits for a human, which it names.
"""

from __future__ import annotations

from collections.abc import Sequence

from contexter_deploy.facts.inputs import Inputs
from contexter_deploy.facts.parameters import Parameters, Requirements
from contexter_deploy.facts.rollout_timing import UNBOUNDED, seconds_text, worst_case
from contexter_deploy.facts.workloads import SynthesizedWorkload
from contexter_deploy.report.result import Row, Status, missing

FIGURE = "rollout"


def rollout_rows(
    inputs: Inputs,
    workloads: Sequence[SynthesizedWorkload],
    parameters: Parameters,
    requirements: Requirements,
) -> list[Row]:
    """One row per workload: the worse of a deployment at baseline and at maximum replicas.

    Rollouts and Deployments are held to the deployment budget; StatefulSets are shown as
    information (a data-service update, not an application deployment).
    """
    budget = requirements.deployment_budget_seconds
    target = f"< {budget} s"
    rows = []
    if not any(workload.kind != "StatefulSet" for workload in workloads):
        rows.append(missing(FIGURE, "services", target, "Deployment or Rollout", inputs.dist_label))
    for workload in workloads:
        worst = worst_case(workload, inputs, parameters)
        total = worst.timeline.total
        sources = tuple(dict.fromkeys([*workload.sources, *worst.sources]))
        value = f"{seconds_text(total)} at {worst.replicas} replicas"
        if workload.kind == "StatefulSet":
            rows.append(
                Row(
                    FIGURE,
                    workload.name,
                    value,
                    "context (data-service update)",
                    Status.INFO,
                    sources,
                    (
                        "informational: a StatefulSet update is not an application deployment;"
                        " DESIGN.md's 10-minute budget covers the Rollouts",
                        *worst.problems,
                        *worst.describe(),
                    ),
                    seconds=None if total == UNBOUNDED else total,
                )
            )
            continue
        problems = worst.problems
        if total == UNBOUNDED:
            problems.append(
                "a step waits without a bound"
                " (a pause without duration, manual promotion, an endless analysis)"
            )
        elif total >= budget:
            problems.append(f"{total:g} s >= {budget} s")
        rows.append(
            Row(
                FIGURE,
                workload.name,
                value,
                target,
                Status.FAIL if problems else Status.PASS,
                sources,
                tuple(problems + worst.describe()),
                seconds=None if total == UNBOUNDED else total,
            )
        )
    return rows
