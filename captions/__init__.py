"""The caption domain: offline caption text, pipeline stages, reactive functions, cache.

Plain async functions that flows call as stages; a real engine is a later issue.
"""

from ._cache import CaptionCache, cache_key
from ._reactive_fns import REACTIVE_FUNCTIONS
from ._stages import DEFAULT_STAGES, ContentError, StageFn, stage_registry
from ._text import (
    MAX_CAPTION_CHARS,
    MAX_HASHTAGS,
    build_caption,
    clamp_caption,
    dedupe_hashtags,
    hashtags_for,
    keywords,
)

__all__ = [
    "DEFAULT_STAGES",
    "MAX_CAPTION_CHARS",
    "MAX_HASHTAGS",
    "REACTIVE_FUNCTIONS",
    "CaptionCache",
    "ContentError",
    "StageFn",
    "build_caption",
    "cache_key",
    "clamp_caption",
    "dedupe_hashtags",
    "hashtags_for",
    "keywords",
    "stage_registry",
]
