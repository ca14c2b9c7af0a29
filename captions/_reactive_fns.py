"""Named functions a reactive flow may use as computations (``POST /reactive/create``)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

from ._models import CaptionRequest
from ._service import CaptionEngines, finish
from ._text import hashtags_for, keywords

__all__ = ["REACTIVE_FUNCTIONS"]

_TONE_ORDER = ("casual", "professional", "playful")


def get_preferences(user_id: Any) -> dict[str, Any]:
    """Stable per-user preferences derived from the user id (no user store yet)."""
    digest = hashlib.sha256(str(user_id).encode()).digest()
    return {
        "user_id": str(user_id),
        "tone": _TONE_ORDER[digest[0] % len(_TONE_ORDER)],
        "max_hashtags": 3 + digest[1] % 3,
    }


_ENGINES = CaptionEngines()


def generate_caption(preferences: Any, content: Any) -> str:
    """A caption for ``content`` by the offline engine, in the user's tone and budget."""
    prefs = preferences if isinstance(preferences, dict) else {}
    tone = str(prefs.get("tone", "casual"))
    request = CaptionRequest.model_validate(
        {
            "content": str(content)[:2200] or "-",
            "tone": tone if tone in _TONE_ORDER else "casual",
            "variants": 1,
            "hashtags": max(0, min(30, int(prefs.get("max_hashtags", 5)))),
        }
    )
    return finish(request, _ENGINES.generate_offline(request).drafts)[0].caption


def hashtags(content: Any) -> list[str]:
    """Up to five hashtags from the content's keywords."""
    return hashtags_for(keywords(str(content)))


def extract_keywords(content: Any) -> list[str]:
    """The content's keywords."""
    return keywords(str(content))


def word_count(text: Any) -> int:
    """Words in ``text``."""
    return len(str(text).split())


def char_count(text: Any) -> int:
    """Characters in ``text``."""
    return len(str(text))


REACTIVE_FUNCTIONS: dict[str, Callable[..., Any]] = {
    "get_preferences": get_preferences,
    "generate_caption": generate_caption,
    "hashtags": hashtags,
    "keywords": extract_keywords,
    "word_count": word_count,
    "char_count": char_count,
}
