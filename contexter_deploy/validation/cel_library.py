"""The Kubernetes CEL library functions that ``cel-python`` lacks, as its extension functions.

The API server evaluates ``x-kubernetes-validations`` with the CEL standard library plus the
Kubernetes extensions (https://kubernetes.io/docs/reference/using-api/cel/). ``cel-python``
implements the standard library (``size``, ``matches``, ``startsWith``, ``duration``, the macros);
this module adds, with the upstream semantics:

- strings (cel-go ``ext.Strings``): ``charAt``, ``indexOf``, ``lastIndexOf``, ``lowerAscii``,
  ``upperAscii``, ``replace``, ``split``, ``substring``, ``trim``, ``join``;
- regex (k8s.io/apiserver ``library.Regex``): ``find``, ``findAll``;
- URLs (``library.URLs``): ``url``, ``isURL``, ``getScheme``, ``getHost``, ``getHostname``,
  ``getPort``, ``getEscapedPath``, ``getQuery``;
- IPs and CIDRs (``library.IP``, ``library.CIDR``, Kubernetes 1.31+): ``isIP``, ``ip``,
  ``family``, ``isLoopback``, ``isCIDR``, ``cidr``, ``containsIP``, ``prefixLength``;
- lists (``library.Lists``): ``isSorted``, ``sum``, ``indexOf``/``lastIndexOf`` on lists.

A function the rules call that is in neither is an evaluation error, reported as a finding: the
checker never passes a rule it could not evaluate.
"""

from __future__ import annotations

import ipaddress
import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import re2
from celpy import celtypes


class CELLibraryError(ValueError):
    """A Kubernetes CEL library function refused its argument (the API server errors the same way)."""


def _string(value: Any) -> str:
    if not isinstance(value, str):
        raise CELLibraryError(f"expected a string, got {type(value).__name__}")
    return str(value)


def char_at(text: Any, index: Any) -> celtypes.StringType:
    text, position = _string(text), int(index)
    if not 0 <= position <= len(text):
        raise CELLibraryError(f"index out of range: {position}")
    return celtypes.StringType(text[position : position + 1])


def index_of(target: Any, item: Any, offset: Any = None) -> celtypes.IntType:
    """``"abc".indexOf("c")`` (from ``offset``) and ``[1, 2].indexOf(2)``; -1 when absent."""
    if isinstance(target, list):
        return celtypes.IntType(next((i for i, x in enumerate(target) if x == item), -1))
    text, start = _string(target), int(offset or 0)
    if not 0 <= start <= len(text):
        raise CELLibraryError(f"index out of range: {start}")
    return celtypes.IntType(text.find(_string(item), start))


def last_index_of(target: Any, item: Any, offset: Any = None) -> celtypes.IntType:
    if isinstance(target, list):
        matches = [i for i, x in enumerate(target) if x == item]
        return celtypes.IntType(matches[-1] if matches else -1)
    text = _string(target)
    end = len(text) if offset is None else int(offset)
    if not 0 <= end <= len(text):
        raise CELLibraryError(f"index out of range: {end}")
    return celtypes.IntType(text.rfind(_string(item), 0, end + len(_string(item))))


def lower_ascii(text: Any) -> celtypes.StringType:
    return celtypes.StringType("".join(c.lower() if c.isascii() else c for c in _string(text)))


def upper_ascii(text: Any) -> celtypes.StringType:
    return celtypes.StringType("".join(c.upper() if c.isascii() else c for c in _string(text)))


def replace(text: Any, old: Any, new: Any, limit: Any = None) -> celtypes.StringType:
    count = -1 if limit is None else int(limit)
    return celtypes.StringType(_string(text).replace(_string(old), _string(new), count))


def split(text: Any, separator: Any, limit: Any = None) -> celtypes.ListType:
    """Go's ``strings.SplitN``: ``limit`` 0 gives ``[]``, negative or absent splits everywhere."""
    count = -1 if limit is None else int(limit)
    if count == 0:
        return celtypes.ListType([])
    parts = _string(text).split(_string(separator), count - 1 if count > 0 else -1)
    return celtypes.ListType([celtypes.StringType(part) for part in parts])


def substring(text: Any, start: Any, end: Any = None) -> celtypes.StringType:
    value = _string(text)
    first, last = int(start), len(value) if end is None else int(end)
    if not 0 <= first <= last <= len(value):
        raise CELLibraryError(f"substring({first}, {last}) out of range for a string of length {len(value)}")
    return celtypes.StringType(value[first:last])


def trim(text: Any) -> celtypes.StringType:
    return celtypes.StringType(_string(text).strip())


def join(items: Any, separator: Any = "") -> celtypes.StringType:
    return celtypes.StringType(_string(separator).join(_string(item) for item in items))


def find(text: Any, pattern: Any) -> celtypes.StringType:
    """The first match of the RE2 ``pattern`` in ``text``, or ``""``."""
    match = re2.search(_string(pattern), _string(text))
    return celtypes.StringType(match.group(0) if match else "")


def find_all(text: Any, pattern: Any, limit: Any = None) -> celtypes.ListType:
    matches = [m.group(0) for m in re2.finditer(_string(pattern), _string(text))]
    if limit is not None and int(limit) >= 0:
        matches = matches[: int(limit)]
    return celtypes.ListType([celtypes.StringType(m) for m in matches])


@dataclass(frozen=True)
class URL:
    """The CEL ``URL`` type: a URL Go's ``url.ParseRequestURI`` accepts (absolute, or an absolute path)."""

    scheme: str
    host: str
    hostname: str
    port: str
    escaped_path: str
    query: dict[str, list[str]]


def _parse_url(text: str) -> URL:
    parts = urlsplit(text)
    if not (parts.scheme or text.startswith("/")) or "#" in text or " " in text:
        raise CELLibraryError(f"URL parse error during conversion from string: {text!r}")
    query: dict[str, list[str]] = {}
    for pair in filter(None, parts.query.split("&")):
        key, _, value = pair.partition("=")
        query.setdefault(key, []).append(value)
    hostname = parts.hostname or ""
    return URL(
        parts.scheme, parts.netloc.rpartition("@")[2], hostname, str(parts.port or ""), parts.path, query
    )


def url(text: Any) -> URL:
    return _parse_url(_string(text))


def is_url(text: Any) -> celtypes.BoolType:
    try:
        _parse_url(_string(text))
    except (CELLibraryError, ValueError):
        return celtypes.BoolType(False)
    return celtypes.BoolType(True)


def _url(value: Any) -> URL:
    if not isinstance(value, URL):
        raise CELLibraryError(f"expected a URL, got {type(value).__name__}")
    return value


def get_scheme(value: Any) -> celtypes.StringType:
    return celtypes.StringType(_url(value).scheme)


def get_host(value: Any) -> celtypes.StringType:
    return celtypes.StringType(_url(value).host)


def get_hostname(value: Any) -> celtypes.StringType:
    return celtypes.StringType(_url(value).hostname)


def get_port(value: Any) -> celtypes.StringType:
    return celtypes.StringType(_url(value).port)


def get_escaped_path(value: Any) -> celtypes.StringType:
    return celtypes.StringType(_url(value).escaped_path)


def get_query(value: Any) -> celtypes.MapType:
    return celtypes.MapType(
        {
            celtypes.StringType(key): celtypes.ListType([celtypes.StringType(v) for v in values])
            for key, values in _url(value).query.items()
        }
    )


@dataclass(frozen=True)
class IP:
    """The CEL ``net.IP`` type."""

    address: ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True)
class CIDR:
    """The CEL ``net.CIDR`` type."""

    network: ipaddress.IPv4Network | ipaddress.IPv6Network
    address: ipaddress.IPv4Address | ipaddress.IPv6Address


def _parse_ip(text: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    """Kubernetes' strict parse: no zones, no leading zeros, no IPv4-mapped IPv6 addresses."""
    if "%" in text:
        raise CELLibraryError(f"IP address with zone value is not allowed: {text!r}")
    try:
        address = ipaddress.ip_address(text)
    except ValueError as error:
        raise CELLibraryError(f"IP Address {text!r} parse error during conversion from string") from error
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        raise CELLibraryError(f"IPv4-mapped IPv6 address is not allowed: {text!r}")
    return address


def is_ip(text: Any) -> celtypes.BoolType:
    try:
        _parse_ip(_string(text))
    except CELLibraryError:
        return celtypes.BoolType(False)
    return celtypes.BoolType(True)


def ip(text: Any) -> IP:
    return IP(_parse_ip(_string(text)))


def family(value: Any) -> celtypes.IntType:
    address = value.address if isinstance(value, IP | CIDR) else _parse_ip(_string(value))
    return celtypes.IntType(address.version)


def is_loopback(value: Any) -> celtypes.BoolType:
    if not isinstance(value, IP):
        raise CELLibraryError(f"expected an IP, got {type(value).__name__}")
    return celtypes.BoolType(value.address.is_loopback)


def _parse_cidr(text: str) -> CIDR:
    address, slash, _ = text.partition("/")
    if not slash:
        raise CELLibraryError(f"network address {text!r} parse error during conversion from string")
    try:
        network = ipaddress.ip_network(text, strict=False)
    except ValueError as error:
        raise CELLibraryError(
            f"network address {text!r} parse error during conversion from string"
        ) from error
    return CIDR(network, _parse_ip(address))


def is_cidr(text: Any) -> celtypes.BoolType:
    try:
        _parse_cidr(_string(text))
    except CELLibraryError:
        return celtypes.BoolType(False)
    return celtypes.BoolType(True)


def cidr(text: Any) -> CIDR:
    return _parse_cidr(_string(text))


def contains_ip(value: Any, address: Any) -> celtypes.BoolType:
    if not isinstance(value, CIDR):
        raise CELLibraryError(f"expected a CIDR, got {type(value).__name__}")
    candidate = address.address if isinstance(address, IP) else _parse_ip(_string(address))
    return celtypes.BoolType(candidate in value.network)


def prefix_length(value: Any) -> celtypes.IntType:
    if not isinstance(value, CIDR):
        raise CELLibraryError(f"expected a CIDR, got {type(value).__name__}")
    return celtypes.IntType(value.network.prefixlen)


def is_sorted(items: Any) -> celtypes.BoolType:
    values = list(items)
    return celtypes.BoolType(all(a <= b for a, b in itertools.pairwise(values)))


def sum_(items: Any) -> Any:
    values = list(items)
    if not values:
        return celtypes.IntType(0)
    total = values[0]
    for value in values[1:]:
        total = total + value
    return total


FUNCTIONS: dict[str, Callable[..., Any]] = {
    "charAt": char_at,
    "indexOf": index_of,
    "lastIndexOf": last_index_of,
    "lowerAscii": lower_ascii,
    "upperAscii": upper_ascii,
    "replace": replace,
    "split": split,
    "substring": substring,
    "trim": trim,
    "join": join,
    "find": find,
    "findAll": find_all,
    "url": url,
    "isURL": is_url,
    "getScheme": get_scheme,
    "getHost": get_host,
    "getHostname": get_hostname,
    "getPort": get_port,
    "getEscapedPath": get_escaped_path,
    "getQuery": get_query,
    "isIP": is_ip,
    "ip": ip,
    "family": family,
    "isLoopback": is_loopback,
    "isCIDR": is_cidr,
    "cidr": cidr,
    "containsIP": contains_ip,
    "prefixLength": prefix_length,
    "isSorted": is_sorted,
    "sum": sum_,
}
"""Extension functions by their CEL name, for ``celpy.Environment.program(..., functions=FUNCTIONS)``."""
