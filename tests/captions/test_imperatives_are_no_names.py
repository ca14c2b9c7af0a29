"""An invitation is no name: "¡Pasad a probarlas!" was read as a person called Pasad
(tagged #Pasad) and written "¡Pasad a Probarlas!", the verb taken for a town after "a".
A verb with its pronouns ("probarlas", "trovarci", "provarli") is never a town, and a
command to several people ("pasad", "venid", "reservad") never a name.

Posts invented for this test.
"""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, text_of

POSTS = [
    ("es", "Tenemos croquetas caseras nuevas. ¡Pasad a probarlas!", "probarlas"),
    ("es", "Ya tenemos las agendas de 2027. Venid a verlas antes de que vuelen.", "verlas"),
    ("es", "Reservad mesa para el sábado. Estamos deseando invitaros a probarlos.", "probarlos"),
    ("it", "Sono arrivati i panettoni artigianali. Passate a provarli in negozio!", "provarli"),
    ("it", "Nuovo menù d'autunno. Venite a trovarci in via Garibaldi 8.", "trovarci"),
]


@pytest.mark.parametrize(("language", "content", "verb"), POSTS)
def test_a_command_is_no_name_and_a_verb_no_town(language: str, content: str, verb: str) -> None:
    post = read_post(content, language)
    first = content.split()[0].strip("¡!.,")
    assert post.subject.text != first, post.subject
    for variant in captions_for(content, language=language):
        text = text_of(variant)
        assert verb.capitalize() not in text, text
        assert verb in text, text
        assert f"#{first.lower()}" not in {t.lower() for t in variant.hashtags}, variant.hashtags
