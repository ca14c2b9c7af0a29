"""``Idempotency-Key``: a retried request runs once; its retries get the first answer.

A client that did not get an answer (a timeout, a 503 while Redis stalled) cannot
know whether its request took effect; retrying it with the same ``Idempotency-Key``
header is safe: the key is claimed atomically in the backend's cache (``SET NX`` on
Redis, so it holds across instances) before the request runs, and the answer is
stored under it for ``CAPTIONFLOW_IDEMPOTENCY_TTL`` seconds. A retry with the key:

- after an answer: that answer again, with ``Idempotent-Replayed: true``;
- while the first still runs, or after it was cut off with its outcome unknown
  (the backend went away mid-way): 409 — it is never run a second time;
- with a different body: 422 naming ``Idempotency-Key``.

A first attempt that certainly changed nothing (refused before storing anything)
gives its key back, so the retry runs.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from pydantic import BaseModel

from flows.backends import Cache

from ._problems import ProblemError

__all__ = ["HEADER", "HEADER_SCHEMA", "Claim", "claim", "idempotency_key"]

HEADER = "Idempotency-Key"
HEADER_SCHEMA = {"type": "string", "minLength": 1, "maxLength": 255, "pattern": "^[!-~]+$"}
_VALID = re.compile(r"[!-~]{1,255}")


def idempotency_key(request: web.Request) -> str | None:
    """The request's ``Idempotency-Key`` (visible ASCII, 1-255 characters), or None.

    Raises:
        ProblemError: 400 naming the header when it is malformed.
    """
    key = request.headers.get(HEADER)
    if key is None:
        return None
    if _VALID.fullmatch(key) is None:
        shown = key if len(key) <= 40 else f"{key[:40]}..."
        msg = f"{HEADER} must be 1-255 visible ASCII characters (e.g. a UUID), got {shown!r}"
        raise ProblemError(400, "Bad header", msg, errors=[{"loc": HEADER, "msg": msg}])
    return key


def fingerprint(body: BaseModel) -> str:
    """What makes two bodies the same request: their validated content."""
    return hashlib.sha256(body.model_dump_json().encode()).hexdigest()


@dataclass(slots=True)
class Claim:
    """A key this request holds: record its answer, or give the key back."""

    cache: Cache
    key: str
    digest: str
    ttl: float

    async def finish(self, status: int, body: dict[str, Any]) -> None:
        """Store the answer; retries with the key get it."""
        record = {"state": "done", "fingerprint": self.digest, "status": status, "body": body}
        await self.cache.set(self.key, record, self.ttl)

    async def release(self) -> None:
        """Nothing was changed: a retry with the key may run."""
        await self.cache.delete(self.key)


def replayed(record: dict[str, Any]) -> web.Response:
    """The stored answer, marked as a replay."""
    status = int(record["status"])
    response = web.json_response(record["body"], status=status)
    if status >= 400:
        response.content_type = "application/problem+json"
    response.headers["Idempotent-Replayed"] = "true"
    return response


async def claim(
    cache: Cache, scope: str, key: str, body: BaseModel, ttl: float
) -> Claim | web.Response:
    """Claim ``key`` for this request, or the answer a retry gets.

    Returns:
        A :class:`Claim` to run the request under, or the stored answer (a replay).

    Raises:
        ProblemError: 422 when the key was used with another body; 409 when the
            request holding it has not answered (running, or cut off).
    """
    digest = fingerprint(body)
    name = f"idempotency:{scope}:{key}"
    pending = {"state": "pending", "fingerprint": digest}
    for _ in range(3):  # an expiry between add and get: claim again
        if await cache.add(name, pending, ttl):
            return Claim(cache, name, digest, ttl)
        record = await cache.get(name)
        if record is None:
            continue
        if record.get("fingerprint") != digest:
            msg = (
                f"{HEADER} {key!r} was used with a different body; a key names one request "
                "(send a new key for a new request)"
            )
            raise ProblemError(
                422, "Idempotency key reused", msg, errors=[{"loc": HEADER, "msg": msg}]
            )
        if record.get("state") == "done":
            return replayed(record)
        msg = (
            f"the request with {HEADER} {key!r} has not answered: it is still running, or it "
            "was cut off and may have taken effect; it is not run twice (retry later, or "
            "check the result and send a new key)"
        )
        raise ProblemError(409, "Idempotency key in use", msg, headers={"Retry-After": "1"})
    msg = f"{HEADER} {key!r} could not be claimed; retry"
    raise ProblemError(409, "Idempotency key in use", msg, headers={"Retry-After": "1"})
