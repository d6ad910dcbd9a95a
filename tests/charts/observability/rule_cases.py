"""One promtool unit-test case for every alert and recording rule the project writes.

``test_promtool_rules.py`` reads the rules from ``dist/<env>`` and turns each case into a
``promtool test rules`` file: a rule without a case, or a case without a rule, fails the build.
Thresholds, schedules and deadlines come from the synthesized rules and CronJobs, not from here.

Every case is a timeline at one sample a minute: ``healthy``, then a ``spike`` shorter than the
rule's ``for``, ``healthy`` again, a ``failing`` phase much longer than ``for`` (crossing schedule
boundaries), then ``recovered``. The harness checks: silent through the spike; not yet firing one
minute before ``detect + for`` into the failure; firing with the exact labels and rendered
annotations from then to the end of the failure; silent again ``clear`` minutes into the recovery.

Where each input label set comes from (the scrape adds ``job``, ``instance``,
``namespace``, ``pod``, ``container``, ``endpoint``, ``service`` as prometheus-operator v0.87
``pkg/prometheus/promcfg.go`` generates them for a PodMonitor or ServiceMonitor target; with
``honorLabels: false`` an exposed label that clashes with one of those is kept as
``exported_<name>``):

- ``http_requests_total``, ``http_request_duration_seconds_bucket``: the Contexter services
  (``charts/observability/metrics.py``), scraped by one PodMonitor per workload (honorLabels false),
  relabelled ``service`` and ``rollouts_pod_template_hash``; ``job`` is the pod's name label.
- ``up``: Prometheus, per PodMonitor target.
- ``keda_scaler_metrics_value``: KEDA 2.18 ``pkg/metricscollector/prommetrics.go`` (``namespace,
  metric, scaledObject, scaler`` = the trigger's name, ``triggerIndex, type``), scraped by keda chart
  2.18.3 ``templates/manager/servicemonitor.yaml`` (no honorLabels: the ScaledObject's ``namespace``
  becomes ``exported_namespace``; ``namespace="keda"``, ``service="keda-operator"``).
- ``kube_pod_container_status_waiting_reason``, ``kube_horizontalpodautoscaler_*``,
  ``kube_cronjob_*``: kube-state-metrics 2.17 ``internal/store/{pod,horizontalpodautoscaler,cronjob}.go``
  (``kube_cronjob_status_last_successful_time`` only after a first success; the waiting series only
  while the container waits), kube-prometheus-stack 80.9.1 monitor ``honorLabels: true``.
- ``kubelet_volume_stats_*``: the kubelet (``pkg/kubelet/metrics/collectors/volume_stats.go``),
  kube-prometheus-stack's kubelet ServiceMonitor, ``honorLabels: true``.
- ``certmanager_certificate_expiration_timestamp_seconds``: cert-manager v1.19 (``name, namespace,
  issuer_name, issuer_kind, issuer_group``), its chart's ServiceMonitor ``honorLabels: false``: the
  Certificate's namespace is ``exported_namespace``, ``namespace="cert-manager"``.
- ``istio_requests_total``, ``istio_request_duration_milliseconds_bucket``: Istio 1.28 standard
  metrics, Envoy's ``/stats/prometheus`` on 15090, scraped by the PodMonitors ``envoy-sidecars`` and
  ``istio-ingressgateway`` (``job="envoy-stats"``, ``service`` from the pod's ``app.kubernetes.io/name``,
  which the gateway chart 1.28.3 sets to the release name); the gateway reports what it forwards with
  ``reporter="source"``, ``container="istio-proxy"``.
- ``contexter_backup_last_success_timestamp_seconds``: the backup tool
  (``backup/src/contexter_backup/metrics.py``) pushes it to ``/metrics/job/contexter-backup/component/<c>``;
  Pushgateway 1.5 exposes it with ``instance=""``, and the chart 3.2.0 ServiceMonitor
  (``honorLabels: true``) keeps ``job="contexter-backup"``, drops the empty ``instance`` and adds
  ``namespace="monitoring"``, ``service="prometheus-pushgateway"``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

Value = float | None
"""A sample; ``None``: no sample (the series does not exist at that minute)."""

HEALTHY, SPIKE, FAILING, RECOVERED = "healthy", "spike", "failing", "recovered"


@dataclass(frozen=True)
class Series:
    selector: str
    """The series as the scrape stores it, in promtool's ``metric{label="value"}`` form."""
    value: Callable[[str, int], Value]
    """Gauge value, or (``counter``) the increase during this minute, for a phase and minute."""
    counter: bool = False


@dataclass(frozen=True)
class AlertCase:
    series: tuple[Series, ...]
    labels: dict[str, str]
    """The labels the alert fires with besides ``alertname`` and the rule's own labels."""
    value_text: Callable[[int], str] | str = ""
    """What ``{{ $value ... }}`` renders to at an evaluation minute during the failure."""
    spike: int = 1
    detect: int = 0
    """Minutes from the failure's start until the condition holds (the first evaluation it holds at)."""
    clear: int = 6
    """Minutes from the recovery until the condition no longer holds."""
    lead: int = 60
    gap: int = 0
    """Healthy minutes after the spike (default: ``for`` + 10)."""
    failure: int = 90
    recovery: int = 20
    step: int = 7
    """Minutes between two firing checks during the failure."""


@dataclass(frozen=True)
class RecordCase:
    series: tuple[Series, ...]
    expected: dict[str, float] = field(default_factory=dict)
    """Expected samples: promtool series selector of the recorded series -> value."""
    minutes: int = 30


def api(**labels: str) -> str:
    """A request series of one api-gateway pod, with every label the PodMonitor scrape adds."""
    return _pod_series("contexter", "api-gateway", "7d9c8f6b4", **labels)


def _pod_series(namespace: str, service: str, pod_hash: str, **labels: str) -> str:
    scrape = {
        "container": service,
        "endpoint": "http",
        "instance": "10.0.1.15:8080",
        "job": service,
        "namespace": namespace,
        "pod": f"{service}-{pod_hash}-x2x9q",
        "rollouts_pod_template_hash": pod_hash,
        "service": service,
    }
    merged = {**scrape, **labels}
    name = merged.pop("__name__")
    return name + "{" + ", ".join(f'{k}="{v}"' for k, v in sorted(merged.items())) + "}"


def requests(
    namespace: str, service: str, ok: Callable[[str, int], Value], errors: Callable[[str, int], Value]
) -> tuple[Series, ...]:
    def series(status: str, rate: Callable[[str, int], Value]) -> Series:
        selector = _pod_series(
            namespace,
            service,
            "7d9c8f6b4",
            __name__="http_requests_total",
            method="GET",
            route="/v1/search",
            status=status,
        )
        return Series(selector, rate, counter=True)

    return series("200", ok), series("503", errors)


def by_phase(**values: Value) -> Callable[[str, int], Value]:
    """A value per phase; phases not named are ``healthy``'s value."""
    return lambda phase, minute: values.get(phase, values.get(HEALTHY))
