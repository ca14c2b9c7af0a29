"""Compile a pipeline's inline path into straight-line Python, as ``dataclasses`` does.

A loop over stages pays for iteration, tuple unpacking and an index per stage; for
three trivial stages that is most of the cost. The generated function runs every
stage in sequence, checks each result type once (a set lookup for plain values),
times each stage with one chained clock read, and on anything unusual raises
``AtStage(index, value_before, reason)`` for the caller's slow path.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from types import CoroutineType, NoneType
from typing import Any

from reactivex import Observable

from operators import ItemTimeoutError

from ._eager import start_eager
from ._stage import Suspended

__all__ = ["AtStage", "compile_inline"]

# result types that are certainly neither coroutines nor Observables
PLAIN = frozenset({dict, list, str, int, float, bool, tuple, bytes, NoneType})


class AtStage(Exception):
    """Stage ``index`` did not finish inline for ``value``; ``reason`` says why."""

    def __init__(self, index: int, value: Any, reason: Exception) -> None:
        self.index = index
        self.value = value
        self.reason = reason


def _settle(result: Any) -> Any:
    """A non-plain result: finish a coroutine inline or signal suspension."""
    if type(result) is CoroutineType:
        done, result = start_eager(result)
        if not done:
            raise Suspended(result)
        return result
    if isinstance(result, Observable):
        raise Suspended(result)
    return result


def compile_inline(
    fns: Sequence[Callable[[Any], Any]],
    limits: Sequence[float | None],
    clock: Callable[[], float],
) -> Callable[[Any], Any]:
    """Build ``run(value) -> value`` applying every stage inline.

    Raises (from ``run``):
        AtStage: a stage raised, suspended, or exceeded its limit (``ItemTimeoutError``).
    """
    timed = any(limit is not None for limit in limits)
    # distinct names per stage (v0 -> v1 -> ..., t0 -> t1 -> ...): no reassignments
    lines = ["def run(v0):"]
    if timed:
        lines.append("    t0 = clock()")
    for i, limit in enumerate(limits):
        lines += [
            "    try:",
            f"        v{i + 1} = fn{i}(v{i})",
            f"        if type(v{i + 1}) not in PLAIN:",
            f"            v{i + 1} = settle(v{i + 1})",
            "    except Exception as exc:",
            f"        raise AtStage({i}, v{i}, exc) from None",
        ]
        if timed:
            lines += [f"    t{i + 1} = clock()"]
            if limit is not None and math.isfinite(limit):
                lines += [
                    f"    if t{i + 1} - t{i} > lim{i}:",
                    f"        raise AtStage({i}, v{i}, ItemTimeoutError(lim{i}, v{i}))",
                ]
    lines.append(f"    return v{len(limits)}")
    namespace: dict[str, Any] = {
        "PLAIN": PLAIN,
        "settle": _settle,
        "AtStage": AtStage,
        "ItemTimeoutError": ItemTimeoutError,
        "clock": clock,
    }
    for i, (fn, limit) in enumerate(zip(fns, limits, strict=True)):
        namespace[f"fn{i}"] = fn
        namespace[f"lim{i}"] = limit
    exec(compile("\n".join(lines), "<captionflow inline path>", "exec"), namespace)
    run: Callable[[Any], Any] = namespace["run"]
    return run
