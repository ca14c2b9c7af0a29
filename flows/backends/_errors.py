"""Errors of the storage backends.

FlowError
└── BackendUnavailableError   the backend (Redis) cannot be reached right now (503)
"""

from __future__ import annotations

from flows._errors import FlowError

__all__ = ["BackendUnavailableError"]


class BackendUnavailableError(FlowError):
    """The backend cannot be reached; the operation was not done. Retry after ``retry_after``.

    Connections come back by themselves (with backoff); until then every operation
    that needs the backend fails fast with this error instead of hanging.
    """

    def __init__(self, backend: str, detail: str, retry_after: float = 1.0) -> None:
        self.backend = backend
        self.detail = detail
        self.retry_after = retry_after
        super().__init__(
            f"{backend} backend unavailable: {detail}; the service reconnects by itself, "
            f"retry in {retry_after:.1f}s"
        )
