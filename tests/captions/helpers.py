"""What the caption rule tests share: a post's offline variants, finished as the
service finishes them, and the parts of a variant the tests read."""

from __future__ import annotations

from captions import CaptionEngines, CaptionRequest, VariantOut
from captions._service import finish

__all__ = ["ENGINES", "captions_for", "hooks_of", "tags_of", "text_of"]

ENGINES = CaptionEngines()


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
