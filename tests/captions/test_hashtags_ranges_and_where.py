"""Issue 12's off-key hashtags: a later sentence's range of examples ("From wedding
invitations to posters, thank you") tells what a business does and gives no tag, nor a
category; the places a "drop-off points are …" sentence lists are where to go, and
neither their names nor the trade a name holds ("Café …") are tags."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags

_RANGES = [
    (
        "en",
        "Ashgrove Frames is 20 years old this week! From wedding photos to football shirts, "
        "thank you Kendal.",
        "#wedding",
    ),
    (
        "it",
        "La Tipografia Belloni compie 30 anni! Dalle partecipazioni di nozze ai manifesti, "
        "grazie Varese.",
        "#matrimonio",
    ),
    (
        "es",
        "La Imprenta Solana cumple 20 años. De las invitaciones de boda a los carteles, "
        "gracias Teruel.",
        "#boda",
    ),
]


@pytest.mark.parametrize(("language", "content", "tag"), _RANGES)
def test_a_range_of_examples_gives_no_tag(language: str, content: str, tag: str) -> None:
    assert tag not in post_tags(content, language, 5, lower=True)


def test_a_business_anniversary_with_a_range_is_still_an_anniversary() -> None:
    content = (
        "Ashgrove Frames is 20 years old this week! From wedding photos to football shirts, "
        "thank you Kendal."
    )
    assert "#anniversary" in post_tags(content, "en", 5, lower=True)


def test_an_opening_range_is_what_the_post_tells() -> None:
    content = "From Lisbon to Porto by bike in five days: our first cycling trip."
    tags = post_tags(content, "en", 5, lower=True)
    assert "#cycling" in tags
    assert "#porto" in tags


@pytest.mark.parametrize(
    ("language", "content", "name_tags"),
    [
        (
            "en",
            "Our winter coat drive starts today: drop-off points are the library, Café Mira "
            "and the town hall.",
            {"#cafe", "#cafémira"},
        ),
        (
            "es",
            "Empieza la recogida de juguetes: los puntos de recogida son la Panadería Olmo "
            "y la biblioteca.",
            {"#panadería", "#panaderíaolmo"},
        ),
    ],
)
def test_the_places_a_drop_off_sentence_lists_are_no_tags(
    language: str, content: str, name_tags: set[str]
) -> None:
    tags = post_tags(content, language, 5, lower=True)
    assert not name_tags & set(tags)
    assert tags
