"""The backup chain in a box: the Redis backup CronJob of ``dist/prod`` runs for real, and what it
pushes decides what a real Alertmanager delivers.

All started here on 127.0.0.1 and stopped by PID: ``redis-server`` with a replica and a Sentinel and
the moto S3 server (``conftest.py``), Debian's Pushgateway 1.5 with the synthesized ``extraArgs``
(``--persistence.file`` on a temporary volume), Prometheus 2.42 loading the synthesized backup rules
and scraping the Pushgateway with ``honor_labels`` as its ServiceMonitor does, Alertmanager 0.25 with
the synthesized routing and inhibition, every receiver pointed at a local webhook.

The tool runs as ``contexter-backup`` with the CronJob's args and environment; the Service host names
map to the local servers, the Secret file to a temporary one. Time is scaled: every duration of the
rules (``for``, the age threshold, ``offset``) and of the routing tree (``group_wait``,
``group_interval``, ``repeat_interval``) is divided by ``SCALE``, so a 50-minute RPO threshold is 20 s;
Prometheus scrapes and evaluates every second. Nothing else in the rules or routes changes.

The prune and verify alerts read only kube-state-metrics' CronJob series. kube-state-metrics needs
a Kubernetes API, so ``KubeStateMetrics`` stands in for it: a static exposition endpoint on 127.0.0.1
serving exactly the series and label sets kube-state-metrics v2.17 emits for a CronJob
(``internal/store/cronjob.go``: ``kube_cronjob_created`` and ``kube_cronjob_status_last_schedule_time``
with ``namespace`` and ``cronjob``; ``kube_cronjob_status_last_successful_time`` only once a run has
succeeded, as ``status.lastSuccessfulTime`` is unset before), scraped with ``honor_labels`` as
kube-prometheus-stack's ServiceMonitor does (``kube-state-metrics.prometheus.monitor.honorLabels:
true``). The test sets a CronJob's schedule time when it runs that CronJob's container, and its
success time only when the run exits 0. It serves the prune and verify CronJobs only: the backup
CronJobs' ``kube_cronjob_created`` would start their Overdue clocks, which the first scenario covers.

Debian's ``prometheus-redis-exporter`` scrapes the box's Redis primary and Prometheus scrapes it as the
PodMonitor ``redis`` does (``job``, ``namespace``, ``service``). No workload rule of ``dist/prod``
reads a redis_exporter series (only the overview dashboard does), so the box asserts
``redis_up == 1`` is scraped and loads no further rule for it.
"""

from __future__ import annotations

import json
import os
import re
import sys
import threading
import time
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import boto3
import pytest

from tests.backup.conftest import REDIS_PASSWORD, REGION, RedisCluster
from tests.charts.observability.toolchain import (
    alertmanager_config,
    application_values,
    binary,
    dist_documents,
    free_port,
    run,
    server,
    write_yaml,
)

pytestmark = [pytest.mark.integration, pytest.mark.xdist_group("backup-box")]

ENV = "prod"
SCALE = 150
ALERT = "RedisBackupOverdue"


def _seconds(text: str) -> float:
    units = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400}
    return sum(float(n) * units[u] for n, u in re.findall(r"(\d+)(ms|s|m|h|d)", text))


def _scaled(text: str) -> str:
    return f"{max(1, round(_seconds(text) / SCALE))}s"


def scaled_rules() -> dict[str, Any]:
    [document] = [
        d for d in dist_documents(ENV, "PrometheusRule") if d["metadata"]["name"] == "contexter-backup"
    ]
    spec: dict[str, Any] = json.loads(json.dumps(document["spec"]))
    for group in spec["groups"]:
        for rule in group["rules"]:
            rule["for"] = _scaled(rule["for"])
            rule["expr"] = re.sub(
                r"> (\d+)$", lambda m: f"> {max(1, int(m.group(1)) // SCALE)}", rule["expr"]
            )
            rule["expr"] = re.sub(
                r"offset (\d+)s", lambda m: f"offset {max(1, int(m.group(1)) // SCALE)}s", rule["expr"]
            )
    return spec


def scaled_alertmanager(webhook: str) -> dict[str, Any]:
    config: dict[str, Any] = json.loads(json.dumps(alertmanager_config(ENV)))

    def scale(route: dict[str, Any]) -> None:
        for key in ("group_wait", "group_interval", "repeat_interval"):
            if key in route:
                route[key] = _scaled(route[key])
        for child in route.get("routes", []):
            scale(child)

    scale(config["route"])
    config["receivers"] = [
        {"name": r["name"], "webhook_configs": [{"url": f"{webhook}/{r['name']}", "send_resolved": True}]}
        for r in config["receivers"]
    ]
    config.pop("templates", None)
    return config


class Webhook:
    """A local webhook receiver that records every notification Alertmanager posts."""

    def __init__(self) -> None:
        self.received: list[tuple[str, dict[str, Any]]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                outer.received.append((self.path.strip("/"), json.loads(body)))
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def about(self, alert: str) -> list[tuple[str, str]]:
        """``(receiver, status)`` of every notification that carried ``alert``."""
        return [
            (receiver, a["status"])
            for receiver, payload in self.received
            for a in payload["alerts"]
            if a["labels"].get("alertname") == alert
        ]


class KubeStateMetrics:
    """Stands in for kube-state-metrics v2.17 (``internal/store/cronjob.go``): the CronJob series the
    backup rules read, with its label sets, for the CronJobs the test names."""

    NAMESPACE = "contexter-data"

    def __init__(self, cronjobs: tuple[str, ...]) -> None:
        now = time.time()
        self.created = dict.fromkeys(cronjobs, now)
        self.last_schedule: dict[str, float] = {}
        self.last_successful: dict[str, float] = {}
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                body = outer.exposition().encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/plain; version=0.0.4")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.server.server_address[1]}"

    def exposition(self) -> str:
        lines: list[str] = []
        for metric, values in (
            ("kube_cronjob_created", self.created),
            ("kube_cronjob_status_last_schedule_time", self.last_schedule),
            ("kube_cronjob_status_last_successful_time", self.last_successful),
        ):
            if values:
                lines.append(f"# TYPE {metric} gauge")
            lines += [
                f'{metric}{{namespace="{self.NAMESPACE}",cronjob="{name}"}} {value:.0f}'
                for name, value in sorted(values.items())
            ]
        return "\n".join(lines) + "\n"


def wait_for(condition: Any, timeout: float, message: str) -> float:
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if condition():
            return time.monotonic() - start
        time.sleep(0.25)
    raise AssertionError(f"{message} (waited {timeout} s)")


class Box:
    def __init__(self, tmp_path: Path, redis_cluster: RedisCluster, s3_endpoint: str) -> None:
        self.tmp = tmp_path
        self.redis = redis_cluster
        self.s3_endpoint = s3_endpoint
        self.webhook = Webhook()
        self.pushgateway_port = free_port()
        self.prometheus_port = free_port()
        self.alertmanager_port = free_port()
        self.volume = tmp_path / "pushgateway-volume"
        self.volume.mkdir()
        self.bucket = f"contexter-prod-box-{uuid.uuid4().hex[:12]}"
        self.logs: list[str] = []
        self.scrapes: list[dict[str, Any]] = []
        """Scrape jobs besides the Pushgateway's."""
        self.extra_rules: list[dict[str, Any]] = []
        """Rules besides the synthesized ones (deliberately broken copies)."""

    def pushgateway(self) -> Any:
        values = application_values(ENV, "prometheus-pushgateway")
        mount = values["persistentVolume"]["mountPath"].rstrip("/")
        args = [a.replace(f"={mount}/", f"={self.volume}/") for a in values["extraArgs"]]
        if not any(a.startswith("--persistence.file=") for a in args):
            args.append("--persistence.file=")  # upstream's default; Debian's points at /var/lib
        url = f"http://127.0.0.1:{self.pushgateway_port}"
        command = [
            binary("prometheus-pushgateway"),
            f"--web.listen-address=127.0.0.1:{self.pushgateway_port}",
            *args,
        ]
        return server(command, f"{url}/-/ready", self.tmp / "pushgateway.log")

    def alertmanager(self) -> Any:
        config = write_yaml(self.tmp / "alertmanager.yaml", scaled_alertmanager(self.webhook.url))
        (self.tmp / "am-data").mkdir(exist_ok=True)
        command = [
            binary("prometheus-alertmanager"),
            f"--config.file={config}",
            f"--storage.path={self.tmp / 'am-data'}",
            f"--web.listen-address=127.0.0.1:{self.alertmanager_port}",
            "--cluster.listen-address=",
        ]
        return server(
            command, f"http://127.0.0.1:{self.alertmanager_port}/-/ready", self.tmp / "alertmanager.log"
        )

    def prometheus(self) -> Any:
        spec = scaled_rules()
        if self.extra_rules:
            spec["groups"].append({"name": "broken-copies", "rules": self.extra_rules})
        rules = write_yaml(self.tmp / "backup-rules.yaml", spec)
        config = {
            "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
            "rule_files": [str(rules)],
            "alerting": {
                "alertmanagers": [{"static_configs": [{"targets": [f"127.0.0.1:{self.alertmanager_port}"]}]}]
            },
            "scrape_configs": [
                {
                    "job_name": "prometheus-pushgateway",
                    "honor_labels": True,
                    "static_configs": [
                        {
                            "targets": [f"127.0.0.1:{self.pushgateway_port}"],
                            "labels": {"namespace": "monitoring"},
                        }
                    ],
                },
                *self.scrapes,
            ],
        }
        path = write_yaml(self.tmp / "prometheus.yaml", config)
        check = run([binary("promtool"), "check", "config", str(path)])
        assert check.returncode == 0, check.stdout + check.stderr
        command = [
            binary("prometheus"),
            f"--config.file={path}",
            f"--storage.tsdb.path={self.tmp / 'tsdb'}",
            f"--web.listen-address=127.0.0.1:{self.prometheus_port}",
        ]
        return server(
            command, f"http://127.0.0.1:{self.prometheus_port}/-/ready", self.tmp / "prometheus.log"
        )

    def query(self, promql: str) -> list[dict[str, Any]]:
        url = f"http://127.0.0.1:{self.prometheus_port}/api/v1/query?" + urllib.parse.urlencode(
            {"query": promql}
        )
        with urllib.request.urlopen(url, timeout=5) as response:
            result: list[dict[str, Any]] = json.load(response)["data"]["result"]
        return result

    def alerts(self, name: str) -> list[str]:
        """The states (pending, firing) of Prometheus's alerts called ``name``."""
        url = f"http://127.0.0.1:{self.prometheus_port}/api/v1/alerts"
        with urllib.request.urlopen(url, timeout=5) as response:
            alerts = json.load(response)["data"]["alerts"]
        return [a["state"] for a in alerts if a["labels"]["alertname"] == name]

    def firing(self) -> set[str]:
        url = f"http://127.0.0.1:{self.prometheus_port}/api/v1/alerts"
        with urllib.request.urlopen(url, timeout=5) as response:
            alerts = json.load(response)["data"]["alerts"]
        return {a["labels"]["alertname"] for a in alerts if a["state"] == "firing"}

    def kube_state_metrics(self, ksm: KubeStateMetrics) -> None:
        """Prometheus scrapes ``ksm`` as kube-prometheus-stack's ServiceMonitor scrapes kube-state-metrics."""
        self.scrapes.append(
            {
                "job_name": "kube-state-metrics",
                "honor_labels": True,
                "static_configs": [
                    {
                        "targets": [ksm.address],
                        "labels": {"namespace": "monitoring", "job": "kube-state-metrics"},
                    }
                ],
            }
        )

    def redis_exporter(self) -> Any:
        """Debian's redis_exporter on the box's Redis primary, scraped as PodMonitor ``redis`` does."""
        port = free_port()
        command = [
            binary("prometheus-redis-exporter"),
            f"-redis.addr=redis://{self.redis.primary.address}",
            f"-redis.password={REDIS_PASSWORD}",
            f"-web.listen-address=127.0.0.1:{port}",
        ]
        [monitor] = [d for d in dist_documents(ENV, "PodMonitor") if d["metadata"]["name"] == "redis"]
        self.scrapes.append(
            {
                "job_name": "redis",
                "metrics_path": monitor["spec"]["podMetricsEndpoints"][0]["path"],
                "static_configs": [
                    {
                        "targets": [f"127.0.0.1:{port}"],
                        "labels": {"namespace": monitor["metadata"]["namespace"], "service": "redis"},
                    }
                ],
            }
        )
        return server(command, f"http://127.0.0.1:{port}/", self.tmp / "redis-exporter.log")

    def run_backup(self, *, bucket: str | None = None, pushgateway_url: str | None = None) -> int:
        """The redis-backup CronJob's container, as ``dist/prod`` declares it, against the box."""
        return self.run_cronjob("redis-backup", bucket=bucket, pushgateway_url=pushgateway_url)

    def run_cronjob(self, name: str, *, bucket: str | None = None, pushgateway_url: str | None = None) -> int:
        """CronJob ``name``'s container, as ``dist/prod`` declares it, against the box."""
        [job] = [d for d in dist_documents(ENV, "CronJob") if d["metadata"]["name"] == name]
        [container] = job["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"]
        password = self.tmp / "redis-password"
        password.write_text(REDIS_PASSWORD, encoding="utf-8")
        local = {
            "BACKUP_PUSHGATEWAY_URL": pushgateway_url or f"http://127.0.0.1:{self.pushgateway_port}",
            "REDIS_SENTINELS": self.redis.sentinel,
            "REDIS_PASSWORD_FILE": str(password),
            "AWS_ENDPOINT_URL_S3": self.s3_endpoint,
        }
        env = {**os.environ}
        for item in container["env"]:
            value = item.get("value", "")
            # every address the CronJob names must be one the box serves on 127.0.0.1
            assert item["name"] in local or not re.search(r"://|\.svc\b|amazonaws\.com", value), (
                f"{item['name']}={value}: an address the box does not map to a local server"
            )
            env[item["name"]] = local.get(item["name"], value)
        env["BACKUP_BUCKET"] = bucket or self.bucket
        tool = Path(sys.executable).parent / "contexter-backup"
        result = run([str(tool), *container.get("command", []), *container["args"]], timeout=120, env=env)
        self.logs.append(result.stderr)
        return result.returncode


@pytest.fixture
def box(tmp_path: Path, redis_cluster: RedisCluster, aws_environment: str) -> Iterator[Box]:
    s3 = boto3.client("s3", endpoint_url=aws_environment, region_name=REGION)
    box = Box(tmp_path, redis_cluster, aws_environment)
    s3.create_bucket(Bucket=box.bucket, CreateBucketConfiguration={"LocationConstraint": REGION})
    box.webhook.thread.start()
    try:
        yield box
    finally:
        box.webhook.server.shutdown()


def test_the_backup_chain_pages_only_while_no_backup_succeeds(box: Box) -> None:
    started = time.monotonic()
    max_age = int(re.search(r"> (\d+)$", scaled_rules()["groups"][0]["rules"][1]["expr"]).group(1))  # type: ignore[union-attr]
    with box.alertmanager(), box.prometheus():
        pushgateway = box.pushgateway()
        pushgateway.__enter__()
        try:
            # 1. a successful cycle pages nobody
            assert box.run_backup() == 0, box.logs[-1]
            succeeded = time.monotonic()
            selector = (
                'contexter_backup_last_success_timestamp_seconds{component="redis", job="contexter-backup"}'
            )
            wait_for(lambda: box.query(selector), 15, "Prometheus scrapes the pushed success")
            time.sleep(max_age / 2)
            assert ALERT not in box.firing() and box.webhook.about(ALERT) == []

            # 2. a Pushgateway restart between cycles forgets nothing and pages nobody
            pushgateway.__exit__(None, None, None)
            pushgateway = box.pushgateway()
            pushgateway.__enter__()
            wait_for(
                lambda: box.query(f"{selector} and on() up == 1"),
                15,
                "the restarted Pushgateway serves the success",
            )
            assert ALERT not in box.firing() and box.webhook.about(ALERT) == []

            # 3. a failing backup (S3 refuses: no such bucket) pages once the newest backup is too old
            assert box.run_backup(bucket="contexter-prod-missing-bucket") != 0
            wait_for(lambda: ("page", "firing") in box.webhook.about(ALERT), 60, f"{ALERT} pages")
            paged_after = time.monotonic() - succeeded
            # not before the newest backup is older than the threshold, then within for + group_wait + slack
            assert max_age <= paged_after <= max_age + 10, paged_after
            assert [r for r, _ in box.webhook.about(ALERT)] == ["page"], "only the pager, once"

            # 4. the next success resolves it
            assert box.run_backup() == 0
            wait_for(lambda: ("page", "resolved") in box.webhook.about(ALERT), 30, f"{ALERT} resolves")
            others = {a["labels"]["alertname"] for _, p in box.webhook.received for a in p["alerts"]} - {
                ALERT
            }
            assert others == set(), f"nothing else notified: {others}"
        finally:
            pushgateway.__exit__(None, None, None)
    print(
        f"backup chain in a box: {time.monotonic() - started:.1f} s; paged {paged_after:.1f} s after the"
        f" last success (threshold {max_age} s); webhook received {box.webhook.about(ALERT)}"
    )


def test_fails_when_the_pushgateway_port_is_blocked(box: Box) -> None:
    # The backups succeed, but their success never reaches Prometheus (as with the NetworkPolicy
    # that once blocked 9091): the chain must page, not stay silent.
    max_age = int(re.search(r"> (\d+)$", scaled_rules()["groups"][0]["rules"][1]["expr"]).group(1))  # type: ignore[union-attr]
    blocked = f"http://127.0.0.1:{free_port()}"
    with box.alertmanager(), box.prometheus(), box.pushgateway():
        assert box.run_backup() == 0, box.logs[-1]
        succeeded = time.monotonic()
        assert box.run_backup(pushgateway_url=blocked) == 0, "the tool logs a failed push and exits 0"
        assert "metric push failed" in box.logs[-1]
        wait_for(lambda: ("page", "firing") in box.webhook.about(ALERT), 60, f"{ALERT} pages")
        assert time.monotonic() - succeeded >= max_age


MAINTENANCE = ("backup-prune", "backup-verify")
"""The CronJobs whose failure opens a ticket: ``BackupPruneFailing``, ``BackupVerificationFailed``."""
TICKETS = {"backup-prune": "BackupPruneFailing", "backup-verify": "BackupVerificationFailed"}


def test_a_failing_prune_or_a_verify_that_never_succeeded_opens_a_ticket(box: Box) -> None:
    started = time.monotonic()
    rules = {r["alert"]: r for r in scaled_rules()["groups"][0]["rules"]}
    delay = max(_seconds(re.search(r"offset (\d+s)", rules[a]["expr"]).group(1)) for a in TICKETS.values())  # type: ignore[union-attr]
    hold = max(_seconds(rules[a]["for"]) for a in TICKETS.values())
    # A broken copy beside the real rule: without `or vector(0)` it compares with a series that does
    # not exist before the first success, so a verify that never succeeded would open no ticket.
    broken = {**rules["BackupVerificationFailed"], "alert": "BackupVerificationFailedWithoutFallback"}
    broken["expr"] = broken["expr"].replace(" or vector(0)", "")
    assert broken["expr"] != rules["BackupVerificationFailed"]["expr"]
    box.extra_rules.append(broken)
    ksm = KubeStateMetrics(MAINTENANCE)
    ksm.thread.start()
    box.kube_state_metrics(ksm)
    # both CronJobs are scheduled (kube-state-metrics reports it as the Job is created) ...
    ksm.last_schedule.update(dict.fromkeys(MAINTENANCE, time.time()))
    scheduled = max(ksm.last_schedule.values())
    try:
        with box.redis_exporter(), box.alertmanager(), box.prometheus(), box.pushgateway():
            watched = time.time()
            # ... and each runs once, as dist/prod declares it, and fails: S3 has no such bucket
            with ThreadPoolExecutor(len(MAINTENANCE)) as pool:
                codes = list(
                    pool.map(
                        lambda n: box.run_cronjob(n, bucket="contexter-prod-missing-bucket"), MAINTENANCE
                    )
                )
            assert all(code != 0 for code in codes), (codes, box.logs)
            wait_for(
                lambda: box.query('redis_up{job="redis", namespace="contexter-data", service="redis"} == 1'),
                15,
                "Prometheus scrapes redis_exporter's redis_up == 1 from the box's primary",
            )
            wait_for(
                lambda: box.query('kube_cronjob_status_last_schedule_time{job="kube-state-metrics"}'),
                15,
                "Prometheus scrapes the schedule times",
            )
            series = box.query('kube_cronjob_created{cronjob="backup-prune"}')
            assert [s["metric"]["namespace"] for s in series] == ["contexter-data"], "honor_labels keeps it"
            assert box.query("kube_cronjob_status_last_successful_time") == [], "none before a success"

            def ticketed() -> bool:
                return all(("ticket", "firing") in box.webhook.about(a) for a in TICKETS.values())

            wait_for(ticketed, 60, "both alerts open a ticket")
            ticket_at = time.time()
            ticketed_after, watched_for = ticket_at - scheduled, ticket_at - watched
            assert box.alerts(broken["alert"]) == [], "the broken copy never fires: the box tells them apart"
            # Prometheus knows of the schedule from its first scrape of it (its discovery hands over
            # the targets up to 5 s after the start); the ticket comes once the run's deadline (the
            # rule's offset) and `for` have passed since then, plus evaluation and group_wait
            [samples] = box.query('kube_cronjob_status_last_schedule_time{cronjob="backup-verify"}[5m]')
            seen_for = ticket_at - float(samples["values"][0][0])
            assert delay + hold <= seen_for <= delay + hold + 6, seen_for
            assert delay + hold <= ticketed_after, ticketed_after

            # the next prune succeeds (the bucket exists): its alert resolves, to the ticket receiver
            ksm.last_schedule["backup-prune"] = time.time()
            assert box.run_cronjob("backup-prune") == 0, box.logs[-1]
            ksm.last_successful["backup-prune"] = time.time()
            wait_for(
                lambda: ("ticket", "resolved") in box.webhook.about(TICKETS["backup-prune"]),
                30,
                "BackupPruneFailing resolves after the next success",
            )
    finally:
        ksm.server.shutdown()
    receivers = {r for a in TICKETS.values() for r, _ in box.webhook.about(a)}
    assert receivers == {"ticket"}, f"a ticket, never a page: {receivers}"
    alerts = {a["labels"]["alertname"] for _, p in box.webhook.received for a in p["alerts"]}
    assert alerts == set(TICKETS.values()), f"nothing else notified: {alerts}"
    print(
        f"prune/verify in a box: {time.monotonic() - started:.1f} s; ticket {ticketed_after:.1f} s after the"
        f" schedule, {seen_for:.1f} s after its first scrape, {watched_for:.1f} s after Prometheus"
        f" started (offset {delay:.0f} s, for {hold:.0f} s); webhook received"
        f" {[(a, box.webhook.about(a)) for a in TICKETS.values()]}"
    )
