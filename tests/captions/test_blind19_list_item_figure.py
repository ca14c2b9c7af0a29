"""A list written one item a line whose item opens with a figure keeps it whole (blind
round 19, es-05: "3. 40 minutos en la pota de cobre" left "3." alone between the steps)."""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, text_of

POSTS = [
    (
        "es",
        "así hacemos el caldo en el mesón de anselmo 🍲\n1. los huesos se tuestan al horno\n"
        "2. se cubren con agua fría\n3. 6 horas a fuego mínimo\n4. se cuela dos veces",
        "6 horas a fuego mínimo",
    ),
    (
        "en",
        "How we make our stock at the Heron Inn 🍲\n1. Roast the bones\n"
        "2. Cover with cold water\n3. 6 hours on the lowest heat\n4. Strain it twice",
        "6 hours on the lowest heat",
    ),
    (
        "it",
        "Così nasce il nostro ragù alla Trattoria Il Gufo 🍝\n1. Soffritto lento\n"
        "2. La carne rosolata a mano\n3. 5 ore sul fuoco più basso\n4. Riposo di una notte",
        "5 ore sul fuoco più basso",
    ),
]


@pytest.mark.parametrize(("language", "content", "item"), POSTS)
def test_an_item_opening_with_a_figure_keeps_its_number(
    language: str, content: str, item: str
) -> None:
    sentences = read_post(content, language).sentences
    assert not any(s.strip().rstrip(".").isdigit() for s in sentences), sentences
    for variant in captions_for(content, language=language, tone="casual", length="long"):
        text = text_of(variant)
        assert item in text, variant.caption
        assert not any(line.strip().rstrip(".").isdigit() for line in text.split("\n")), text


def test_a_sentence_ending_in_a_number_is_not_a_marker() -> None:
    # "We scored 3." ends a sentence; the figure after it opens the next one
    sentences = read_post("We scored 3. 6 more games to go this season.", "en").sentences
    assert sentences[0] == "We scored 3."
