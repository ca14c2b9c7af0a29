"""A safe YAML loader for flow files that remembers where every value came from.

On top of ``yaml.SafeLoader`` (composition only; values are built here):

- every value and every mapping key keeps its line and column, so errors can point
  at them (:class:`YamlDocument.locate`);
- alias expansion is counted: a "billion laughs" document (431 bytes, passes
  ``yaml.safe_load``, explodes when walked) is refused at ``MAX_NODES``;
- only the plain YAML types are allowed: any explicit tag (``!!python/object``,
  ``!custom``, ``!!binary``, ``!!set``) is refused;
- files over ``MAX_BYTES`` are refused before they are read;
- nesting deeper than ``MAX_DEPTH`` is refused while the document is composed, at
  the first node too deep (PyYAML composes recursively: ~330 levels would otherwise
  end in a RecursionError);
- mapping keys are always strings as written (``on:`` stays ``"on"``, not True);
  duplicate keys are errors;
- ``${VAR}`` and ``${VAR:default}`` in string scalars are replaced from the
  environment (``$${`` writes a literal ``${``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .._problems import FlowFileError, Problem

__all__ = ["MAX_BYTES", "MAX_DEPTH", "MAX_NODES", "Mark", "YamlDocument", "load_yaml"]

MAX_BYTES = 1 << 20
MAX_NODES = 100_000
MAX_DEPTH = 64

Loc = tuple[str | int, ...]

_STD = "tag:yaml.org,2002:"
_ALLOWED_TAGS = {f"{_STD}{t}" for t in ("str", "int", "float", "bool", "null", "map", "seq")}
_TIMESTAMP = f"{_STD}timestamp"
_MERGE = f"{_STD}merge"
_VAR = re.compile(r"\$\$\{|\$\{([^}:]*)(?::([^}]*))?\}")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass(frozen=True, slots=True)
class Mark:
    """A 1-based position in the file; ``quoted`` if the scalar was quoted."""

    line: int
    column: int
    quoted: bool = False


@dataclass(slots=True)
class YamlDocument:
    """Plain data (dicts, lists, scalars) plus the position of every part of it."""

    file: str
    data: Any
    marks: dict[Loc, Mark] = field(default_factory=dict)
    key_marks: dict[Loc, Mark] = field(default_factory=dict)

    def locate(self, loc: Loc, *, key: bool = False) -> Mark:
        """Where ``loc`` is (its key with ``key=True``), else its nearest ancestor."""
        if key and loc in self.key_marks:
            return self.key_marks[loc]
        for end in range(len(loc), -1, -1):
            mark = self.marks.get(loc[:end])
            if mark is not None:
                return mark
        return Mark(1, 1)

    def problem(
        self,
        loc: Loc,
        message: str,
        *,
        flow: str | None = None,
        step: str | None = None,
        hint: str | None = None,
        key: bool = False,
    ) -> Problem:
        """A Problem at ``loc``."""
        mark = self.locate(loc, key=key)
        return Problem(self.file, mark.line, mark.column, message, flow, step, hint)


def _tag_name(tag: str) -> str:
    return "!!" + tag[len(_STD) :] if tag.startswith(_STD) else tag


class _AliasBomb(Exception):
    def __init__(self, mark: yaml.Mark) -> None:
        self.mark = mark


class _TooDeep(Exception):
    def __init__(self, mark: yaml.Mark) -> None:
        self.mark = mark


def _too_deep_message() -> tuple[str, str]:
    msg = f"nesting deeper than {MAX_DEPTH} levels (MAX_DEPTH); flow files are shallow"
    hint = "flatten the value, or check for unbalanced brackets"
    return msg, hint


class _Loader(yaml.SafeLoader):
    """Composes nodes only (:class:`_Builder` turns them into data), counting what
    every alias would expand to, so a bomb is refused at the alias that sets it off,
    and how deep the node being composed is, so a deep document is refused at the
    first node beyond ``MAX_DEPTH``."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.expanded = 0
        self.depth = 0
        self._sizes: dict[int, int] = {}

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        if not self.check_event(yaml.AliasEvent):
            if self.depth >= MAX_DEPTH + 1:  # the root is depth 0, as in _Builder.build
                raise _TooDeep(self.peek_event().start_mark)  # type: ignore[no-untyped-call]
            self.depth += 1
            try:
                return super().compose_node(parent, index)
            finally:
                self.depth -= 1
        mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
        node = super().compose_node(parent, index)
        if node is None:  # pragma: no cover - an alias always names a node
            return None
        self.expanded += self._size(node)
        if self.expanded > MAX_NODES:
            raise _AliasBomb(mark)
        return node

    def _size(self, node: Node) -> int:
        """Values ``node`` expands to (a node still being composed counts as too many)."""
        key = id(node)
        if key not in self._sizes:
            self._sizes[key] = MAX_NODES + 1  # a recursive alias reaches itself
            children: list[Node] = []
            if isinstance(node, SequenceNode):
                children = list(node.value)
            elif isinstance(node, MappingNode):
                children = [n for pair in node.value for n in pair]
            self._sizes[key] = min(MAX_NODES + 1, 1 + sum(self._size(c) for c in children))
        return self._sizes[key]


class _Builder:
    def __init__(self, file: str, env: Mapping[str, str], loader: _Loader) -> None:
        self.doc = YamlDocument(file, None)
        self.env = env
        self.loader = loader
        self.count = 0

    def fail(self, node: Node, message: str, hint: str | None = None) -> FlowFileError:
        mark = node.start_mark
        return FlowFileError(
            [Problem(self.doc.file, mark.line + 1, mark.column + 1, message, hint=hint)]
        )

    def build(self, node: Node, loc: Loc, depth: int = 0) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            msg = (
                f"the document expands to more than {MAX_NODES} values; "
                "anchors and aliases (&x / *x) multiply it (a 'billion laughs' document?)"
            )
            raise self.fail(node, msg, "write the values out, or use fewer nested aliases")
        if depth > MAX_DEPTH:  # aliases nest what was composed shallow
            msg, hint = _too_deep_message()
            raise self.fail(node, f"{msg} (a recursive alias?)", hint)
        mark = node.start_mark
        quoted = isinstance(node, ScalarNode) and node.style in ("'", '"')
        self.doc.marks[loc] = Mark(mark.line + 1, mark.column + 1, quoted)
        if isinstance(node, MappingNode):
            self.check_tag(node, f"{_STD}map")
            return self.mapping(node, loc, depth)
        if isinstance(node, SequenceNode):
            self.check_tag(node, f"{_STD}seq")
            return [self.build(item, (*loc, i), depth + 1) for i, item in enumerate(node.value)]
        assert isinstance(node, ScalarNode)
        if node.tag == _TIMESTAMP:
            return node.value  # a date stays the text it was written as
        self.check_tag(node, None)
        value = self.loader.construct_object(node, deep=True)
        if isinstance(value, str):
            return self.interpolate(value, node)
        return value

    def check_tag(self, node: Node, expected: str | None) -> None:
        ok = node.tag == expected if expected else node.tag in _ALLOWED_TAGS
        if not ok:
            msg = f"tag '{_tag_name(node.tag)}' is not allowed in flow files"
            if node.tag.startswith(f"{_STD}python/"):
                msg += " (it would run Python code)"
            raise self.fail(node, msg, "use plain YAML values: no tags")

    def mapping(self, node: MappingNode, loc: Loc, depth: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        seen: dict[str, int] = {}
        merged: list[Node] = []
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE:
                merged.append(value_node)
                continue
            if not isinstance(key_node, ScalarNode):
                raise self.fail(key_node, "mapping keys must be plain names, not lists or maps")
            self.check_tag(key_node, None)
            key = key_node.value
            if key in seen:
                msg = f"duplicate key '{key}' (first at line {seen[key]})"
                raise self.fail(key_node, msg, "each key may appear once in a mapping")
            seen[key] = key_node.start_mark.line + 1
            mark = key_node.start_mark
            self.doc.key_marks[(*loc, key)] = Mark(mark.line + 1, mark.column + 1)
            out[key] = self.build(value_node, (*loc, key), depth + 1)
        for source in merged:  # ``<<: *defaults``: explicit keys win
            sources = source.value if isinstance(source, SequenceNode) else [source]
            for item in sources:
                value = self.build(item, (*loc, "<<"), depth + 1)
                if not isinstance(value, dict):
                    raise self.fail(item, "'<<' merges a mapping (or a list of mappings)")
                for key, val in value.items():
                    out.setdefault(key, val)
        return out

    def interpolate(self, text: str, node: ScalarNode) -> str:
        if "$" not in text:
            return text

        def replace(match: re.Match[str]) -> str:
            if match.group(0) == "$${":
                return "${"
            name, default = match.group(1), match.group(2)
            if not _NAME.fullmatch(name):
                msg = f"'{match.group(0)}' is not a valid variable reference"
                raise self.fail(node, msg, "write ${NAME} or ${NAME:default}")
            value = self.env.get(name)
            if value is not None:
                return value
            if default is not None:
                return default
            msg = f"environment variable '{name}' is not set (used as '{match.group(0)}')"
            raise self.fail(node, msg, f"set {name}, or give a default: ${{{name}:value}}")

        return _VAR.sub(replace, text)


def load_yaml(
    path: str | Path,
    *,
    text: str | None = None,
    env: Mapping[str, str] | None = None,
    max_bytes: int = MAX_BYTES,
) -> YamlDocument:
    """Load one YAML document safely (see the module docstring).

    Args:
        path: the file; also the name used in errors when ``text`` is given.
        text: the content, if already in memory (the size cap still applies).
        env: variables for ``${VAR}``; default ``os.environ``.

    Raises:
        FlowFileError: unreadable, too big, not YAML, a tag, an alias bomb, a
            duplicate key or an unset variable — located at the offending node.
    """
    name = str(path)
    if text is None:
        try:
            size = os.stat(path).st_size
            if size > max_bytes:
                raise _too_big(name, size, max_bytes)
            text = Path(path).read_text(encoding="utf-8")
        except FlowFileError:
            raise
        except (OSError, UnicodeDecodeError) as error:
            raise FlowFileError([Problem(name, 1, 1, f"cannot read the file: {error}")]) from None
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        raise _too_big(name, size, max_bytes)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return YamlDocument(name, None, {(): Mark(1, 1)})
        builder = _Builder(name, os.environ if env is None else env, loader)
        builder.doc.data = builder.build(node, ())
        return builder.doc
    except _TooDeep as deep:
        msg, hint = _too_deep_message()
        line, col = deep.mark.line + 1, deep.mark.column + 1
        raise FlowFileError([Problem(name, line, col, msg, hint=hint)]) from None
    except _AliasBomb as bomb:
        msg = (
            f"this alias makes the document expand to more than {MAX_NODES} values "
            "(a 'billion laughs' document?)"
        )
        hint = "write the values out, or use fewer nested anchors and aliases (&x / *x)"
        line, col = bomb.mark.line + 1, bomb.mark.column + 1
        raise FlowFileError([Problem(name, line, col, msg, hint=hint)]) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        msg = f"not valid YAML: {error.problem or error.context}"
        hint = _syntax_hint(error.context or "", error.problem or "")
        raise FlowFileError([Problem(name, line, col, msg, hint=hint)]) from None
    except yaml.YAMLError as error:
        raise FlowFileError([Problem(name, 1, 1, f"not valid YAML: {error}")]) from None
    finally:
        loader.dispose()


_SYNTAX_HINTS = [
    ("'\\t'", "indent with spaces: YAML does not allow tabs"),
    (
        "mapping values are not allowed",
        "quote a value that holds ': ' (\"a: b\"), or check that the key is not indented "
        "under the line above",
    ),
    (
        "expected <block end>",
        "line this up with its siblings: one mapping's keys, or one "
        "list's '- ' items, start in the same column",
    ),
    (
        "could not find expected ':'",
        "write each entry as 'key: value', and check the "
        "indentation of this line and the one above",
    ),
    ("quoted scalar", "a quote is never closed: end the value with the quote it began with"),
    ("flow sequence", "a '[' is never closed with ']' (or an item lacks its ',')"),
    ("flow mapping", "a '{' is never closed with '}' (or an entry lacks its ',')"),
    ("undefined alias", "define the anchor (&name) above its first use (*name)"),
    ("duplicate anchor", "give each anchor (&name) its own name"),
    (
        "another document",
        "a flow file is one YAML document: write several flows as a list of flows "
        "('- kind: ...' for each) instead of separating them with '---', or put them in "
        "files of their own",
    ),
]


def _syntax_hint(context: str, problem: str) -> str:
    """What to do about a YAML syntax error, from PyYAML's context and problem."""
    text = f"{context} {problem}"
    found = next((hint for key, hint in _SYNTAX_HINTS if key in text), None)
    return found or (
        "check the indentation (spaces; siblings in one column) and quote values that "
        "hold ': ' or ' #'"
    )


def _too_big(name: str, size: int, cap: int) -> FlowFileError:
    msg = f"file is {size} bytes; flow files may be at most {cap} bytes"
    return FlowFileError([Problem(name, 1, 1, msg, hint="split it into several files")])
