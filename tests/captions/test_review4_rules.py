"""Failure classes found on new posts after the third blind review, as behaviour tests
over posts invented for these tests.

Each rule is general: a fronted phrase ("After 15 years, …") and a numeric date's dot
("ab 3.10. statt 26.9.") never end a sentence.
"""

from __future__ import annotations

from captions import CaptionEngines, CaptionRequest, VariantOut
from captions._service import finish

ENGINES = CaptionEngines()


def captions_for(content: str, **options: object) -> list[VariantOut]:
    request = CaptionRequest.model_validate({"content": content, "variants": 3, **options})
    generated = ENGINES.generate_offline(request)
    return list(finish(request, generated.drafts, generated.language))


def test_a_fronted_phrase_keeps_its_comma() -> None:
    post = (
        "After 15 years, Pip's Bakery on Bridge Road in Bristol will close its doors for "
        "good on Sunday 29 March. Thank you for every loaf and every chat. "
        "Come and see us one last time."
    )
    for variant in captions_for(post, tone="professional"):
        assert "After 15 years, Pip's Bakery" in variant.caption
        assert "After 15 years." not in variant.caption


def test_a_numeric_date_does_not_end_a_sentence() -> None:
    post = (
        "Wichtige Info zu euren Bestellungen: Der Wollpullover Kamm kommt wegen eines "
        "Engpasses beim Garn ca. 1 Woche später, Versand jetzt ab 3.10. statt 26.9. "
        "Alle Bestellungen bleiben gültig. Danke für eure Geduld!"
    )
    for variant in captions_for(post, tone="professional", language="de"):
        assert "ab 3.10. statt 26.9." in variant.caption
