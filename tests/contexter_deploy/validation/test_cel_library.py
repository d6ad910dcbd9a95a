"""contexter_deploy/validation/cel_library.py: the Kubernetes CEL functions, as the API server has them."""

from __future__ import annotations

from typing import Any

import pytest
from celpy.adapter import json_to_cel
from celpy.evaluation import CELEvalError

from contexter_deploy.validation.cel_rules import evaluate


def cel(expression: str, self_value: Any = None) -> Any:
    return evaluate(expression, json_to_cel(self_value))


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("'karpenter.sh/capacity-type'.find('^([^/]+)')", "karpenter.sh"),
        ("'no-slash'.find('/x')", ""),
        ("'a1b22c333'.findAll('[0-9]+')", ["1", "22", "333"]),
        ("'a1b22c333'.findAll('[0-9]+', 2)", ["1", "22"]),
        ("'al2023@latest'.split('@')", ["al2023", "latest"]),
        ("'a,b,c'.split(',', 2)", ["a", "b,c"]),
        ("'a,b'.split(',', 0)", []),
        ("'unix:///var/run'.substring(7, 8)", "/"),
        ("'hello'.substring(1)", "ello"),
        ("'hello'.indexOf('l')", 2),
        ("'hello'.indexOf('l', 3)", 3),
        ("'hello'.lastIndexOf('l')", 3),
        ("[1, 2, 3].indexOf(2)", 1),
        ("['a', 'b', 'a'].lastIndexOf('a')", 2),
        ("'MiXeD'.lowerAscii()", "mixed"),
        ("'MiXeD'.upperAscii()", "MIXED"),
        ("'  x '.trim()", "x"),
        ("'a-b-c'.replace('-', '.')", "a.b.c"),
        ("'a-b-c'.replace('-', '.', 1)", "a.b-c"),
        ("['a', 'b'].join('/')", "a/b"),
        ("'abc'.charAt(1)", "b"),
        ("url('https://user@example.com:8443/a%20b?x=1&x=2').getScheme()", "https"),
        ("url('https://user@example.com:8443/a%20b?x=1&x=2').getHost()", "example.com:8443"),
        ("url('https://user@example.com:8443/a%20b?x=1&x=2').getHostname()", "example.com"),
        ("url('https://user@example.com:8443/a%20b?x=1&x=2').getPort()", "8443"),
        ("url('https://user@example.com:8443/a%20b?x=1&x=2').getEscapedPath()", "/a%20b"),
        ("url('https://example.com/?x=1&x=2').getQuery()", {"x": ["1", "2"]}),
        ("isURL('https://example.com/jwks.json')", True),
        ("isURL('example.com/jwks.json')", False),
        ("isURL('https://example.com/#fragment')", False),
        ("isIP('10.0.0.1')", True),
        ("isIP('fd00::1')", True),
        ("isIP('010.0.0.1')", False),
        ("isIP('::ffff:10.0.0.1')", False),
        ("isIP('fe80::1%eth0')", False),
        ("ip('10.0.0.1').family()", 4),
        ("ip('::1').isLoopback()", True),
        ("isCIDR('169.254.170.23/32')", True),
        ("isCIDR('169.254.170.23')", False),
        ("cidr('10.0.0.0/8').containsIP('10.1.2.3')", True),
        ("cidr('10.0.0.0/8').containsIP(ip('192.168.0.1'))", False),
        ("cidr('10.0.0.0/8').prefixLength()", 8),
        ("[1, 2, 2, 5].isSorted()", True),
        ("['b', 'a'].isSorted()", False),
        ("[1, 2, 3].sum()", 6),
    ],
)
def test_library_function(expression: str, expected: Any) -> None:
    assert cel(expression) == json_to_cel(expected)


@pytest.mark.parametrize(
    "expression",
    ["url('no scheme here').getScheme()", "ip('300.1.1.1')", "'abc'.substring(2, 1)", "'abc'.charAt(9)"],
)
def test_library_function_refuses_bad_input_as_the_api_server_does(expression: str) -> None:
    with pytest.raises(CELEvalError):
        cel(expression)


def test_rules_see_self() -> None:
    assert cel(
        "self.all(x, x.operator == 'In' ? x.values.size() != 0 : true)", [{"operator": "In", "values": []}]
    ) == (json_to_cel(False))
