"""The caption domain: understanding a post, engines, Instagram's rules, cache, stages.

Plain functions and classes that flows call as stages::

    CaptionService.caption(CaptionRequest) ─ CaptionHistory (the user's recent captions)
        ─ CaptionEngines (offline: read_post → templates | openai)
        ─ apply_rules (Instagram) ─ CaptionCache (TTL)

Errors: ``ContentError`` and ``EngineNotFoundError`` (both ``ValueError``: bad
input); ``OpenAIError`` (the remote engine; always answered by the offline
fallback, never raised to a caller of ``CaptionService``).

``register_components`` adds the caption stages, reactive functions, a guard and event
handlers to the one ``flows.Registry``; nothing is registered on import.

It may import: ``flows`` (public names only: ``Registry``, ``BuildContext``,
``StateMachine``), ``operators``, reactivex, pydantic, aiohttp (the OpenAI-compatible
client), PyYAML (its lexicons), emoji, wordninja. Never ``app``; never ``redis`` (the
app hands ``CaptionCache`` the backend's shared cache).
"""

from ._cache import CaptionCache, cache_key
from ._components import register_components
from ._emoji import MAX_EMOJI, count_emoji, emoji_for, lexicon_emoji
from ._hashtags import camel_tag, post_hashtags, tag_from_words
from ._history import HISTORY_SIZE, CaptionHistory
from ._language import detect_language
from ._lexicon import INTENTS, LANGUAGES
from ._models import (
    MAX_CAPTION_CHARS,
    MAX_HASHTAGS_LIMIT,
    TONES,
    Brand,
    CaptionRequest,
    CaptionResult,
    VariantOut,
)
from ._offline import STRUCTURES, Composed, Draft, OfflineEngine
from ._openai import OpenAIConfig, OpenAIEngine, OpenAIError, PostContext, StreamEvents
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
from ._understand import Name, Post, Subject, read_post
from ._wordlists import WordLists, wordlists
from ._workflow import caption_workflow

__all__ = [
    "DEFAULT_STAGES",
    "HISTORY_SIZE",
    "HOOK_CHARS",
    "INTENTS",
    "LANGUAGES",
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
    "CaptionHistory",
    "CaptionRequest",
    "CaptionResult",
    "CaptionService",
    "Composed",
    "ContentError",
    "Draft",
    "EngineNotFoundError",
    "Generated",
    "Name",
    "OfflineEngine",
    "OpenAIConfig",
    "OpenAIEngine",
    "OpenAIError",
    "Post",
    "PostContext",
    "StageFn",
    "StreamEvents",
    "Subject",
    "VariantOut",
    "WordLists",
    "apply_rules",
    "build_caption",
    "cache_key",
    "camel_tag",
    "caption_workflow",
    "clamp_caption",
    "count_emoji",
    "dedupe_hashtags",
    "detect_language",
    "emoji_for",
    "hashtags_for",
    "hook_of",
    "keywords",
    "lexicon_emoji",
    "post_hashtags",
    "read_post",
    "register_components",
    "request_key",
    "stage_registry",
    "tag_from_words",
    "wordlists",
]
