"""Zero-downtime readiness: whether a rollout or a node drain can drop requests, per workload.

One pass/fail per workload; every gate that does not hold is a reason:

1. At least 2 replicas at baseline (one replica goes away on every drain and restart).
2. The update never takes serving capacity away: a Deployment's ``rollingUpdate`` and a
   canary's ``maxUnavailable`` resolve to 0 at both baseline and maximum replicas (percentages
   round down) with a ``maxSurge`` of at least one pod; ``Recreate`` fails; a blue-green keeps
   the old ReplicaSet ``scaleDownDelaySeconds >= 30`` s after the switch; a StatefulSet
   replaces fewer pods at once than it runs.
3. Every container that serves clients has a readiness probe (no traffic before it is ready).
4. Every container that serves clients has a ``preStop`` hook (the endpoints drop the pod
   before it stops), and a ``sleep`` preStop is shorter than ``terminationGracePeriodSeconds``
   (else the kubelet kills it mid-drain).

   A container serves clients when a Service selecting its pods targets one of its ports
   (``targetPort`` by name or number), unless that port is only scraped: a PodMonitor scrapes
   it, and every Istio ``AuthorizationPolicy`` rule that admits traffic to it is restricted to
   ``GET`` on the monitor's metrics path, so nothing but Prometheus can use it (a metrics
   exporter sidecar). A missed scrape is not downtime. Without such policies a targeted port
   counts as serving clients.
5. A PodDisruptionBudget covers the pods, allows at least one eviction (drains proceed) and
   keeps at least one pod.
6. Rollouts and Deployments promote only through analysis: a blue-green
   ``prePromotionAnalysis`` or a canary background/step analysis, whose templates exist and
   have a metric with a success or failure condition that is not ``dryRun``. Argo Rollouts
   aborts on a failed analysis and returns traffic to the stable version. A plain Deployment
   has no such gate.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from contexter_deploy.facts.inputs import Inputs, parse_duration, resolve_int_or_percent
from contexter_deploy.facts.manifests import Manifest, selector_matches
from contexter_deploy.facts.parameters import Parameters, Requirements
from contexter_deploy.facts.workloads import SynthesizedWorkload, disruption_budget, pod_monitors
from contexter_deploy.report.result import Row, Status, missing

FIGURE = "zero-downtime"


def prestop_seconds(container: Mapping[str, Any]) -> float | None:
    """Seconds a ``preStop`` hook sleeps, when that can be read (``sleep`` action or ``sleep N``)."""
    hook = (container.get("lifecycle") or {}).get("preStop") or {}
    if "sleep" in hook:
        return float(hook["sleep"].get("seconds", 0))
    command = " ".join(str(part) for part in (hook.get("exec") or {}).get("command") or [])
    match = re.search(r"\bsleep\s+(\d+(?:\.\d+)?[smh]?)\b", command)
    return parse_duration(match.group(1)) if match else None


def _strategy_problems(workload: SynthesizedWorkload, parameters: Parameters) -> list[str]:
    spec = workload.manifest.spec
    counts = sorted({max(workload.baseline_replicas, 1), max(workload.max_replicas, 1)})
    problems = []
    rolling: Mapping[str, Any] | None = None
    if workload.kind == "Deployment":
        strategy = spec.get("strategy") or {}
        if strategy.get("type") == "Recreate":
            return ["strategy Recreate stops every pod before starting new ones"]
        rolling = strategy.get("rollingUpdate") or {}
    elif workload.kind == "Rollout":
        strategy = spec.get("strategy") or {}
        if "blueGreen" in strategy:
            blue_green = strategy["blueGreen"]
            delay = int(blue_green.get("scaleDownDelaySeconds", parameters.rollouts.scale_down_delay_seconds))
            if delay < parameters.rollouts.min_scale_down_delay_seconds:
                problems.append(
                    f"scaleDownDelaySeconds {delay} < {parameters.rollouts.min_scale_down_delay_seconds}:"
                    " old pods go before every proxy dropped them"
                )
            if blue_green.get("maxUnavailable") not in (None, 0, "0", "0%"):
                problems.append(f"blueGreen.maxUnavailable {blue_green['maxUnavailable']} (must be 0)")
            return problems
        rolling = strategy.get("canary") or {}
    elif workload.kind == "StatefulSet":
        update = spec.get("updateStrategy") or {}
        at_once = resolve_int_or_percent(
            (update.get("rollingUpdate") or {}).get("maxUnavailable", 1), counts[0], round_up=False
        )
        if at_once >= counts[0]:
            problems.append(
                f"updateStrategy maxUnavailable {at_once} >= {counts[0]} replicas: every pod restarts at once"
            )
        return problems
    assert rolling is not None
    surge_value = rolling.get("maxSurge", parameters.rollouts.max_surge)
    unavailable_value = rolling.get("maxUnavailable", parameters.rollouts.max_unavailable)
    for count in counts:
        unavailable = resolve_int_or_percent(unavailable_value, count, round_up=False)
        if unavailable > 0:
            problems.append(
                f"maxUnavailable {unavailable_value} = {unavailable} pod(s) at {count} replicas (must be 0)"
            )
        if resolve_int_or_percent(surge_value, count, round_up=True) < 1:
            problems.append(f"maxSurge {surge_value} adds no pod at {count} replicas")
    return list(dict.fromkeys(problems))


def _selects(manifest: Manifest, workload: SynthesizedWorkload, selector: Mapping[str, Any] | None) -> bool:
    return (
        manifest.namespace == workload.namespace
        and selector is not None
        and selector_matches(selector, workload.pod_labels)
    )


def _service_targets(workload: SynthesizedWorkload, inputs: Inputs) -> tuple[set[str | int], list[str]]:
    """Every ``targetPort`` (name or number) of the Services that select the workload's pods."""
    targets: set[str | int] = set()
    sources = []
    for service in inputs.of_kind("Service"):
        selector = service.spec.get("selector")
        if not selector or not _selects(service, workload, {"matchLabels": selector}):
            continue
        sources.append(service.ref)
        for port in service.spec.get("ports") or []:
            targets.add(port.get("targetPort", port.get("port")))
    return targets, sources


def _scrape_paths(workload: SynthesizedWorkload, inputs: Inputs, port: Mapping[str, Any]) -> set[str]:
    """Paths the PodMonitors of the workload scrape on ``port`` (empty: not scraped)."""
    paths = set()
    for monitor in pod_monitors(workload, inputs):
        for endpoint in monitor.spec.get("podMetricsEndpoints") or []:
            if endpoint.get("port") == port.get("name") or str(endpoint.get("portNumber")) == str(
                port.get("containerPort")
            ):
                paths.add(str(endpoint.get("path", "/metrics")))
    return paths


def _only_scraped(workload: SynthesizedWorkload, inputs: Inputs, port: Mapping[str, Any]) -> str | None:
    """Why ``port`` serves only metrics scrapes, or ``None`` when clients may use it."""
    paths = _scrape_paths(workload, inputs, port)
    if not paths:
        return None
    number = str(port.get("containerPort"))
    admitting = []
    for policy in inputs.of_kind("AuthorizationPolicy"):
        selector = policy.spec.get("selector")
        if policy.namespace != workload.namespace or policy.spec.get("action", "ALLOW") != "ALLOW":
            continue
        if selector is not None and not selector_matches(selector, workload.pod_labels):
            continue
        for rule in policy.spec.get("rules") or []:
            operations = [entry.get("operation") or {} for entry in rule.get("to") or []] or [{}]
            for operation in operations:
                ports = [str(value) for value in operation.get("ports") or []]
                if ports and number not in ports:
                    continue
                admitting.append((policy.ref, operation))
    if not admitting:
        return None
    for _, operation in admitting:
        methods = set(operation.get("methods") or [])
        rule_paths = set(operation.get("paths") or [])
        if not rule_paths or not rule_paths <= paths or methods != {"GET"}:
            return None
    policies = ", ".join(sorted({ref for ref, _ in admitting}))
    return (
        f"port {port.get('name') or number} only serves scrapes: {policies} admits only"
        f" GET {', '.join(sorted(paths))} there"
    )


def client_ports(
    workload: SynthesizedWorkload, container: Mapping[str, Any], inputs: Inputs
) -> tuple[list[str], list[str]]:
    """(the container's ports clients reach through a Service, notes on the ports only scraped)."""
    targets, _ = _service_targets(workload, inputs)
    served, notes = [], []
    for port in container.get("ports") or []:
        if port.get("name") not in targets and port.get("containerPort") not in targets:
            continue
        scraped = _only_scraped(workload, inputs, port)
        if scraped:
            notes.append(f"container {container.get('name')}: {scraped}, no drain needed")
        else:
            served.append(str(port.get("name") or port.get("containerPort")))
    return served, notes


def _container_problems(
    workload: SynthesizedWorkload, inputs: Inputs, parameters: Parameters
) -> tuple[list[str], list[str]]:
    grace = int(
        workload.pod_spec.get(
            "terminationGracePeriodSeconds", parameters.pods.termination_grace_period_seconds
        )
    )
    problems: list[str] = []
    notes: list[str] = []
    for container in workload.containers:
        served, scraped = client_ports(workload, container, inputs)
        notes += scraped
        if not served:
            continue
        name = container.get("name")
        if not container.get("readinessProbe"):
            problems.append(f"container {name} serves clients without a readinessProbe")
        if not (container.get("lifecycle") or {}).get("preStop"):
            problems.append(f"container {name} has no preStop hook: it stops while still in the endpoints")
            continue
        seconds = prestop_seconds(container)
        if seconds is not None and seconds >= grace:
            problems.append(
                f"container {name} preStop {seconds:g} s >= terminationGracePeriodSeconds {grace} s"
            )
    return problems, notes


def _pdb_problems(workload: SynthesizedWorkload, inputs: Inputs) -> tuple[list[str], list[str]]:
    pdb = disruption_budget(workload, inputs)
    if pdb is None:
        return ["no PodDisruptionBudget covers the pods: a drain may evict all of them"], []
    replicas = workload.baseline_replicas
    if "minAvailable" in pdb.spec:
        allowed = replicas - resolve_int_or_percent(pdb.spec["minAvailable"], replicas, round_up=True)
    else:
        allowed = resolve_int_or_percent(pdb.spec.get("maxUnavailable", 1), replicas, round_up=True)
    problems = []
    if allowed < 1:
        problems.append(f"{pdb.ref} allows no eviction at {replicas} replicas: drains block")
    if allowed >= replicas:
        problems.append(f"{pdb.ref} allows evicting all {replicas} replica(s)")
    return problems, [pdb.ref]


def _analysis_problems(workload: SynthesizedWorkload, inputs: Inputs) -> tuple[list[str], list[str]]:
    if workload.kind == "StatefulSet":
        return [], []
    if workload.kind == "Deployment":
        return [
            "a Deployment promotes without analysis and cannot roll back by itself (use an Argo Rollout)"
        ], []
    strategy = workload.manifest.spec.get("strategy") or {}
    references: list[Mapping[str, Any]] = []
    if "blueGreen" in strategy:
        references = [strategy["blueGreen"].get("prePromotionAnalysis") or {}]
        what = "blueGreen.prePromotionAnalysis"
    else:
        canary = strategy.get("canary") or {}
        references = [canary.get("analysis") or {}] + [
            step["analysis"] for step in canary.get("steps") or [] if "analysis" in step
        ]
        what = "canary analysis"
    references = [reference for reference in references if reference.get("templates")]
    if not references:
        return [f"no {what}: promotion is not gated by analysis"], []
    gating = False
    sources: list[str] = []
    problems: list[str] = []
    for reference in references:
        dry = {entry.get("metricName") for entry in reference.get("dryRun") or []}
        for template_ref in reference["templates"]:
            cluster = bool(template_ref.get("clusterScope"))
            kind = "ClusterAnalysisTemplate" if cluster else "AnalysisTemplate"
            template = inputs.find(
                kind, str(template_ref.get("templateName")), None if cluster else workload.namespace
            )
            if template is None:
                problems.append(f"{kind} {template_ref.get('templateName')} is referenced but not found")
                continue
            sources.append(template.ref)
            for metric in template.spec.get("metrics") or []:
                if (
                    (metric.get("successCondition") or metric.get("failureCondition"))
                    and metric.get("name") not in dry
                    and "*" not in dry
                ):
                    gating = True
    if not gating and not problems:
        problems.append(
            f"{what} has no metric with a success or failure condition outside dryRun: it never aborts"
        )
    return problems, sources


def zero_downtime_rows(
    inputs: Inputs,
    workloads: Sequence[SynthesizedWorkload],
    parameters: Parameters,
    requirements: Requirements,
) -> list[Row]:
    target = "every gate holds"
    if not workloads:
        return [missing(FIGURE, "services", target, "Deployment, Rollout or StatefulSet", inputs.dist_label)]
    rows = []
    for workload in workloads:
        problems = []
        if workload.baseline_replicas < 2:
            problems.append(f"{workload.baseline_replicas} replica: every drain or restart drops the service")
        problems += _strategy_problems(workload, parameters)
        container_problems, notes = _container_problems(workload, inputs, parameters)
        problems += container_problems
        pdb_problems, pdb_sources = _pdb_problems(workload, inputs)
        analysis_problems, analysis_sources = _analysis_problems(workload, inputs)
        problems += pdb_problems + analysis_problems
        _, service_sources = _service_targets(workload, inputs)
        rows.append(
            Row(
                FIGURE,
                workload.name,
                "ready" if not problems else f"{len(problems)} gap(s)",
                target,
                Status.FAIL if problems else Status.PASS,
                tuple(dict.fromkeys([*workload.sources, *service_sources, *pdb_sources, *analysis_sources])),
                tuple(
                    problems
                    or ["maxUnavailable 0, readiness, preStop < grace, PDB, analysis-gated promotion"]
                )
                + tuple(notes),
            )
        )
    return rows
