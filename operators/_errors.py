"""Errors raised by captionflow's operators.

Every operator reports failure through ``on_error`` with one of these (or with the
user's own exception, untouched, where that is clearer)::

    OperatorError
    ├── RetryExhaustedError   retry_with_backoff gave up (attempts or time budget)
    ├── ItemTimeoutError      timeout_each: one item took too long (also a TimeoutError)
    ├── CircuitOpenError      circuit_breaker is open and fails fast
    └── BufferOverflowError   backpressure_buffer is full under the ``error`` policy
"""

from __future__ import annotations

__all__ = [
    "BufferOverflowError",
    "CircuitOpenError",
    "ItemTimeoutError",
    "OperatorError",
    "RetryExhaustedError",
]


class OperatorError(Exception):
    """Base class of every error an operator raises itself."""


class RetryExhaustedError(OperatorError):
    """Retries stopped: attempts used up or the time budget spent.

    ``last_error`` is the final failure; it is also ``__cause__``.
    """

    def __init__(self, attempts: int, last_error: BaseException, reason: str) -> None:
        self.attempts = attempts
        self.last_error = last_error
        self.reason = reason
        msg = (
            f"gave up after {attempts} attempt(s) ({reason}): "
            f"{type(last_error).__name__}: {last_error}"
        )
        super().__init__(msg)
        self.__cause__ = last_error


class ItemTimeoutError(OperatorError, TimeoutError):
    """One item took longer than its allowed time; the stream itself goes on."""

    def __init__(self, timeout: float, item: object = None) -> None:
        self.timeout = timeout
        self.item = item
        super().__init__(f"item not processed within {timeout:g}s")


class CircuitOpenError(OperatorError):
    """The circuit breaker is open: calls fail fast until ``retry_at``."""

    def __init__(self, name: str, failures: int, retry_at: float) -> None:
        self.name = name
        self.failures = failures
        self.retry_at = retry_at
        super().__init__(
            f"circuit '{name}' is open after {failures} failure(s); "
            f"next probe allowed at t={retry_at:g}"
        )


class BufferOverflowError(OperatorError):
    """A bounded buffer is full and its policy is to refuse (``error``)."""

    def __init__(self, max_size: int, name: str = "") -> None:
        self.max_size = max_size
        self.name = name
        where = f" '{name}'" if name else ""
        super().__init__(f"buffer{where} is full ({max_size} item(s)); item refused")
