"""Checks on the workloads: hardening, disruption budgets, Services, autoscalers and rollouts.

Each check reads only the synthesized documents, so it holds for whatever produced them. Pod
templates are read from every kind that carries one, Argo Rollouts included: checkov does not
know the Rollout kind, so these checks are what guards the pods of the stateless services.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from contexter_deploy.facts.inputs import inputs_from
from contexter_deploy.facts.manifests import Manifest, selector_matches
from contexter_deploy.facts.parameters import DEFAULT_PARAMETERS
from contexter_deploy.facts.rollout_timing import worst_case
from contexter_deploy.facts.workloads import adapter_rules, find_workloads, helm_values
from contexter_deploy.ground.contracts import BUDGET_ANNOTATION as BUDGET_ANNOTATION
from contexter_deploy.ground.contracts import MAX_STARTUP_SECONDS
from contexter_deploy.validation.findings import Finding

LONG_RUNNING_KINDS: frozenset[str] = frozenset(
    {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Rollout"}
)
"""Kinds whose pods serve until replaced: they need probes, a PDB and their own ServiceAccount."""
JOB_KINDS: frozenset[str] = frozenset({"Job", "CronJob"})
ROLLOUT_GROUP = "argoproj.io"

AUTOSCALER_KINDS = ("HorizontalPodAutoscaler", "ScaledObject")

CHECK = "workloads"


def pod_template(manifest: Manifest) -> Mapping[str, Any] | None:
    """The pod template of a workload or job, ``None`` for kinds without one. An AnalysisTemplate's
    ``job`` metric (a smoke test) starts pods too: its Job's template counts, so every pod rule
    applies to it."""
    if manifest.kind in LONG_RUNNING_KINDS or manifest.kind == "Job":
        spec = manifest.spec
    elif manifest.kind == "CronJob":
        spec = (manifest.spec.get("jobTemplate") or {}).get("spec") or {}
    elif manifest.kind in ("AnalysisTemplate", "ClusterAnalysisTemplate"):
        jobs = [(m.get("provider") or {}).get("job") for m in manifest.spec.get("metrics") or []]
        specs = [(job or {}).get("spec") for job in jobs if job]
        if not specs:
            return None
        spec = specs[0] or {}
    else:
        return None
    template: Mapping[str, Any] | None = spec.get("template")
    return template


def _pod_spec(manifest: Manifest) -> Mapping[str, Any]:
    spec: Mapping[str, Any] = (pod_template(manifest) or {}).get("spec") or {}
    return spec


def _pod_labels(manifest: Manifest) -> Mapping[str, str]:
    labels: Mapping[str, str] = ((pod_template(manifest) or {}).get("metadata") or {}).get("labels") or {}
    return labels


def _containers(pod: Mapping[str, Any]) -> Iterator[tuple[Mapping[str, Any], bool]]:
    """Every container with whether it is an init container."""
    for container in pod.get("initContainers") or ():
        yield container, True
    for container in pod.get("containers") or ():
        yield container, False


def _pod_bearing(manifests: Iterable[Manifest]) -> Iterator[Manifest]:
    return (m for m in manifests if pod_template(m) is not None)


def _long_running(manifests: Iterable[Manifest]) -> Iterator[Manifest]:
    return (m for m in manifests if m.kind in LONG_RUNNING_KINDS and pod_template(m) is not None)


def selects(selector: Mapping[str, Any] | None, labels: Mapping[str, str]) -> bool:
    """Whether a LabelSelector (``matchLabels`` and ``matchExpressions``) matches ``labels``.

    An empty or missing selector selects nothing here: every selector this project writes is explicit.
    """
    if not selector or not (selector.get("matchLabels") or selector.get("matchExpressions")):
        return False
    return selector_matches(selector, labels)


def check_container_hardening(manifests: Sequence[Manifest]) -> Iterator[Finding]:
    """Every container has CPU and memory requests and limits and the restricted security context;
    every long-running container has liveness and readiness probes."""
    for manifest in _pod_bearing(manifests):
        pod = _pod_spec(manifest)
        pod_context = pod.get("securityContext") or {}
        for container, init in _containers(pod):
            where = f"container {container.get('name')!r}"
            resources = container.get("resources") or {}
            for bound in ("requests", "limits"):
                for resource in ("cpu", "memory"):
                    if resource not in (resources.get(bound) or {}):
                        yield Finding(manifest.ref, CHECK, f"{where} sets no {bound}.{resource}")
            yield from _security_findings(
                manifest, where, container.get("securityContext") or {}, pod_context
            )
            if manifest.kind in LONG_RUNNING_KINDS and not init:
                for probe in ("livenessProbe", "readinessProbe"):
                    if probe not in container:
                        yield Finding(manifest.ref, CHECK, f"{where} has no {probe}")


def _security_findings(
    manifest: Manifest, where: str, context: Mapping[str, Any], pod_context: Mapping[str, Any]
) -> Iterator[Finding]:
    def effective(key: str) -> Any:
        return context.get(key, pod_context.get(key))

    if effective("runAsNonRoot") is not True:
        yield Finding(manifest.ref, CHECK, f"{where} does not set runAsNonRoot: true")
    if effective("runAsUser") == 0:
        yield Finding(manifest.ref, CHECK, f"{where} runs as UID 0")
    if context.get("allowPrivilegeEscalation") is not False:
        yield Finding(manifest.ref, CHECK, f"{where} does not set allowPrivilegeEscalation: false")
    if context.get("readOnlyRootFilesystem") is not True:
        yield Finding(manifest.ref, CHECK, f"{where} does not set readOnlyRootFilesystem: true")
    if "ALL" not in ((context.get("capabilities") or {}).get("drop") or ()):
        yield Finding(manifest.ref, CHECK, f"{where} does not drop ALL capabilities")
    if (effective("seccompProfile") or {}).get("type") not in ("RuntimeDefault", "Localhost"):
        yield Finding(manifest.ref, CHECK, f"{where} has no RuntimeDefault (or Localhost) seccomp profile")


def probe_budget_seconds(probe: Mapping[str, Any]) -> int:
    """How long a probe tolerates failure: ``initialDelaySeconds + failureThreshold x periodSeconds``."""
    return int(probe.get("initialDelaySeconds", 0)) + int(probe.get("failureThreshold", 3)) * int(
        probe.get("periodSeconds", 10)
    )


def check_startup_budget(manifests: Sequence[Manifest]) -> Iterator[Finding]:
    """Every container of an HTTP service (a Rollout) has a startup probe of at most 30 s."""
    for manifest in manifests:
        if manifest.kind != "Rollout":
            continue
        for container, init in _containers(_pod_spec(manifest)):
            if init:
                continue
            where = f"container {container.get('name')!r}"
            probe = container.get("startupProbe")
            if probe is None:
                yield Finding(manifest.ref, CHECK, f"{where} has no startupProbe")
            elif (budget := probe_budget_seconds(probe)) > MAX_STARTUP_SECONDS:
                yield Finding(
                    manifest.ref,
                    CHECK,
                    f"{where}: startupProbe allows {budget}s (initialDelaySeconds + failureThreshold x"
                    f" periodSeconds); allowed: at most {MAX_STARTUP_SECONDS}s",
                )


def check_service_accounts(manifests: Sequence[Manifest]) -> Iterator[Finding]:
    """Every pod runs as a named ServiceAccount that exists; no two workloads share one."""
    accounts = {(m.namespace, m.name) for m in manifests if m.kind == "ServiceAccount"}
    users: dict[tuple[str | None, str], set[str]] = defaultdict(set)
    for manifest in _pod_bearing(manifests):
        name = _pod_spec(manifest).get("serviceAccountName")
        if not name or name == "default":
            yield Finding(
                manifest.ref, CHECK, "pods run as the namespace's default ServiceAccount; give them their own"
            )
            continue
        if (manifest.namespace, name) not in accounts:
            yield Finding(
                manifest.ref, CHECK, f"ServiceAccount {name!r} does not exist in {manifest.namespace}"
            )
        if manifest.kind in LONG_RUNNING_KINDS:
            users[(manifest.namespace, name)].add(manifest.ref)
    for (namespace, name), refs in sorted(users.items(), key=str):
        if len(refs) > 1:
            yield Finding(
                f"ServiceAccount {namespace}/{name}",
                CHECK,
                f"shared by {', '.join(sorted(refs))}; each needs its own",
            )


def _autoscaler_target(manifest: Manifest) -> tuple[str, str, str | None, str]:
    """(group, kind, namespace, name) of the workload an autoscaler scales."""
    target = manifest.spec.get("scaleTargetRef") or {}
    api_version = target.get("apiVersion", "apps/v1")
    return (
        api_version.rpartition("/")[0],
        target.get("kind", "Deployment"),
        manifest.namespace,
        target.get("name", ""),
    )


def _replica_bounds(manifest: Manifest) -> tuple[int, int]:
    spec = manifest.spec
    if manifest.kind == "ScaledObject":
        return int(spec.get("minReplicaCount", 0)), int(spec.get("maxReplicaCount", 100))
    return int(spec.get("minReplicas", 1)), int(spec["maxReplicas"])


def _workload_key(manifest: Manifest) -> tuple[str, str, str | None, str]:
    return manifest.group, manifest.kind, manifest.namespace, manifest.name


def minimum_replicas(manifests: Sequence[Manifest]) -> dict[tuple[str, str, str | None, str], int]:
    """The fewest pods each long-running workload runs: its autoscaler's minimum, else its replicas."""
    floors = {_workload_key(m): int(m.spec.get("replicas", 1)) for m in _long_running(manifests)}
    for manifest in manifests:
        if manifest.kind in AUTOSCALER_KINDS and _autoscaler_target(manifest) in floors:
            floors[_autoscaler_target(manifest)] = _replica_bounds(manifest)[0]
    return floors


def check_autoscalers(manifests: Sequence[Manifest]) -> Iterator[Finding]:
    """Every HPA and ScaledObject targets an existing workload, only one per workload, with min <= max;
    an autoscaled workload leaves ``spec.replicas`` to its autoscaler."""
    workloads = {_workload_key(m): m for m in _long_running(manifests)}
    targeted: dict[tuple[str, str, str | None, str], list[str]] = defaultdict(list)
    for manifest in manifests:
        if manifest.kind not in AUTOSCALER_KINDS:
            continue
        target = _autoscaler_target(manifest)
        group, kind, namespace, name = target
        low, high = _replica_bounds(manifest)
        if low > high:
            yield Finding(manifest.ref, CHECK, f"minimum replicas {low} exceed the maximum {high}")
        if target not in workloads:
            yield Finding(
                manifest.ref,
                CHECK,
                f"scales {kind} {namespace}/{name} ({group or 'core'}), which does not exist",
            )
            continue
        targeted[target].append(manifest.ref)
        if "replicas" in workloads[target].spec:
            yield Finding(
                workloads[target].ref,
                CHECK,
                f"sets spec.replicas although {manifest.ref} scales it;"
                " every sync would reset the autoscaler",
            )
    for target, refs in sorted(targeted.items(), key=str):
        if len(refs) > 1:
            yield Finding(
                workloads[target].ref, CHECK, f"scaled by {len(refs)} autoscalers: {', '.join(sorted(refs))}"
            )


OPERATOR_TARGET_LABELS = frozenset({"namespace", "pod", "container", "endpoint", "job", "instance"})
"""Labels prometheus-operator puts on every series a PodMonitor scrapes, besides its relabelings."""
_SELECTOR_LABEL = re.compile(r"([a-zA-Z_][a-zA-Z0-9_]*)\s*(?:=~|!~|!=|=)")


def _series_labels(series_query: str) -> set[str]:
    """Label names a prometheus-adapter ``seriesQuery`` matches on (``__name__`` aside)."""
    selector = (
        series_query[series_query.find("{") + 1 : series_query.rfind("}")] if "{" in series_query else ""
    )
    return {name for name in _SELECTOR_LABEL.findall(selector) if name != "__name__"}


def _monitored_labels(manifests: Sequence[Manifest]) -> set[str]:
    """Every label the PodMonitors of these documents can put on a series."""
    labels = set(OPERATOR_TARGET_LABELS)
    for monitor in manifests:
        if monitor.kind == "PodMonitor":
            for endpoint in monitor.spec.get("podMetricsEndpoints") or ():
                labels |= {
                    r["targetLabel"] for r in endpoint.get("relabelings") or () if r.get("targetLabel")
                }
    return labels


def check_custom_metrics_are_served(manifests: Sequence[Manifest]) -> Iterator[Finding]:
    """Every ``Pods`` or ``Object`` metric an HPA scales on is served: a prometheus-adapter rule names it
    (``name.as``), maps its series to pods (for ``Pods``) and selects them only by labels the
    PodMonitors set. The adapter serves the custom metrics API alone: external or resource rules
    would register the APIServices KEDA and metrics-server already serve, and replace them."""
    inputs = inputs_from(manifests)
    rules = adapter_rules(inputs)
    monitored = _monitored_labels(manifests)
    for application in {rule.application.ref: rule.application for rule in rules}.values():
        values = helm_values(application).get("rules") or {}
        for key, api in (
            ("external", "external.metrics.k8s.io (KEDA's)"),
            ("resource", "metrics.k8s.io (metrics-server's)"),
        ):
            if values.get(key):
                yield Finding(application.ref, CHECK, f"rules.{key} would make the adapter serve {api}")
    for rule in rules:
        unknown = sorted(_series_labels(str(rule.rule.get("seriesQuery", ""))) - monitored)
        if unknown:
            yield Finding(
                rule.application.ref,
                CHECK,
                f"the rule for {rule.metric_name} selects series by {', '.join(unknown)},"
                " which no PodMonitor sets",
            )
    served = {rule.metric_name: rule for rule in rules}
    for hpa in manifests:
        if hpa.kind != "HorizontalPodAutoscaler":
            continue
        for metric in hpa.spec.get("metrics") or ():
            kind = metric.get("type")
            if kind not in ("Pods", "Object"):
                continue
            name = ((metric.get(kind.lower()) or {}).get("metric") or {}).get("name")
            serving = served.get(name)
            if serving is None:
                yield Finding(
                    hpa.ref,
                    CHECK,
                    f"scales on {kind} metric {name!r}, which no prometheus-adapter rule serves",
                )
            elif kind == "Pods" and not serving.maps_pods:
                yield Finding(
                    hpa.ref,
                    CHECK,
                    f"scales on Pods metric {name!r}, but {serving.application.ref} maps it to no pod",
                )


def _blocks_every_eviction(pdb: Manifest, replicas: int) -> str | None:
    spec = pdb.spec
    if "maxUnavailable" in spec:
        value = spec["maxUnavailable"]
        if value in (0, "0", "0%"):
            return f"maxUnavailable {value!r} blocks every eviction"
        return None
    value = spec.get("minAvailable")
    if isinstance(value, str) and value.endswith("%"):
        return f"minAvailable {value} blocks every eviction" if int(value[:-1]) >= 100 else None
    if value is not None and int(value) >= replicas:
        return (
            f"minAvailable {value} >= {replicas} replica(s) blocks every eviction; prefer maxUnavailable: 1"
        )
    return None


def check_disruption_budgets(manifests: Sequence[Manifest]) -> Iterator[Finding]:
    """Every long-running workload is covered by exactly one PDB, and no PDB blocks every eviction."""
    floors = minimum_replicas(manifests)
    budgets = [m for m in manifests if m.kind == "PodDisruptionBudget"]
    for workload in _long_running(manifests):
        covering = [
            pdb
            for pdb in budgets
            if pdb.namespace == workload.namespace
            and selects(pdb.spec.get("selector"), _pod_labels(workload))
        ]
        if not covering:
            yield Finding(workload.ref, CHECK, "no PodDisruptionBudget covers its pods")
        elif len(covering) > 1:
            # The eviction API refuses to evict a pod that more than one PDB selects.
            names = ", ".join(sorted(pdb.name for pdb in covering))
            yield Finding(workload.ref, CHECK, f"covered by {len(covering)} PodDisruptionBudgets ({names})")
        for pdb in covering:
            problem = _blocks_every_eviction(pdb, floors[_workload_key(workload)])
            if problem:
                yield Finding(pdb.ref, CHECK, f"{problem} of {workload.ref}")
    for pdb in budgets:
        if not any(
            pdb.namespace == workload.namespace and selects(pdb.spec.get("selector"), _pod_labels(workload))
            for workload in _long_running(manifests)
        ):
            yield Finding(pdb.ref, CHECK, "selects no workload's pods")


def _container_ports(manifest: Manifest) -> set[str | int]:
    ports: set[str | int] = set()
    for container, _ in _containers(_pod_spec(manifest)):
        for port in container.get("ports") or ():
            ports.add(port["containerPort"])
            if "name" in port:
                ports.add(port["name"])
    return ports


def check_service_selectors(manifests: Sequence[Manifest]) -> Iterator[Finding]:
    """Every Service with a selector selects the pods of exactly one workload, on ports they declare."""
    workloads = list(_pod_bearing(manifests))
    for service in manifests:
        if service.kind != "Service" or not service.spec.get("selector"):
            continue
        selector = {"matchLabels": service.spec["selector"]}
        selected = [
            w for w in workloads if w.namespace == service.namespace and selects(selector, _pod_labels(w))
        ]
        if len(selected) != 1:
            names = ", ".join(w.ref for w in selected) or "none"
            yield Finding(
                service.ref,
                CHECK,
                f"selector {service.spec['selector']} matches {len(selected)} workloads ({names});"
                " allowed: exactly 1",
            )
            continue
        declared = _container_ports(selected[0])
        for port in service.spec.get("ports") or ():
            target = port.get("targetPort", port["port"])
            if target not in declared:
                yield Finding(
                    service.ref,
                    CHECK,
                    f"port {port.get('name', port['port'])!r} targets {target!r},"
                    f" which {selected[0].ref} does not declare",
                )


def _analysis_blocks(strategy: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    blue_green = strategy.get("blueGreen") or {}
    canary = strategy.get("canary") or {}
    for key in ("prePromotionAnalysis", "postPromotionAnalysis"):
        if key in blue_green:
            yield f"blueGreen.{key}", blue_green[key]
    if "analysis" in canary:
        yield "canary.analysis", canary["analysis"]
    for index, step in enumerate(canary.get("steps") or ()):
        if "analysis" in step:
            yield f"canary.steps[{index}].analysis", step["analysis"]


def _rollout_services(strategy: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    for block, keys in (
        ("blueGreen", ("activeService", "previewService")),
        ("canary", ("canaryService", "stableService")),
    ):
        for key in keys:
            name = (strategy.get(block) or {}).get(key)
            if name:
                yield f"{block}.{key}", name


def check_rollout_references(manifests: Sequence[Manifest]) -> Iterator[Finding]:
    """Every Service and AnalysisTemplate a Rollout names exists, matches by name, and fits: the
    Services select the Rollout's pods, and the Rollout passes every argument a template requires."""
    services = {(m.namespace, m.name): m for m in manifests if m.kind == "Service"}
    templates = {(m.namespace, m.name): m for m in manifests if m.kind == "AnalysisTemplate"}
    cluster_templates = {m.name: m for m in manifests if m.kind == "ClusterAnalysisTemplate"}
    for rollout in manifests:
        if rollout.kind != "Rollout":
            continue
        strategy = rollout.spec.get("strategy") or {}
        for field, name in _rollout_services(strategy):
            service = services.get((rollout.namespace, name))
            if service is None:
                yield Finding(
                    rollout.ref,
                    CHECK,
                    f"{field} names Service {name!r}, which does not exist in {rollout.namespace}",
                )
            elif not selects({"matchLabels": service.spec.get("selector") or {}}, _pod_labels(rollout)):
                yield Finding(
                    rollout.ref, CHECK, f"{field}: Service {name!r} does not select the Rollout's pods"
                )
        for field, block in _analysis_blocks(strategy):
            passed = {arg["name"] for arg in block.get("args") or ()}
            for reference in block.get("templates") or ():
                name = reference.get("templateName", "")
                template = (
                    cluster_templates.get(name)
                    if reference.get("clusterScope")
                    else templates.get((rollout.namespace, name))
                )
                if template is None:
                    yield Finding(
                        rollout.ref, CHECK, f"{field} names AnalysisTemplate {name!r}, which does not exist"
                    )
                    continue
                for arg in template.spec.get("args") or ():
                    if "value" not in arg and "valueFrom" not in arg and arg["name"] not in passed:
                        yield Finding(
                            rollout.ref,
                            CHECK,
                            f"{field} does not pass argument {arg['name']!r} that {template.ref} requires",
                        )


def rollout_duration_seconds(rollout: Manifest, manifests: Sequence[Manifest]) -> tuple[float, list[str]]:
    """The longest one rollout of ``rollout`` takes without a human, and the waits left out.

    One model with the readiness report (``contexter_deploy.report.rollout.worst_case``): every
    wave of new pods pays node provisioning, scheduling, image pull, startup and readiness; steps,
    pauses, analysis runs and scale-down delays add up; the slower of baseline and maximum
    replicas counts. A manual gate (``autoPromotionEnabled: false``, a pause without duration, an
    analysis without ``count``) waits for a human or never ends: it is left out of the total and
    named in the second element (the report counts it as unbounded).
    """
    inputs = inputs_from(manifests)
    workload = next(
        (w for w in find_workloads(inputs, DEFAULT_PARAMETERS) if w.manifest.ref == rollout.ref), None
    )
    if workload is None:
        return 0.0, [f"{rollout.ref} is not a workload"]
    worst = worst_case(workload, inputs, DEFAULT_PARAMETERS).timeline
    return worst.bounded_total, worst.waits + worst.problems


def check_rollout_durations(manifests: Sequence[Manifest]) -> Iterator[Finding]:
    """Every Rollout declares a deployment budget, and its worst case (the readiness report's model,
    ``rollout_duration_seconds``) stays below it."""
    for rollout in manifests:
        if rollout.kind != "Rollout":
            continue
        budget = rollout.annotations.get(BUDGET_ANNOTATION)
        if budget is None or not budget.isdigit():
            yield Finding(
                rollout.ref,
                CHECK,
                f"annotation {BUDGET_ANNOTATION} must give the deployment budget in seconds",
            )
            continue
        seconds, _ = rollout_duration_seconds(rollout, manifests)
        if seconds >= int(budget):
            yield Finding(
                rollout.ref,
                CHECK,
                f"a rollout takes up to {seconds:g}s (pod waves on new nodes, steps, pauses, analysis,"
                f" scale-down delay, at its maximum replicas), not less than its deployment budget"
                f" of {budget}s; `contexter-deploy report` shows the arithmetic",
            )


CHECKS = (
    check_container_hardening,
    check_startup_budget,
    check_service_accounts,
    check_disruption_budgets,
    check_service_selectors,
    check_autoscalers,
    check_custom_metrics_are_served,
    check_rollout_references,
    check_rollout_durations,
)
"""Every check of this module, in the order ``contexter_deploy.validation.CHECKS`` runs them."""
