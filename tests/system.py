"""The Debian programs the tests start, found on PATH or failed with the package to install.

``system-packages.txt`` lists every package; ``make test`` installs the missing ones first
(``scripts/system-packages.sh``), so a missing program here means the tests ran without ``make test``.
A test never skips for a missing program: it fails, naming the package.
"""

from __future__ import annotations

import shutil

import pytest

from tests.conftest import REPO_ROOT

SYSTEM_PACKAGES = REPO_ROOT / "system-packages.txt"

PACKAGE_OF = {
    "redis-server": "redis-server",
    "redis-cli": "redis-server",
    "buildah": "buildah",
    "debootstrap": "debootstrap",
    "promtool": "prometheus",
    "prometheus": "prometheus",
    "amtool": "prometheus-alertmanager",
    "prometheus-alertmanager": "prometheus-alertmanager",
    "prometheus-pushgateway": "prometheus-pushgateway",
    "prometheus-redis-exporter": "prometheus-redis-exporter",
}
"""Each program the tests run, and the Debian package in ``system-packages.txt`` that ships it."""


def listed_packages() -> list[str]:
    """The package names of ``system-packages.txt``, in file order."""
    lines = SYSTEM_PACKAGES.read_text(encoding="utf-8").splitlines()
    return [line.split("#", 1)[0].strip() for line in lines if line.split("#", 1)[0].strip()]


def require_program(program: str) -> str:
    """The path of ``program``; fails the test, naming its package and ``make test``, when it is absent."""
    path = shutil.which(program)
    if path is None:
        package = PACKAGE_OF[program]
        pytest.fail(
            f"{program} is not installed: `make test` installs the Debian package {package} "
            f"(listed in system-packages.txt), or run: apt-get install --no-install-recommends {package}",
            pytrace=False,
        )
    return path
