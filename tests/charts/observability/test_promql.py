"""charts/observability/promql.py"""

from __future__ import annotations

import pytest

from charts.observability.promql import equals, error_ratio, latency_quantile, request_rate, selector


def test_selector_joins_matchers() -> None:
    assert selector("up", [equals("job", "search"), 'status=~"5.."']) == 'up{job="search",status=~"5.."}'


def test_request_rate_sums_over_the_window() -> None:
    assert request_rate([equals("service", "search")], "5m") == (
        'sum(rate(http_requests_total{service="search"}[5m]))'
    )


def test_error_ratio_is_zero_without_errors_or_traffic() -> None:
    assert error_ratio([equals("service", "search")]) == (
        '(sum(rate(http_requests_total{service="search",status=~"5.."}[2m])) or vector(0))'
        ' / (sum(rate(http_requests_total{service="search"}[2m])) > 0 or vector(1))'
    )


def test_latency_quantile_reads_nan_as_zero() -> None:
    assert latency_quantile(0.95, [equals("service", "search")], "1m") == (
        "(histogram_quantile(0.95, sum by (le) (rate("
        'http_request_duration_seconds_bucket{service="search"}[1m]))) >= 0) or vector(0)'
    )


def test_fails_when_a_label_value_could_break_the_query() -> None:
    with pytest.raises(ValueError, match="must not contain quotes"):
        equals("service", 'a"b')


def test_fails_when_the_quantile_is_not_a_fraction() -> None:
    with pytest.raises(ValueError, match="strictly between 0 and 1"):
        latency_quantile(95, [])
