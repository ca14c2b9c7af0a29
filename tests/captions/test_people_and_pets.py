"""A person's or a pet's name typed in lower case, known by the word before: a doctor's
title ("dr. kessler"), a title of kin or respect ("nonna ida", "dona benedita"), a
possessive and a pet's kind with a word the vocabulary lacks ("notre chat zazou"; in
German any name a verb follows: "unser kater moritz hat"), "meet …, our …". An
adjective, a verb and an adverb in those places stay as typed."""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals
from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("typed", "language", "written"),
    [
        ("Danke an die Praxis dr. kessler aus Lübeck.", "de", "Dr. Kessler aus"),
        ("Unser Kater moritz hat heute Geburtstag!", "de", "Kater Moritz hat"),
        ("Le gâteau de tata josette, dimanche.", "fr", "tata Josette,"),
        ("Notre chat zazou a deux ans.", "fr", "chat Zazou a"),
        ("Los bizcochos de doña remedios, el domingo.", "es", "doña Remedios,"),
        ("Nuestro perro chispo cumple tres años.", "es", "perro Chispo cumple"),
        ("Os bolos da dona benedita, no sábado.", "pt", "dona Benedita,"),
        ("Il nostro gatto birillo compie due anni.", "it", "gatto Birillo compie"),
        ("Le tagliatelle di nonna ida, domenica.", "it", "nonna Ida,"),
        ("Meet waffles, our new shop dog.", "en", "Meet Waffles, our"),
        ("Our dog zuko turned three today.", "en", "dog Zuko turned"),
    ],
)  # fmt: skip
def test_a_name_after_a_title_or_a_pets_kind_is_written_with_its_capital(
    typed: str, language: str, written: str
) -> None:
    assert written in proper_capitals(typed, language)


@pytest.mark.parametrize(
    ("typed", "language"),
    [
        ("Unser Hund bellt. Unser Hund heute wieder.", "de"),
        ("Notre chat tigré a deux ans.", "fr"),
        ("Nuestra perra negra cumple años. La tía rica.", "es"),
        ("A dona simpática da loja.", "pt"),
        ("La nonna racconta. Il nostro cane nero.", "it"),
        ("Our dog walker is great. Meet everyone, the team.", "en"),
    ],
)  # fmt: skip
def test_an_adjective_a_verb_or_an_adverb_there_stays_as_typed(typed: str, language: str) -> None:
    assert proper_capitals(typed, language) == typed


def test_a_pet_post_names_its_pet() -> None:
    content = "il nostro cane birillo compie sette anni! grazie a tutti"
    for variant in captions_for(content, language="it"):
        assert "Birillo" in text_of(variant), text_of(variant)
