"""The caption domain: engines, Instagram's rules, hashtag ranking, cache, stages.

Plain functions and classes that flows call as stages::

    CaptionService.caption(CaptionRequest) ─ CaptionEngines (offline | openai)
        ─ apply_rules (Instagram) ─ CaptionCache (TTL)

Errors: ``ContentError`` and ``EngineNotFoundError`` (both ``ValueError``: bad
input); ``OpenAIError`` (the remote engine; always answered by the offline
fallback, never raised to a caller of ``CaptionService``).
"""

from ._cache import CaptionCache, cache_key
from ._components import register_components
from ._emoji import MAX_EMOJI, count_emoji, emoji_for
from ._hashtags import rank_hashtags, tag_from_words
from ._keywords import Keyword, extract_keywords
from ._models import (
    MAX_CAPTION_CHARS,
    MAX_HASHTAGS_LIMIT,
    TONES,
    Brand,
    CaptionRequest,
    CaptionResult,
    VariantOut,
)
from ._offline import STRUCTURES, Draft, OfflineEngine
from ._openai import OpenAIConfig, OpenAIEngine, OpenAIError, StreamEvents
from ._reactive_fns import REACTIVE_FUNCTIONS
from ._rules import HOOK_CHARS, MAX_MENTIONS, apply_rules, hook_of
from ._service import CaptionEngines, CaptionService, EngineNotFoundError, Generated, request_key
from ._stages import DEFAULT_STAGES, ContentError, StageFn, stage_registry
from ._text import (
    MAX_HASHTAGS,
    build_caption,
    clamp_caption,
    dedupe_hashtags,
    hashtags_for,
    keywords,
)
from ._wordlists import WordLists, wordlists
from ._workflow import caption_workflow

__all__ = [
    "DEFAULT_STAGES",
    "HOOK_CHARS",
    "MAX_CAPTION_CHARS",
    "MAX_EMOJI",
    "MAX_HASHTAGS",
    "MAX_HASHTAGS_LIMIT",
    "MAX_MENTIONS",
    "REACTIVE_FUNCTIONS",
    "STRUCTURES",
    "TONES",
    "Brand",
    "CaptionCache",
    "CaptionEngines",
    "CaptionRequest",
    "CaptionResult",
    "CaptionService",
    "ContentError",
    "Draft",
    "EngineNotFoundError",
    "Generated",
    "Keyword",
    "OfflineEngine",
    "OpenAIConfig",
    "OpenAIEngine",
    "OpenAIError",
    "StageFn",
    "StreamEvents",
    "VariantOut",
    "WordLists",
    "apply_rules",
    "build_caption",
    "cache_key",
    "caption_workflow",
    "clamp_caption",
    "count_emoji",
    "dedupe_hashtags",
    "emoji_for",
    "extract_keywords",
    "hashtags_for",
    "hook_of",
    "keywords",
    "rank_hashtags",
    "register_components",
    "request_key",
    "stage_registry",
    "tag_from_words",
    "wordlists",
]
