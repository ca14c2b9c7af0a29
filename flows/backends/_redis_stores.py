"""State machines, TTL cache and flow definitions in Redis.

Keys (see ``_redis_keys``): ``p{machine:<name>}`` a hash (state, version),
``p{machine:<name>}:history`` a list of JSON records (the newest ``history_limit``
transitions) and ``p{machine:<name>}:once:<key>`` the key of a transition applied once
(``PX`` ttl), in one slot; ``pcache:<key>`` a
string with a TTL; ``pflows`` a hash ``<kind>:<name>`` -> JSON definition.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._base import ONCE_TTL, StoredMachine
from ._codec import dumps, loads
from ._connection import RedisConnection
from ._redis_keys import KeyLayout

__all__ = ["RedisCache", "RedisFlowStore", "RedisMachineStore"]

# compare-and-set: append the record and move to its target iff nobody else did first;
# with a history limit (ARGV[4] > 0) the list keeps only its newest records, trimmed in
# the same script, so the stored history never grows past the limit
_CAS = """
local version = tonumber(redis.call('HGET', KEYS[1], 'version') or '0')
if version ~= tonumber(ARGV[1]) then return 0 end
redis.call('HSET', KEYS[1], 'state', ARGV[2], 'version', version + 1)
redis.call('RPUSH', KEYS[2], ARGV[3])
local limit = tonumber(ARGV[4])
if limit > 0 then redis.call('LTRIM', KEYS[2], -limit, -1) end
return version + 1
"""
# the same, only if the transition's once-key (KEYS[3]) is not there; it is set with it
_CAS_ONCE = """
if redis.call('EXISTS', KEYS[3]) == 1 then return 0 end
local version = tonumber(redis.call('HGET', KEYS[1], 'version') or '0')
if version ~= tonumber(ARGV[1]) then return 0 end
redis.call('HSET', KEYS[1], 'state', ARGV[2], 'version', version + 1)
redis.call('RPUSH', KEYS[2], ARGV[3])
local limit = tonumber(ARGV[4])
if limit > 0 then redis.call('LTRIM', KEYS[2], -limit, -1) end
redis.call('SET', KEYS[3], '1', 'PX', ARGV[5])
return version + 1
"""
# a window of the history: the list holds transitions oldest..version (numbered from
# 1), so the records numbered after < n < before are one LRANGE, read with the state
# and version in the same script. ARGV: after, before, limit (-1: none).
_LOAD = """
local fields = redis.call('HMGET', KEYS[1], 'state', 'version')
if not fields[1] then return false end
local version = tonumber(fields[2])
local oldest = version - redis.call('LLEN', KEYS[2]) + 1
local low = math.max(oldest, tonumber(ARGV[1]) + 1)
local high = version
local before = tonumber(ARGV[2])
if before >= 0 then high = math.min(high, before - 1) end
local limit = tonumber(ARGV[3])
if limit >= 0 then low = math.max(low, high - limit + 1) end
if high < low then return {fields[1], version, version + 1, oldest, {}} end
return {fields[1], version, low, oldest, redis.call('LRANGE', KEYS[2], low - oldest, high - oldest)}
"""


class RedisMachineStore:
    """(state, version, history) per machine; transitions appended by an atomic Lua CAS."""

    def __init__(self, conn: RedisConnection, keys: KeyLayout) -> None:
        self.conn = conn
        self.keys = keys

    def _keys(self, name: str) -> tuple[str, str]:
        return self.keys.machine(name)

    async def load(
        self, name: str, *, after: int = 0, before: int | None = None, limit: int | None = None
    ) -> StoredMachine | None:
        """The machine with the newest ``limit`` kept records numbered ``after < n <
        before`` (see :meth:`flows.backends.MachineStore.load`), read by one script
        (state, version and records agree), or None."""
        keys = self._keys(name)
        args = (max(0, after), -1 if before is None else before, -1 if limit is None else limit)
        async with self.conn.guard() as redis:
            found = await redis.eval(_LOAD, len(keys), *keys, *args)
        if not found:
            return None
        state, version, start, oldest, history = found
        return StoredMachine(
            state.decode(),
            int(version),
            tuple(loads(raw) for raw in history),
            int(start),
            int(oldest),
        )

    async def compare_and_set(
        self,
        name: str,
        expected_version: int,
        record: Mapping[str, Any],
        *,
        once: str | None = None,
        once_ttl: float = ONCE_TTL,
        history_limit: int | None = None,
    ) -> bool:
        """Append ``record`` and move to ``record['target']`` iff at ``expected_version``
        (and, with ``once``, iff its once-key is absent: set in the same script); the
        list is trimmed to the newest ``history_limit`` records in the same script."""
        raw = dumps(dict(record), what=f"state machine '{name}'")
        keys: tuple[str, ...] = self._keys(name)
        args: list[Any] = [expected_version, record["target"], raw, history_limit or 0]
        script = _CAS
        if once is not None:
            keys = (*keys, KeyLayout.once(keys[0], once))
            args.append(max(1, int(once_ttl * 1000)))
            script = _CAS_ONCE
        async with self.conn.guard():
            # EVAL, not EVALSHA: a replica just promoted may not have the script cached,
            # and the pipeline that carries WAIT could not load it in between
            (done,) = await self.conn.write(
                keys[0], lambda pipe: pipe.eval(script, len(keys), *keys, *args)
            )
        return bool(done)

    async def applied(self, name: str, once: str) -> bool:
        """Whether a transition with key ``once`` was appended (within its ttl)."""
        async with self.conn.guard() as redis:
            return bool(await redis.exists(KeyLayout.once(self._keys(name)[0], once)))

    async def delete(self, name: str) -> bool:
        """Forget the machine's state and history."""
        async with self.conn.guard() as redis:
            return bool(await redis.delete(*self._keys(name)))


class RedisCache:
    """JSON values with a TTL (``SET ... PX``)."""

    def __init__(self, conn: RedisConnection, keys: KeyLayout) -> None:
        self.conn = conn
        self.keys = keys

    async def get(self, key: str) -> Any | None:
        """The value, or None when missing or expired."""
        async with self.conn.guard() as redis:
            raw = await redis.get(self.keys.cache(key))
        return None if raw is None else loads(raw)

    async def set(self, key: str, value: Any, ttl: float | None = None) -> None:
        """Store ``value`` for ``ttl`` seconds (None: no expiry)."""
        raw = dumps(value, what=f"cache key '{key}'")
        px = None if ttl is None else max(1, int(ttl * 1000))
        async with self.conn.guard() as redis:
            await redis.set(self.keys.cache(key), raw, px=px)

    async def add(self, key: str, value: Any, ttl: float | None = None) -> bool:
        """Store ``value`` only if ``key`` is absent (``SET ... NX``); whether it was stored."""
        raw = dumps(value, what=f"cache key '{key}'")
        px = None if ttl is None else max(1, int(ttl * 1000))
        async with self.conn.guard() as redis:
            return bool(await redis.set(self.keys.cache(key), raw, px=px, nx=True))

    async def delete(self, key: str) -> bool:
        """Drop ``key``; False if it was not there."""
        async with self.conn.guard() as redis:
            return bool(await redis.delete(self.keys.cache(key)))


class RedisFlowStore:
    """Flow definitions in one hash, so every instance sees flows created over REST."""

    def __init__(self, conn: RedisConnection, keys: KeyLayout) -> None:
        self.conn = conn
        self.key = keys.flows

    async def save(self, kind: str, name: str, definition: Mapping[str, Any]) -> None:
        """Create or replace the definition of ``kind`` ``name``."""
        raw = dumps(dict(definition), what=f"{kind} '{name}'")
        async with self.conn.guard() as redis:
            await redis.hset(self.key, f"{kind}:{name}", raw)

    async def load(self, kind: str, name: str) -> dict[str, Any] | None:
        """The definition, or None."""
        async with self.conn.guard() as redis:
            raw = await redis.hget(self.key, f"{kind}:{name}")
        return None if raw is None else dict(loads(raw))

    async def delete(self, kind: str, name: str) -> bool:
        """Forget the definition; False if there was none."""
        async with self.conn.guard() as redis:
            return bool(await redis.hdel(self.key, f"{kind}:{name}"))

    async def list(self, kind: str | None = None) -> list[tuple[str, str]]:
        """(kind, name) of every stored definition (of ``kind``), sorted."""
        async with self.conn.guard() as redis:
            fields = await redis.hkeys(self.key)
        pairs = [tuple(f.decode().split(":", 1)) for f in fields]
        return sorted((k, n) for k, n in pairs if kind is None or k == kind)
