"""Kubernetes resource quantities (``250m``, ``512Mi``) as numbers, for comparisons and sizing."""

from __future__ import annotations

import re
from decimal import Decimal

_QUANTITY = re.compile(r"^(?P<number>\d+(?:\.\d+)?)(?P<suffix>m|k|M|G|T|Ki|Mi|Gi|Ti)?$")
_MULTIPLIERS: dict[str, Decimal] = {
    "": Decimal(1),
    "m": Decimal("0.001"),
    "k": Decimal(10) ** 3,
    "M": Decimal(10) ** 6,
    "G": Decimal(10) ** 9,
    "T": Decimal(10) ** 12,
    "Ki": Decimal(2) ** 10,
    "Mi": Decimal(2) ** 20,
    "Gi": Decimal(2) ** 30,
    "Ti": Decimal(2) ** 40,
}

CPU_PATTERN = r"^\d+(\.\d+)?m?$"
"""CPU in cores (``2``, ``0.5``) or millicores (``250m``)."""

BYTES_PATTERN = r"^\d+(Ki|Mi|Gi|Ti)$"
"""Memory or storage in binary units (``512Mi``, ``20Gi``)."""


def parse_quantity(value: str | int | float) -> Decimal:
    """Parse a Kubernetes quantity into its base unit (cores or bytes).

    Raises ``ValueError`` naming the value when it is not a quantity this project uses.
    """
    if isinstance(value, int | float):
        return Decimal(str(value))
    match = _QUANTITY.match(value)
    if match is None:
        raise ValueError(f"{value!r} is not a Kubernetes quantity such as '250m', '2', '512Mi' or '20Gi'")
    return Decimal(match["number"]) * _MULTIPLIERS[match["suffix"] or ""]
