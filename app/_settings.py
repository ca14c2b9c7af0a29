"""Service settings from the environment (prefix ``CAPTIONFLOW_``)."""

from __future__ import annotations

from typing import Annotated, Literal

from limits import parse as parse_rate
from pydantic import AfterValidator, BeforeValidator, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from flows import FlowConfig
from flows.backends import Backend, ConsumerOptions, backend_from_url

__all__ = ["LogLevel", "Settings"]


def _rate(value: str | None) -> str | None:
    if value is not None:
        try:
            parse_rate(value)
        except ValueError:
            msg = f"{value!r} is not a rate; expected e.g. '100/second' or '10 per minute'"
            raise ValueError(msg) from None
    return value


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
    redis_url: str | None = Field(
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
    webhook_attempts: int = Field(3, ge=1, description="webhook POST attempts per event")
    webhook_base_delay: float = Field(0.5, ge=0, description="seconds before the first retry")
    webhook_timeout: float = Field(5.0, gt=0, description="seconds one webhook POST may take")
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
