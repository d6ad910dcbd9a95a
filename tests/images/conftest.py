"""Print the image figures (build time, size, start-to-ready) at the end of the test session."""

from __future__ import annotations

import pytest

FIGURE = "image-figure"


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    figures = [
        value
        for report in terminalreporter.stats.get("passed", [])
        for key, value in getattr(report, "user_properties", [])
        if key == FIGURE
    ]
    if figures:
        terminalreporter.section("image figures")
        for line in sorted(figures):
            terminalreporter.write_line(str(line))
