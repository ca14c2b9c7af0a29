"""A business and its town before a colon are one heading: "Scuola di vela Gabbiano,
Marina di Ravenna: corsi per ragazzi 8-14 anni …" was cut after the name ("Scuola di vela
Gabbiano." on a line of its own, then "Marina di Ravenna: corsi …") when the sentence was
long. A comma whose tail reaches a colon within a few words is never a cut. Invented
posts."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of

POSTS = [
    (
        "it",
        "Scuola di ceramica Il Tasso, Lido di Camaiore: corsi per adulti e ragazzi 10-16 anni "
        "da marzo, 6 lezioni a 150 €. iscrizioni aperte, info 0584 555 118",
        "Scuola di ceramica Il Tasso, Lido di Camaiore:",
    ),
    (
        "en",
        "Heron Rock Climbing Centre, Port Talbot: holiday courses for ages 8-14 start on the "
        "3rd of August, five mornings for £95 with all the kit included. Book at the desk",
        "Heron Rock Climbing Centre, Port Talbot:",
    ),
]


@pytest.mark.parametrize(("language", "content", "heading"), POSTS)
def test_a_name_and_its_town_stay_one_heading(language: str, content: str, heading: str) -> None:
    for variant in captions_for(content, language=language):
        assert heading in text_of(variant), text_of(variant)
