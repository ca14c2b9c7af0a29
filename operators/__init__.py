"""Pure reactivex operators used by every captionflow flow.

No I/O here: only reactivex and the standard library. Time only through a scheduler.
"""

from ._errors import (
    BufferOverflowError,
    CircuitOpenError,
    ItemTimeoutError,
    OperatorError,
    RetryExhaustedError,
)

__all__ = [
    "BufferOverflowError",
    "CircuitOpenError",
    "ItemTimeoutError",
    "OperatorError",
    "RetryExhaustedError",
]
