"""A first-person plural verb that opens a post ("Recebemos", "Cerramos", "Apriamo") is
never a name: after a notice's lead it goes on in lower case, as Portuguese, Spanish
and Italian write after a colon."""

from __future__ import annotations

import re

import pytest

from captions._understand import read_post
from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("content", "language", "verb"),
    [
        (
            "Recebemos a reclamação do Sr. Anselmo sobre a encomenda que chegou aberta. "
            "Pedimos desculpa e já reenviámos tudo em caixas novas.",
            "pt",
            "Recebemos",
        ),
        (
            "Cerramos la cafetería Tordo el lunes 11 de enero por una avería eléctrica. "
            "Volvemos el martes 12.",
            "es",
            "Cerramos",
        ),
    ],
)
def test_a_verb_of_we_that_opens_a_post_is_no_name(content: str, language: str, verb: str) -> None:
    post = read_post(content, language)
    assert verb not in {n.text for n in post.names}, post.names
    for variant in captions_for(content, language=language):
        # after a lead's colon the verb goes on in lower case, never "…: Recebemos"
        assert not re.search(rf":\s+{verb}\b", text_of(variant)), variant.caption
