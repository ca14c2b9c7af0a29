"""The engine registry and the caption service: engine → rules → cache.

::

    CaptionRequest ─ CaptionEngines.generate ─ drafts ─ finish (Instagram rules) ─ cache
                        │ offline (default, in-process)
                        └ openai  (streamed; any failure → offline, said in ``engine``)
"""

from __future__ import annotations

import asyncio
import difflib
import hashlib
from dataclasses import dataclass

from operators import RetryExhaustedError

from ._cache import CaptionCache
from ._history import CaptionHistory
from ._models import CaptionRequest, CaptionResult, VariantOut
from ._offline import Composed, Draft, OfflineEngine, blocked_words
from ._openai import OpenAIEngine, PostContext, StreamEvents
from ._rules import apply_rules
from ._wordlists import wordlists

__all__ = [
    "CaptionEngines",
    "CaptionService",
    "EngineNotFoundError",
    "Generated",
    "finish",
    "request_key",
]


class EngineNotFoundError(ValueError):
    """A request named an engine that is unknown or not configured."""


@dataclass(frozen=True, slots=True)
class Generated:
    """An engine's drafts and the label saying who wrote them."""

    drafts: list[Draft]
    engine: str
    fallback: bool = False
    keywords: tuple[str, ...] = ()
    language: str | None = None
    intent: str | None = None
    notes: tuple[str, ...] = ()
    subject: str = ""  # what the captions name (the offline reading's subject)


def request_key(request: CaptionRequest, engine: str, user_id: str = "") -> str:
    """Cache key: sha256 over the engine, the user and every field of the request."""
    payload = f"{engine}\x00{user_id}\x00{request.model_dump_json(exclude={'engine'})}"
    return hashlib.sha256(payload.encode()).hexdigest()


class CaptionEngines:
    """Engines by name; ``default`` serves requests that name none.

    Args:
        default: ``CAPTIONFLOW_CAPTION_ENGINE`` (``offline`` or ``openai``).
        offline: the offline engine (always present).
        openai: the OpenAI-compatible engine, when a base URL is configured.

    Raises:
        EngineNotFoundError: ``default`` is unknown or not configured.
    """

    KNOWN = ("offline", "openai")

    def __init__(
        self,
        default: str = "offline",
        *,
        offline: OfflineEngine | None = None,
        openai: OpenAIEngine | None = None,
    ) -> None:
        self.offline = offline or OfflineEngine()
        self.openai = openai
        self.default = self.resolve(default)

    @property
    def names(self) -> list[str]:
        """Engines that can serve a request now."""
        return ["offline", *(["openai"] if self.openai else [])]

    def resolve(self, name: str | None) -> str:
        """The engine for ``name`` (None → the default).

        Raises:
            EngineNotFoundError: unknown name (with a suggestion) or unconfigured.
        """
        if name is None:
            return self.default
        if name in self.names:
            return name
        if name == "openai":
            msg = (
                "engine 'openai' is not configured: set CAPTIONFLOW_OPENAI_BASE_URL "
                "(and CAPTIONFLOW_OPENAI_API_KEY, CAPTIONFLOW_OPENAI_MODEL)"
            )
            raise EngineNotFoundError(msg)
        close = difflib.get_close_matches(name, self.KNOWN, n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        if close and close[0] not in self.names:
            hint += " (not configured here: set CAPTIONFLOW_OPENAI_BASE_URL)"
        msg = f"unknown caption engine {name!r} (available: {', '.join(self.names)}){hint}"
        raise EngineNotFoundError(msg)

    def generate_offline(
        self, request: CaptionRequest, avoid: frozenset[str] = frozenset()
    ) -> Generated:
        """Drafts from the offline engine (synchronous, no I/O).

        Args:
            request: the post and its options.
            avoid: template ids not to use (the user's recent hooks and CTAs).
        """
        composed: Composed = self.offline.write(request, avoid)
        return Generated(
            composed.drafts,
            "offline",
            keywords=tuple(composed.keywords),
            language=composed.post.language,
            intent=composed.post.intent,
            notes=tuple(composed.notes),
            subject=composed.subject,
        )

    async def generate(
        self,
        request: CaptionRequest,
        events: StreamEvents | None = None,
        avoid: frozenset[str] = frozenset(),
    ) -> Generated:
        """Drafts from the requested engine; a failing remote engine falls back offline.

        The remote engine is told the language and intent the offline reading found;
        its own hashtags come first and the offline ones only fill a shortfall.
        """
        name = self.resolve(request.engine)
        offline = self.generate_offline(request, avoid)
        remote = self.openai
        if name == "offline" or remote is None:
            return offline
        context = PostContext(offline.language or "en", offline.intent or "everyday")
        try:
            texts = await asyncio.gather(
                *(
                    remote.complete(request, i, events, context=context)
                    for i in range(request.variants)
                )
            )
        except Exception as error:  # any remote failure: the offline engine answers
            if isinstance(error, RetryExhaustedError):
                error = error.last_error  # type: ignore[assignment]
            reason = str(error).replace("\n", " ")[:160]
            label = f"offline (fallback: openai unavailable: {reason})"
            return Generated(
                offline.drafts,
                label,
                fallback=True,
                keywords=offline.keywords,
                language=offline.language,
                intent=offline.intent,
                notes=offline.notes,
            )
        drafts = [
            # the offline draft keeps a variant whose text the rules would empty
            Draft(text, d.hashtags, "remote") if text.strip() else d
            for text, d in zip(texts, offline.drafts, strict=True)
        ]
        notes = tuple(n for n in offline.notes if "hashtag" not in n)
        return Generated(
            drafts,
            remote.label,
            keywords=offline.keywords,
            language=offline.language,
            intent=offline.intent,
            notes=notes,
        )

    async def aclose(self) -> None:
        """Release HTTP sessions."""
        if self.openai is not None:
            await self.openai.aclose()


def finish(
    request: CaptionRequest, drafts: list[Draft], language: str | None = None
) -> list[VariantOut]:
    """Every draft through Instagram's rules (see ``_rules.py``).

    ``language``: the language written in, when detected rather than given.
    """
    lists = wordlists()
    blocked = blocked_words(request, lists, language)
    return [apply_rules(d.text, d.hashtags, request, lists, blocked, language) for d in drafts]


class CaptionService:
    """Captions for requests: engine, rules, then the TTL cache.

    Results written by a fallback are not cached, so a recovered remote engine is
    used again at once. A request with a ``user_id`` avoids the hooks and calls to
    action of that user's last 20 captions (``history``: the cache's shared store
    when it has one, so Redis when configured; else process memory).
    """

    def __init__(
        self,
        engines: CaptionEngines,
        cache: CaptionCache | None = None,
        history: CaptionHistory | None = None,
    ) -> None:
        self.engines = engines
        self.cache = cache if cache is not None else CaptionCache()  # empty is falsy (len)
        self.history = history if history is not None else CaptionHistory(self.cache.shared)

    async def caption(
        self, request: CaptionRequest, events: StreamEvents | None = None, *, user_id: str = ""
    ) -> CaptionResult:
        """The finished variants for ``request`` (``cached`` says whether from cache).

        Args:
            request: the post and its options.
            events: token/retry callbacks for a streaming caller.
            user_id: the account, when not given in ``request.user_id``.
        """
        user = request.user_id or user_id
        key = request_key(request, self.engines.resolve(request.engine), user)
        hit = await self.cache.aget(key)
        if isinstance(hit, dict):  # a shared cache holds JSON
            hit = CaptionResult.model_validate(hit)
        if isinstance(hit, CaptionResult):
            return hit.model_copy(update={"cached": True})
        avoid = await self.history.avoid(user) if user else frozenset()
        generated = await self.engines.generate(request, events, avoid)
        if user:
            await self.history.remember(user, [(d.hook, d.cta) for d in generated.drafts])
        result = CaptionResult(
            variants=finish(request, generated.drafts, generated.language),
            engine=generated.engine,
            cached=False,
            language=generated.language,
            intent=generated.intent,
            notes=list(generated.notes),
        )
        if not generated.fallback:
            shared = self.cache.shared is not None
            await self.cache.aput(key, result.model_dump(mode="json") if shared else result)
        return result

    async def aclose(self) -> None:
        """Release the engines' HTTP sessions."""
        await self.engines.aclose()
