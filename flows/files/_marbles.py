"""Marble diagrams for flow tests: parse, render, and an aligned diff.

Syntax (each token but a time token takes one frame of ``timespan``)::

    -        one frame passes
    a        a value: ONE character (letters, digits, any other non-reserved char)
    (ab)     a group: a and b at the same time; the group takes one frame
    |        completion            #   an error
    10ms     after a space (or at the start): that much time passes (us, ms, s, m, h)
    spaces   ignored otherwise

``"-a 2s b-|"``: a at 1 frame, b at 2 frames + 2 s, completion 2 frames later.
reactivex's own parser reads ``ab`` as one value; here every value is one character.

Parsing, drawing and diffing take time linear in the diagram (events are grouped by
time once, never searched per time step).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

__all__ = [
    "MarbleEvent",
    "MarbleSyntaxError",
    "MarbleTooLongError",
    "aligned_diff",
    "by_time",
    "format_duration",
    "parse_marbles",
    "render_marbles",
    "symbol_for",
]

Kind = Literal["N", "E", "C"]
_TIME = re.compile(r"(\d+(?:\.\d+)?)(us|ms|s|m|h)(?=[\s()|#-]|$)")
_UNITS = {"us": 1, "ms": 1_000, "s": 1_000_000, "m": 60_000_000, "h": 3_600_000_000}
_RESERVED = set("-()|#^")
_MAX_DASHES = 24


class MarbleSyntaxError(ValueError):
    """A marble string is malformed; ``position`` is the 0-based index of the problem."""

    def __init__(self, message: str, position: int, hint: str | None = None) -> None:
        self.position = position
        self.hint = hint
        super().__init__(f"{message} at position {position + 1}")


class MarbleTooLongError(MarbleSyntaxError):
    """A marble string is longer than allowed; ``position`` is the first frame over.

    What counts: every ``-`` and every event (each value of a group too).
    """

    def __init__(self, limit: int, position: int) -> None:
        self.limit = limit
        message = f"more than {limit} frames (the limit MAX_TEST_FRAMES)"
        hint = "split the test into shorter ones; a time token ('2s') lets time pass in one"
        super().__init__(message, position, hint)


@dataclass(frozen=True, slots=True)
class MarbleEvent:
    """A value (``N`` with its symbol), an error (``E``) or completion (``C``) at ``time`` µs."""

    time: int
    kind: Kind
    symbol: str = ""

    @property
    def char(self) -> str:
        """How the event is drawn."""
        return self.symbol if self.kind == "N" else "#" if self.kind == "E" else "|"


def parse_marbles(text: str, timespan: int, max_frames: int | None = None) -> list[MarbleEvent]:
    """Events of a marble string; times in µs, ``timespan`` µs per frame.

    Raises:
        MarbleTooLongError: more than ``max_frames`` frames (each ``-`` and each
            event, a value inside a group too), when given.
        MarbleSyntaxError: unbalanced groups, nested groups, events after the end,
            or an unsupported token.
    """
    events: list[MarbleEvent] = []
    time = 0
    frames = 0
    group: int | None = None  # start index of an open group
    ended: int | None = None
    i = 0
    limit = len(text) if max_frames is None else max_frames  # a frame needs a character
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit() and (i == 0 or text[i - 1].isspace()):
            match = _TIME.match(text, i)
            if match is not None:
                if group is not None:
                    raise MarbleSyntaxError("a time token cannot be inside a group", i)
                time += round(float(match.group(1)) * _UNITS[match.group(2)])
                i = match.end()
                continue
        if ch == "^":
            raise MarbleSyntaxError("'^' (subscription point) is not supported", i)
        if ch == "(":
            if group is not None:
                raise MarbleSyntaxError("groups cannot be nested", i)
            group = i
        elif ch == ")":
            if group is None:
                raise MarbleSyntaxError("')' without '('", i)
            if group == i - 1:
                raise MarbleSyntaxError("empty group '()'", i)
            group = None
            time += timespan
        elif ch == "-":
            if group is not None:
                raise MarbleSyntaxError("'-' cannot be inside a group", i)
            time += timespan
            frames += 1
            if frames > limit:
                raise MarbleTooLongError(limit, i)
        else:
            if ended is not None:
                raise MarbleSyntaxError(f"'{ch}' after the end ('{text[ended]}')", i)
            kind: Kind = "C" if ch == "|" else "E" if ch == "#" else "N"
            events.append(MarbleEvent(time, kind, ch if kind == "N" else ""))
            frames += 1  # a value in a group too: the cost is in the events
            if frames > limit:
                raise MarbleTooLongError(limit, i)
            if kind != "N":
                ended = i
            if group is None:
                time += timespan
        i += 1
    if group is not None:
        raise MarbleSyntaxError("'(' is never closed", group)
    return events


def format_duration(us: int) -> str:
    """``1500000`` -> ``1.5s``; ``20000`` -> ``20ms``."""
    for unit in ("h", "m", "s", "ms"):
        size = _UNITS[unit]
        if us >= size and (us % size == 0 or unit in ("s", "ms")):
            text = f"{us / size:.6f}".rstrip("0").rstrip(".")
            return f"{text}{unit}"
    return f"{us}us"


def _gap(us: int, timespan: int) -> str:
    if us <= 0:
        return ""
    if us % timespan == 0 and us // timespan <= _MAX_DASHES:
        return "-" * (us // timespan)
    return f" {format_duration(us)} "


def _cell(events: Sequence[MarbleEvent]) -> str:
    if not events:
        return ""
    if len(events) == 1:
        return events[0].char
    return "(" + "".join(e.char for e in events) + ")"


def by_time(events: Sequence[MarbleEvent]) -> dict[int, list[MarbleEvent]]:
    """The events at each time, in order of time (one pass over the events)."""
    grouped: defaultdict[int, list[MarbleEvent]] = defaultdict(list)
    for event in events:
        grouped[event.time].append(event)
    return dict(sorted(grouped.items()))


def render_marbles(events: Sequence[MarbleEvent], timespan: int) -> str:
    """Draw events as a marble string (time tokens for long or uneven gaps)."""
    out: list[str] = []
    now = 0
    for t, here in by_time(events).items():
        out += (_gap(t - now, timespan), _cell(here))
        now = t + timespan
    return "".join(out)


def aligned_diff(
    expected: Sequence[MarbleEvent],
    actual: Sequence[MarbleEvent],
    timespan: int,
    same: Callable[[MarbleEvent, MarbleEvent], bool],
) -> tuple[str, str, str]:
    """Both diagrams on one time grid, and a line of ``^`` under every difference.

    ``same(e, a)`` decides whether two events at the same time are equal (values
    are compared by the caller, not by symbol).
    """
    exp_line: list[str] = []
    act_line: list[str] = []
    marks: list[str] = []
    now = 0
    exp_at, act_at = by_time(expected), by_time(actual)
    for t in sorted({*exp_at, *act_at}):
        gap = _gap(t - now, timespan)
        here_e, here_a = exp_at.get(t, []), act_at.get(t, [])
        cell_e, cell_a = _cell(here_e), _cell(here_a)
        width = max(len(cell_e), len(cell_a))
        exp_line += (gap, cell_e.ljust(width) if cell_e else "-" * width)
        act_line += (gap, cell_a.ljust(width) if cell_a else "-" * width)
        equal = len(here_e) == len(here_a) and all(map(same, here_e, here_a))
        marks += (" " * len(gap), ("^" * width) if not equal else " " * width)
        now = t + timespan
    return "".join(exp_line).rstrip(), "".join(act_line).rstrip(), "".join(marks).rstrip()


def symbol_for(value: Any, table: dict[str, Any], match: Callable[[Any, Any], bool]) -> str:
    """The letter of ``table`` whose value matches ``value``, else ``?``.

    A one-character string not in ``table`` is its own letter (as in the input).
    """
    for letter, expected in table.items():
        if len(letter) == 1 and match(expected, value):
            return letter
    if isinstance(value, str) and len(value) == 1 and value not in table:
        return value
    return "?"
