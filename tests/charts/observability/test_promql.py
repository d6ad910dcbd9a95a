"""charts/observability/promql.py"""

from __future__ import annotations

import pytest

from charts.observability.promql import (
    MESH,
    equals,
    error_ratio,
    latency_quantile,
    request_count,
    request_rate,
    selector,
    with_min_requests,
)


def test_selector_joins_matchers() -> None:
    assert selector("up", [equals("job", "search"), 'status=~"5.."']) == 'up{job="search",status=~"5.."}'


def test_request_rate_sums_over_the_window() -> None:
    assert request_rate([equals("service", "search")], "5m") == (
        'sum(rate(http_requests_total{service="search"}[5m]))'
    )


def test_error_ratio_reads_missing_errors_as_zero_only_where_requests_exist() -> None:
    assert error_ratio([equals("service", "search")]) == (
        '(sum(rate(http_requests_total{service="search",status=~"5.."}[2m]))'
        ' or 0 * sum(rate(http_requests_total{service="search"}[2m])))'
        ' / sum(rate(http_requests_total{service="search"}[2m]))'
    )
    assert "vector(" not in error_ratio([])


def test_the_mesh_family_counts_response_codes() -> None:
    query = error_ratio([equals("reporter", "source")], metrics=MESH)
    assert 'istio_requests_total{reporter="source",response_code=~"5.."}' in query
    assert "istio_request_duration_milliseconds_bucket" in latency_quantile(0.95, [], metrics=MESH)


def test_latency_quantile_keeps_nan() -> None:
    assert latency_quantile(0.95, [equals("service", "search")], "1m") == (
        "histogram_quantile(0.95, sum by (le) (rate("
        'http_request_duration_seconds_bucket{service="search"}[1m])))'
    )


def test_with_min_requests_is_empty_below_the_minimum() -> None:
    matchers = [equals("service", "search")]
    assert with_min_requests("x", matchers, 100) == f"(x) and on() ({request_count(matchers)} >= 100)"


def test_fails_when_the_minimum_is_not_positive() -> None:
    with pytest.raises(ValueError, match="min_requests 0: allowed: 1 or more"):
        with_min_requests("x", [], 0)


def test_fails_when_a_label_value_could_break_the_query() -> None:
    with pytest.raises(ValueError, match="must not contain quotes"):
        equals("service", 'a"b')


def test_fails_when_the_quantile_is_not_a_fraction() -> None:
    with pytest.raises(ValueError, match="strictly between 0 and 1"):
        latency_quantile(95, [])
