"""The success metric: ``contexter_backup_last_success_timestamp_seconds{component=...}``.

The jobs are short-lived, so Prometheus cannot scrape them: on success the tool pushes the gauge
to the Prometheus Pushgateway (the use Prometheus documents the Pushgateway for: the outcome of a
service-level batch job), grouped by ``job="contexter-backup"`` and ``component``, so each
component's last success survives the other components' pushes. A node-exporter textfile would
need a hostPath volume, which the restricted Pod Security level forbids. A textfile can still be
written for local runs and tests. Only successes are pushed: a failing job leaves the last
success in place and the alert fires when it grows older than the RPO.

The exposition format is written by hand: it is one gauge, and a client library is not worth a
dependency in the image.
"""

from __future__ import annotations

import logging
import os
import urllib.request
from pathlib import Path
from urllib.parse import quote

from contexter_backup.layout import Component

log = logging.getLogger(__name__)

LAST_SUCCESS_TIMESTAMP = "contexter_backup_last_success_timestamp_seconds"
"""Must equal ``charts.observability.metrics.BACKUP_LAST_SUCCESS_TIMESTAMP`` (a test checks it)."""
PUSH_JOB = "contexter-backup"
_HELP = "Unix time of the last successful backup of the component."


def exposition(component: Component, timestamp: float, *, with_label: bool) -> str:
    """The gauge in the Prometheus text format."""
    labels = f'{{component="{component}"}}' if with_label else ""
    return (
        f"# HELP {LAST_SUCCESS_TIMESTAMP} {_HELP}\n"
        f"# TYPE {LAST_SUCCESS_TIMESTAMP} gauge\n"
        f"{LAST_SUCCESS_TIMESTAMP}{labels} {timestamp:.3f}\n"
    )


def record_success(
    component: Component,
    timestamp: float,
    *,
    pushgateway_url: str | None,
    textfile: Path | None,
    timeout_seconds: float = 10.0,
) -> None:
    """Publish the success time; a failure to publish is logged, never fatal (the backup itself worked)."""
    if pushgateway_url:
        url = f"{pushgateway_url.rstrip('/')}/metrics/job/{PUSH_JOB}/component/{quote(component, safe='')}"
        request = urllib.request.Request(  # noqa: S310 - the URL is configuration, http(s) only
            url, data=exposition(component, timestamp, with_label=False).encode(), method="PUT"
        )
        request.add_header("Content-Type", "text/plain; version=0.0.4")
        try:
            with urllib.request.urlopen(request, timeout=timeout_seconds):  # noqa: S310
                pass
            log.info("metric pushed", extra={"component": component, "pushgateway": pushgateway_url})
        except OSError as error:
            log.error("metric push failed", extra={"component": component, "error": str(error)})
    if textfile is not None:
        temporary = textfile.with_name(f".{textfile.name}.{os.getpid()}")
        temporary.write_text(exposition(component, timestamp, with_label=True), encoding="utf-8")
        temporary.replace(textfile)
