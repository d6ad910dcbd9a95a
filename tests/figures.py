"""Figures that tests measure (image build time, size, start-to-ready), printed at the end of the session.

A test records one with ``record_property(FIGURE, "…")``; ``tests/conftest.py`` prints them. The hook
lives in the root conftest because under xdist only the controller prints the summary, and it
loads no conftest below ``tests/``.
"""

from __future__ import annotations

import pytest

FIGURE = "figure"


def print_figures(terminalreporter: pytest.TerminalReporter) -> None:
    figures = [
        value
        for report in terminalreporter.stats.get("passed", [])
        for key, value in getattr(report, "user_properties", [])
        if key == FIGURE
    ]
    if figures:
        terminalreporter.section("figures")
        for line in sorted(figures):
            terminalreporter.write_line(str(line))
