"""ReactiveFlow: a lazily evaluated dependency graph wired with ``combine_latest``.

Every node owns a *version stream*, a ``BehaviorSubject[int]``. An input bumps its
version when it is set; a computation's version is::

    combine_latest(own_trigger, *dependency_versions) >> skip(1) >> scan(+1)

so a changed input eagerly marks exactly its transitive dependants dirty (their
version moves past the version their cached value was computed at), while values
are computed lazily by :meth:`ReactiveFlow.get` and cached until the next bump::

    a (input)   --0------1---------->
    b = f(a)    --0------1---------->
    c = g(a)    --0------1---------->
    d = h(b, c) --0------1--2------->   (one bump per changed dependency)
"""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import reactivex
from reactivex import Observable, abc
from reactivex import operators as ops
from reactivex.disposable import CompositeDisposable
from reactivex.subject import BehaviorSubject, Subject

from .._errors import CycleError, FlowConfigError, FlowNotFoundError, UnknownDependencyError

__all__ = ["ReactiveFlow"]

_MISSING: Any = object()

_Result = tuple[Any, list[str]]


@dataclass(eq=False)
class _Node:
    name: str
    fn: Callable[..., Any] | None  # None for an input
    deps: tuple[str, ...] = ()
    value: Any = _MISSING  # the input's value, or the computation's cached value
    cached_version: int = -1
    trigger: BehaviorSubject[int] = field(default_factory=lambda: BehaviorSubject(0))
    version: BehaviorSubject[int] = field(default_factory=lambda: BehaviorSubject(0))
    values: Subject[Any] = field(default_factory=Subject)
    task: asyncio.Task[_Result] | None = None
    task_version: int = -1

    def __post_init__(self) -> None:
        if self.fn is None:
            self.version = self.trigger  # an input's version is its own trigger

    @property
    def cached(self) -> bool:
        return self.fn is not None and self.cached_version == self.version.value


class ReactiveFlow:
    """A graph of inputs and computations, recomputed lazily and only where stale.

    Args:
        name: the flow's name; it appears in every error about the flow.
        scheduler: its clock times computations for ``on_compute`` (default:
            ``time.perf_counter``).
        on_compute: metrics hook called as ``on_compute(node, seconds, ok)`` after
            each computation run.
    """

    def __init__(
        self,
        name: str,
        *,
        scheduler: abc.SchedulerBase | None = None,
        on_compute: Callable[[str, float, bool], None] | None = None,
    ) -> None:
        self.name = name
        self._scheduler = scheduler
        self._on_compute = on_compute
        self._nodes: dict[str, _Node] = {}
        self._order: list[str] = []
        self._built = False
        self._wiring = CompositeDisposable()

    # -- definition ---------------------------------------------------------------

    def add_input(self, name: str, value: Any = _MISSING) -> ReactiveFlow:
        """Define an input node, optionally with its first value; chainable."""
        self._add(_Node(name, None, value=value))
        return self

    def add_computation(
        self, name: str, fn: Callable[..., Any], depends_on: Sequence[str] = ()
    ) -> ReactiveFlow:
        """Define ``name = fn(*values of depends_on)``; ``fn`` may be ``async def``."""
        if not callable(fn):
            msg = f"reactive flow '{self.name}': computation '{name}' needs a callable, got {fn!r}"
            raise FlowConfigError(msg)
        if isinstance(depends_on, str):
            msg = (
                f"reactive flow '{self.name}': depends_on of '{name}' must be a list of "
                f"names, got the string {depends_on!r}; did you mean [{depends_on!r}]?"
            )
            raise FlowConfigError(msg)
        _check_arity(self.name, name, fn, tuple(depends_on))
        self._add(_Node(name, fn, deps=tuple(depends_on)))
        return self

    def _add(self, node: _Node) -> None:
        if not isinstance(node.name, str) or not node.name:
            msg = f"reactive flow '{self.name}': node names must be non-empty strings"
            raise FlowConfigError(msg)
        if node.name in self._nodes:
            kind = "an input" if self._nodes[node.name].fn is None else "a computation"
            msg = (
                f"reactive flow '{self.name}': '{node.name}' is already defined as {kind}; "
                "node names must be unique"
            )
            raise FlowConfigError(msg)
        self._nodes[node.name] = node
        self._built = False

    def set_input(self, name: str, value: Any) -> None:
        """Set an input (defining it if new) and mark everything downstream dirty."""
        node = self._nodes.get(name)
        if node is None:
            self.add_input(name, value)
            return
        if node.fn is not None:
            msg = (
                f"reactive flow '{self.name}': '{name}' is a computation, not an input; "
                f"use invalidate('{name}') to force it to recompute"
            )
            raise FlowConfigError(msg)
        node.value = value
        node.trigger.on_next(node.trigger.value + 1)

    def set_inputs(self, values: Mapping[str, Any]) -> None:
        """Set several inputs; nothing is set if any name is a computation."""
        for name in values:
            node = self._nodes.get(name)
            if node is not None and node.fn is not None:
                msg = f"reactive flow '{self.name}': '{name}' is a computation, not an input"
                raise FlowConfigError(msg)
        for name, value in values.items():
            self.set_input(name, value)

    def validate(self) -> None:
        """Check the graph: every dependency defined and no cycles.

        Raises:
            UnknownDependencyError: a computation depends on an undefined name.
            CycleError: computations depend on each other in a loop.
        """
        for node in self._nodes.values():
            for dep in node.deps:
                if dep not in self._nodes:
                    raise UnknownDependencyError(self.name, node.name, dep, list(self._nodes))
        order: list[str] = []
        state: dict[str, int] = {}  # 1 = on the DFS stack, 2 = done
        stack: list[str] = []

        def visit(name: str) -> None:
            state[name] = 1
            stack.append(name)
            for dep in self._nodes[name].deps:
                if state.get(dep) == 1:
                    loop = stack[stack.index(dep) :]
                    loop.reverse()  # report in data-flow order: x -> its dependant
                    first = min(loop, key=list(self._nodes).index)
                    start = loop.index(first)
                    loop = loop[start:] + loop[:start]
                    raise CycleError(self.name, [*loop, first])
                if dep not in state:
                    visit(dep)
            stack.pop()
            state[name] = 2
            order.append(name)

        for name in self._nodes:
            if name not in state:
                visit(name)
        self._order = order

    def _build(self) -> None:
        """Validate, then (re)subscribe every computation's version stream."""
        self.validate()
        self._wiring.dispose()
        self._wiring = CompositeDisposable()
        for name in self._order:
            node = self._nodes[name]
            if node.fn is None:
                continue
            sources = [node.trigger, *(self._nodes[d].version for d in node.deps)]
            bumps = reactivex.combine_latest(*sources).pipe(
                ops.skip(1),  # the first emission is the current state, not a change
                ops.scan(lambda v, _: v + 1, node.version.value),
            )
            self._wiring.add(bumps.subscribe(on_next=node.version.on_next))
        self._built = True

    # -- evaluation ---------------------------------------------------------------

    async def get(self, name: str) -> Any:
        """Return the node's value, computing it and its stale dependencies first."""
        value, _ = await self.compute(name)
        return value

    async def compute(self, name: str) -> tuple[Any, list[str]]:
        """Like :meth:`get`, also returning the names recomputed (topological order)."""
        self._node(name)
        if not self._built:
            self._build()
        value, ran = await self._ensure(name, name)
        rank = {n: i for i, n in enumerate(self._order)}
        return value, sorted(set(ran), key=rank.__getitem__)

    async def _ensure(self, name: str, target: str) -> _Result:
        node = self._nodes[name]
        if node.fn is None:
            if node.value is _MISSING:
                msg = (
                    f"reactive flow '{self.name}': input '{name}' has no value (needed by "
                    f"'{target}'); call set_input('{name}', value) first"
                )
                raise FlowConfigError(msg)
            return node.value, []
        if node.cached:
            return node.value, []
        task = node.task
        if task is None or node.task_version != node.version.value:
            task = asyncio.ensure_future(self._run(node, target))
            task.add_done_callback(lambda t: self._finished(node, t))
            node.task, node.task_version = task, node.version.value
        # shield: one cancelled caller must not cancel the run the others share
        return await asyncio.shield(task)

    def _finished(self, node: _Node, task: asyncio.Task[_Result]) -> None:
        if node.task is task:
            node.task = None
        if not task.cancelled():
            task.exception()  # retrieved here so an orphaned failure is not logged

    async def _run(self, node: _Node, target: str) -> _Result:
        assert node.fn is not None  # only computations reach here
        version = node.version.value
        results = await asyncio.gather(*(self._ensure(d, target) for d in node.deps))
        ran = [n for _, names in results for n in names]
        started = self._clock()
        try:
            value = node.fn(*(v for v, _ in results))
            if inspect.isawaitable(value):
                value = await value
        except Exception as exc:
            self._report(node.name, started, ok=False)
            exc.add_note(f"in reactive flow '{self.name}', computation '{node.name}'")
            raise
        self._report(node.name, started, ok=True)
        if node.version.value == version:  # an input changed mid-run: do not cache
            node.value, node.cached_version = value, version
        node.values.on_next(value)
        return value, [*ran, node.name]

    def _clock(self) -> float:
        if self._scheduler is None:
            return time.perf_counter()
        return self._scheduler.now.timestamp()

    def _report(self, name: str, started: float, *, ok: bool) -> None:
        if self._on_compute is not None:
            self._on_compute(name, self._clock() - started, ok)

    # -- cache & observation ------------------------------------------------------

    def invalidate(self, name: str | None = None) -> None:
        """Drop the cached value of ``name`` and its dependants (every node if None)."""
        targets = list(self._nodes.values()) if name is None else [self._node(name)]
        if not self._built:
            self._build()
        for node in targets:
            node.trigger.on_next(node.trigger.value + 1)

    def watch(self, name: str) -> Observable[Any]:
        """Hot stream of the node's value, emitted each time it is recomputed."""
        node = self._node(name)
        if node.fn is None:  # an input "recomputes" when it is set
            return node.trigger.pipe(ops.skip(1), ops.map(lambda _: node.value))
        return node.values.pipe(ops.as_observable())

    def versions(self, name: str) -> Observable[int]:
        """The node's version stream (replays the current version); a bump = dirty."""
        node = self._node(name)
        if not self._built:
            self._build()
        return node.version.pipe(ops.as_observable())

    def _node(self, name: str) -> _Node:
        node = self._nodes.get(name)
        if node is None:
            raise FlowNotFoundError("computation", name, list(self._nodes))
        return node

    @property
    def nodes(self) -> list[str]:
        """Every node name, in definition order."""
        return list(self._nodes)

    @property
    def order(self) -> list[str]:
        """Every node name in topological order (dependencies first)."""
        self.validate()
        return list(self._order)

    def describe(self) -> dict[str, Any]:
        """A JSON-friendly summary; an input without a value shows as ``None``."""
        inputs = {
            n.name: None if n.value is _MISSING else n.value
            for n in self._nodes.values()
            if n.fn is None
        }
        computations = [
            {"name": n.name, "depends_on": list(n.deps), "cached": n.cached}
            for n in self._nodes.values()
            if n.fn is not None
        ]
        return {"name": self.name, "inputs": inputs, "computations": computations}

    def dispose(self) -> None:
        """Unsubscribe the version wiring and complete every watch() stream."""
        self._wiring.dispose()
        self._built = False
        for node in self._nodes.values():
            node.values.on_completed()


def _check_arity(flow: str, name: str, fn: Callable[..., Any], deps: tuple[str, ...]) -> None:
    """``fn`` is called with one positional argument per dependency: check it fits now."""
    try:
        signature = inspect.signature(fn)
    except (TypeError, ValueError):
        return  # some builtins have no signature; they fail, if at all, when computed
    try:
        signature.bind(*deps)
    except TypeError as error:
        msg = (
            f"reactive flow '{flow}': computation '{name}' calls "
            f"{getattr(fn, '__name__', repr(fn))}{signature} with {len(deps)} "
            f"argument(s) from depends_on={list(deps)}: {error}"
        )
        raise FlowConfigError(msg) from None
