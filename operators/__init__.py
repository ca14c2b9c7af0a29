"""Pure reactivex operators used by every captionflow flow.

No I/O here: only reactivex and the standard library; time only through a
scheduler, so every operator is testable in virtual time. Each operator lives in
its own private module; this facade re-exports the public names.

Stream processing in event time (``_event_time``, ``_window``, ``_join``):
:func:`window` (and :func:`window_batches`, over lists) folds keyed tumbling, sliding,
session or count windows with an
:class:`Aggregator` (``Count``, ``Sum``, ``Mean``, ``Min``, ``Max``, ``TopK``,
``DistinctCount``) into :class:`WindowResult`; :func:`window_join` pairs two keyed
streams within windows into :class:`JoinResult`. Both take an :class:`EventTime`
(timestamp, bounded out-of-orderness watermark, allowed lateness, idle timeout) or
run in processing time; late events are counted in :class:`WindowStats` and, on
request, emitted as :class:`LateEvent`. :func:`dedupe`, :func:`debounce` and
:func:`throttle` work per key, in either time.
"""

from ._aggregates import (
    Aggregator,
    Count,
    DistinctCount,
    Max,
    Mean,
    Min,
    Sum,
    TopK,
)
from ._backpressure import BackpressureOperator, backpressure_buffer
from ._bounded_buffer import BoundedBuffer, BufferClosedError, BufferStats, OverflowPolicy
from ._circuit import CircuitBreaker, CircuitState, circuit_breaker
from ._clock import seconds_clock
from ._debounce import debounce
from ._dedupe import dedupe
from ._errors import (
    BufferOverflowError,
    CircuitOpenError,
    ItemTimeoutError,
    OperatorError,
    RetryExhaustedError,
)
from ._event_time import BoundedOutOfOrderness, EventTime, WindowStats
from ._join import window_join
from ._loop_scheduler import LoopScheduler
from ._map_async import map_async
from ._measure import LatencyStats, Recorder, measure
from ._rate_limit import TokenBucket, rate_limit
from ._records import JoinResult, LateEvent, Timestamped, WindowResult
from ._retry import BackoffPolicy, retry_with_backoff
from ._throttle import throttle
from ._timeout import ItemFailure, timeout_each
from ._window import window, window_batches
from ._windowers import CountWindow, Session, Sliding, Tumbling, Windows

__all__ = [
    "Aggregator",
    "BackoffPolicy",
    "BackpressureOperator",
    "BoundedBuffer",
    "BoundedOutOfOrderness",
    "BufferClosedError",
    "BufferOverflowError",
    "BufferStats",
    "CircuitBreaker",
    "CircuitOpenError",
    "CircuitState",
    "Count",
    "CountWindow",
    "DistinctCount",
    "EventTime",
    "ItemFailure",
    "ItemTimeoutError",
    "JoinResult",
    "LateEvent",
    "LatencyStats",
    "Max",
    "Mean",
    "Min",
    "LoopScheduler",
    "OperatorError",
    "OverflowPolicy",
    "Recorder",
    "RetryExhaustedError",
    "Session",
    "Sliding",
    "Sum",
    "Timestamped",
    "TokenBucket",
    "TopK",
    "Tumbling",
    "WindowResult",
    "WindowStats",
    "Windows",
    "backpressure_buffer",
    "circuit_breaker",
    "debounce",
    "dedupe",
    "map_async",
    "measure",
    "rate_limit",
    "retry_with_backoff",
    "throttle",
    "seconds_clock",
    "timeout_each",
    "window",
    "window_batches",
    "window_join",
]
