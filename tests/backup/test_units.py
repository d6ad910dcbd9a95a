"""Pure parts of the backup tool: retention, layout, manifests and the metric contract."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from contexter_backup import metrics
from contexter_backup.layout import Layout, Manifest, Series, StoredObject, format_timestamp, parse_timestamp
from contexter_backup.retention import Retention, keep

from charts.observability.metrics import BACKUP_LAST_SUCCESS_TIMESTAMP

MONDAY = datetime(2026, 1, 5, tzinfo=UTC)


def test_the_metric_name_is_the_one_the_alerts_read() -> None:
    assert metrics.LAST_SUCCESS_TIMESTAMP == BACKUP_LAST_SUCCESS_TIMESTAMP


def test_the_textfile_metric_is_in_the_prometheus_text_format() -> None:
    assert metrics.exposition("vault", 1767608400.0, with_label=True).splitlines() == [
        f"# HELP {BACKUP_LAST_SUCCESS_TIMESTAMP} Unix time of the last successful backup of the component.",
        f"# TYPE {BACKUP_LAST_SUCCESS_TIMESTAMP} gauge",
        f'{BACKUP_LAST_SUCCESS_TIMESTAMP}{{component="vault"}} 1767608400.000',
    ]


def test_keys_follow_the_documented_layout() -> None:
    layout = Layout("prod")
    docs = Series("qdrant", "docs")
    assert layout.data_key(docs, "20260105T102000Z") == "prod/qdrant/docs/20260105T102000Z.snapshot"
    assert (
        layout.data_key(docs, "20260105T102000Z", "qdrant-2")
        == "prod/qdrant/docs/20260105T102000Z.qdrant-2.snapshot"
    )
    assert layout.data_key(Series("redis"), "20260105T102000Z") == "prod/redis/20260105T102000Z.rdb"
    assert (
        layout.manifest_key(Series("vault"), "20260105T102000Z")
        == "prod/vault/20260105T102000Z.manifest.json"
    )
    assert Layout("prod", "drill/").series_prefix(docs) == "drill/prod/qdrant/docs/"
    assert (
        layout.timestamp_of(docs, "prod/qdrant/docs/20260105T102000Z.qdrant-2.snapshot") == "20260105T102000Z"
    )
    assert layout.timestamp_of(docs, "prod/qdrant/docs/notes.txt") is None


def test_timestamps_parse_in_both_spellings() -> None:
    moment = datetime(2026, 1, 5, 10, 20, tzinfo=UTC)
    assert format_timestamp(moment) == "20260105T102000Z"
    assert parse_timestamp("20260105T102000Z") == moment
    assert parse_timestamp("2026-01-05T10:20:00Z") == moment
    assert parse_timestamp("2026-01-05T11:20:00+01:00") == moment
    with pytest.raises(ValueError, match="is not a timestamp"):
        parse_timestamp("yesterday")


def test_a_manifest_survives_a_round_trip() -> None:
    manifest = Manifest(
        component="redis",
        series="redis",
        timestamp="20260105T102000Z",
        started_at="2026-01-05T10:20:00+00:00",
        completed_at="2026-01-05T10:21:00+00:00",
        objects=(StoredObject("prod/redis/20260105T102000Z.rdb", 10, "ab" * 32),),
        source={"role": "slave"},
        tool_version="0.1.0",
    )
    assert Manifest.from_json(manifest.to_json()) == manifest


def test_fails_when_a_manifest_has_an_unknown_format() -> None:
    with pytest.raises(ValueError, match="unsupported manifest format"):
        Manifest.from_json(b'{"format": 99, "objects": []}')


def test_retention_keeps_the_newest_backup_of_each_recent_hour_day_and_week() -> None:
    every_20_minutes = [MONDAY + timedelta(minutes=20 * index) for index in range(3 * 24 * 7 * 3)]  # 3 weeks
    kept = sorted(every_20_minutes[i] for i in keep(every_20_minutes, Retention(hourly=3, daily=2, weekly=3)))

    def at(day: int, hour: int) -> datetime:
        return datetime(2026, 1, day, hour, 40, tzinfo=UTC)

    assert every_20_minutes[-1] == at(25, 23)
    assert kept == [
        at(11, 23),  # weekly: newest of the week of 5 January
        at(18, 23),  # weekly: newest of the week of 12 January
        at(24, 23),  # daily: newest of 24 January
        at(25, 21),  # hourly
        at(25, 22),  # hourly
        at(25, 23),  # the newest: hourly, daily and weekly at once
    ]


def test_retention_of_zero_still_keeps_the_newest() -> None:
    moments = [MONDAY, MONDAY + timedelta(hours=1)]
    assert keep(moments, Retention(0, 0, 0)) == {1}
    assert keep([], Retention(1, 1, 1)) == set()


def test_fails_when_a_retention_count_is_negative() -> None:
    with pytest.raises(ValueError, match="retention daily must be >= 0"):
        Retention(hourly=1, daily=-1, weekly=0)


def test_the_image_lock_pins_the_tool_dependencies_with_hashes() -> None:
    import re
    import tomllib

    from tests.conftest import REPO_ROOT

    project = tomllib.loads((REPO_ROOT / "backup" / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lock = (REPO_ROOT / "backup" / "requirements.lock").read_text(encoding="utf-8")
    assert project["scripts"] == {"contexter-backup": "contexter_backup.cli:main"}
    for requirement in project["dependencies"]:
        assert re.search(rf"^{re.escape(requirement)} \\$", lock, re.MULTILINE), requirement
    assert "--hash=sha256:" in lock
