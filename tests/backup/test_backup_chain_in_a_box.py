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

kube-state-metrics is not in the box, so the prune/verify alerts (which read only its CronJob series)
are covered by the promtool tests, not here.
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
        rules = write_yaml(self.tmp / "backup-rules.yaml", scaled_rules())
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
                }
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

    def firing(self) -> set[str]:
        url = f"http://127.0.0.1:{self.prometheus_port}/api/v1/alerts"
        with urllib.request.urlopen(url, timeout=5) as response:
            alerts = json.load(response)["data"]["alerts"]
        return {a["labels"]["alertname"] for a in alerts if a["state"] == "firing"}

    def run_backup(self, *, bucket: str | None = None, pushgateway_url: str | None = None) -> int:
        """The redis-backup CronJob's container, as ``dist/prod`` declares it, against the box."""
        [job] = [d for d in dist_documents(ENV, "CronJob") if d["metadata"]["name"] == "redis-backup"]
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
