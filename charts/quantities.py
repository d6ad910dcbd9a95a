"""Kubernetes value objects (``Quantity``, ``IntOrString``), memoised.

Each one is created by a call into the jsii runtime (a round trip to its Node.js process), and a
synth converts the same few values (``"100m"``, ``"http"``, ``1``) hundreds of times. The objects
are immutable, so one instance per value serves every construct of every environment.
"""

from __future__ import annotations

from functools import cache

from cdk8s_plus_27 import k8s


@cache
def quantity(value: str) -> k8s.Quantity:
    """``k8s.Quantity.from_string(value)``, e.g. ``quantity("512Mi")``."""
    return k8s.Quantity.from_string(value)


@cache
def int_or_string(value: int | str) -> k8s.IntOrString:
    """A port number or name, or a count: ``IntOrString.from_number`` or ``from_string`` by type."""
    if isinstance(value, int):
        return k8s.IntOrString.from_number(value)
    return k8s.IntOrString.from_string(value)
