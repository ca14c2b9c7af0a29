"""A common word after a place word and "of" is a piece of the place's name (blind
review: tags).

Seen: "praia da Rocha" got #Rocha: the gazetteer knows a town Rocha (in Uruguay), but
"rocha" is a rock, and the beach's name is the three words. The rule: a one-word place
that is also a common word of the post's language, written after a lower-case place
word (praia, playa, parque, lago …) and "of", takes its place word (#PraiaDaRocha); it is
never a town's tag alone. A town that is no common word ("spiaggia di Cervia") stays,
and so does a common-word town named on its own ("em Rocha, no Uruguai").
"""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "language", "wrong"),
    [
        ("Fim de tarde na praia da Rocha com os miúdos, o mar estava perfeito.", "pt", "#rocha"),
        ("Domingo en la playa del Arenal con la familia, agua perfecta.", "es", "#arenal"),
        ("Piquenique no parque da Alvorada, sol e bolo de laranja.", "pt", "#alvorada"),
    ],
)
def test_a_common_word_after_a_place_word_is_no_town(
    content: str, language: str, wrong: str
) -> None:
    assert wrong not in post_tags(content, language, 5, lower=True)


@pytest.mark.parametrize(
    ("content", "language", "tag"),
    [
        ("Tramonto alla spiaggia di Cervia, mare perfetto.", "it", "#cervia"),
        ("Fim de semana em Rocha, no Uruguai, com amigos.", "pt", "#rocha"),
    ],
)
def test_a_town_keeps_its_tag(content: str, language: str, tag: str) -> None:
    assert tag in post_tags(content, language, 5, lower=True)
