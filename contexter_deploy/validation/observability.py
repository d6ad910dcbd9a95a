"""Checks that monitoring covers what is deployed: alerts are actionable, workloads are scraped,
inhibition compares only labels its pages carry."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.ground.config.loader import REPO_ROOT
from contexter_deploy.ground.runbooks import RUNBOOK_DIR, runbook_file
from contexter_deploy.ground.topology import SIDECAR_METRICS, WORKLOADS
from contexter_deploy.validation.findings import Finding
from contexter_deploy.validation.workload_checks import pod_template, selects

SEVERITIES: frozenset[str] = frozenset({"critical", "warning", "info"})
NAME_LABEL = "app.kubernetes.io/name"
MONITOR_KINDS: frozenset[str] = frozenset({"PodMonitor", "ServiceMonitor"})


def alert_rules(manifests: Sequence[Manifest]) -> Iterator[tuple[Manifest, Mapping[str, Any]]]:
    """Every alerting rule (not recording rule) of every PrometheusRule, with its document."""
    for manifest in manifests:
        if manifest.kind != "PrometheusRule":
            continue
        for group in manifest.spec.get("groups") or []:
            for rule in group.get("rules") or []:
                if "alert" in rule:
                    yield manifest, rule


def check_alerts_are_actionable(
    manifests: Sequence[Manifest], repo_root: Path = REPO_ROOT
) -> Iterator[Finding]:
    """Every alert has a severity, a summary and a runbook that exists in ``docs/runbooks/``.

    An alert that pages without saying what to do wastes the on-call engineer's first minutes.
    """
    for manifest, rule in alert_rules(manifests):
        alert = str(rule["alert"])
        where = f"{manifest.ref} alert {alert}"
        severity = (rule.get("labels") or {}).get("severity")
        if severity not in SEVERITIES:
            yield Finding(
                where, "alerting", f"severity {severity!r}; allowed: {', '.join(sorted(SEVERITIES))}"
            )
        annotations = rule.get("annotations") or {}
        if not str(annotations.get("summary", "")).strip():
            yield Finding(where, "alerting", "has no summary annotation")
        url = str(annotations.get("runbook_url", ""))
        runbook = runbook_file(url)
        if runbook is None:
            yield Finding(
                where, "alerting", f"runbook_url {url!r} does not point into {RUNBOOK_DIR}/<name>.md"
            )
        elif not (repo_root / runbook).is_file():
            yield Finding(where, "alerting", f"has no runbook: {runbook} does not exist")


def container_ports(template: Mapping[str, Any]) -> set[str]:
    """Names of every container port of a pod template (init containers included)."""
    spec = template.get("spec") or {}
    containers = [*(spec.get("containers") or []), *(spec.get("initContainers") or [])]
    return {str(port.get("name")) for c in containers for port in c.get("ports") or [] if port.get("name")}


INJECTION_LABEL = "istio-injection"
INJECT_OVERRIDE = "sidecar.istio.io/inject"


def injected_ports(
    manifests: Sequence[Manifest], namespace: str | None, template: Mapping[str, Any]
) -> set[str]:
    """Port names Istio's injector adds to a pod (``SIDECAR_METRICS`` on ``istio-proxy``): where its
    Namespace has ``istio-injection: enabled`` and the pod does not opt out."""
    meshed = {
        m.name
        for m in manifests
        if m.kind == "Namespace"
        and (m.document.get("metadata", {}).get("labels") or {}).get(INJECTION_LABEL) == "enabled"
    }
    metadata = template.get("metadata") or {}
    opted_out = "false" in (
        (metadata.get("labels") or {}).get(INJECT_OVERRIDE),
        (metadata.get("annotations") or {}).get(INJECT_OVERRIDE),
    )
    return {SIDECAR_METRICS.name} if namespace in meshed and not opted_out else set()


def _monitor_ports(monitor: Manifest) -> list[str]:
    endpoints = monitor.spec.get("podMetricsEndpoints") or monitor.spec.get("endpoints") or []
    return [str(endpoint.get("port")) for endpoint in endpoints if endpoint.get("port")]


def check_pod_monitors_match_pods(manifests: Sequence[Manifest]) -> Iterator[Finding]:
    """A PodMonitor's port exists on every pod it selects, so no selected pod goes unscraped."""
    templates = [(m, pod_template(m)) for m in manifests if pod_template(m) is not None]
    for monitor in manifests:
        if monitor.kind != "PodMonitor":
            continue
        selector = monitor.spec.get("selector") or {}
        for workload, template in templates:
            assert template is not None
            labels = (template.get("metadata") or {}).get("labels") or {}
            if workload.namespace != monitor.namespace or not selects(selector, labels):
                continue
            ports = container_ports(template) | injected_ports(manifests, workload.namespace, template)
            for port in _monitor_ports(monitor):
                if port not in ports:
                    yield Finding(
                        monitor.ref,
                        "monitoring",
                        f"scrapes port {port!r} but the pods of {workload.ref} have no container port of that"
                        f" name (ports: {', '.join(sorted(ports)) or 'none'})",
                    )


def check_workloads_are_monitored(
    manifests: Sequence[Manifest], metrics_ports: Mapping[str, str] | None = None
) -> Iterator[Finding]:
    """Every workload that ``contexter_deploy/ground/topology.py`` says serves metrics is selected by a
    PodMonitor.

    Without one its alerts (error ratio, latency, burn rate) are silently empty.
    ``metrics_ports`` maps workload name to metrics port (default: from ``contexter_deploy.ground.topology``).
    """
    if metrics_ports is None:
        metrics_ports = {w.name: w.metrics_port for w in WORKLOADS if w.metrics_port is not None}
    monitors = [m for m in manifests if m.kind == "PodMonitor"]
    for workload in manifests:
        template = pod_template(workload)
        if template is None:
            continue
        labels = (template.get("metadata") or {}).get("labels") or {}
        name = labels.get(NAME_LABEL)
        port = metrics_ports.get(str(name)) if name else None
        if port is None:
            continue
        covered = any(
            monitor.namespace == workload.namespace
            and selects(monitor.spec.get("selector") or {}, labels)
            and port in _monitor_ports(monitor)
            for monitor in monitors
        )
        if not covered:
            yield Finding(
                workload.ref,
                "monitoring",
                f"serves metrics on port {port!r} (contexter_deploy/ground/topology.py) but no PodMonitor in"
                f" {workload.namespace} selects its pods on that port",
            )


_MATCHER = re.compile(r'^\s*(?P<label>[A-Za-z_]\w*)\s*(?P<op>=~|!~|!=|=)\s*"?(?P<value>.*?)"?\s*$')


def _requires(matcher: str) -> str | None:
    """The label an Alertmanager matcher requires to be present and non-empty, if any."""
    match = _MATCHER.match(matcher)
    if match is None:
        return None
    op, value = match["op"], match["value"]
    empty_matches = re.fullmatch(value, "") is not None if op in ("=~", "!~") else value == ""
    required = (op in ("=", "=~") and not empty_matches) or (op in ("!=", "!~") and empty_matches)
    return match["label"] if required else None


def check_inhibition_needs_the_labels_it_compares(manifests: Sequence[Manifest]) -> Iterator[Finding]:
    """An Alertmanager inhibition rule's source must carry every ``equal`` label it compares.

    Alertmanager counts a label missing on both alerts as equal, so ``equal: [namespace, service]``
    with a source that has no ``service`` lets that page suppress every warning of its namespace
    without a ``service``. A rule that also compares ``alertname`` only relates two severities of one
    alert, which is safe.
    """
    for manifest in manifests:
        if manifest.kind != "Application":
            continue
        values = ((manifest.spec.get("source") or {}).get("helm") or {}).get("valuesObject") or {}
        config = (values.get("alertmanager") or {}).get("config") or {}
        for index, rule in enumerate(config.get("inhibit_rules") or []):
            equal = [str(label) for label in rule.get("equal") or []]
            if "alertname" in equal:
                continue
            required = {_requires(str(m)) for m in rule.get("source_matchers") or []}
            missing = [label for label in equal if label not in required]
            if missing:
                yield Finding(
                    manifest.ref,
                    "alerting",
                    f"alertmanager.config.inhibit_rules[{index}] compares {missing} but its source_matchers"
                    f" do not require them: a source without them suppresses every target without them;"
                    f" add e.g. '{missing[0]} =~ \".+\"' to source_matchers",
                )
