"""A ``TerraformStack`` whose resource addresses are readable and stable: ``aws_vpc.network_vpc``.

cdktf's default scheme appends a hash of the construct path (``network_this_51C886AC``), which
makes plans hard to read and every refactor a destroy-and-create. Here the address is the
construct path below the stack, joined with ``_``; two elements that would share an address
stop the synth instead of silently merging.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cdktf import TerraformElement, TerraformStack
from constructs import Construct, Node

_IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]*$")


class AddressBook:
    """Allocates one logical ID per construct path and refuses to give one ID to two paths."""

    def __init__(self) -> None:
        self._owners: dict[tuple[str, str], str] = {}

    def allocate(self, *, kind: str, path: str, ids_below_stack: Sequence[str]) -> str:
        """The logical ID of the element at ``path`` (``prod/network/vpc`` -> ``network_vpc``).

        ``kind`` is the namespace the ID must be unique in (the resource or data source type).
        Raises ``ValueError`` for an unreadable ID or one already given to another path.
        """
        logical_id = "_".join(part.replace("-", "_") for part in ids_below_stack)
        if not _IDENTIFIER.match(logical_id):
            raise ValueError(
                f"{path}: Terraform address {logical_id!r} is not readable; construct IDs below a stack"
                " must be lowercase snake_case (a-z, 0-9, _ or -)"
            )
        owner = self._owners.setdefault((kind, logical_id), path)
        if owner != path:
            raise ValueError(
                f"{path}: Terraform address {kind}.{logical_id} is already used by {owner};"
                " give one of the constructs another ID"
            )
        return logical_id


class ReadableStack(TerraformStack):
    """A stack whose logical IDs are the construct path below it, e.g. ``network_vpc``.

    Construct IDs are therefore part of the Terraform address: renaming one moves the
    resource in state (add a ``moved`` block), so treat them as a public contract.
    """

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self._addresses = AddressBook()
        self._path_prefix = f"{self.node.path}/"

    def _allocate_logical_id(self, tf_element: Node | TerraformElement) -> str:
        # Called once per element, from node: every property read here is a round trip, so the
        # element's kind comes from its Python class and its address from its path alone.
        node = tf_element if isinstance(tf_element, Node) else tf_element.node
        path = node.path
        logical_id = self._addresses.allocate(
            kind=_kind(tf_element), path=path, ids_below_stack=path.removeprefix(self._path_prefix).split("/")
        )
        return logical_id


def _kind(tf_element: Node | TerraformElement) -> str:
    """The namespace a logical ID must be unique in: the element's class, e.g. ``S3Bucket`` (one class
    per Terraform resource or data source type), read on the Python side without a round trip."""
    element_class = type(tf_element)
    return f"{element_class.__module__}.{element_class.__qualname__}"
