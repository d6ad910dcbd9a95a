"""Reading the synthesized Terraform JSON in tests: resources by type, parsed policy documents."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest

Stack = dict[str, Any]

TERRAFORM = pytest.mark.xdist_group("terraform")
"""Tests that import infra/ (and so the AWS provider bindings) run in the worker that loaded them."""

REFERENCE = re.compile(r"^\$\{[a-z0-9_.\[\]]+\}$")
"""A Terraform reference such as ``${aws_kms_key.ebs_key.arn}``."""


def resources(stack: Stack, resource_type: str) -> dict[str, dict[str, Any]]:
    """Every resource of ``resource_type`` in ``stack``, by logical ID (empty if there is none)."""
    found: dict[str, dict[str, Any]] = stack.get("resource", {}).get(resource_type, {})
    return found


def resource(stack: Stack, resource_type: str, logical_id: str) -> dict[str, Any]:
    """One resource; fails the test naming the IDs that exist when it is missing."""
    found = resources(stack, resource_type)
    assert logical_id in found, f"no {resource_type}.{logical_id}; found {sorted(found)}"
    return found[logical_id]


def reference(resource_type: str, logical_id: str, attribute: str) -> str:
    """``${<type>.<id>.<attribute>}``, as Terraform JSON writes a reference."""
    return f"${{{resource_type}.{logical_id}.{attribute}}}"


def document(text: str) -> dict[str, Any]:
    """A policy document, parsed; fails the test if it is not JSON or not a 2012-10-17 document."""
    parsed: dict[str, Any] = json.loads(text)
    assert parsed["Version"] == "2012-10-17"
    assert isinstance(parsed["Statement"], list) and parsed["Statement"]
    return parsed


def statement(policy: dict[str, Any], sid: str) -> dict[str, Any]:
    found: list[dict[str, Any]] = [s for s in policy["Statement"] if s.get("Sid") == sid]
    assert len(found) == 1, f"no statement {sid}; found {[s.get('Sid') for s in policy['Statement']]}"
    return found[0]


def as_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else value


def policies(stack: Stack) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every policy document of the stack: (address, attribute, parsed document)."""
    for resource_type, by_id in stack.get("resource", {}).items():
        for logical_id, body in by_id.items():
            for attribute in ("policy", "assume_role_policy"):
                if attribute in body and resource_type != "aws_ecr_lifecycle_policy":
                    yield f"{resource_type}.{logical_id}", attribute, document(body[attribute])


def role_policy(stack: Stack, role_logical_id: str) -> dict[str, Any]:
    """The inline policy attached to the role ``aws_iam_role.<role_logical_id>``."""
    role_name = reference("aws_iam_role", role_logical_id, "name")
    [policy] = [
        body for body in resources(stack, "aws_iam_role_policy").values() if body["role"] == role_name
    ]
    return document(policy["policy"])


def role_named(stack: Stack, name: str) -> tuple[str, dict[str, Any]]:
    """The role called ``name``: (logical ID, resource)."""
    [found] = [(id_, body) for id_, body in resources(stack, "aws_iam_role").items() if body["name"] == name]
    return found
