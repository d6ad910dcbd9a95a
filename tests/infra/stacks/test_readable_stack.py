"""infra/stacks/readable_stack.py: readable, stable Terraform addresses in plain Terraform JSON."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from tests.infra.terraform_json import TERRAFORM

# infra/ modules load the AWS provider bindings (about 600 MB): tests import them locally, so only the
# xdist worker of group "terraform" loads them, once; collection in other workers stays cheap.
pytestmark = TERRAFORM

Stacks = dict[str, dict[str, Any]]
ADDRESS = re.compile(r"^[a-z][a-z0-9_]*$")
HASH_SUFFIX = re.compile(r"_[0-9A-F]{8}$")


def test_every_address_is_the_readable_construct_path(terraform_stacks: Stacks) -> None:
    for name, stack in terraform_stacks.items():
        for block in ("resource", "data"):
            for resource_type, by_id in stack.get(block, {}).items():
                for logical_id, body in by_id.items():
                    assert ADDRESS.match(logical_id) and not HASH_SUFFIX.search(logical_id), logical_id
                    metadata = body["//"]["metadata"]
                    assert metadata["uniqueId"] == logical_id
                    path = metadata["path"].removeprefix(f"{name}/")
                    assert path.replace("/", "_").replace("-", "_") == logical_id, (resource_type, path)


def test_the_vpc_has_the_documented_address(terraform_stacks: Stacks) -> None:
    assert set(terraform_stacks["prod"]["resource"]["aws_vpc"]) == {"network_vpc"}


def test_the_provider_comes_from_the_public_registry(terraform_stacks: Stacks) -> None:
    for stack in terraform_stacks.values():
        assert stack["terraform"]["required_providers"]["aws"]["source"] == "hashicorp/aws"
        assert re.fullmatch(r"\d+\.\d+\.\d+", stack["terraform"]["required_providers"]["aws"]["version"])


def test_the_json_is_plain_terraform_without_cdktf_leftovers(terraform_stacks: Stacks) -> None:
    for stack in terraform_stacks.values():
        # "//" is Terraform JSON's comment key: Terraform ignores it.
        assert set(stack) <= {"//", "terraform", "provider", "resource", "data", "output"}
        text = json.dumps(stack)
        assert "TfToken" not in text, "an unresolved cdktf token reached the JSON"
        assert "${TOKEN" not in text
        assert "terraform_remote_state" not in text, "stacks must not depend on each other's state"


def test_an_address_is_stable_for_its_path() -> None:
    from infra.stacks.readable_stack import AddressBook

    book = AddressBook()
    first = book.allocate(kind="aws_vpc", path="prod/network/vpc", ids_below_stack=["network", "vpc"])
    again = book.allocate(kind="aws_vpc", path="prod/network/vpc", ids_below_stack=["network", "vpc"])
    assert first == again == "network_vpc"
    assert book.allocate(
        kind="aws_subnet", path="prod/network/private-0", ids_below_stack=["network", "private-0"]
    ) == ("network_private_0")


def test_two_types_may_share_a_name() -> None:
    from infra.stacks.readable_stack import AddressBook

    book = AddressBook()
    book.allocate(
        kind="aws_iam_role", path="p/karpenter/node_role", ids_below_stack=["karpenter", "node_role"]
    )
    book.allocate(
        kind="aws_eks_access_entry", path="p/karpenter_node/role", ids_below_stack=["karpenter_node", "role"]
    )


def test_fails_when_two_constructs_share_an_address() -> None:
    from infra.stacks.readable_stack import AddressBook

    book = AddressBook()
    book.allocate(kind="aws_iam_role", path="prod/a_b/c", ids_below_stack=["a_b", "c"])
    with pytest.raises(
        ValueError, match=r"prod/a/b_c: Terraform address aws_iam_role.a_b_c is already used by prod/a_b/c"
    ):
        book.allocate(kind="aws_iam_role", path="prod/a/b_c", ids_below_stack=["a", "b_c"])


def test_fails_when_a_construct_id_is_not_snake_case() -> None:
    from infra.stacks.readable_stack import AddressBook

    with pytest.raises(ValueError, match=r"'network_Vpc' is not readable"):
        AddressBook().allocate(kind="aws_vpc", path="prod/network/Vpc", ids_below_stack=["network", "Vpc"])
