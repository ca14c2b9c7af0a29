"""The steps of a stream processor (``kind: processor``): params models and factories.

Each step is a ``processor`` component of the one registry, its parameters a
pydantic model beside its factory. A factory returns one of three things, which
:func:`~flows.patterns.build_chain` turns into our operators:

- :class:`RecordStep`: an operator on :class:`Rec` records (``map``, ``filter``,
  ``flat_map``, ``key_by``, ``dedupe``, ``debounce``, ``throttle``, ``join``);
- :class:`WindowStep`: a window shape (``window``), which the next step must
  aggregate;
- :class:`AggregateStep`: an aggregator (``aggregate``): with the window before it,
  one :func:`operators.window`.

Expressions (``map``, ``filter``, ``key_by``, ...) are JMESPath, compiled when the
flow is checked and evaluated on the record's value: no ``eval``, no access to
anything but the record (``hashtags``, ``user_id``, ``length(hashtags) > `2```).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, replace
from typing import Annotated, Any, Literal

import jmespath
from jmespath.exceptions import JMESPathError
from jmespath.parser import ParsedResult
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    WithJsonSchema,
    model_validator,
)
from reactivex import Observable, abc

from operators import (
    Aggregator,
    Count,
    CountWindow,
    DistinctCount,
    EventTime,
    Max,
    Mean,
    Min,
    Session,
    Sliding,
    Sum,
    TopK,
    Tumbling,
    Windows,
    WindowStats,
    debounce,
    dedupe,
    throttle,
    window_join,
)

from .._registry import BuildContext, Registry

__all__ = [
    "AggregateStep",
    "ChainContext",
    "Expr",
    "Rec",
    "RecordStep",
    "WindowStep",
    "compile_expr",
    "register_processor_steps",
    "seconds",
]

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(us|ms|s|m|h|d)\s*$")
_UNIT_S = {"us": 1e-6, "ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}


def seconds(value: Any) -> float:
    """``"500ms"``, ``"5s"``, ``"1m"``, ``"2h"`` or a number, as seconds (> 0, finite).

    Raises:
        ValueError: anything else (the message shows the accepted forms).
    """
    if isinstance(value, bool):
        msg = f"expected a duration such as '5s' or '1m', found {value!r}"
        raise ValueError(msg)
    if isinstance(value, int | float):
        out = float(value)
    else:
        match = _DURATION.match(str(value))
        if match is None:
            msg = f"expected a duration such as '500ms', '5s', '1m' or '2h', found {value!r}"
            raise ValueError(msg)
        out = float(match.group(1)) * _UNIT_S[match.group(2)]
    if not (math.isfinite(out) and out >= 0):
        msg = f"a duration must be >= 0 and finite, found {value!r}"
        raise ValueError(msg)
    return out


Seconds = Annotated[float, BeforeValidator(seconds)]
"""A duration parameter: ``"5s"``, ``"1m"``, ``"500ms"`` or a number of seconds."""


@dataclass(frozen=True, slots=True)
class Expr:
    """A compiled JMESPath expression, evaluated on a record's value.

    A bare field name (``user_id``, the common key and time expression) is read with
    ``value.get(name)`` as JMESPath's own visitor does, without building an
    interpreter per call (it halves a simple processor's per-record cost).
    """

    text: str
    parsed: ParsedResult
    field: str | None = None  # set when the expression is one field name

    def __call__(self, value: Any) -> Any:
        name = self.field
        if name is None:
            return self.parsed.search(value)
        try:
            return value.get(name)
        except AttributeError:
            return None


def compile_expr(text: Any) -> Expr:
    """``text`` compiled as JMESPath.

    Raises:
        ValueError: not a string, or not valid JMESPath (the parser's message).
    """
    if isinstance(text, Expr):
        return text
    if not isinstance(text, str) or not text.strip():
        msg = f"expected a JMESPath expression such as 'user_id' or 'hashtags', found {text!r}"
        raise ValueError(msg)
    try:
        parsed = jmespath.compile(text)
        node = parsed.parsed
        field = node["value"] if node.get("type") == "field" else None
        return Expr(text, parsed, field)
    except JMESPathError as error:
        msg = f"invalid JMESPath expression {text!r}: {error}"
        raise ValueError(msg) from None


ExprField = Annotated[
    Expr,
    PlainValidator(compile_expr),
    PlainSerializer(lambda e: e.text, return_type=str),
    WithJsonSchema({"type": "string", "description": "a JMESPath expression"}),
]


@dataclass(slots=True, unsafe_hash=True)
class Rec:
    """One record in a processor: where it came from, its key, event time and value.

    ``time`` is the event time in seconds (processing time: 0, unused); ``key`` is
    ``None`` until a ``key_by`` (or a window, whose results are keyed) sets it.
    ``origin`` names the window result a record comes from (``"<step>:<key>@<end ms>"``),
    kept through later steps: a stream sink stores each origin's output once.

    A record is never changed once made (a step makes a new one); the class is not
    ``frozen`` only because a frozen dataclass's ``__init__`` costs four times as
    much (``object.__setattr__`` per field), and a record is made per event per step.
    """

    source: str
    key: Hashable
    time: float
    value: Any
    origin: str | None = None

    @staticmethod
    def time_of(rec: Rec) -> float:
        """``rec.time``: the timestamp function of a processor's event time."""
        return rec.time

    @staticmethod
    def key_of(rec: Rec) -> Hashable:
        """``rec.key``."""
        return rec.key


_SCALARS = frozenset({str, int, float, bool, type(None)})  # JSON values hashable as they are


def hashable(value: Any) -> Hashable:
    """A key from any JSON value: lists and mappings as their canonical JSON text."""
    if isinstance(value, list | dict):
        return json.dumps(value, sort_keys=True, separators=(",", ":"))
    return value  # type: ignore[no-any-return]


@dataclass(slots=True)
class ChainContext:
    """What a step builds with: clock, event time, the other sources, counters.

    Attributes:
        scheduler: Timers and processing time.
        time: The processor's event time, or None for processing time.
        late: ``emit`` late events to the side output, or ``drop`` them (counted).
        sources: Every source's records, by source name (``join`` reads its other side).
        step: The id of the step being built.
        dropped: Called with the step id when a record is dropped because an
            expression failed on it (the processor counts them).
        window_stats: Counters of each window/join step, by step id (filled in).
    """

    scheduler: abc.SchedulerBase | None
    time: EventTime[Rec] | None
    late: Literal["drop", "emit"]
    sources: Mapping[str, Observable[Rec]]
    step: str = ""
    dropped: Callable[[str], None] = lambda _step: None
    window_stats: dict[str, WindowStats] | None = None

    def stats_for(self, step: str) -> WindowStats:
        """A fresh WindowStats for ``step``, registered in ``window_stats``."""
        stats = WindowStats()
        if self.window_stats is not None:
            self.window_stats[step] = stats
        return stats


RecordFn = Callable[[Rec], list[Rec]]
"""A function of one record: the records it becomes (none, one or more)."""

BatchFn = Callable[[list[Rec]], list[Rec]]
"""A function of a list of records: what ``RecordFn`` gives for each, concatenated.
It may raise on a bad record: the chain then applies the ``RecordFn`` one by one."""


@dataclass(frozen=True, slots=True)
class RecordStep:
    """A step on records: an operator (``build(ctx)`` returns it) or a function.

    ``each`` (``map``, ``filter``, ``flat_map``, ``key_by``) is a function of one
    record, which the chain applies to lists of records; a record it raises on is
    dropped and counted. ``batch``, when given, does the same for a whole list in
    one go (a comprehension); the chain falls back to ``each`` when it raises.
    """

    build: Callable[[ChainContext], Callable[[Observable[Rec]], Observable[Any]]] | None = None
    uses_source: str | None = None  # join: the other source it consumes
    span: float = 0.0  # seconds of input it may hold (for the checkpoint's retention)
    each: RecordFn | None = None
    batch: BatchFn | None = None
    # key_by: the key of a record's value and the keys of a list of values (either may
    # raise on a bad one), so that the chain can hand a window the keys beside the
    # records (or values) it keys
    key: Callable[[Any], Hashable] | None = None
    keys: Callable[[list[Any]], list[Hashable]] | None = None


@dataclass(frozen=True, slots=True)
class WindowStep:
    """A window shape, aggregated by the next step."""

    windows: Windows


@dataclass(frozen=True, slots=True)
class AggregateStep:
    """An aggregator factory (one aggregator per subscription): ``make`` folds records,
    ``make_values`` the same over the records' values (a window fed values).

    ``accepts`` says whether a value can be folded (None: any can): the chain drops and
    counts a record it refuses before the window, so one bad event (a string to sum,
    values no order compares) never fails the processor.
    """

    make: Callable[[], Aggregator[Rec, Any, Any]]
    make_values: Callable[[], Aggregator[Any, Any, Any]]
    accepts: Callable[[Any], bool] | None = None


class _Params(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _guarded(
    fn: Callable[[Rec], list[Rec]], ctx: ChainContext
) -> Callable[[Observable[Rec]], Observable[Rec]]:
    """Apply ``fn`` to each record; a record it raises on is dropped and counted."""
    step = ctx.step

    def apply(source: Observable[Rec]) -> Observable[Rec]:
        def subscribe(
            observer: abc.ObserverBase[Rec], scheduler: abc.SchedulerBase | None = None
        ) -> abc.DisposableBase:
            def on_next(rec: Rec) -> None:
                try:
                    out = fn(rec)
                except Exception:  # a bad record: counted, the processor goes on
                    ctx.dropped(step)
                    return
                for item in out:
                    observer.on_next(item)

            return source.subscribe(
                on_next, observer.on_error, observer.on_completed, scheduler=scheduler
            )

        return Observable(subscribe)

    return apply


# -- map / filter / flat_map / key_by -----------------------------------------------------


class MapParams(_Params):
    expr: ExprField = Field(
        ..., description="JMESPath giving the new value, e.g. '{user: user_id, n: length(tags)}'"
    )


def _map(p: MapParams, _ctx: BuildContext) -> RecordStep:
    """Replace each record's value by a JMESPath expression of it."""
    expr = p.expr

    def each(r: Rec) -> list[Rec]:
        return [Rec(r.source, r.key, r.time, expr(r.value), r.origin)]

    def batch(recs: list[Rec]) -> list[Rec]:
        return [Rec(r.source, r.key, r.time, expr(r.value), r.origin) for r in recs]

    return RecordStep(each=each, batch=batch)


class FilterParams(_Params):
    expr: ExprField = Field(
        ..., description="JMESPath; records where it is false, null or empty are dropped"
    )


def _filter(p: FilterParams, _ctx: BuildContext) -> RecordStep:
    """Keep the records for which a JMESPath expression is truthy."""
    expr = p.expr

    def keep(rec: Rec) -> list[Rec]:
        return [rec] if expr(rec.value) not in (None, False, [], {}, "") else []

    def batch(recs: list[Rec]) -> list[Rec]:
        return [r for r in recs if expr(r.value) not in (None, False, [], {}, "")]

    return RecordStep(each=keep, batch=batch)


class FlatMapParams(_Params):
    expr: ExprField = Field(
        ..., description="JMESPath giving a list; each element becomes a record (e.g. 'hashtags')"
    )


def _flat_map(p: FlatMapParams, _ctx: BuildContext) -> RecordStep:
    """One record per element of a list the expression gives (none for null)."""
    expr = p.expr

    def split(rec: Rec) -> list[Rec]:
        found = expr(rec.value)
        if found is None:
            return []
        if not isinstance(found, list):
            msg = f"flat_map expression {expr.text!r} gave {type(found).__name__}, not a list"
            raise TypeError(msg)
        return [replace(rec, value=v) for v in found]

    return RecordStep(each=split)


class KeyByParams(_Params):
    expr: ExprField = Field(
        ..., description="JMESPath giving the key, e.g. 'user_id' ('@' for the value itself)"
    )


def _key_by(p: KeyByParams, _ctx: BuildContext) -> RecordStep:
    """Key each record by an expression of its value (windows, dedupe, ... are per key)."""
    expr = p.expr

    def key(rec: Rec) -> list[Rec]:
        return [Rec(rec.source, hashable(expr(rec.value)), rec.time, rec.value, rec.origin)]

    def key_of(value: Any) -> Hashable:
        return hashable(expr(value))

    name = expr.field

    def keys(values: list[Any]) -> list[Hashable]:
        if name is None:
            return [hashable(expr(v)) for v in values]
        return [k if type(k := v[name]) in _SCALARS else hashable(k) for v in values]

    def batch(recs: list[Rec]) -> list[Rec]:
        if name is None:
            return [Rec(r.source, hashable(expr(r.value)), r.time, r.value, r.origin) for r in recs]
        # a bare field: value[name] as Expr does; a value that is no dict (or lacks
        # the field) raises here and the chain asks ``key`` record by record
        return [
            Rec(
                r.source,
                k if type(k := r.value[name]) in _SCALARS else hashable(k),
                r.time,
                r.value,
                r.origin,
            )
            for r in recs
        ]

    return RecordStep(each=key, batch=batch, key=key_of, keys=keys)


# -- window / aggregate ------------------------------------------------------------------


class WindowParams(_Params):
    shape: Literal["tumbling", "sliding", "session", "count"] = Field(
        ..., description="tumbling, sliding, session (by gap) or count windows"
    )
    size: Seconds | int | None = Field(
        None, description="tumbling/sliding: a duration ('1m'); count: a number of events"
    )
    slide: Seconds | int | None = Field(
        None, description="sliding: how often a window starts; count: every n events"
    )
    gap: Seconds | None = Field(None, description="session: inactivity that ends a session")
    offset: Seconds = Field(0.0, description="tumbling/sliding: alignment of window starts")

    @model_validator(mode="after")
    def _shape(self) -> WindowParams:
        need = {"tumbling": ("size",), "sliding": ("size", "slide"), "session": ("gap",)}
        need["count"] = ("size",)
        for name in need[self.shape]:
            if getattr(self, name) is None:
                msg = f"a {self.shape} window needs '{name}'"
                raise ValueError(msg)
        return self

    def windows(self) -> Windows:
        """The operators' window shape."""
        if self.shape == "tumbling":
            return Tumbling(float(self.size or 0), self.offset)
        if self.shape == "sliding":
            return Sliding(float(self.size or 0), float(self.slide or 0), self.offset)
        if self.shape == "session":
            return Session(float(self.gap or 0))
        slide = None if self.slide is None else int(self.slide)
        return CountWindow(int(self.size or 0), slide)


def _window(p: WindowParams, _ctx: BuildContext) -> WindowStep:
    """Window the (keyed) records: tumbling, sliding, session or count; aggregate next."""
    return WindowStep(p.windows())


class AggregateParams(_Params):
    op: Literal["count", "sum", "mean", "min", "max", "top_k", "distinct"] = Field(
        ..., description="what each window of each key is folded into"
    )
    of: ExprField = Field(
        "@",  # validated into an Expr
        validate_default=True,
        description="JMESPath of the value aggregated (sum, mean, min, max, top_k, distinct)",
    )
    k: int = Field(10, ge=1, le=10_000, description="top_k: how many values")


def _aggregate(p: AggregateParams, _ctx: BuildContext) -> AggregateStep:
    """Fold each window of the step before: count, sum, mean, min, max, top_k, distinct."""
    expr = p.of

    def of(rec: Rec) -> Any:
        return expr(rec.value)

    def of_key(rec: Rec) -> Hashable:
        return hashable(expr(rec.value))

    def value_key(value: Any) -> Hashable:
        return hashable(expr(value))

    makers: dict[str, Callable[[], Aggregator[Rec, Any, Any]]] = {
        "count": Count,
        "sum": lambda: Sum(of),
        "mean": lambda: Mean(of),
        "min": lambda: Min(of),
        "max": lambda: Max(of),
        "top_k": lambda: TopK(p.k, of_key),
        "distinct": lambda: DistinctCount(of_key),
    }
    of_values: dict[str, Callable[[], Aggregator[Any, Any, Any]]] = {
        "count": Count,
        "sum": lambda: Sum(expr),
        "mean": lambda: Mean(expr),
        "min": lambda: Min(expr),
        "max": lambda: Max(expr),
        "top_k": lambda: TopK(p.k, value_key),
        "distinct": lambda: DistinctCount(value_key),
    }
    return AggregateStep(makers[p.op], of_values[p.op], _accepts(p.op, expr))


_FLOAT_MAX = 1.7976931348623157e308


def _number(value: Any) -> bool:
    """A finite int or float within float range (not a bool): what sum, mean, min and
    max fold (a mean divides; an int beyond floats cannot)."""
    kind = type(value)
    if kind is float:
        return math.isfinite(value)
    return kind is int and -_FLOAT_MAX <= value <= _FLOAT_MAX


def _accepts(op: str, expr: Expr) -> Callable[[Any], bool] | None:
    """Which values ``op`` can fold: numbers for sum, mean, min and max; a value whose
    ``of`` gives a hashable form for top_k and distinct; any for count."""
    if op == "count":
        return None
    if op in ("top_k", "distinct"):

        def keyable(value: Any) -> bool:
            try:
                found = expr(value)
                hashable(found)
            except Exception:
                return False
            return type(found) is not float or math.isfinite(found)  # NaN equals nothing

        return keyable

    def numeric(value: Any) -> bool:
        try:
            return _number(expr(value))
        except Exception:
            return False

    return numeric


# -- join ----------------------------------------------------------------------------------


class JoinParams(_Params):
    with_: str = Field(..., alias="with", min_length=1, description="the other source's name")
    key: ExprField = Field(..., description="JMESPath of the other source's key")
    size: Seconds = Field(..., gt=0, description="window length: pairs share a window")
    slide: Seconds | None = Field(None, gt=0, description="sliding join windows: their slide")


def _join(p: JoinParams, _ctx: BuildContext) -> RecordStep:
    """Pair each (keyed) record with the other source's records of its key in a window.

    Emits ``{left, right}`` per pair, when the window closes (or, within allowed
    lateness, at once). The other source is consumed by the join only.
    """
    right_key = p.key
    shape: Tumbling | Sliding = Tumbling(p.size) if p.slide is None else Sliding(p.size, p.slide)

    def build(ctx: ChainContext) -> Callable[[Observable[Rec]], Observable[Any]]:
        right = ctx.sources[p.with_].pipe(
            _guarded(lambda r: [replace(r, key=hashable(right_key(r.value)))], ctx)
        )
        stats = ctx.stats_for(ctx.step)
        return window_join(
            right,
            shape,
            key=Rec.key_of,
            right_key=Rec.key_of,
            time=ctx.time,
            right_time=ctx.time,
            late=ctx.late,
            stats=stats,
            scheduler=ctx.scheduler,
        )

    return RecordStep(build, uses_source=p.with_, span=p.size)


# -- dedupe / debounce / throttle ----------------------------------------------------------


class DedupeParams(_Params):
    by: ExprField | None = Field(None, description="JMESPath of what makes a duplicate; the key")
    horizon: Seconds | None = Field(None, gt=0, description="how long a seen value is remembered")
    max_keys: int | None = Field(None, ge=1, description="at most this many values remembered")

    @model_validator(mode="after")
    def _bounded(self) -> DedupeParams:
        if self.horizon is None and self.max_keys is None:
            msg = "dedupe needs 'horizon' or 'max_keys' (or both): memory must be bounded"
            raise ValueError(msg)
        return self


def _dedupe(p: DedupeParams, _ctx: BuildContext) -> RecordStep:
    """Drop a record whose key (or ``by``) was let through within the horizon."""
    by = p.by

    def key(rec: Rec) -> Hashable:
        return rec.key if by is None else (rec.key, hashable(by(rec.value)))

    def build(ctx: ChainContext) -> Callable[[Observable[Rec]], Observable[Rec]]:
        time = None if ctx.time is None else Rec.time_of
        return dedupe(
            key, horizon=p.horizon, max_keys=p.max_keys, time=time, scheduler=ctx.scheduler
        )

    return RecordStep(build, span=p.horizon or 0.0)


class DebounceParams(_Params):
    duetime: Seconds = Field(..., gt=0, description="quiet time after which a key's last is sent")


def _debounce(p: DebounceParams, _ctx: BuildContext) -> RecordStep:
    """Per key, emit the last record of a burst once ``duetime`` passes without another."""

    def build(ctx: ChainContext) -> Callable[[Observable[Rec]], Observable[Rec]]:
        return debounce(
            p.duetime,
            key=Rec.key_of,
            time=ctx.time,
            stats=ctx.stats_for(ctx.step),
            scheduler=ctx.scheduler,
        )

    return RecordStep(build, span=p.duetime)


class ThrottleParams(_Params):
    interval: Seconds = Field(..., gt=0, description="per key, silence after a record passes")


def _throttle(p: ThrottleParams, _ctx: BuildContext) -> RecordStep:
    """Per key, let a record through, then drop the key's records for ``interval``."""

    def build(ctx: ChainContext) -> Callable[[Observable[Rec]], Observable[Rec]]:
        time = None if ctx.time is None else Rec.time_of
        return throttle(p.interval, key=Rec.key_of, time=time, scheduler=ctx.scheduler)

    return RecordStep(build, span=p.interval)


def register_processor_steps(registry: Registry) -> None:
    """Register the steps of ``kind: processor`` flows."""
    registry.register("map", "processor", MapParams, _map)
    registry.register("filter", "processor", FilterParams, _filter)
    registry.register("flat_map", "processor", FlatMapParams, _flat_map)
    registry.register("key_by", "processor", KeyByParams, _key_by)
    registry.register("window", "processor", WindowParams, _window)
    registry.register("aggregate", "processor", AggregateParams, _aggregate)
    registry.register("join", "processor", JoinParams, _join)
    registry.register("dedupe", "processor", DedupeParams, _dedupe)
    registry.register("debounce", "processor", DebounceParams, _debounce)
    registry.register("throttle", "processor", ThrottleParams, _throttle)
