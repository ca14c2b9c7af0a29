"""Service settings from the environment (prefix ``CAPTIONFLOW_``)."""

from __future__ import annotations

from typing import Annotated, Literal
from urllib.parse import urlsplit

from limits import parse as parse_rate
from pydantic import AfterValidator, BeforeValidator, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from flows import FlowConfig, FlowConfigError, backends
from flows.backends import Backend, ConsumerOptions, backend_from_url

from ._ssrf import parse_networks

__all__ = ["LogLevel", "Settings"]


def _rate(value: str | None) -> str | None:
    if value is not None:
        try:
            parse_rate(value)
        except ValueError:
            msg = f"{value!r} is not a rate; expected e.g. '100/second' or '10 per minute'"
            raise ValueError(msg) from None
    return value


def _redis_url(value: str | None) -> str | None:
    """A Redis URL that will parse: scheme, a port that is a port, a numbered database."""
    if not value:
        return value
    expected = (
        "expected redis://host:port/db (or rediss://..., unix:///path.sock, "
        "redis+cluster://host:port,host:port)"
    )
    parts = urlsplit(value)
    shown = value  # never echo a password into an error or a log
    if parts.password:
        shown = value.replace(f":{parts.password}@", ":***@", 1)
    if parts.scheme in ("redis+cluster", "rediss+cluster"):
        try:
            # every seed host:port, database 0 only (redis-py loads with a Redis URL)
            backends.parse_target(value)
        except FlowConfigError as error:
            raise ValueError(str(error)) from None
        return value
    if parts.scheme not in ("redis", "rediss", "unix"):
        msg = f"{shown!r} is not a Redis URL; {expected}"
        raise ValueError(msg)
    if parts.scheme == "unix":
        if not parts.path:
            msg = f"{shown!r} names no socket path; expected unix:///path/to/redis.sock"
            raise ValueError(msg)
        return value
    try:
        parts.port  # noqa: B018 - parsing it is the check
    except ValueError as error:
        msg = f"{shown!r} has a bad port ({error}); {expected}"
        raise ValueError(msg) from None
    if not parts.hostname:
        msg = f"{shown!r} names no host; {expected}"
        raise ValueError(msg)
    database = parts.path.strip("/")
    if database and not database.isdigit():
        msg = f"{shown!r}: the database {database!r} is not a number; {expected}"
        raise ValueError(msg)
    return value


def _networks(values: list[str]) -> list[str]:
    parse_networks(values)  # the error names the value
    return values


LogLevel = Annotated[
    Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"],
    BeforeValidator(lambda v: v.upper() if isinstance(v, str) else v),
]


class Settings(BaseSettings):
    """Everything the service reads from ``CAPTIONFLOW_*`` variables.

    The FlowConfig fields (``CAPTIONFLOW_MAX_CONCURRENT_FLOWS`` …) are flat here and
    assembled by :meth:`flow_config`.
    """

    model_config = SettingsConfigDict(env_prefix="CAPTIONFLOW_", extra="ignore")

    host: str = Field("127.0.0.1", description="interface to bind")
    port: int = Field(8080, ge=0, le=65535, description="TCP port (0 = any free port)")
    api_key: str | None = Field(None, description="if set, /api/v14 needs `Bearer <key>`")
    redis_url: Annotated[str | None, AfterValidator(_redis_url)] = Field(
        None,
        description="redis://host:port/db, or a Redis Cluster as "
        "redis+cluster://host:port[,host:port...]: instances share everything through it "
        "(unset: memory)",
    )
    redis_prefix: str = Field("captionflow:", min_length=1, description="prefix of every Redis key")
    redis_claim_idle: float = Field(
        60.0,
        gt=0,
        description="seconds an unacknowledged group entry waits before a live consumer claims it",
    )
    redis_max_deliveries: int = Field(
        5, ge=1, description="deliveries of one entry before it moves to the dead-letter stream"
    )
    ephemeral_events: list[str] = Field(
        default_factory=list,
        description="event types (globs, JSON list) sent live only, never stored",
    )
    rate_limit: Annotated[str | None, AfterValidator(_rate)] = Field(
        None,
        description="per-client limit on produce and publish, e.g. '100/second' (shared on Redis)",
    )
    log_level: LogLevel = Field("INFO", description="DEBUG, INFO, WARNING, ERROR or CRITICAL")
    max_body_bytes: int = Field(1_048_576, ge=1, description="largest request body accepted")
    max_json_depth: int = Field(32, ge=1, description="deepest JSON nesting accepted")
    cors_origins: list[str] = Field(
        default_factory=list, description='origins allowed by CORS (JSON list; "*" = any)'
    )
    sse_ping_seconds: float = Field(15.0, gt=0, le=15, description="seconds between SSE pings")
    sse_client_queue: int = Field(
        256,
        ge=1,
        description="events queued per SSE client (an in-memory stream's broadcast "
        "client reads the stream's own buffer of max_buffer_size instead)",
    )
    sse_client_queue_bytes: int = Field(
        16 * 1_048_576,
        ge=1024,
        description="bytes of event data queued per SSE client (events, Redis streams, "
        "metrics feeds); a client whose queue is full by events or bytes is dropped",
    )
    sse_send_timeout: float = Field(
        10.0,
        gt=0,
        description="seconds a write to an SSE client may stay pending (or its buffer stay "
        "full) before the client is dropped",
    )
    sse_retry_ms: int = Field(2000, ge=0, description="reconnect hint sent as `retry:`")
    sse_shutdown_seconds: float = Field(5.0, gt=0, description="grace period for SSE on shutdown")
    metrics_live_interval: float = Field(
        0.5, ge=0, description="least seconds between two /metrics/live snapshots"
    )
    request_timeout: float = Field(30.0, gt=0, description="seconds a request may wait")
    header_timeout: float = Field(
        10.0,
        gt=0,
        description="seconds a client has to send a request's headers, from connecting or "
        "from the previous response (an idle kept-alive connection closes after it too)",
    )
    body_timeout: float = Field(
        30.0,
        gt=0,
        description="seconds a client has to send a request's body once its headers are "
        "in; later: 408 and the connection is closed",
    )
    max_connections_per_client: int = Field(
        128,
        ge=0,
        description="open connections one client address may hold; more are answered 429 "
        "and closed (0 = no cap; behind a reverse proxy every client has its address)",
    )
    marble_test_timeout: float = Field(
        10.0,
        gt=0,
        description="seconds the marble tests of one PUT /flows/{name} may run (in a worker "
        "thread; never beyond request_timeout); a run past it is a located 422",
    )
    marble_test_workers: int = Field(
        2, ge=1, description="worker threads running the marble tests of uploaded flows"
    )
    idempotency_ttl: float = Field(
        3600.0,
        gt=0,
        description="seconds an Idempotency-Key of POST /streams/produce is remembered "
        "(in the backend's cache: across instances on Redis)",
    )
    webhook_attempts: int = Field(3, ge=1, description="webhook POST attempts per event")
    webhook_base_delay: float = Field(0.5, ge=0, description="seconds before the first retry")
    webhook_timeout: float = Field(5.0, gt=0, description="seconds one webhook POST may take")
    webhook_allowed_networks: Annotated[list[str], AfterValidator(_networks)] = Field(
        default_factory=list,
        description='networks (JSON list, e.g. ["10.0.0.0/8", "127.0.0.1"]) webhooks may '
        "reach although they are loopback, private, link-local or otherwise not public",
    )
    max_registered_flows: int = Field(
        1000, ge=1, description="flows plus event subscriptions; more are refused with 429"
    )
    max_stream_buffer: int = Field(
        100_000, ge=1, description="largest max_buffer_size/replay_size a stream may ask for"
    )
    cache_ttl: float = Field(300.0, gt=0, description="seconds a cached caption stays fresh")
    flows_dir: str = Field(
        "config/flows", description="flow files (*.yaml) installed at startup; empty = none"
    )
    state_dir: str = Field(
        ".captionflow", description="flows created over REST persist here (without Redis)"
    )
    reload_interval: float = Field(
        1.0, ge=0, description="seconds between checks of flows_dir for edits; 0 = no hot reload"
    )
    caption_engine: str = Field(
        "offline", description="default caption engine: offline, or openai (needs a base URL)"
    )
    openai_base_url: str | None = Field(
        None, description="OpenAI-compatible server, e.g. http://127.0.0.1:11434/v1 (Ollama)"
    )
    openai_api_key: str | None = Field(None, description="sent as `Authorization: Bearer`")
    openai_model: str = Field("gpt-4o-mini", description="model name sent to the server")
    openai_timeout: float = Field(30.0, gt=0, description="seconds one streamed call may take")
    openai_attempts: int = Field(3, ge=1, description="attempts per variant (429/5xx retried)")
    openai_retry_delay: float = Field(0.5, ge=0, description="seconds before the first retry")
    openai_breaker_failures: int = Field(5, ge=1, description="failures that open the breaker")
    openai_breaker_cool_down: float = Field(
        30.0, gt=0, description="seconds the breaker stays open before a probe"
    )

    max_concurrent_flows: int = Field(100, ge=1)
    max_queue_size: int = Field(1000, ge=1)
    timeout: float = Field(30.0, gt=0)
    enable_backpressure: bool = True
    backpressure_threshold: int = Field(100, ge=1)
    slow_consumer_timeout: float = Field(
        2.0,
        gt=0,
        description="seconds an in-memory stream consumer may keep a producer waiting "
        "(overflow: block), from when it first did, before it is evicted",
    )
    history_limit: int = Field(
        1000,
        ge=1,
        le=100_000,
        description="transitions a state machine's history keeps (the newest) unless its "
        "flow sets history_limit",
    )
    max_item_bytes: int = Field(
        1_048_576,
        ge=1,
        description="largest stream item or event data, as JSON (bytes); larger: 413 naming "
        "the field, nothing of the batch stored",
    )
    max_stream_bytes: int = Field(
        64 * 1_048_576,
        ge=1024,
        description="default bytes each buffer and the replay window of an in-memory stream "
        "may hold (full: the stream's overflow policy applies); per stream: max_bytes",
    )
    max_memory_mb: int = Field(
        512,
        ge=1,
        description="MiB the live entries of every in-memory stream and the event replay "
        "window may hold together; a produce or publish past it is a 507",
    )
    enable_flow_tracking: bool = True
    enable_performance_monitoring: bool = True

    def flow_config(self) -> FlowConfig:
        """The FlowConfig part of these settings."""
        names = FlowConfig.model_fields.keys()
        return FlowConfig(**{n: getattr(self, n) for n in names})

    def backend(self) -> Backend:
        """The backend these settings choose: Redis at ``redis_url``, else in memory."""
        if not self.redis_url:
            return backend_from_url(None, ephemeral_types=self.ephemeral_events)
        idle = self.redis_claim_idle
        consumer = ConsumerOptions(
            claim_min_idle=idle,
            claim_interval=min(5.0, idle / 2),
            max_deliveries=self.redis_max_deliveries,
        )
        return backend_from_url(
            self.redis_url,
            prefix=self.redis_prefix,
            consumer=consumer,
            ephemeral_types=self.ephemeral_events,
        )
