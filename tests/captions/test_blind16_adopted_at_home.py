"""A pet the speakers call adopted is at home: "Apresento a Farofa, nossa vira-lata adotada
domingo na feira de adoção do Parque …" got "Pode dar um lar a Parque …? Mande uma
mensagem."; the speakers' own pet called adopted ("nossa … adotada", "nuestra galga
adoptada", "unser adoptierter Kater", "la nostra cagnolina adottata", "notre chienne
adoptée", "our new rescue") is asked for no home, and an adoption ask never offers a home
to the name of a place (the park, the shelter where something happens)."""

from __future__ import annotations

import re

import pytest

from captions import read_post
from captions._writer import templates
from tests.captions.helpers import captions_for, text_of


def _adoption_asks(language: str, subject: str) -> list[re.Pattern[str]]:
    """The adoption pool's asks, their subject filled with anything, or only those that
    name one, filled with ``subject``."""
    asks = []
    for frame in templates(language).pool("cta", "adoption"):
        if subject and not frame.slots & {"S", "S^"}:
            continue
        parts = re.split(r"\{S\^?\}", frame.text)
        filler = re.escape(subject) if subject else ".+?"
        asks.append(re.compile(filler.join(re.escape(p) for p in parts), re.IGNORECASE))
    return asks


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Os presento a Chispa, nuestra galga adoptada el sábado en la protectora de "
         "Sevilla 🐾 Ya duerme en el sofá.", "es"),
        ("Esta é a Paçoca, nossa gatinha adotada ontem na feira de adoção da Praça do "
         "Sol 🐾 Já escolheu a cama dela.", "pt"),
        ("Das ist Krümel, unser adoptierter Kater aus dem Tierheim Leipzig 🐾 Er hat "
         "schon das Sofa erobert.", "de"),
        ("Vi presento Briciola, la nostra cagnolina adottata domenica al rifugio di "
         "Monza 🐾 Ha già rubato una ciabatta.", "it"),
        ("Voici Pistache, notre chienne adoptée samedi au refuge de Rennes 🐾 Elle a "
         "déjà volé une chaussette.", "fr"),
        ("Meet Biscuit, our new rescue from the adoption day at Hillside Park 🐾 "
         "Already stole a sock.", "en"),
    ],
)  # fmt: skip
def test_a_pet_the_speakers_adopted_is_asked_no_home(content: str, language: str) -> None:
    post = read_post(content, language)
    assert post.intent == "pets"
    assert "adoption" not in post.flags
    asks = _adoption_asks(language, "")
    for variant in captions_for(content, language=language):
        assert not any(ask.search(text_of(variant)) for ask in asks), text_of(variant)


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Jornada de adopción en el Parque del Oeste este domingo 🐾 15 perros buscan hogar.",
         "es"),
        ("Giornata di adozione al Parco Sempione domenica 🐾 15 cani cercano casa.", "it"),
    ],
)  # fmt: skip
def test_an_adoption_ask_gives_no_home_to_a_place(content: str, language: str) -> None:
    post = read_post(content, language)
    asks = _adoption_asks(language, post.subject.text) if post.subject.text else []
    for variant in captions_for(content, language=language):
        assert not any(ask.search(text_of(variant)) for ask in asks), text_of(variant)
