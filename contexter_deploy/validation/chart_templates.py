"""Which Helm values a chart's templates read, and which maps they pass through whole.

A value the project passes to an add-on chart has an effect only if a template reads it. This
module reads every file under ``<chart>/templates/`` and records, for each ``.Values`` path:

- **referenced**: a template reads it (``.Values.server.replicas``, ``index .Values "redis-ha"``,
  ``.minAvailable`` inside ``with .Values.podDisruptionBudget``);
- **open**: a template renders the whole subtree, so any key below it reaches the manifest:
  ``toYaml``/``toJson``/``tpl`` of the path (directly, through ``with``, a variable or an
  ``include`` argument), or ``range`` over it.

It understands as much of Go templates as the pinned charts use: ``with``/``range``/``if``/``else``
blocks and the dot they bind, ``$var :=`` assignments (``$mesh := mergeOverwrite $defaults
.Values.meshConfig`` binds ``$mesh`` to ``meshConfig``), ``index`` with literal keys, ``dict``
arguments and ``include``/``template`` calls whose argument is a values path or a ``dict`` of them
(the ``define`` is then read with that dot). The Istio charts' "descope" templates
(``mustMergeOverwrite $.Values (index $.Values "pilot")``) make ``pilot.x`` an alias of ``x``.

The whole-values dumps some charts make (``{{ .Values | toJson }}`` into a ConfigMap) open the root;
they are ignored, or every key would pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

ValuesPath = tuple[str, ...]
"""A path into the chart's values, e.g. ``("server", "resources")``; ``"*"`` matches any key."""

RENDER_FUNCTIONS = frozenset(
    {
        "toYaml",
        "toJson",
        "toPrettyJson",
        "toRawJson",
        "mustToJson",
        "mustToPrettyJson",
        "mustToRawJson",
        "toToml",
        "tpl",
    }
)
"""Functions that render a whole value, so every key under it reaches the output."""

_BLOCK_OPENERS = frozenset({"if", "with", "range", "define", "block"})
_ACTION = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)
_APPEND = re.compile(r"^%s(\\n)+%s$")
"""A ``printf`` format that appends its second argument to its first on a new line."""
_DESCOPE = re.compile(r'mustMergeOverwrite\s+\$\.Values\s+\(\s*index\s+\$\.Values\s+"([^"]+)"\s*\)')
_TOKEN = re.compile(
    r"""
    (?P<str>"(?:[^"\\]|\\.)*"|`[^`]*`)
   |(?P<ref>(?:\$[A-Za-z0-9_]*)?(?:\.[A-Za-z_][A-Za-z0-9_]*)+|\$[A-Za-z0-9_]*|\.)
   |(?P<assign>:=|=)
   |(?P<open>\()
   |(?P<close>\))
   |(?P<pipe>\|)
   |(?P<comma>,)
   |(?P<word>[A-Za-z_][A-Za-z0-9_]*)
   |(?P<number>[-+]?[0-9][0-9a-fA-FxX._eE+-]*)
   |(?P<space>\s+)
   |(?P<other>.)
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class Root:
    """The top-level template context (``.Values``, ``.Release`` ...)."""


@dataclass(frozen=True)
class Subtree:
    """A values subtree bound to the dot or a variable."""

    path: ValuesPath


@dataclass(frozen=True)
class DictOf:
    """A ``dict "k" v ...`` literal whose entries are bindings."""

    entries: tuple[tuple[str, Binding], ...]


@dataclass(frozen=True)
class AnyOf:
    """A value derived from several subtrees (``merge .Values.a .Values.b``)."""

    options: tuple[Binding, ...]


Binding = Root | Subtree | DictOf | AnyOf | None
ROOT = Root()


@dataclass
class Token:
    kind: str
    text: str


@dataclass
class Expression:
    """A pipeline: commands separated by ``|``; each command a list of operands."""

    commands: list[list[Token | Expression]]


@dataclass(frozen=True)
class Evidence:
    """Where a template renders a values path whole: ``templates/deployment.yaml:42``."""

    file: str
    line: int
    text: str

    def render(self) -> str:
        text = re.sub(r"\s+", " ", self.text)
        return f"{self.file}:{self.line}: {{{{{text}}}}}"


@dataclass
class ChartTemplates:
    """What one chart's templates do with its values."""

    referenced: set[ValuesPath] = field(default_factory=set)
    open: dict[ValuesPath, Evidence] = field(default_factory=dict)
    aliases: dict[str, Evidence] = field(default_factory=dict)
    """Top-level keys the templates merge into the root (``pilot`` in istiod)."""
    appended: dict[ValuesPath, list[tuple[str, Evidence]]] = field(default_factory=dict)
    """Text the templates append to a string value (``printf "%s\\n%s" $config "disable_mlock = true"``)."""
    files: int = 0

    def is_referenced(self, path: ValuesPath) -> bool:
        return path in self.referenced or any(_matches(pattern, path) for pattern in self._wild_referenced)

    def open_prefix(self, path: ValuesPath) -> Evidence | None:
        """The evidence that ``path`` or one of its parents is rendered whole, if any."""
        for length in range(1, len(path) + 1):
            prefix = path[:length]
            if prefix in self.open:
                return self.open[prefix]
            for pattern, evidence in self._wild_open:
                if len(pattern) == length and _matches(pattern, prefix):
                    return evidence
        return None

    def has_children(self, path: ValuesPath) -> bool:
        """Whether a template reads some key below ``path``."""
        return any(
            len(reference) > len(path) and _matches(reference[: len(path)], path)
            for reference in self.referenced
        )

    def children(self, path: ValuesPath) -> set[str]:
        return {
            reference[len(path)]
            for reference in self.referenced
            if len(reference) > len(path) and reference[: len(path)] == path and reference[len(path)] != "*"
        }

    @property
    def _wild_referenced(self) -> list[ValuesPath]:
        return [path for path in self.referenced if "*" in path]

    @property
    def _wild_open(self) -> list[tuple[ValuesPath, Evidence]]:
        return [(path, evidence) for path, evidence in self.open.items() if "*" in path]


def _matches(pattern: ValuesPath, path: ValuesPath) -> bool:
    return len(pattern) == len(path) and all(p in ("*", k) for p, k in zip(pattern, path, strict=True))


@dataclass
class _Action:
    file: str
    line: int
    text: str
    tokens: list[Token]


def _tokens(text: str) -> list[Token]:
    return [
        Token(match.lastgroup or "other", match.group())
        for match in _TOKEN.finditer(text)
        if match.lastgroup != "space"
    ]


def _actions(file: str, source: str) -> Iterator[_Action]:
    line, counted = 1, 0
    for match in _ACTION.finditer(source):
        text = match.group(1)
        stripped = text.strip("-").strip()
        if stripped.startswith("/*"):
            continue
        line += source.count("\n", counted, match.start())
        counted = match.start()
        yield _Action(file, line, text, _tokens(stripped))


def _parse(tokens: Sequence[Token], start: int = 0) -> tuple[Expression, int]:
    """Parse a pipeline from ``tokens[start:]`` up to a closing parenthesis or the end."""
    commands: list[list[Token | Expression]] = [[]]
    index = start
    while index < len(tokens):
        token = tokens[index]
        if token.kind == "close":
            return Expression(commands), index + 1
        if token.kind == "open":
            inner, index = _parse(tokens, index + 1)
            commands[-1].append(inner)
            continue
        if token.kind == "pipe":
            commands.append([])
        elif token.kind not in ("comma",):
            commands[-1].append(token)
        index += 1
    return Expression(commands), index


@dataclass
class _Scope:
    dot: Binding
    kind: str
    outer_dot: Binding


class _Reader:
    """Walks the actions of one template body with a given dot, recording what it reads."""

    def __init__(self, result: ChartTemplates, defines: Mapping[str, list[_Action]]) -> None:
        self.result = result
        self.defines = defines
        self.done: set[tuple[str, str]] = set()
        self.depth = 0

    def read(self, actions: Sequence[_Action], dot: Binding) -> None:
        scopes = [_Scope(dot, "body", dot)]
        variables: dict[str, Binding] = {"$": dot}  # in a define, $ is the argument it was given
        for action in actions:
            tokens = action.tokens
            if not tokens:
                continue
            head = tokens[0].text if tokens[0].kind == "word" else ""
            if head == "end":
                if len(scopes) > 1:
                    scopes.pop()
                continue
            if head == "define":
                scopes.append(_Scope(None, "define", scopes[-1].dot))
                continue
            if head == "else":
                scope = scopes[-1]
                rest = tokens[1:]
                if rest and rest[0].kind == "word" and rest[0].text == "with":
                    scope.dot = self._expression(action, rest[1:], scope.outer_dot, variables, "with")
                else:
                    scope.dot = scope.outer_dot
                    if rest:
                        self._expression(action, rest[1:], scope.dot, variables, "")
                continue
            current = scopes[-1].dot
            if head in _BLOCK_OPENERS:
                bound = self._expression(action, tokens[1:], current, variables, head)
                inner = bound if head in ("with", "range") else current
                scopes.append(_Scope(inner, head, current))
                continue
            self._expression(action, tokens, current, variables, "")

    def _expression(
        self, action: _Action, tokens: Sequence[Token], dot: Binding, variables: dict[str, Binding], head: str
    ) -> Binding:
        """Record what ``tokens`` read; return what the expression binds (for with/range/:=)."""
        targets: list[str] = []
        index = 0
        names: list[str] = []
        # "$a := x", "$k, $v := x", "$a = x"
        while index < len(tokens) and tokens[index].kind == "ref" and _is_variable(tokens[index].text):
            names.append(tokens[index].text)
            index += 1
            if index < len(tokens) and tokens[index].kind == "comma":
                index += 1
                continue
            break
        if names and index < len(tokens) and tokens[index].kind == "assign":
            targets, index = names, index + 1
        else:
            index = 0
        expression, _ = _parse(tokens[index:])
        binding = self._evaluate(action, expression, dot, variables)
        if head == "range":
            if isinstance(binding, Subtree) and binding.path:
                self._open(binding.path, action)
            element = Subtree((*binding.path, "*")) if isinstance(binding, Subtree) else None
            if targets:
                variables[targets[-1]] = element
            return element
        if targets:
            variables[targets[-1]] = binding
        return binding

    def _resolve(self, text: str, dot: Binding, variables: Mapping[str, Binding]) -> Binding:
        if text == ".":
            return dot
        if text.startswith("$"):
            name, _, rest = text.partition(".")
            base = ROOT if name == "$" else variables.get(name)
            fields = rest.split(".") if rest else []
        else:
            base, fields = dot, text[1:].split(".")
        return _select(base, fields)

    def _evaluate(
        self, action: _Action, expression: Expression, dot: Binding, variables: dict[str, Binding]
    ) -> Binding:
        piped: Binding | str = "none"
        for command in expression.commands:
            values: list[Binding] = []
            literals: list[str | None] = []
            function = ""
            for position, operand in enumerate(command):
                if isinstance(operand, Expression):
                    values.append(self._evaluate(action, operand, dot, variables))
                    literals.append(None)
                elif operand.kind == "ref":
                    bound = self._resolve(operand.text, dot, variables)
                    for path in _paths(bound if not isinstance(bound, DictOf) else None):
                        self.result.referenced.add(path)
                    values.append(bound)
                    literals.append(None)
                elif operand.kind == "str":
                    values.append(None)
                    literals.append(operand.text[1:-1])
                elif operand.kind == "word" and position == 0:
                    function = operand.text
                else:
                    values.append(None)
                    literals.append(None)
            if piped != "none":
                values.append(piped if not isinstance(piped, str) else None)
                literals.append(None)
            piped = self._apply(action, function, values, literals)
        return None if isinstance(piped, str) else piped

    def _apply(
        self, action: _Action, function: str, values: list[Binding], literals: list[str | None]
    ) -> Binding:
        if function == "index" and values:
            base, keys = values[0], literals[1:]
            if all(key is not None for key in keys):
                bound = _select(base, [key for key in keys if key is not None])
                if isinstance(bound, Subtree) and bound.path:
                    self.result.referenced.add(bound.path)
                return bound
            return None
        if function in ("hasKey", "dig") and values:
            for key in literals:
                subject = values[0] if function == "hasKey" else values[-1]
                if key is not None and isinstance(subject, Subtree):
                    self.result.referenced.add((*subject.path, key))
            return None
        if function == "dict":
            pairs = zip(literals[0::2], values[1::2], strict=False)
            return DictOf(tuple((key, value) for key, value in pairs if key is not None))
        if function in ("include", "template") and literals and literals[0] is not None:
            argument = values[1] if len(values) > 1 else None
            self._include(literals[0], argument, action)
            return None
        if function in RENDER_FUNCTIONS:
            for value in values:
                for path in _paths(value):
                    self._open(path, action)
            return None
        if function == "printf" and len(values) == 3 and _APPEND.match(literals[0] or "") and literals[2]:
            for path in _paths(values[1]):
                self.result.appended.setdefault(path, []).append(
                    (literals[2], Evidence(action.file, action.line, action.text))
                )
            return values[1]
        if function == "pick" and values:
            picked = [key for key in literals[1:] if key is not None]
            return DictOf(tuple((key, _select(values[0], [key])) for key in picked))
        if function == "set" and len(values) == 3 and isinstance(values[0], DictOf) and literals[1]:
            updated = dict(values[0].entries)
            updated[literals[1]] = values[2]
            return DictOf(tuple(updated.items()))
        if function == "":
            return values[-1] if values else None
        if function == "default":
            # ``default D X`` (``X | default D``) is X when X is set, else D: either may be rendered
            chosen = [value for value in values if isinstance(value, Subtree | DictOf | AnyOf)]
            return chosen[0] if len(chosen) == 1 else (AnyOf(tuple(chosen)) if chosen else None)
        derived = [value for value in values if isinstance(value, Subtree | DictOf | AnyOf)]
        if len(derived) > 1:
            return AnyOf(tuple(derived))
        return derived[0] if derived else None

    def _include(self, name: str, argument: Binding, action: _Action) -> None:
        body = self.defines.get(name)
        if body is None or self.depth > 12:
            return
        key = (name, repr(argument))
        if key in self.done:
            return
        self.done.add(key)
        self.depth += 1
        try:
            self.read(body, argument)
        finally:
            self.depth -= 1

    def _open(self, path: ValuesPath, action: _Action) -> None:
        if path and path not in self.result.open:
            self.result.open[path] = Evidence(action.file, action.line, action.text)


def _is_variable(text: str) -> bool:
    return text.startswith("$") and "." not in text


def _select(base: Binding, fields: Sequence[str]) -> Binding:
    fields = [name for name in fields if name]
    if not fields:
        return base
    if isinstance(base, Root):
        return Subtree(tuple(fields[1:])) if fields[0] == "Values" else None
    if isinstance(base, Subtree):
        return Subtree((*base.path, *fields))
    if isinstance(base, DictOf):
        entries = dict(base.entries)
        return _select(entries[fields[0]], fields[1:]) if fields[0] in entries else None
    if isinstance(base, AnyOf):
        return AnyOf(tuple(_select(option, fields) for option in base.options))
    if "Values" in fields:  # an unknown context's .Values is, in every pinned chart, the root's
        return Subtree(tuple(fields[fields.index("Values") + 1 :]))
    return None


def _paths(binding: Binding) -> Iterator[ValuesPath]:
    if isinstance(binding, Subtree) and binding.path:
        yield binding.path
    elif isinstance(binding, DictOf):
        for _, value in binding.entries:
            yield from _paths(value)
    elif isinstance(binding, AnyOf):
        for option in binding.options:
            yield from _paths(option)


@cache
def read_templates(chart: Path) -> ChartTemplates:
    """What the templates of the chart folder ``chart`` read; cached per folder."""
    result = ChartTemplates()
    templates = chart / "templates"
    files = sorted(path for path in templates.rglob("*") if path.is_file()) if templates.is_dir() else []
    defines: dict[str, list[_Action]] = {}
    bodies: list[list[_Action]] = []
    for path in files:
        source = path.read_text(encoding="utf-8", errors="replace")
        if "{{" not in source:
            continue
        result.files += 1
        relative = str(path.relative_to(chart))
        for match in _DESCOPE.finditer(source):
            line = source.count("\n", 0, match.start()) + 1
            result.aliases[match.group(1)] = Evidence(relative, line, match.group())
        body: list[_Action] = []
        current: list[_Action] | None = None
        depth = 0
        for action in _actions(relative, source):
            tokens = action.tokens
            head = tokens[0].text if tokens and tokens[0].kind == "word" else ""
            if current is None and head == "define" and len(tokens) > 1 and tokens[1].kind == "str":
                current, depth = defines.setdefault(tokens[1].text[1:-1], []), 0
                continue
            if current is not None:
                if head in _BLOCK_OPENERS:
                    depth += 1
                elif head == "end":
                    if depth == 0:
                        current = None
                        continue
                    depth -= 1
                current.append(action)
            else:
                body.append(action)
        bodies.append(body)
    reader = _Reader(result, defines)
    for body in bodies:
        reader.read(body, ROOT)
    for name, actions in defines.items():  # helpers nobody was seen calling still read the root
        if (name, repr(ROOT)) not in reader.done:
            reader.done.add((name, repr(ROOT)))
            reader.read(actions, ROOT)
    result.open.pop((), None)
    return result
