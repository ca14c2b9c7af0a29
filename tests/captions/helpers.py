"""What the caption rule tests share: a post's offline variants, finished as the
service finishes them, and the parts of a variant the tests read."""

from __future__ import annotations

from captions import CaptionEngines, CaptionRequest, VariantOut, post_hashtags, read_post, wordlists
from captions._service import finish

__all__ = ["ENGINES", "TAG_BLOCKED", "captions_for", "hooks_of", "post_tags", "tags_of", "text_of"]

ENGINES = CaptionEngines()
_LISTS = wordlists()
TAG_BLOCKED = _LISTS.banned_hashtags | _LISTS.cliche_tags


def post_tags(content: str, language: str, limit: int, *, lower: bool = False) -> list[str]:
    """The hashtags the service picks for ``content`` read in ``language``, its banned and
    cliché lists applied (lower-cased when asked)."""
    tags = post_hashtags(read_post(content, language), limit, blocked=TAG_BLOCKED)[0]
    return [t.lower() for t in tags] if lower else tags


def captions_for(content: str, **options: object) -> list[VariantOut]:
    """Three variants of ``content`` (``options``: other request fields)."""
    request = CaptionRequest.model_validate({"content": content, "variants": 3, **options})
    generated = ENGINES.generate_offline(request)
    return list(finish(request, generated.drafts, generated.language))


def text_of(variant: VariantOut) -> str:
    """The caption without its hashtag line."""
    return variant.caption.removesuffix(" ".join(variant.hashtags)).rstrip()


def hooks_of(variants: list[VariantOut]) -> list[str]:
    """Each variant's first line."""
    return [text_of(v).split("\n")[0] for v in variants]


def tags_of(variants: list[VariantOut]) -> set[str]:
    """Every variant's hashtags, lower-cased."""
    return {t.lower() for v in variants for t in v.hashtags}
