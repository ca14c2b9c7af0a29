"""A pet's name that is also a town is no place tag (blind review: tags).

Seen: "Lola" (a dog) got #Lola: the gazetteer knows a town Lola (in Guinea), and a
town shared with a name stayed a town. The rule: in a pet's post, a one-word name that
opens its sentence, alone or after an article ("Lola cumple …", "A Lola fez …"), is the
pet's, no town's; a town the post goes to ("took the dog to Falmouth", "paseo por
Cádiz") stays.
"""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "language", "wrong"),
    [
        ("Lola cumple hoy 6 años y sigue escondiendo zapatillas 🐶", "es", "#lola"),
        ("A Lola fez hoje 4 anos e continua a esconder chinelos 🐶", "pt", "#lola"),
    ],
)
def test_a_pets_name_is_no_town(content: str, language: str, wrong: str) -> None:
    assert wrong not in post_tags(content, language, 5, lower=True)


@pytest.mark.parametrize(
    ("content", "language", "tag"),
    [
        ("Took the dog to Falmouth for the weekend, she loved the sand 🐶", "en", "#falmouth"),
        ("Paseo con la perrita por Cádiz, le encanta el paseo marítimo 🐶", "es", "#cádiz"),
    ],
)
def test_a_town_stays(content: str, language: str, tag: str) -> None:
    assert tag in post_tags(content, language, 5, lower=True)
