"""Located problems in flow files, and the error that carries them.

Every problem names the file, line and column, the flow and step it concerns, what
was expected, what was found and a hint; printed as::

    config/flows/x.yaml:12:11: captions/generate: unknown step type 'retyr' — did you mean 'retry'?

``FlowFileError`` sits under ``FlowConfigError`` in the runtime's hierarchy::

    FlowError
    └── FlowConfigError
        ├── FlowFileError        one or more located problems in a flow file
        └── UnknownComponentError  a name that is not in the component registry
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ._errors import FlowConfigError

__all__ = ["FlowFileError", "Problem", "did_you_mean"]


def did_you_mean(name: str, known: Iterable[str]) -> str | None:
    """``did you mean 'x'?`` for the closest known name, or None."""
    close = difflib.get_close_matches(name, sorted(set(known)), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else None


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in a flow file, with where it is (1-based line and column)."""

    file: str
    line: int
    column: int
    message: str
    flow: str | None = None
    step: str | None = None
    hint: str | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}"
        who = ""
        if self.flow is not None or self.step is not None:
            who = f" {self.flow or '-'}/{self.step}:" if self.step else f" {self.flow}:"
        hint = f" — {self.hint}" if self.hint else ""
        return f"{where}:{who} {self.message}{hint}"


class FlowFileError(FlowConfigError):
    """A flow file is invalid; ``problems`` lists every located problem found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    @property
    def first(self) -> Problem:
        """The first problem (files are checked top to bottom)."""
        return self.problems[0]
