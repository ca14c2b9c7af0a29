"""Where everything lives in Redis: one place for every key and channel name.

On a Redis Cluster every key that one command, ``MULTI`` or Lua script touches
together must hash to one slot. A hash tag — the part of a key between the first
``{`` and the next ``}`` — is all that is hashed, so the keys of one stream, one
state machine or the event stream share a tag. With the default prefix::

    captionflow:{stream:<name>}           a flow stream: XADD, XREAD[GROUP], XACK, XAUTOCLAIM
    captionflow:{stream:<name>}:dead      its dead letters (XADD + XACK in one MULTI)
    captionflow:{stream:<name>}:once:<k>  an item stored once by key (SET NX + XADD: a script)
    captionflow:{events}                  durable events, one consumer group per subscription
    captionflow:{events}:dead             their dead letters
    captionflow:{machine:<name>}          a state machine's state and version (hash) ...
    captionflow:{machine:<name>}:history  ... and its transitions (list): one CAS script
    captionflow:{processor:<name>}        a processor's checkpoint (hash): offsets, state ...
    captionflow:{processor:<name>}:lease  ... the lease of the instance running it ...
    captionflow:{processor:<name>}:epoch  ... and its fencing counter: one script each
    captionflow:cache:<key>               a TTL cache entry (spread over the slots)
    captionflow:flows                     flow definitions (one hash)
    captionflow:limits:<...>              rate-limit windows (``limits``: one key per call)
    captionflow:ev:<glob>                 pub/sub channel of the ephemeral types matching <glob>

The tag starts with the kind (``stream:``), so it is never empty and names may hold
any character: keys of one owner share everything up to their closing ``}``, hence
the tag. The prefix itself must hold no brace, or it would choose the tag.

Renaming a key strands what the old name holds: this layout replaced
``captionflow:stream:<name>``, ``captionflow:events`` and ``captionflow:machine:<name>``
(a clean break, see the README's "Key layout").
"""

from __future__ import annotations

from typing import NamedTuple

from flows._errors import FlowConfigError

__all__ = ["KeyLayout", "ProcessorKeys"]


class ProcessorKeys(NamedTuple):
    """The keys of one processor (one hash tag, so one slot)."""

    checkpoint: str
    lease: str
    epoch: str


class KeyLayout:
    """The keys of one prefix; see the module docstring.

    Raises:
        FlowConfigError: the prefix is empty or holds ``{`` or ``}``.
    """

    def __init__(self, prefix: str) -> None:
        if not prefix or "{" in prefix or "}" in prefix:
            msg = (
                f"redis prefix {prefix!r} must be non-empty and hold no '{{' or '}}': keys "
                "carry their own hash tags for Redis Cluster (e.g. 'captionflow:')"
            )
            raise FlowConfigError(msg)
        self.prefix = prefix

    def stream(self, name: str) -> str:
        """The Redis stream of flow stream ``name``."""
        return f"{self.prefix}{{stream:{name}}}"

    @staticmethod
    def dead(stream_key: str) -> str:
        """The dead-letter stream beside ``stream_key`` (same slot)."""
        return f"{stream_key}:dead"

    @staticmethod
    def once(stream_key: str, key: str) -> str:
        """The marker of the item stored under ``key`` in ``stream_key`` (same slot)."""
        return f"{stream_key}:once:{key}"

    @property
    def events(self) -> str:
        """The durable event stream."""
        return f"{self.prefix}{{events}}"

    def machine(self, name: str) -> tuple[str, str]:
        """State-machine ``name``: its hash (state, version) and history list."""
        key = f"{self.prefix}{{machine:{name}}}"
        return key, f"{key}:history"

    def processor(self, name: str) -> ProcessorKeys:
        """Processor ``name``: its checkpoint hash, lease and epoch counter."""
        key = f"{self.prefix}{{processor:{name}}}"
        return ProcessorKeys(key, f"{key}:lease", f"{key}:epoch")

    def cache(self, key: str) -> str:
        """A cache entry."""
        return f"{self.prefix}cache:{key}"

    @property
    def flows(self) -> str:
        """The hash of flow definitions."""
        return f"{self.prefix}flows"

    @property
    def limits(self) -> str:
        """The ``limits`` storage's key prefix (it appends ``:<limit key>``)."""
        return f"{self.prefix}limits"

    def channel(self, glob: str) -> str:
        """The pub/sub channel of the ephemeral event types matching ``glob``."""
        return f"{self.prefix}ev:{glob}"
