"""Reader round: a word typed without the accent it always has gets it back. "sabado tem
roda de samba aqui no bar" came back "Sabado tem roda de samba …", and "vous etes
geniaux" "Vous etes geniaux": a manager fixes those before posting. A weekday or an
everyday word whose bare spelling is no other word ("sabado", "miercoles", "voce",
"tambem", "etes", "deja") is written with its accent; a bare form that is another word
("a", "mas", "ou") is left as typed."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("content", "language", "bare", "accented"),
    [
        ("sabado tem feira de troca de livros na praça, das 10h as 13h. tragam os vossos!",
         "pt", "abado", "ábado"),
        ("el miercoles abrimos la tienda nueva en Gijón, os esperamos con café", "es",
         "iercoles", "iércoles"),
        ("merci pour cette soirée, vous etes les meilleurs voisins du quartier", "fr",
         " etes ", " êtes "),
        ("obrigada pela visita! voce também pode encomendar pelo site", "pt",
         "oce ", "ocê "),
    ],
)  # fmt: skip
def test_a_word_typed_without_its_only_accent_gets_it(
    content: str, language: str, bare: str, accented: str
) -> None:
    for variant in captions_for(content, language=language):
        text = text_of(variant)
        assert bare not in text, text
        assert accented in text, text


def test_a_bare_word_that_is_another_word_stays() -> None:
    content = "Pão quente a partir das 7h, mas só até acabar. Venham cedo!"
    for variant in captions_for(content, language="pt"):
        text = text_of(variant)
        assert " mas " in text, text
        assert " a partir" in text, text
