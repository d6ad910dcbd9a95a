"""Generated ``promtool test rules`` unit tests for every rule in ``dist/<env>`` (see rule_cases.py).

promtool 2.42 runs them; the rules keep to PromQL that Prometheus 2.42 and v3 both accept.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from contexter_deploy.ground.config.schedule import max_interval_seconds
from tests.charts.observability.rule_cases import (
    FAILING,
    HEALTHY,
    RECOVERED,
    SPIKE,
    AlertCase,
    RecordCase,
    Series,
    Value,
    by_phase,
    requests,
)
from tests.charts.observability.toolchain import ENVIRONMENTS, binary, dist_documents, run, write_yaml

MINUTE = 60


def duration_minutes(text: str) -> int:
    units = {"s": 1 / 60, "m": 1, "h": 60, "d": 1440}
    return int(sum(float(n) * units[u] for n, u in re.findall(r"(\d+)([smhd])", text)))


def rules(env: str) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for document in dist_documents(env, "PrometheusRule"):
        for group in document["spec"]["groups"]:
            for rule in group["rules"]:
                found[rule.get("alert") or rule["record"]] = rule
    return found


def cronjob(env: str, name: str) -> dict[str, Any]:
    [job] = [d for d in dist_documents(env, "CronJob") if d["metadata"]["name"] == name]
    return job


def burn_case(threshold: float, *, clear: int) -> AlertCase:
    # a one-minute burst of errors too small to spend the budget at this rate; then every request fails
    spike_errors = 600 * threshold * 0.5
    return AlertCase(
        series=requests(
            "contexter",
            "api-gateway",
            ok=by_phase(healthy=600.0, failing=0.0),
            errors=by_phase(healthy=0.0, spike=spike_errors, failing=600.0),
        ),
        labels={},
        clear=clear,
        lead=120,
    )


def burn_threshold(rule: dict[str, Any]) -> float:
    """The error ratio a burn-rate rule compares with: ``> (<factor> * <budget>)``."""
    factor, budget = re.findall(r"> \(([\d.]+) \* ([\d.e-]+)\)", rule["expr"])[0]
    return float(factor) * float(budget)


def histogram(slow: bool) -> dict[str, float]:
    bounds = ("0.1", "0.25", "0.5", "1", "2.5", "+Inf")
    return {le: (600.0 if (not slow or le in ("2.5", "+Inf")) else 0.0) for le in bounds}


def latency_series() -> tuple[Series, ...]:
    series = []
    for le in ("0.1", "0.25", "0.5", "1", "2.5", "+Inf"):
        selector = (
            'http_request_duration_seconds_bucket{container="api-gateway", endpoint="http",'
            ' instance="10.0.1.15:8080", job="api-gateway", le="' + le + '", method="GET",'
            ' namespace="contexter", pod="api-gateway-7d9c8f6b4-x2x9q", route="/v1/search",'
            ' rollouts_pod_template_hash="7d9c8f6b4", service="api-gateway"}'
        )
        series.append(Series(selector, _bucket_increase(le), counter=True))
    return tuple(series)


def _bucket_increase(le: str) -> Callable[[str, int], Value]:
    return lambda phase, minute: histogram(phase in (SPIKE, FAILING))[le]


def ksm(metric: str, **labels: str) -> str:
    scrape = {
        "container": "kube-state-metrics",
        "endpoint": "http",
        "instance": "10.0.2.9:8080",
        "job": "kube-state-metrics",
        "pod": "kube-prometheus-stack-kube-state-metrics-6d8f9-abcde",
        "service": "kube-prometheus-stack-kube-state-metrics",
    }
    merged = {**scrape, **labels}
    return metric + "{" + ", ".join(f'{k}="{v}"' for k, v in sorted(merged.items())) + "}"


def gateway(metric: str, **labels: str) -> str:
    """An Envoy series of one ingress gateway pod, as the PodMonitor ``istio-ingressgateway`` stores it:
    the Istio standard labels of a request the gateway forwarded to api-gateway (``reporter="source"``)."""
    return envoy("istio-ingress", "istio-ingressgateway-6b8d9c7f5-p4q7r", metric, **labels)


def envoy(namespace: str, pod: str, metric: str, **labels: str) -> str:
    service = pod.rsplit("-", 2)[0]
    scrape = {
        "connection_security_policy": "unknown",
        "container": "istio-proxy",
        "destination_canonical_service": "api-gateway",
        "destination_service_name": "api-gateway",
        "destination_service_namespace": "contexter",
        "destination_workload": "api-gateway",
        "destination_workload_namespace": "contexter",
        "endpoint": "http-envoy-prom",
        "instance": "10.0.7.3:15090",
        "job": "envoy-stats",
        "namespace": namespace,
        "pod": pod,
        "reporter": "source",
        "request_protocol": "http",
        "response_flags": "-",
        "service": service,
        "source_workload": service,
        "source_workload_namespace": namespace,
    }
    merged = {**scrape, **labels}
    return metric + "{" + ", ".join(f'{k}="{v}"' for k, v in sorted(merged.items())) + "}"


def edge_latency_series() -> tuple[Series, ...]:
    """The gateway's latency histogram (milliseconds, a subset of Istio's default buckets): every
    request under 100 ms when healthy; between 1 and 2.5 s when slow (p95 2425 ms)."""
    bounds = ("100", "250", "500", "1000", "2500", "5000", "+Inf")

    def increase(le: str) -> Callable[[str, int], Value]:
        slow = {b: (600.0 if b in ("2500", "5000", "+Inf") else 0.0) for b in bounds}
        return lambda phase, minute: slow[le] if phase in (SPIKE, FAILING) else 600.0

    return tuple(
        Series(
            gateway("istio_request_duration_milliseconds_bucket", le=le, response_code="200"),
            increase(le),
            counter=True,
        )
        for le in bounds
    )


def certificate(namespace: str, name: str, value: Callable[[str, int], Value]) -> Series:
    """cert-manager's expiry gauge of Certificate ``namespace/name``, as its ServiceMonitor stores it."""
    return Series(
        'certmanager_certificate_expiration_timestamp_seconds{container="cert-manager-controller",'
        f' endpoint="http-metrics", exported_namespace="{namespace}", instance="10.0.5.5:9402",'
        ' issuer_group="cert-manager.io", issuer_kind="ClusterIssuer",'
        f' issuer_name="contexter-acme-dns01", job="cert-manager", name="{name}",'
        ' namespace="cert-manager", pod="cert-manager-7f9d8c6b5-h3j4k", service="cert-manager"}',
        value,
    )


def humanize_duration(seconds: float) -> str:
    """Prometheus's ``humanizeDuration`` for durations of a minute or more."""
    seconds = int(seconds)
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        return f"{days}d {hours}h {minutes}m {secs}s"
    return f"{hours}h {minutes}m {secs}s"


def alert_cases(found: dict[str, dict[str, Any]]) -> dict[str, AlertCase]:
    """The cases of the Contexter alerts (the backup alerts: ``backup_case``)."""
    backlog = float(found["IngestionQueueBacklog"]["expr"].rsplit(">", 1)[1])

    def hpa(metric: str, **values: float) -> Series:
        return Series(
            ksm(metric, namespace="contexter", horizontalpodautoscaler="search"), by_phase(**values)
        )

    def kubelet(metric: str, **values: float) -> Series:
        selector = (
            metric
            + '{endpoint="https-metrics", instance="10.0.4.4:10250", job="kubelet", metrics_path="/metrics",'
            ' namespace="contexter-data", node="ip-10-0-4-4.eu-west-1.compute.internal",'
            ' persistentvolumeclaim="data-qdrant-0", service="kube-prometheus-stack-kubelet"}'
        )
        return Series(selector, by_phase(**values))

    monitored = (
        ("api-gateway", "contexter", "http"),
        ("search", "contexter", "http"),
        ("ingestion", "contexter", "http"),
        ("qdrant", "contexter-data", "http"),
        ("redis", "contexter-data", "metrics"),
    )
    return {
        "ApiGatewayErrorBudgetFastBurn": burn_case(
            burn_threshold(found["ApiGatewayErrorBudgetFastBurn"]), clear=6
        ),
        "ApiGatewayErrorBudgetSlowBurn": burn_case(
            burn_threshold(found["ApiGatewayErrorBudgetSlowBurn"]), clear=31
        ),
        "ApiGatewayErrorBudgetSteadyBurn": AlertCase(
            series=requests(
                "contexter",
                "api-gateway",
                ok=by_phase(healthy=600.0, failing=0.0),
                errors=by_phase(healthy=0.0, spike=0.3, failing=600.0),
            ),
            labels={},
            spike=10,
            clear=362,
            recovery=370,
            lead=120,
        ),
        "ContexterHighErrorRate": AlertCase(
            series=requests(
                "contexter",
                "search",
                ok=by_phase(healthy=600.0),
                errors=by_phase(healthy=0.0, spike=18.0, failing=30.0),
            ),
            labels={"namespace": "contexter", "service": "search"},
            value_text="4.762%",
            detect=1,
        ),
        "ApiGatewayHighLatency": AlertCase(series=latency_series(), labels={}, value_text="2.425s", spike=2),
        "IngestionQueueBacklog": AlertCase(
            series=(
                Series(
                    'keda_scaler_metrics_value{container="keda-operator", endpoint="metrics",'
                    ' exported_namespace="contexter", instance="10.0.3.7:8080", job="keda-operator",'
                    ' metric="s0-redis-sentinel-contexter-ingestion-jobs", namespace="keda",'
                    ' pod="keda-operator-5c9d8f7b6-q8w2e", scaledObject="ingestion", scaler="queue-length",'
                    ' service="keda-operator", triggerIndex="0", type="scaledobject"}',
                    by_phase(healthy=40.0, spike=backlog * 5, failing=backlog * 2.5),
                ),
            ),
            labels={},
            value_text=f"{backlog * 2.5:g}",
            spike=5,
            clear=1,
        ),
        "ContexterPodCrashLooping": AlertCase(
            series=(
                Series(
                    ksm(
                        "kube_pod_container_status_waiting_reason",
                        namespace="contexter-data",
                        pod="qdrant-0",
                        container="qdrant",
                        reason="CrashLoopBackOff",
                        uid="8d0f1c2e-3b4a-4c5d-9e6f-7a8b9c0d1e2f",
                    ),
                    # between two back-offs the container runs for a moment: no waiting series then
                    lambda p, m: 1.0 if (p == SPIKE or (p == FAILING and m % 4 != 0)) else None,
                ),
            ),
            labels={"namespace": "contexter-data", "pod": "qdrant-0", "container": "qdrant"},
            spike=2,
            clear=6,
        ),
        "ContexterVolumeFillingUp": AlertCase(
            series=(
                kubelet("kubelet_volume_stats_used_bytes", healthy=50e9, spike=95e9, failing=90e9),
                kubelet("kubelet_volume_stats_capacity_bytes", healthy=100e9),
            ),
            labels={"namespace": "contexter-data", "persistentvolumeclaim": "data-qdrant-0"},
            value_text="90%",
            spike=3,
            clear=1,
        ),
        "ContexterHpaAtMaxReplicas": AlertCase(
            series=(
                hpa(
                    "kube_horizontalpodautoscaler_status_current_replicas",
                    healthy=5.0,
                    spike=20.0,
                    failing=20.0,
                ),
                hpa("kube_horizontalpodautoscaler_spec_max_replicas", healthy=20.0),
                hpa("kube_horizontalpodautoscaler_spec_min_replicas", healthy=3.0),
            ),
            labels={"namespace": "contexter", "horizontalpodautoscaler": "search"},
            spike=10,
            clear=1,
        ),
        "ContexterCertificateExpiringSoon": AlertCase(
            series=(
                certificate(
                    "istio-ingress",
                    "contexter-edge",
                    by_phase(
                        healthy=60 * 86400.0, spike=10 * 86400.0, failing=20 * 86400.0, recovered=90 * 86400.0
                    ),
                ),
            ),
            labels={"namespace": "istio-ingress", "name": "contexter-edge"},
            value_text=lambda minute: humanize_duration(20 * 86400 - minute * MINUTE),
            spike=30,
            clear=1,
            failure=180,
            step=29,
        ),
        "ContexterScrapeTargetDown": AlertCase(
            series=tuple(
                Series(
                    f'up{{container="{name}", endpoint="{port}", instance="10.0.6.{i}:9000", job="{name}",'
                    f' namespace="{ns}", pod="{name}-0", service="{name}"}}',
                    by_phase(healthy=1.0, spike=0.0, failing=0.0)
                    if name == "redis"
                    else by_phase(healthy=1.0),
                )
                for i, (name, ns, port) in enumerate(monitored)
            ),
            labels={"namespace": "contexter-data", "service": "redis", "pod": "redis-0"},
            spike=5,
            clear=1,
        ),
        **edge_cases(),
    }


def edge_cases() -> dict[str, AlertCase]:
    """The edge alerts. Each case also carries series that must not count: api-gateway's sidecar
    failing every call to search (``reporter="source"`` too, in ``contexter``) and Vault's server
    certificate a day from expiry."""
    sidecar_errors = Series(
        envoy(
            "contexter",
            "api-gateway-7d9c8f6b4-x2x9q",
            "istio_requests_total",
            destination_service_name="search",
            response_code="503",
            response_flags="UH",
        ),
        by_phase(healthy=600.0),
        counter=True,
    )
    return {
        "ContexterEdgeHighErrorRate": AlertCase(
            series=(
                Series(
                    gateway("istio_requests_total", response_code="200"),
                    by_phase(healthy=600.0),
                    counter=True,
                ),
                # no api-gateway pod ready: the gateway answers 503 itself, which the app never counts
                Series(
                    gateway("istio_requests_total", response_code="503", response_flags="UH"),
                    by_phase(healthy=0.0, spike=18.0, failing=30.0),
                    counter=True,
                ),
                sidecar_errors,
            ),
            labels={},
            value_text="4.762%",
            detect=1,
        ),
        "ContexterEdgeHighLatency": AlertCase(
            series=(*edge_latency_series(), sidecar_errors), labels={}, value_text="2425", spike=2
        ),
        "ContexterEdgeCertificateExpiringSoon": AlertCase(
            series=(
                certificate(
                    "istio-ingress",
                    "contexter-edge",
                    by_phase(
                        healthy=60 * 86400.0, spike=3 * 86400.0, failing=5 * 86400.0, recovered=90 * 86400.0
                    ),
                ),
                certificate("vault", "vault-server-tls", lambda phase, minute: 86400.0 + minute * MINUTE),
            ),
            labels={"namespace": "istio-ingress", "name": "contexter-edge"},
            value_text=lambda minute: humanize_duration(5 * 86400 - minute * MINUTE),
            spike=5,
            clear=1,
        ),
        # cert-manager unscraped: the series goes stale; Vault's certificate, still exported, does not help
        "ContexterEdgeCertificateExpiryUnknown": AlertCase(
            series=(
                certificate(
                    "istio-ingress",
                    "contexter-edge",
                    lambda phase, minute: None if phase in (SPIKE, FAILING) else 60 * 86400.0,
                ),
                certificate("vault", "vault-server-tls", by_phase(healthy=60 * 86400.0)),
            ),
            labels={"exported_namespace": "istio-ingress", "name": "contexter-edge"},
            spike=10,
            clear=1,
        ),
    }


@dataclass(frozen=True)
class Timeline:
    phases: tuple[tuple[str, int], ...]

    @property
    def total(self) -> int:
        return sum(minutes for _, minutes in self.phases)

    def start(self, index: int) -> int:
        return sum(minutes for _, minutes in self.phases[:index])

    def phase(self, minute: int) -> str:
        for index, (name, minutes) in enumerate(self.phases):
            if minute < self.start(index) + minutes:
                return name
        return self.phases[-1][0]

    @property
    def spike(self) -> tuple[int, int]:
        return self.start(1), self.start(2)

    @property
    def failing(self) -> tuple[int, int]:
        return self.start(3), self.start(4)


def timeline(case: AlertCase, for_minutes: int) -> Timeline:
    assert case.spike < for_minutes or for_minutes == 0 or case.spike >= 20, "a spike is shorter than for:"
    gap = case.gap or for_minutes + 10
    return Timeline(
        (
            (HEALTHY, case.lead),
            (SPIKE, case.spike),
            (HEALTHY, gap),
            (FAILING, case.failure),
            (RECOVERED, case.recovery),
        )
    )


def backup_case(env: str, name: str, rule: dict[str, Any]) -> AlertCase:
    """A backup or maintenance CronJob that runs every schedule interval from minute 0.

    Spike: for a backup one failed run that the next run repairs (the RPO holds); for prune and
    verify a slow run that still succeeds within its deadline. Failure: every run fails. Recovery:
    the next run succeeds, two minutes after it starts.
    """
    labels = rule["labels"]
    job = cronjob(env, labels["cronjob"])
    interval = max_interval_seconds(job["spec"]["schedule"]) // MINUTE
    is_backup = "component=" in rule["expr"]
    shape = AlertCase(
        series=(),
        labels={},
        lead=2 * interval,
        spike=interval,
        gap=2 * interval,
        failure=3 * interval + 60,
        recovery=2 * interval,
        step=max(7, interval // 5),
    )
    line = timeline(shape, 0)

    def run_end(start: int) -> int | None:
        phase = line.phase(start)
        if phase == FAILING or (phase == SPIKE and is_backup):
            return None
        return start + (25 if phase == SPIKE else 2)

    def last_success(phase: str, minute: int) -> float | None:
        for start in range((minute // interval) * interval, -1, -interval):
            end = run_end(start)
            if end is not None and end <= minute:
                return float(end * MINUTE)
        return None

    selector = {"namespace": labels["namespace"], "cronjob": labels["cronjob"]}
    series = [
        Series(ksm("kube_cronjob_created", **selector), lambda p, m: -3600.0),
        Series(
            ksm("kube_cronjob_status_last_schedule_time", **selector),
            lambda p, m: float((m // interval) * interval * MINUTE),
        ),
        Series(ksm("kube_cronjob_status_last_successful_time", **selector), last_success),
    ]
    fail_start, fail_end = line.failing
    recovered_run = next(s for s in range(0, line.total, interval) if s >= fail_end)
    if is_backup:
        component = re.search(r'component="(\w+)"', rule["expr"]).group(1)  # type: ignore[union-attr]
        series.append(
            Series(
                'contexter_backup_last_success_timestamp_seconds{component="' + component + '",'
                ' container="pushgateway", endpoint="http", job="contexter-backup", namespace="monitoring",'
                ' pod="prometheus-pushgateway-5d7c9b8f4-k2j4x", service="prometheus-pushgateway"}',
                last_success,
            )
        )
        max_age = int(rule["expr"].rsplit(">", 1)[1]) // MINUTE
        last_good = fail_start - interval + 2
        detect = last_good + max_age + 1 - fail_start
    else:
        detect = int(re.search(r"offset (\d+)s", rule["expr"]).group(1)) // MINUTE  # type: ignore[union-attr]
    return replace(shape, series=tuple(series), detect=detect, clear=recovered_run + 2 - fail_end)


def never_succeeded_test(env: str, name: str, rule: dict[str, Any]) -> dict[str, Any]:
    """A CronJob whose every run fails from its creation: kube-state-metrics emits no
    ``kube_cronjob_status_last_successful_time`` and the backup tool pushes nothing. The alert fires
    once the first runs are settled (or, for a backup, its data is too old) and stays firing."""
    labels = rule["labels"]
    job = cronjob(env, labels["cronjob"])
    interval = max_interval_seconds(job["spec"]["schedule"]) // MINUTE
    selector = {"namespace": labels["namespace"], "cronjob": labels["cronjob"]}
    line = Timeline(((FAILING, 6 * interval + 120),))
    series = (
        Series(ksm("kube_cronjob_created", **selector), lambda p, m: -3600.0),
        Series(
            ksm("kube_cronjob_status_last_schedule_time", **selector),
            lambda p, m: float((m // interval) * interval * MINUTE),
        ),
    )
    for_minutes = duration_minutes(rule.get("for", "0m"))
    if "component=" in rule["expr"]:
        settled = int(rule["expr"].rsplit(">", 1)[1]) // MINUTE
    else:
        settled = int(re.search(r"offset (\d+)s", rule["expr"]).group(1)) // MINUTE  # type: ignore[union-attr]
    first = interval + settled + for_minutes + 1
    annotations = {key: render(text, labels, "") for key, text in rule["annotations"].items()}
    return {
        "interval": "1m",
        "input_series": [{"series": s.selector, "values": values(s, line)} for s in series],
        "alert_rule_test": [
            {
                "eval_time": f"{m}m",
                "alertname": name,
                "exp_alerts": [{"exp_labels": labels, "exp_annotations": annotations}],
            }
            for m in range(first, line.total, interval // 2 or 1)
        ],
    }


def values(series: Series, line: Timeline) -> str:
    samples: list[str] = []
    total = 0.0
    for minute in range(line.total + 1):
        value = series.value(line.phase(minute), minute)
        if series.counter:
            total += value or 0.0
            value = total
        if value is None:
            # a series that disappears from the scrape is marked stale at once; one never seen is absent
            samples.append("stale" if samples and samples[-1] not in ("_", "stale") else "_")
        else:
            samples.append(repr(float(value)))
    return " ".join(samples)


def render(template: str, labels: dict[str, str], value_text: str) -> str:
    text = re.sub(r"\{\{ \$labels\.(\w+) \}\}", lambda m: labels[m.group(1)], template)
    return re.sub(r"\{\{ \$value[^}]*\}\}", value_text, text)


def alert_test(name: str, rule: dict[str, Any], case: AlertCase) -> dict[str, Any]:
    """The promtool test of one alert: input series and the checks of the module docstring."""
    for_minutes = duration_minutes(rule.get("for", "0m"))
    line = (
        timeline(case, for_minutes)
        if case.lead and case.series and "cronjob" not in rule.get("labels", {})
        else timeline(case, 0)
    )
    spike_start, _ = line.spike
    fail_start, fail_end = line.failing
    labels = {**case.labels, **rule.get("labels", {})}
    silent = sorted({*range(spike_start, fail_start, case.step), fail_start - 1, case.lead - 1})
    firing_from = fail_start + case.detect + for_minutes
    checks: list[dict[str, Any]] = [
        {"eval_time": f"{m}m", "alertname": name, "exp_alerts": []} for m in silent
    ]
    if for_minutes:
        checks.append({"eval_time": f"{firing_from - 1}m", "alertname": name, "exp_alerts": []})
    firing = sorted({*range(firing_from, fail_end, case.step), fail_end - 1})
    assert len(firing) >= 3, f"{name}: the failure must outlast for: by several checks"
    for minute in firing:
        value_text = case.value_text(minute) if callable(case.value_text) else case.value_text
        annotations = {key: render(text, labels, value_text) for key, text in rule["annotations"].items()}
        checks.append(
            {
                "eval_time": f"{minute}m",
                "alertname": name,
                "exp_alerts": [{"exp_labels": labels, "exp_annotations": annotations}],
            }
        )
    checks.append({"eval_time": f"{fail_end + case.clear + 1}m", "alertname": name, "exp_alerts": []})
    return {
        "interval": "1m",
        "input_series": [{"series": s.selector, "values": values(s, line)} for s in case.series],
        "alert_rule_test": checks,
    }


def record_test(name: str) -> dict[str, Any]:
    """api-gateway answers a quarter of its requests with 503; search has never answered a 5xx (no
    error series at all) and records 0, not nothing."""
    series = requests("contexter", "api-gateway", ok=by_phase(healthy=30.0), errors=by_phase(healthy=10.0))
    [search_ok, _] = requests("contexter", "search", ok=by_phase(healthy=30.0), errors=by_phase(healthy=0.0))
    line = Timeline(((HEALTHY, 30),))
    return {
        "interval": "1m",
        "input_series": [{"series": s.selector, "values": values(s, line)} for s in (*series, search_ok)],
        "promql_expr_test": [
            {
                "expr": name,
                "eval_time": "30m",
                "exp_samples": [
                    {"labels": name + '{namespace="contexter", service="api-gateway"}', "value": 0.25},
                    {"labels": name + '{namespace="contexter", service="search"}', "value": 0},
                ],
            }
        ],
    }


def rule_file(found: dict[str, dict[str, Any]], name: str) -> dict[str, Any]:
    """The rule under test and the recording rules it reads, nothing else."""
    rule = found[name]
    rules = [r for r in found.values() if "record" in r and r["record"] in rule["expr"]]
    return {"groups": [{"name": "under-test", "interval": "1m", "rules": [*rules, rule]}]}


def promtool_test(
    tmp_path: Path, found: dict[str, dict[str, Any]], name: str, test: dict[str, Any]
) -> tuple[bool, str]:
    rules_path = write_yaml(tmp_path / f"{name}.rules.yaml", rule_file(found, name))
    test_path = write_yaml(
        tmp_path / f"{name}.test.yaml",
        {
            "rule_files": [rules_path.name],
            "evaluation_interval": "1m",
            "tests": [test],
        },
    )
    result = run([binary("promtool"), "test", "rules", test_path.name], timeout=300, cwd=tmp_path)
    return result.returncode == 0, result.stdout + result.stderr


def cases(env: str) -> tuple[dict[str, dict[str, Any]], dict[str, AlertCase | RecordCase]]:
    found = rules(env)
    made: dict[str, Any] = alert_cases(found)
    for name, rule in found.items():
        if "cronjob" in rule.get("labels", {}):
            made[name] = backup_case(env, name, rule)
        if "record" in rule:
            made[name] = RecordCase(series=())
    return found, made


@pytest.mark.parametrize("env", ENVIRONMENTS)
def test_every_rule_has_a_case_and_every_case_a_rule(env: str) -> None:
    found, made = cases(env)
    assert set(made) == set(found)
    assert len(found) >= 21


@pytest.mark.parametrize("env", ["prod", "dev"])
def test_every_rule_passes_its_generated_promtool_test(env: str, tmp_path: Path) -> None:
    found, made = cases(env)
    failures = []
    for name, case in made.items():
        test = record_test(name) if isinstance(case, RecordCase) else alert_test(name, found[name], case)
        ok, output = promtool_test(tmp_path, found, name, test)
        if not ok:
            failures.append(f"{name}:\n{output[-3000:]}")
        if "cronjob" in found[name].get("labels", {}):
            ok, output = promtool_test(tmp_path, found, name, never_succeeded_test(env, name, found[name]))
            if not ok:
                failures.append(f"{name} (never succeeded):\n{output[-3000:]}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize(
    ("name", "old", "new"),
    [
        # the selector before KEDA 2.18's trigger-name label, and the backup rule before a first success
        ("IngestionQueueBacklog", 'scaler="queue-length"', 'scaler=~"redis.*"'),
        ("BackupPruneFailing", " or vector(0)", ""),
        ("QdrantBackupOverdue", " or max(kube_cronjob_created", " and max(kube_cronjob_created"),
        # cert-manager's ServiceMonitor keeps the Certificate's namespace as exported_namespace
        ("ContexterCertificateExpiringSoon", '"exported_namespace", "(.+)"', '"missing_label", "(.+)"'),
    ],
)
def test_fails_when_a_rule_selects_what_the_producer_does_not_emit(
    name: str, old: str, new: str, tmp_path: Path
) -> None:
    found, made = cases("prod")
    broken = copy.deepcopy(found)
    assert old in broken[name]["expr"]
    broken[name]["expr"] = broken[name]["expr"].replace(old, new)
    if "cronjob" in found[name]["labels"]:
        test = never_succeeded_test("prod", name, broken[name])
    else:
        test = alert_test(name, broken[name], made[name])  # type: ignore[arg-type]
    ok, output = promtool_test(tmp_path, broken, name, test)
    assert not ok and "FAILED" in output


@pytest.mark.parametrize(
    ("name", "old", "new"),
    [
        # the gateway reports what it forwards as the source; "destination" selects nothing
        ("ContexterEdgeHighErrorRate", 'reporter="source"', 'reporter="destination"'),
        # without the gateway's namespace the sidecars' own 503s count as the edge's
        ("ContexterEdgeHighErrorRate", 'namespace="istio-ingress", ', ""),
        # Istio's histogram is in milliseconds: the objective in seconds fires on every healthy minute
        ("ContexterEdgeHighLatency", "> 500", "> 0.5"),
        # cert-manager's ServiceMonitor keeps the Certificate's namespace as exported_namespace
        (
            "ContexterEdgeCertificateExpiringSoon",
            'exported_namespace="istio-ingress"',
            'namespace="istio-ingress"',
        ),
        # every Certificate instead of the public one: Vault's pages as if it were the edge's
        (
            "ContexterEdgeCertificateExpiringSoon",
            '{exported_namespace="istio-ingress", name="contexter-edge"}',
            "",
        ),
        # a Certificate name that does not exist: the guard fires while the real one is watched
        ("ContexterEdgeCertificateExpiryUnknown", 'name="contexter-edge"', 'name="contexter-ingress"'),
        # any Certificate's expiry satisfies it: Vault's hides the edge's going missing
        (
            "ContexterEdgeCertificateExpiryUnknown",
            '{exported_namespace="istio-ingress", name="contexter-edge"}',
            "",
        ),
    ],
)
def test_fails_when_an_edge_alert_reads_other_series_than_the_edges(
    name: str, old: str, new: str, tmp_path: Path
) -> None:
    found, made = cases("prod")
    broken = copy.deepcopy(found)
    assert old in broken[name]["expr"]
    broken[name]["expr"] = broken[name]["expr"].replace(old, new)
    ok, output = promtool_test(tmp_path, broken, name, alert_test(name, found[name], made[name]))  # type: ignore[arg-type]
    assert not ok and "FAILED" in output


def test_fails_when_an_alert_has_a_wrong_label(tmp_path: Path) -> None:
    found, made = cases("prod")
    broken = copy.deepcopy(found)
    broken["ApiGatewayHighLatency"]["labels"]["service"] = "search"
    test = alert_test("ApiGatewayHighLatency", found["ApiGatewayHighLatency"], made["ApiGatewayHighLatency"])  # type: ignore[arg-type]
    ok, output = promtool_test(tmp_path, broken, "ApiGatewayHighLatency", test)
    assert not ok and "FAILED" in output


def _old_failing_clause(namespace: str, cronjob: str, deadline: int) -> str:
    selector = f'namespace="{namespace}", cronjob="{cronjob}"'
    return (
        f"(max(kube_cronjob_status_last_schedule_time{{{selector}}})"
        f" - max(kube_cronjob_status_last_successful_time{{{selector}}}) > 0)"
        f" and (time() - max(kube_cronjob_status_last_schedule_time{{{selector}}}) > {deadline})"
    )


@pytest.mark.parametrize(
    ("name", "expr"),
    [
        # "the latest run failed" as it was: resets at each new schedule while runs keep failing
        ("BackupPruneFailing", _old_failing_clause("contexter-data", "backup-prune", 1800)),
        # the waiting series vanishes while the container runs between two back-offs
        (
            "ContexterPodCrashLooping",
            "max by (namespace, pod, container) (kube_pod_container_status_waiting_reason"
            '{reason="CrashLoopBackOff", namespace=~"contexter|contexter-data"}) >= 1',
        ),
    ],
)
def test_fails_when_an_alert_flaps_while_the_failure_lasts(name: str, expr: str, tmp_path: Path) -> None:
    found, made = cases("prod")
    broken = copy.deepcopy(found)
    broken[name]["expr"] = expr
    ok, output = promtool_test(tmp_path, broken, name, alert_test(name, found[name], made[name]))  # type: ignore[arg-type]
    assert not ok and "FAILED" in output


def test_staging_runs_the_rules_the_prod_tests_prove() -> None:
    # The generated tests run for prod and dev; staging's rules are prod's. Should they ever differ,
    # add staging to test_every_rule_passes_its_generated_promtool_test.
    assert rules("staging") == rules("prod")
