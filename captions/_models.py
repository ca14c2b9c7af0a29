"""What a caption request asks for and what it gets back (pydantic v2).

These are the REST bodies of ``POST /api/v14/captions`` and the inputs of every
engine, so one definition serves the API, the pipeline stages and the engines.
"""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "MAX_CAPTION_CHARS",
    "MAX_HASHTAGS_LIMIT",
    "MAX_USER_ID_CHARS",
    "TONES",
    "Brand",
    "CaptionRequest",
    "CaptionResult",
    "Length",
    "Tone",
    "VariantOut",
]

MAX_CAPTION_CHARS = 2200  # Instagram: the whole caption, hashtags/mentions/URLs included
MAX_HASHTAGS_LIMIT = 30  # the most a request may ask for (Instagram's old cap)
MAX_USER_ID_CHARS = 200

Tone = Literal[
    "casual",
    "professional",
    "playful",
    "inspirational",
    "promotional",
    "educational",
    "minimalist",
]
TONES: tuple[str, ...] = get_args(Tone)
Length = Literal["short", "medium", "long"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Brand(_Model):
    """A brand's voice: examples to echo, words never to use."""

    voice_examples: list[str] = Field(
        default_factory=list,
        max_length=20,
        description="captions in the brand's voice; their distinctive words are reused",
    )
    banned_words: list[str] = Field(
        default_factory=list, max_length=200, description="words that never appear"
    )


class CaptionRequest(_Model):
    """One post to caption."""

    content: str = Field(
        ...,
        min_length=1,
        max_length=MAX_CAPTION_CHARS,
        description="what the post shows or says; at most 2,200 characters",
        examples=["Sunset hike at the lake with my dog."],
    )
    tone: Tone = Field("casual", description="voice of the caption")
    variants: int = Field(3, ge=1, le=5, description="how many alternative captions (1-5)")
    hashtags: int = Field(
        5,
        ge=0,
        le=MAX_HASHTAGS_LIMIT,
        description="hashtag cap; Instagram allows 5 per post since December 2025",
    )
    emoji: bool = Field(True, description="false: no emoji anywhere")
    cta: bool = Field(True, description="end with a call to action")
    language: str | None = Field(
        None,
        pattern=r"^[a-z]{2}$",
        description="ISO 639-1 code of the content; detected when absent (offline: en, es, "
        "de, fr, pt, it)",
    )
    length: Length = Field("medium", description="short, medium or long body")
    brand: Brand | None = None
    engine: str | None = Field(
        None, description="engine name (offline, openai); default from CAPTIONFLOW_CAPTION_ENGINE"
    )
    user_id: str | None = Field(
        None,
        min_length=1,
        max_length=MAX_USER_ID_CHARS,
        description="the account posting; its last 20 captions' hooks and calls to action "
        "are not repeated",
    )


class VariantOut(_Model):
    """One finished caption, within Instagram's rules."""

    caption: str = Field(..., description="the full caption, hashtags last")
    hashtags: list[str]
    char_count: int = Field(..., description="characters of `caption` (≤ 2,200)")
    hook_visible: bool = Field(
        ..., description="the opening sentence fits in the ~125 characters shown before 'more'"
    )


class CaptionResult(_Model):
    """The response of ``POST /api/v14/captions``."""

    variants: list[VariantOut]
    engine: str = Field(..., description='which engine wrote them, e.g. "offline"')
    cached: bool = Field(..., description="served from the cache")
    language: str | None = Field(None, description="the language written in (given or detected)")
    intent: str | None = Field(
        None, description="what the post is for, as understood (e.g. food, event, hiring)"
    )
    notes: list[str] = Field(
        default_factory=list,
        description="what the engine decided for you: fewer hashtags than asked (no filler), "
        "a tone adapted to the post, a language without offline templates",
    )
