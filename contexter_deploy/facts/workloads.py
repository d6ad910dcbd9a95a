"""The workloads of one environment as the figures need them: pod template, replicas, autoscaler.

Shared by every figure: which pods a Deployment, Rollout or StatefulSet runs, how many at
baseline and at most (from the HPA or KEDA ScaledObject that targets it), how long one of its
pods takes to become ready, and what it requests.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any, Literal

import yaml

from contexter_deploy.facts.inputs import Inputs, parse_duration
from contexter_deploy.facts.manifests import Manifest, selector_matches
from contexter_deploy.facts.parameters import Parameters
from contexter_deploy.ground.config.quantity import parse_quantity

WORKLOAD_KINDS = ("Deployment", "StatefulSet", "Rollout")
ZONE_KEY = "topology.kubernetes.io/zone"
HOSTNAME_KEY = "kubernetes.io/hostname"


@dataclass(frozen=True)
class Policy:
    """One HPA scaling policy: add ``value`` pods (or percent) per ``period_seconds``."""

    type: Literal["Pods", "Percent"]
    value: int
    period_seconds: int


@dataclass(frozen=True)
class ScalingRules:
    """``behavior.scaleUp`` of an HPA, with the Kubernetes defaults filled in."""

    policies: tuple[Policy, ...]
    select_policy: Literal["Max", "Min", "Disabled"]
    stabilization_window_seconds: int
    defaulted: bool
    """True when the manifest had no ``behavior.scaleUp`` at all."""

    def describe(self) -> str:
        policies = ", ".join(
            f"+{policy.value}{'%' if policy.type == 'Percent' else ' pods'} per {policy.period_seconds} s"
            for policy in self.policies
        )
        origin = "Kubernetes default" if self.defaulted else "behavior.scaleUp"
        return (
            f"{origin}: {policies} (select {self.select_policy}),"
            f" stabilisation {self.stabilization_window_seconds} s"
        )


DEFAULT_SCALE_UP = ScalingRules(
    policies=(Policy("Pods", 4, 15), Policy("Percent", 100, 15)),
    select_policy="Max",
    stabilization_window_seconds=0,
    defaulted=True,
)
"""The HPA's scale-up behaviour when ``behavior`` is absent (Kubernetes docs, "Default Behavior")."""


MetricKind = Literal["per-pod", "pods-average", "total", "object-value", "not-modelled"]


@dataclass(frozen=True)
class Metric:
    """One autoscaling metric, in the terms the spike simulation needs.

    - ``per-pod``: a resource utilisation averaged over the ready pods (CPU); what a pod can
      show is capped at ``ratio_cap`` times the target.
    - ``pods-average``: a ``Pods`` metric averaged over the pods that report it (a request
      rate): it follows the demand, uncapped unless ``ratio_cap`` is set.
    - ``total``: a value divided by the target per replica (a queue length, an ``External`` or
      ``Object`` metric with ``AverageValue``): it does not depend on how many pods are ready.
    - ``object-value``: an ``Object`` metric with a ``Value`` target: the ratio to the target
      times the ready pods.
    """

    name: str
    kind: MetricKind
    ratio_cap: Decimal | None
    """Highest metric/target ratio one ready pod can show (CPU limit / request / target)."""
    delay_seconds: int
    """How long after the spike the metric starts to show it."""
    ramp_seconds: int = 0
    """Over how many seconds after ``delay_seconds`` it shows the spike fully (a rate window
    averages the step in); 0: at once."""
    lag: str = ""
    """The arithmetic of ``delay_seconds`` and ``ramp_seconds``, for the report."""
    problem: str | None = None
    """Why the HPA cannot use the metric as configured (nothing serves it); ``None`` when it can."""
    sources: tuple[str, ...] = ()
    """What serves it besides the autoscaler: the metrics adapter, the PodMonitor."""

    @property
    def modelled(self) -> bool:
        return self.kind != "not-modelled" and self.problem is None


@dataclass(frozen=True)
class Autoscaler:
    """An HPA, or the HPA a KEDA ScaledObject creates."""

    manifest: Manifest
    min_replicas: int
    max_replicas: int
    metrics: tuple[Metric, ...]
    scale_up: ScalingRules


@dataclass(frozen=True)
class SynthesizedWorkload:
    """A Deployment, Rollout or StatefulSet as synthesized, and what drives its replica count.

    Read back from ``dist/``; the declared workload is ``contexter_deploy.ground.topology.Workload``.
    """

    manifest: Manifest
    template: Mapping[str, Any]
    autoscaler: Autoscaler | None

    @property
    def name(self) -> str:
        return self.manifest.name

    @property
    def namespace(self) -> str | None:
        return self.manifest.namespace

    @property
    def kind(self) -> str:
        return self.manifest.kind

    @property
    def ref(self) -> str:
        return self.manifest.ref

    @property
    def pod_spec(self) -> Mapping[str, Any]:
        spec: Mapping[str, Any] = self.template.get("spec") or {}
        return spec

    @property
    def pod_labels(self) -> Mapping[str, str]:
        labels: Mapping[str, str] = (self.template.get("metadata") or {}).get("labels") or {}
        return labels

    @property
    def containers(self) -> Sequence[Mapping[str, Any]]:
        containers: Sequence[Mapping[str, Any]] = self.pod_spec.get("containers") or []
        return containers

    @property
    def spec_replicas(self) -> int:
        replicas = self.manifest.spec.get("replicas")
        return 1 if replicas is None else int(replicas)

    @property
    def baseline_replicas(self) -> int:
        """Replicas in normal operation: the autoscaler's minimum, else ``spec.replicas``."""
        return self.autoscaler.min_replicas if self.autoscaler else self.spec_replicas

    @property
    def max_replicas(self) -> int:
        return self.autoscaler.max_replicas if self.autoscaler else self.spec_replicas

    @property
    def sources(self) -> tuple[str, ...]:
        return (self.ref,) + ((self.autoscaler.manifest.ref,) if self.autoscaler else ())


def find_workloads(inputs: Inputs, parameters: Parameters) -> tuple[SynthesizedWorkload, ...]:
    """Every Deployment, Rollout and StatefulSet, with the autoscaler that targets it.

    A Deployment that a Rollout adopts through ``workloadRef`` is not a workload of its own;
    its pod template is the Rollout's.
    """
    manifests = inputs.of_kind(*WORKLOAD_KINDS)
    referenced = {
        (manifest.namespace, (manifest.spec.get("workloadRef") or {}).get("name"))
        for manifest in manifests
        if manifest.kind == "Rollout" and manifest.spec.get("workloadRef")
    }
    workloads = []
    for manifest in manifests:
        if manifest.kind == "Deployment" and (manifest.namespace, manifest.name) in referenced:
            continue
        template = _template(manifest, inputs)
        workloads.append(SynthesizedWorkload(manifest, template, None))
    return tuple(
        SynthesizedWorkload(w.manifest, w.template, _autoscaler_for(w, inputs, parameters)) for w in workloads
    )


def _template(manifest: Manifest, inputs: Inputs) -> Mapping[str, Any]:
    reference = manifest.spec.get("workloadRef")
    if manifest.kind == "Rollout" and reference:
        deployment = inputs.find(reference.get("kind", "Deployment"), reference["name"], manifest.namespace)
        if deployment is not None:
            template: Mapping[str, Any] = deployment.spec.get("template") or {}
            return template
    found: Mapping[str, Any] = manifest.spec.get("template") or {}
    return found


def _targets(target: Mapping[str, Any], workload: SynthesizedWorkload, default_kind: str) -> bool:
    return target.get("name") == workload.name and target.get("kind", default_kind) == workload.kind


def _autoscaler_for(
    workload: SynthesizedWorkload, inputs: Inputs, parameters: Parameters
) -> Autoscaler | None:
    for hpa in inputs.of_kind("HorizontalPodAutoscaler"):
        if hpa.namespace == workload.namespace and _targets(
            hpa.spec.get("scaleTargetRef") or {}, workload, ""
        ):
            return _hpa(hpa, workload, inputs, parameters)
    for scaled in inputs.of_kind("ScaledObject"):
        target = scaled.spec.get("scaleTargetRef") or {}
        if scaled.namespace == workload.namespace and _targets(target, workload, "Deployment"):
            return _scaled_object(scaled, workload, parameters)
    return None


def scale_up_rules(behavior: Mapping[str, Any] | None) -> ScalingRules:
    """``behavior.scaleUp`` with every absent field set to its Kubernetes default."""
    scale_up = (behavior or {}).get("scaleUp")
    if not scale_up:
        return DEFAULT_SCALE_UP
    policies = tuple(
        Policy(policy["type"], int(policy["value"]), int(policy["periodSeconds"]))
        for policy in scale_up.get("policies") or []
    )
    return ScalingRules(
        policies=policies or DEFAULT_SCALE_UP.policies,
        select_policy=scale_up.get("selectPolicy", "Max"),
        stabilization_window_seconds=int(scale_up.get("stabilizationWindowSeconds", 0)),
        defaulted=False,
    )


def cpu_ratio_cap(
    workload: SynthesizedWorkload, target_utilisation: Decimal, parameters: Parameters
) -> Decimal | None:
    """Highest CPU utilisation / target one pod can show: ``(sum limits / sum requests) / target``.

    ``None`` (no cap) when capping is off or a container has no CPU limit.
    """
    if not parameters.autoscaling.cap_cpu_at_limit:
        return None
    requests = limits = Decimal(0)
    for container in workload.containers:
        resources = container.get("resources") or {}
        limit = (resources.get("limits") or {}).get("cpu")
        if limit is None:
            return None
        request = (resources.get("requests") or {}).get("cpu", limit)
        requests += parse_quantity(request)
        limits += parse_quantity(limit)
    if requests == 0:
        return None
    return limits / requests / target_utilisation


def _hpa(hpa: Manifest, workload: SynthesizedWorkload, inputs: Inputs, parameters: Parameters) -> Autoscaler:
    spec = hpa.spec
    metrics = tuple(_hpa_metric(metric, workload, inputs, parameters) for metric in spec.get("metrics") or [])
    if not metrics:  # autoscaling/v2 defaults to CPU at 80%
        metrics = (_cpu_metric("cpu 80%", workload, Decimal("0.8"), parameters),)
    if not parameters.autoscaling.request_rate_follows_demand:
        # a saturated pod then counts only what it serves: at most what its CPU limit allows
        cap = next((m.ratio_cap for m in metrics if m.kind == "per-pod"), None)
        metrics = tuple(replace(m, ratio_cap=cap) if m.kind == "pods-average" else m for m in metrics)
    return Autoscaler(
        manifest=hpa,
        min_replicas=int(spec.get("minReplicas", 1)),
        max_replicas=int(spec["maxReplicas"]),
        metrics=metrics,
        scale_up=scale_up_rules(spec.get("behavior")),
    )


def _cpu_metric(name: str, workload: SynthesizedWorkload, target: Decimal, parameters: Parameters) -> Metric:
    return Metric(
        name=name,
        kind="per-pod",
        ratio_cap=cpu_ratio_cap(workload, target, parameters),
        delay_seconds=parameters.autoscaling.metrics_resolution_seconds,
    )


def _hpa_metric(
    metric: Mapping[str, Any], workload: SynthesizedWorkload, inputs: Inputs, parameters: Parameters
) -> Metric:
    if metric.get("type") in ("Pods", "Object"):
        return custom_metric(metric, workload, inputs, parameters)
    source = metric.get("resource") or metric.get("containerResource") or {}
    target = source.get("target") or {}
    if source.get("name") == "cpu" and target.get("type") == "Utilization":
        utilisation = Decimal(int(target["averageUtilization"])) / 100
        return _cpu_metric(f"cpu {target['averageUtilization']}%", workload, utilisation, parameters)
    name = source.get("name") or metric.get("type", "metric")
    return Metric(f"{name} (not driven by the spike model)", "not-modelled", None, 0)


ADAPTER_CHART = "prometheus-adapter"


@dataclass(frozen=True)
class AdapterRule:
    """A prometheus-adapter custom-metrics rule, as an Argo CD Application's Helm values set it."""

    application: Manifest
    rule: Mapping[str, Any]

    @property
    def metric_name(self) -> str | None:
        """The metric it serves: ``name.as``; ``None`` when it renames by pattern (no fixed name)."""
        named = (self.rule.get("name") or {}).get("as")
        return str(named) if named else None

    @property
    def maps_pods(self) -> bool:
        """Whether its series map to pods (``resources.overrides`` naming ``pod``, or a template)."""
        resources = self.rule.get("resources") or {}
        overrides = resources.get("overrides") or {}
        return "template" in resources or any(
            (value or {}).get("resource") in ("pod", "pods") for value in overrides.values()
        )

    @property
    def query(self) -> str:
        return str(self.rule.get("metricsQuery", ""))


def adapter_rules(inputs: Inputs) -> list[AdapterRule]:
    """Every custom-metrics rule of every prometheus-adapter Application in ``dist/``."""
    rules = []
    for application in inputs.of_kind("Application"):
        sources = [application.spec.get("source") or {}, *(application.spec.get("sources") or [])]
        if not any(source.get("chart") == ADAPTER_CHART for source in sources):
            continue
        custom = (helm_values(application).get("rules") or {}).get("custom") or []
        rules += [AdapterRule(application, rule) for rule in custom if isinstance(rule, Mapping)]
    return rules


def pod_monitors(workload: SynthesizedWorkload, inputs: Inputs) -> list[Manifest]:
    """The PodMonitors that select the workload's pods."""
    found = []
    for monitor in inputs.of_kind("PodMonitor"):
        namespaces = (monitor.spec.get("namespaceSelector") or {}).get("matchNames") or [monitor.namespace]
        if workload.namespace in namespaces and selector_matches(
            monitor.spec.get("selector") or {}, workload.pod_labels
        ):
            found.append(monitor)
    return found


def scrape_interval_seconds(
    workload: SynthesizedWorkload, inputs: Inputs, parameters: Parameters
) -> tuple[int, Manifest] | None:
    """How often a PodMonitor scrapes the workload's pods (its endpoint's ``interval``, else
    Prometheus's global interval), and which; ``None`` when none does."""
    for monitor in pod_monitors(workload, inputs):
        for endpoint in monitor.spec.get("podMetricsEndpoints") or []:
            if endpoint.get("interval"):
                return int(parse_duration(endpoint["interval"])), monitor
        return parameters.autoscaling.default_scrape_interval_seconds, monitor
    return None


_RANGE = re.compile(r"\[(\d+(?:ms|s|m|h)(?:\d+(?:ms|s|m|h))*)\]")


def custom_metric(
    metric: Mapping[str, Any], workload: SynthesizedWorkload, inputs: Inputs, parameters: Parameters
) -> Metric:
    """A ``Pods`` or ``Object`` metric from the custom metrics API, with the lag of its source.

    The adapter's rule computes ``rate()`` over a window ``W`` of samples scraped every ``I``:
    the window holds ``W / I`` samples spanning ``W - I``, and the newest is up to ``I`` old. A
    step in the request rate at ``t = 0`` therefore shows as ``B + (L - B) x (t - I) / (W - I)``
    from ``t = I`` and fully from ``t = W`` (``irate()``: ``W = 2 I``).
    """
    kind = str(metric["type"])
    source = metric.get("pods" if kind == "Pods" else "object") or {}
    name = str((source.get("metric") or {}).get("name", "metric"))
    target = source.get("target") or {}
    target_type = target.get("type")
    value = target.get("averageValue" if target_type == "AverageValue" else "value")
    label = f"{name} {value}{'/pod' if target_type == 'AverageValue' else ''} ({kind})"
    if kind == "Pods":
        model: MetricKind = "pods-average"
    elif target_type == "AverageValue":
        model = "total"
    else:
        model = "object-value"
    rule = next((rule for rule in adapter_rules(inputs) if rule.metric_name == name), None)
    if rule is None:
        return Metric(label, model, None, 0, problem=f"no prometheus-adapter rule in dist/ serves {name}")
    if kind == "Pods" and not rule.maps_pods:
        return Metric(
            label, model, None, 0, problem=f"{rule.application.ref}: the rule for {name} maps no pods"
        )
    scraped = scrape_interval_seconds(workload, inputs, parameters)
    if scraped is None:
        return Metric(
            label, model, None, 0, problem=f"no PodMonitor scrapes {workload.ref}: {name} has no series"
        )
    interval, monitor = scraped
    found = _RANGE.search(rule.query)
    window = 2 * interval if "irate(" in rule.query or not found else int(parse_duration(found.group(1)))
    ramp = max(window - interval, 0)
    lag = (
        f"from t = {interval} s (scrape interval, {monitor.ref}) fully at t = {window} s"
        f" (rate window {window} s, {rule.application.ref}): the rate's {window // interval} samples"
        f" span {ramp} s"
    )
    return Metric(label, model, None, interval, ramp, lag, sources=(rule.application.ref, monitor.ref))


def _scaled_object(scaled: Manifest, workload: SynthesizedWorkload, parameters: Parameters) -> Autoscaler:
    spec = scaled.spec
    defaults = parameters.autoscaling
    polling = int(spec.get("pollingInterval", defaults.keda_polling_interval_seconds))
    metrics = []
    for trigger in spec.get("triggers") or []:
        metadata = trigger.get("metadata") or {}
        kind = trigger.get("type")
        if kind == "cpu":
            utilisation = Decimal(str(metadata["value"])) / 100
            metrics.append(_cpu_metric(f"cpu {metadata['value']}%", workload, utilisation, parameters))
        elif trigger.get("metricType", "AverageValue") == "AverageValue" and kind != "memory":
            per_replica = metadata.get("listLength") or metadata.get("value") or metadata.get("threshold")
            # KEDA serves the metric on each HPA sync unless useCachedMetrics, then up to one poll old
            delay = polling if trigger.get("useCachedMetrics") else 0
            metrics.append(Metric(f"{kind} {per_replica} per replica", "total", None, delay))
        else:
            metrics.append(Metric(f"{kind} (not driven by the spike model)", "not-modelled", None, 0))
    behavior = ((spec.get("advanced") or {}).get("horizontalPodAutoscalerConfig") or {}).get("behavior")
    return Autoscaler(
        manifest=scaled,
        min_replicas=int(spec.get("minReplicaCount", defaults.keda_min_replicas)),
        max_replicas=int(spec.get("maxReplicaCount", defaults.keda_max_replicas)),
        metrics=tuple(metrics),
        scale_up=scale_up_rules(behavior),
    )


@dataclass(frozen=True)
class Probe:
    """A container probe with the kubelet defaults filled in."""

    initial_delay_seconds: int
    period_seconds: int
    failure_threshold: int
    success_threshold: int

    @property
    def failure_budget_seconds(self) -> int:
        """Longest a probe keeps failing before the kubelet acts: delay + threshold x period."""
        return self.initial_delay_seconds + self.failure_threshold * self.period_seconds


def probe(container: Mapping[str, Any], name: str, parameters: Parameters) -> Probe | None:
    """``startupProbe``, ``readinessProbe`` or ``livenessProbe`` of a container, or ``None``."""
    raw = container.get(name)
    if not raw:
        return None
    pods = parameters.pods
    return Probe(
        initial_delay_seconds=int(raw.get("initialDelaySeconds", 0)),
        period_seconds=int(raw.get("periodSeconds", pods.probe_period_seconds)),
        failure_threshold=int(raw.get("failureThreshold", pods.probe_failure_threshold)),
        success_threshold=int(raw.get("successThreshold", pods.probe_success_threshold)),
    )


@dataclass(frozen=True)
class StartTime:
    """How long a pod takes from ``Running`` on its node to ``Ready``, worst case allowed."""

    startup_seconds: int
    """The startup budget the probes allow."""
    readiness_seconds: int
    """First readiness success after startup: ``periodSeconds x successThreshold``."""
    explanation: str

    @property
    def seconds(self) -> int:
        return self.startup_seconds + self.readiness_seconds


def start_time(workload: SynthesizedWorkload, parameters: Parameters) -> StartTime:
    """The slowest container's startup budget plus its first readiness success.

    Startup is bounded by the ``startupProbe`` (initial delay + failureThreshold x period),
    else by the ``livenessProbe`` the same way (it restarts a container that takes longer),
    else only the readiness probe's initial delay is known.
    """
    slowest: StartTime | None = None
    for container in workload.containers:
        startup = probe(container, "startupProbe", parameters)
        liveness = probe(container, "livenessProbe", parameters)
        readiness = probe(container, "readinessProbe", parameters)
        if startup is not None:
            startup_seconds, how = startup.failure_budget_seconds, "startupProbe budget"
        elif liveness is not None:
            startup_seconds, how = liveness.failure_budget_seconds, "no startupProbe: livenessProbe budget"
        else:
            startup_seconds = readiness.initial_delay_seconds if readiness else 0
            how = "no startup or liveness probe: startup is unbounded, readiness delay used"
        ready_seconds = readiness.period_seconds * readiness.success_threshold if readiness else 0
        candidate = StartTime(
            startup_seconds,
            ready_seconds,
            f"{container.get('name')}: {how} {startup_seconds} s + readiness {ready_seconds} s",
        )
        if slowest is None or candidate.seconds > slowest.seconds:
            slowest = candidate
    return slowest or StartTime(0, 0, "no containers")


def pod_start_seconds(
    workload: SynthesizedWorkload, parameters: Parameters, *, new_node: bool
) -> tuple[int, str]:
    """Seconds from the replica being created to the pod being Ready, and the arithmetic."""
    pods = parameters.pods
    start = start_time(workload, parameters)
    node = pods.node_provisioning_seconds if new_node else 0
    total = node + pods.pod_scheduling_seconds + pods.image_pull_seconds + start.seconds
    parts = [f"node {node} s"] if new_node else []
    parts += [
        f"scheduling {pods.pod_scheduling_seconds} s",
        f"image pull {pods.image_pull_seconds} s",
        f"{start.explanation}",
    ]
    return total, " + ".join(parts) + f" = {total} s"


@dataclass(frozen=True)
class PodRequests:
    """What one pod asks the scheduler for."""

    cpu: Decimal
    """Cores."""
    memory: Decimal
    """Bytes."""


def pod_requests(workload: SynthesizedWorkload, parameters: Parameters, *, sidecar: bool) -> PodRequests:
    """Effective pod requests: the sum over containers (or the largest init container, if
    larger), plus the Istio sidecar when the namespace injects one."""
    cpu = memory = Decimal(0)
    for container in workload.containers:
        requests = (container.get("resources") or {}).get("requests") or {}
        cpu += parse_quantity(requests.get("cpu", 0))
        memory += parse_quantity(requests.get("memory", 0))
    for init in workload.pod_spec.get("initContainers") or []:
        requests = (init.get("resources") or {}).get("requests") or {}
        if init.get("restartPolicy") == "Always":  # a native sidecar runs alongside
            cpu += parse_quantity(requests.get("cpu", 0))
            memory += parse_quantity(requests.get("memory", 0))
        else:
            cpu = max(cpu, parse_quantity(requests.get("cpu", 0)))
            memory = max(memory, parse_quantity(requests.get("memory", 0)))
    if sidecar:
        cpu += Decimal(parameters.istio.sidecar_cpu_millicores) / 1000
        memory += Decimal(parameters.istio.sidecar_memory_mib) * 2**20
    return PodRequests(cpu, memory)


def injects_sidecar(workload: SynthesizedWorkload, namespace_labels: Mapping[str, Mapping[str, str]]) -> bool:
    """Whether Istio injects its proxy into this workload's pods."""
    labels = namespace_labels.get(workload.namespace or "", {})
    annotations = (workload.template.get("metadata") or {}).get("annotations") or {}
    pod_opt_out = (
        workload.pod_labels.get("sidecar.istio.io/inject") == "false"
        or annotations.get("sidecar.istio.io/inject") == "false"
    )
    enabled = labels.get("istio-injection") == "enabled" or "istio.io/rev" in labels
    return enabled and not pod_opt_out


def disruption_budget(workload: SynthesizedWorkload, inputs: Inputs) -> Manifest | None:
    """The PodDisruptionBudget whose selector matches this workload's pods, if any."""
    for pdb in inputs.of_kind("PodDisruptionBudget"):
        if pdb.namespace == workload.namespace and selector_matches(
            pdb.spec.get("selector") or {}, workload.pod_labels
        ):
            return pdb
    return None


def ceil_div(numerator: int, denominator: int) -> int:
    return -(-numerator // denominator)


def ceil_decimal(value: Decimal) -> int:
    return math.ceil(value)


def helm_values(application: Manifest) -> Mapping[str, Any]:
    """The Helm values of an Argo CD Application (``valuesObject``, or the ``values`` YAML string)."""
    sources = [application.spec.get("source") or {}, *(application.spec.get("sources") or [])]
    for source in sources:
        helm = source.get("helm") or {}
        if "valuesObject" in helm:
            values: Mapping[str, Any] = helm["valuesObject"] or {}
            return values
        if "values" in helm:
            parsed = yaml.safe_load(helm["values"]) or {}
            return parsed if isinstance(parsed, Mapping) else {}
    return {}


def untemplated(value: Any) -> Any:
    """Helm values that the chart renders with ``tpl`` may be YAML strings with ``{{ }}`` in them."""
    if isinstance(value, str):
        return yaml.safe_load(re.sub(r"\{\{[^}]*\}\}", "templated", value)) or None
    return value


def is_vault_application(application: Manifest) -> bool:
    """Whether an Argo CD Application installs the Vault Helm chart."""
    sources = [application.spec.get("source") or {}, *(application.spec.get("sources") or [])]
    return application.name == "vault" or any(source.get("chart") == "vault" for source in sources)


def config_texts(inputs: Inputs) -> list[tuple[str, str]]:
    """(where, text) of every ConfigMap value and every container command and argument in ``dist/``:
    where a service's own configuration file is written (Redis and Sentinel write theirs at start)."""
    texts = [
        (f"{configmap.ref} {key}", str(value))
        for configmap in inputs.of_kind("ConfigMap")
        for key, value in (configmap.document.get("data") or {}).items()
    ]
    for manifest in inputs.of_kind(*WORKLOAD_KINDS):
        pod = (manifest.spec.get("template") or {}).get("spec") or {}
        for container in pod.get("containers") or []:
            words = [*(container.get("command") or []), *(container.get("args") or [])]
            texts.append((f"{manifest.ref} container {container.get('name')}", "\n".join(map(str, words))))
    return texts


def sentinel_setting(inputs: Inputs, directive: str) -> tuple[int, str] | None:
    """The number a Sentinel directive sets (``down-after-milliseconds``, ``failover-timeout``;
    ``monitor`` gives its quorum) and where, from the configuration in ``dist/``; ``None`` if absent."""
    if directive == "monitor":
        pattern = re.compile(r"sentinel\s+monitor\s+\S+\s+\S+\s+\S+\s+(\d+)")
    else:
        pattern = re.compile(rf"sentinel\s+{re.escape(directive)}\s+\S+\s+(\d+)")
    for where, text in config_texts(inputs):
        match = pattern.search(text)
        if match:
            return int(match.group(1)), where
    return None
