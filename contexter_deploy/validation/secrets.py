"""No secret material in ``dist/``: no Secret with data, no secret-looking literal anywhere.

Secrets live in Vault and reach the cluster through External Secrets; the synthesized output may
name a Secret (``secretName``, ``secretKeyRef``) but never carry a value. This scans every string
of every document (keys and values) and, for files on disk, the comment lines too, for:

- ``kind: Secret`` with ``data`` or ``stringData``;
- key-shaped values: AWS access key IDs, private keys, JWTs, GitHub, Slack, Google and Vault
  tokens, passwords inside URLs;
- password-like fields with a literal value: a mapping key or an environment variable whose name
  ends in a secret word (``password``, ``apiKey``, ``REDIS_PASSWORD`` with ``value`` rather than
  ``valueFrom``; not ``secretName`` or ``REDIS_PASSWORD_FILE``), or ``password=...`` inside a
  configuration string;
- high-entropy tokens: base64-like runs of 20+ characters above 4.5 bits per character, hex runs
  of 32+ characters above 3.0 bits per character.

Known-safe high-entropy values are removed before scanning by ``ALLOWED``, an explicit and narrow
list: today only OCI digests (``sha256:`` + 64 hex), which pin images and are public.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from functools import cache
from typing import Any

from contexter_deploy.facts.file_tree import tree_documents
from contexter_deploy.facts.manifests import Manifest
from contexter_deploy.validation.findings import Finding

CHECK = "secrets"

ALLOWED: tuple[tuple[str, re.Pattern[str]], ...] = (("OCI digest", re.compile(r"sha256:[0-9a-f]{64}")),)
"""(reason, pattern) of values that look random but are public by design; matches are blanked."""

KEY_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("an AWS access key ID", re.compile(r"\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}\b")),
    ("a private key", re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----")),
    ("a JWT", re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}")),
    ("a GitHub token", re.compile(r"\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})\b")),
    ("a Slack token", re.compile(r"\bxox[abposr]-[A-Za-z0-9-]{10,}")),
    ("a Google API key", re.compile(r"\bAIza[0-9A-Za-z_-]{35}\b")),
    ("a Vault token", re.compile(r"\bhv[sbr]\.[A-Za-z0-9_-]{20,}")),
    ("a password in a URL", re.compile(r"[a-z][a-z0-9+.-]*://[^/\s:@]+:[^/\s@]+@")),
)

_SENSITIVE = (
    r"(?:password|passwd|pwd|passphrase|secret|token|apikey|accesskey|privatekey|clientsecret|credentials?)"
)
_SENSITIVE_KEY = re.compile(rf"^(?!existing)[a-z0-9]*{_SENSITIVE}$")
"""A mapping key that names a secret *value* (``password``, ``apiKey``, ``awsSecretAccessKey``)
once lower-cased without ``-``/``_``; ``secretName``, ``tokenSecretRef`` and ``secretKey`` name a
reference and do not match, nor does Helm's ``existingSecret`` (the name of a Secret to read)."""
_ASSIGNMENT = re.compile(
    r"(?im)(?:\b(?:password|passwd|pwd|secret|token|api[_-]?key)\b[\"']?\s*[:=]|^\s*(?:requirepass|masterauth)\s)"
    r"\s*[\"']?(?P<value>[^\s\"',;]{4,})"
)
"""``password: x``, ``api_key=x`` inside a configuration string, and Redis's ``requirepass x`` and
``masterauth x`` directives (which take a space, not ``=``)."""
_REFERENCE = re.compile(r"^(?:\$\{[^}]+\}|\$\([^)]+\)|\$[A-Z_][A-Z0-9_]*|/[^\s]*|<[^>]+>)$")
"""Values that point at a secret instead of being one: ``${VAR}``, ``$(VAR)``, ``$VAR``, a file
path, a ``<placeholder>``."""

_BASE64_RUN = re.compile(r"[A-Za-z0-9+/=_-]{20,}")
_HEX_RUN = re.compile(r"\b[0-9a-fA-F]{32,}\b")
BASE64_ENTROPY = 4.5
HEX_ENTROPY = 3.0


def check_no_secret_data(manifests: Sequence[Manifest]) -> Iterator[Finding]:
    """No ``Secret`` document carries ``data`` or ``stringData``: values come from Vault only."""
    for manifest in manifests:
        if manifest.kind == "Secret":
            for field in ("data", "stringData"):
                if manifest.document.get(field):
                    yield Finding(
                        manifest.ref,
                        CHECK,
                        f"has {field}: secret values must come from Vault through an ExternalSecret",
                    )


def check_no_secret_literals(manifests: Sequence[Manifest]) -> Iterator[Finding]:
    """No key-shaped, password-like or high-entropy literal in any document."""
    for manifest in manifests:
        yield from _scan_node(manifest.ref, manifest.document, "")


def scan_files(files: Mapping[str, str]) -> list[Finding]:
    """Scan rendered YAML files (``path -> text``), as written to ``dist/<env>/``: every document
    with both checks, and every comment line for key-shaped and high-entropy values."""
    found: list[Finding] = []
    for path, text in sorted(files.items()):
        manifests = [Manifest(doc) for doc in tree_documents({path: text})]
        found += check_no_secret_data(manifests)
        found += check_no_secret_literals(manifests)
        for number, line in enumerate(text.splitlines(), start=1):
            if line.lstrip().startswith("#"):
                found += (Finding(f"{path}:{number}", CHECK, reason) for reason in _suspicious(line))
    return found


def _scan_node(ref: str, node: Any, path: str) -> Iterator[Finding]:
    if isinstance(node, Mapping):
        yield from _env_literal(ref, node, path)
        for key, value in node.items():
            child = f"{path}.{key}" if path else str(key)
            yield from (Finding(ref, CHECK, f"{child} (key): {reason}") for reason in _suspicious(str(key)))
            sensitive = isinstance(value, str) and value and _SENSITIVE_KEY.match(_normalise(str(key)))
            if sensitive and not _REFERENCE.match(value):
                yield Finding(
                    ref, CHECK, f"{child}: a literal value ({_mask(value)}) for a password-like field"
                )
            yield from _scan_node(ref, value, child)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _scan_node(ref, item, f"{path}[{index}]")
    elif isinstance(node, str):
        yield from (Finding(ref, CHECK, f"{path}: {reason}") for reason in _suspicious(node))
        for match in _ASSIGNMENT.finditer(node):
            if not _REFERENCE.match(match["value"]):
                yield Finding(
                    ref, CHECK, f"{path}: assigns a literal ({_mask(match['value'])}) to a secret setting"
                )


def _env_literal(ref: str, node: Mapping[str, Any], path: str) -> Iterator[Finding]:
    """An environment variable (``name`` + ``value``) whose name says it holds a secret."""
    name, value = node.get("name"), node.get("value")
    named = isinstance(name, str) and _SENSITIVE_KEY.match(_normalise(name))
    if named and isinstance(value, str) and value and not _REFERENCE.match(value):
        yield Finding(
            ref,
            CHECK,
            f"{path}: variable {name} has a literal value ({_mask(value)}); use valueFrom.secretKeyRef",
        )


@cache
def _suspicious(text: str) -> tuple[str, ...]:
    """Why ``text`` looks like secret material; empty when it does not. Cached: keys and values
    repeat across the documents of a synth."""
    for _, allowed in ALLOWED:
        text = allowed.sub(" ", text)
    reasons = [f"looks like {what}" for what, pattern in KEY_SHAPES if pattern.search(text)]
    for run in _HEX_RUN.findall(text):
        if entropy(run) > HEX_ENTROPY:
            reasons.append(f"high-entropy hex string ({_mask(run)}, {entropy(run):.1f} bits/char)")
    for run in _BASE64_RUN.findall(text):
        if not _HEX_RUN.fullmatch(run) and entropy(run) > BASE64_ENTROPY:
            reasons.append(f"high-entropy string ({_mask(run)}, {entropy(run):.1f} bits/char)")
    return tuple(reasons)


def entropy(text: str) -> float:
    """Shannon entropy of ``text`` in bits per character."""
    counts = Counter(text)
    return -sum(n / len(text) * math.log2(n / len(text)) for n in counts.values())


def _normalise(key: str) -> str:
    return re.sub(r"[-_.]", "", key).lower()


def _mask(value: str) -> str:
    """Enough to find the value, never enough to use it."""
    return f"{value[:4]}... ({len(value)} chars)"
