"""A pet's name is never a hashtag alone (blind review 16).

Seen: "Apresento a Farofa, nossa vira-lata adotada domingo …" was tagged #Farofa (a
dish): the name after "a" was read as a town. Pets accounts are searched by the kind
(#dogsofinstagram, the breed, #adoptdontshop), never by a pet's name, which is a word in
another sense as often as not. The rule: on a pets post (or one showing an animal) a
one-word name is no tag unless it is a town of the gazetteer; and the one a post presents
("meet", "apresento a", "os presentamos a", "vi presento", "je vous présente") is a first
name on any post.
"""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "language", "name"),
    [
        ("Conheçam a Pipoca, a nossa gata resgatada da rua. Já domina o sofá.", "pt", "#pipoca"),
        ("Apresentamos a Paçoca, nossa cadelinha adotada no sábado. Já ganhou a casa!", "pt",
         "#paçoca"),
        ("Os presentamos a Canela, nuestra perrita adoptada el sábado en la protectora.", "es",
         "#canela"),
        ("Vi presento Polpetta, la nostra meticcia adottata in canile domenica.", "it",
         "#polpetta"),
        ("Je vous présente Brioche, notre chienne adoptée au refuge dimanche.", "fr",
         "#brioche"),
        ("Meet Crumpet, our rescue greyhound who came home on Sunday.", "en", "#crumpet"),
    ],
)  # fmt: skip
def test_a_pet_s_name_is_no_tag(content: str, language: str, name: str) -> None:
    tags = post_tags(content, language, 8, lower=True)
    assert name not in tags, tags
    assert tags, tags  # the kind and the pets tags stay


@pytest.mark.parametrize(
    ("content", "language", "town"),
    [
        ("Adoption day in Harrogate this Saturday: come and meet our rescue dogs.", "en",
         "#harrogate"),
        ("Feira de adoção em Braga este sábado: venham conhecer os nossos cães.", "pt",
         "#braga"),
    ],
)  # fmt: skip
def test_a_town_on_a_pets_post_stays(content: str, language: str, town: str) -> None:
    assert town in post_tags(content, language, 8, lower=True)


def test_a_name_read_as_a_town_is_no_tag() -> None:
    tags = post_tags("Apresento a Quindim, nossa gatinha adotada ontem.", "pt", 8, lower=True)
    assert "#quindim" not in tags, tags
