"""The OpenAI-compatible engine: ``POST {base_url}/chat/completions``, streamed.

Works with OpenAI, vLLM, Ollama and llama.cpp's server: one streamed call per
variant (many servers ignore ``n``), each an observable built from captionflow's
operators::

    defer(call) ─ timeout ─ circuit_breaker ─ retry_with_backoff(429, 5xx, timeouts,
                                                                 dropped connections)

A 401/400 is not retried; an open breaker fails fast. The caller falls back to the
offline engine on any failure (see ``_service.py``).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import reactivex
from reactivex import operators as ops
from reactivex.scheduler.eventloop import AsyncIOScheduler

from operators import (
    BackoffPolicy,
    CircuitBreaker,
    ItemTimeoutError,
    circuit_breaker,
    retry_with_backoff,
)

from ._models import CaptionRequest

__all__ = [
    "OpenAIConfig",
    "OpenAIEngine",
    "OpenAIError",
    "PostContext",
    "StreamEvents",
    "build_messages",
]

_STRUCTURE_HINTS = (
    "Open with a question that names the subject.",
    "Open with a bold one-sentence statement, then one short paragraph.",
    "Open with one line, then 2-4 short lines starting with '• '.",
    "Tell it as a tiny story: three or more short paragraphs.",
    "Write everything as a single line.",
)
_LENGTH_HINTS = {"short": "under 150 characters", "medium": "about 300", "long": "about 800"}
_LANGUAGE_NAMES = {
    "en": "English",
    "es": "Spanish",
    "de": "German",
    "fr": "French",
    "pt": "Portuguese",
    "it": "Italian",
    "nl": "Dutch",
}
_CTA_HINTS = {
    "charity": "The call to action asks to donate, share or volunteer; never to shop or buy.",
    "hiring": "The call to action asks to apply (link in bio) or to tag a candidate.",
    "pets": "For a pet up for adoption, the call to action asks to share or to adopt.",
    "thank_you": "The call to action invites a reply; never a sales pitch.",
}


class OpenAIError(Exception):
    """The server answered with an error (``status``) or the stream broke (None)."""

    def __init__(self, status: int | None, message: str) -> None:
        self.status = status
        self.message = message
        where = f"HTTP {status}" if status is not None else "stream error"
        super().__init__(f"{where}: {message}")

    @property
    def retryable(self) -> bool:
        """429 and 5xx are worth retrying; 4xx (bad key, bad request) are not."""
        return self.status is None or self.status == 429 or self.status >= 500


@dataclass(frozen=True, slots=True)
class StreamEvents:
    """Callbacks for a streaming caller (the SSE route)."""

    on_token: Callable[[int, str], None] | None = None  # (variant, text)
    on_retry: Callable[[int, int, str], None] | None = None  # (variant, retry number, error)


@dataclass(frozen=True, slots=True)
class PostContext:
    """What the offline reading of the post found, passed to the model's prompt."""

    language: str  # ISO 639-1, given or detected
    intent: str  # product_launch, sale, event, ... (see captions._lexicon.INTENTS)


@dataclass(slots=True)
class OpenAIConfig:
    """Where the model is and how patient to be with it."""

    base_url: str
    model: str = "gpt-4o-mini"
    api_key: str | None = None
    timeout: float = 30.0
    policy: BackoffPolicy = field(
        default_factory=lambda: BackoffPolicy(max_attempts=3, base_delay=0.5, max_delay=8.0)
    )
    temperature: float = 0.8
    max_tokens: int = 700


def build_messages(
    request: CaptionRequest, variant: int, context: PostContext | None = None
) -> list[dict[str, str]]:
    """The chat messages for one variant: the rules, the language, the voice, the structure.

    The brand's voice examples go in as few-shot turns (a request, the example as the
    assistant's answer) before the real post, so the model hears the voice rather than
    reads about it.
    """
    rules = [
        "You write Instagram captions. Reply with the caption only.",
        f"Tone: {request.tone}. Length: {_LENGTH_HINTS[request.length]} characters.",
        _STRUCTURE_HINTS[variant % len(_STRUCTURE_HINTS)],
        "The first line (under 125 characters) must carry the point and name the subject.",
        "Use emoji sparingly (at most 3)." if request.emoji else "Use no emoji at all.",
        "End with a call to action that fits what the post is for."
        if request.cta
        else "No call to action.",
        f"Finish with one line of at most {request.hashtags} relevant hashtags."
        if request.hashtags
        else "Use no hashtags.",
        "Avoid clichés such as 'living my best life' or 'good vibes only'.",
    ]
    language = request.language or (context.language if context else None)
    if language:
        name = _LANGUAGE_NAMES.get(language, f"the language with ISO code '{language}'")
        rules.append(f"Write in {name} ({language}), the language of the post.")
    if context is not None:
        rules.append(f"The post is about: {context.intent.replace('_', ' ')}.")
        if context.intent in _CTA_HINTS and request.cta:
            rules.append(_CTA_HINTS[context.intent])
    if request.brand and request.brand.banned_words:
        rules.append("Never use these words: " + ", ".join(request.brand.banned_words) + ".")
    messages = [{"role": "system", "content": "\n".join(rules)}]
    if request.brand and request.brand.voice_examples:
        rules.append("Match the voice of the example captions.")
        messages[0]["content"] = "\n".join(rules)
        for example in request.brand.voice_examples[:5]:
            messages.append({"role": "user", "content": "Write a caption in our voice."})
            messages.append({"role": "assistant", "content": example})
    messages.append(
        {"role": "user", "content": f"Write a caption for this post:\n{request.content}"}
    )
    return messages


class OpenAIEngine:
    """Streams captions from an OpenAI-compatible server.

    Args:
        config: base URL, model, key, timeout, retry policy.
        breaker: shared by every call to this server; default opens after 5
            failures within 60 s and probes again after 30 s.
    """

    name = "openai"
    streams = True

    def __init__(self, config: OpenAIConfig, breaker: CircuitBreaker | None = None) -> None:
        self.config = config
        self.breaker = breaker or CircuitBreaker("openai", failure_threshold=5, cool_down=30.0)
        self._session: aiohttp.ClientSession | None = None

    @property
    def label(self) -> str:
        """How results name this engine, e.g. ``openai:gpt-4o-mini``."""
        return f"{self.name}:{self.config.model}"

    async def aclose(self) -> None:
        """Close the HTTP session (app shutdown)."""
        if self._session is not None:
            await self._session.close()
            self._session = None

    def _http(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession()
        return self._session

    async def complete(
        self,
        request: CaptionRequest,
        variant: int,
        events: StreamEvents | None = None,
        *,
        context: PostContext | None = None,
    ) -> str:
        """One variant's text, streamed, with timeout, breaker and retries.

        ``context``: the language and intent the offline reading found, for the prompt.

        Raises:
            OpenAIError: a non-retryable answer (401, 400, ...).
            operators.RetryExhaustedError: retryable failures used up every attempt.
            operators.CircuitOpenError: the breaker is open.
        """
        loop = asyncio.get_running_loop()
        scheduler = AsyncIOScheduler(loop)
        messages = build_messages(request, variant, context)
        timeout = self.config.timeout
        on_token = events.on_token if events else None

        def attempt(_: Any) -> reactivex.Observable[str]:
            call = asyncio.ensure_future(self._stream(messages, variant, on_token))
            return reactivex.from_future(call)

        def on_retry(number: int, error: Exception, _delay: float) -> None:
            if events is not None and events.on_retry is not None:
                events.on_retry(variant, number, str(error))

        source = reactivex.defer(attempt).pipe(
            ops.timeout(timeout, reactivex.throw(ItemTimeoutError(timeout)), scheduler=scheduler),
            circuit_breaker(self.breaker),
            retry_with_backoff(
                self.config.policy, retryable=_retryable, on_retry=on_retry, scheduler=scheduler
            ),
        )
        done: asyncio.Future[str] = loop.create_future()

        def on_next(text: str) -> None:
            if not done.done():
                done.set_result(text)

        def on_error(error: Exception) -> None:
            if not done.done():
                done.set_exception(error)

        subscription = source.subscribe(on_next, on_error, scheduler=scheduler)
        try:
            return await done
        finally:
            subscription.dispose()

    async def _stream(
        self,
        messages: list[dict[str, str]],
        variant: int,
        on_token: Callable[[int, str], None] | None,
    ) -> str:
        config = self.config
        headers = {"Accept": "text/event-stream"}
        if config.api_key:
            headers["Authorization"] = f"Bearer {config.api_key}"
        body = {
            "model": config.model,
            "messages": messages,
            "stream": True,
            "temperature": config.temperature,
            "max_tokens": config.max_tokens,
        }
        url = config.base_url.rstrip("/") + "/chat/completions"
        try:
            async with self._http().post(url, json=body, headers=headers) as resp:
                if resp.status != 200:
                    raise OpenAIError(resp.status, _error_message(await resp.text()))
                if resp.content_type == "application/json":  # a server that ignores stream
                    data = await resp.json()
                    return str(data["choices"][0]["message"]["content"] or "")
                parts: list[str] = []
                async for raw in resp.content:
                    token = _token(raw.decode("utf-8", "replace").strip())
                    if token is None:
                        break
                    if token:
                        parts.append(token)
                        if on_token is not None:
                            on_token(variant, token)
                return "".join(parts)
        except aiohttp.ClientError as error:
            raise OpenAIError(None, f"{type(error).__name__}: {error}") from error


def _token(line: str) -> str | None:
    """The text of one SSE line ("" for none), or None at ``data: [DONE]``."""
    if not line.startswith("data:"):
        return ""  # blank separators, comments (":"), "event:" lines
    payload = line[5:].strip()
    if payload == "[DONE]":
        return None
    try:
        chunk = json.loads(payload)
    except ValueError as error:
        raise OpenAIError(None, f"malformed chunk {payload[:80]!r}") from error
    if "error" in chunk:
        raise OpenAIError(None, _error_message(json.dumps(chunk)))
    choices = chunk.get("choices") or [{}]
    delta = choices[0].get("delta") or {}
    return str(delta.get("content") or "")


def _error_message(text: str) -> str:
    try:
        data = json.loads(text)
    except ValueError:
        return text[:200] or "no body"
    error = data.get("error") if isinstance(data, dict) else None
    if isinstance(error, dict):
        return str(error.get("message", error))[:200]
    return str(error or data)[:200]


def _retryable(error: Exception) -> bool:
    if isinstance(error, OpenAIError):
        return error.retryable
    return isinstance(error, ItemTimeoutError)
