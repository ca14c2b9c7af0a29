"""Junk as a tag, on invented posts: an adverb or interjection of any of the six
languages ("seulement", "bah", "ecco", "halt"), a currency's or a country's code written
with a price ("GH₵", "KSh", "TT$"), and the first names of the people who sign the post
("Eure Jana & Ronny" → no #JanaRonny) are never tags; the post's things and town stay."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


def tags_of(content: str, language: str) -> list[str]:
    return post_tags(content, language, 5, lower=True)


@pytest.mark.parametrize(
    ("content", "language", "junk", "kept"),
    [
        (
            "Vente de bougies artisanales à Rimouski ce samedi, sur place seulement. "
            "Cire de soja et mèches en bois.",
            "fr",
            "#seulement",
            "#bougies",
        ),
        (
            "Bah, 15 anos de Cervejaria Tico-Tico! Em 2011 o vô Nardo fez a primeira "
            "cerveja em Pelotas; hoje são 6 rótulos.",
            "pt",
            "#bah",
            "#pelotas",
        ),
        (
            "Ecco, la nuova stagione della Pasticceria Rondine a Cremona: panettoni e "
            "torroni artigianali.",
            "it",
            "#ecco",
            "#cremona",
        ),
        (
            "Neu bei uns in Gera: Honig vom Imker nebenan, halt nur solange der Vorrat reicht.",
            "de",
            "#halt",
            "#honig",
        ),
    ],
)
def test_adverbs_and_interjections_are_no_tags(
    content: str, language: str, junk: str, kept: str
) -> None:
    tags = tags_of(content, language)
    assert junk not in tags
    assert kept in tags


@pytest.mark.parametrize(
    ("content", "language", "code"),
    [
        (
            "our choir is raising funds for new robes in tamale 🎶 send GH₵10 by momo "
            "or drop by on sat 14 feb.",
            "en",
            "#gh",
        ),
        (
            "Jollof and suya night at Mama Efua's kitchen in Nairobi, KSh500 a plate, "
            "from 6pm Friday.",
            "en",
            "#ksh",
        ),
    ],
)
def test_currency_and_country_codes_are_no_tags(content: str, language: str, code: str) -> None:
    assert code not in tags_of(content, language)


@pytest.mark.parametrize(
    ("content", "language", "names", "kept"),
    [
        (
            "Wir haben uns vertan: 40 Adventskalender der Manufaktur Zaunkönig kamen zu "
            "spät an. Das tut uns leid. Eure Mira & Tobias aus Erfurt 🍫",
            "de",
            ("#miratobias", "#mira", "#tobias"),
            "#erfurt",
        ),
        (
            "Our spring pottery class starts Monday at the studio in Hexham, six weeks "
            "of wheel throwing. Love, Priya & Tom",
            "en",
            ("#priyatom", "#priya", "#tom"),
            "#hexham",
        ),
    ],
)
def test_the_signers_first_names_are_no_tag(
    content: str, language: str, names: tuple[str, ...], kept: str
) -> None:
    tags = tags_of(content, language)
    assert not set(names) & set(tags)
    assert kept in tags


def test_a_name_loved_inside_a_sentence_is_no_signer() -> None:
    tags = tags_of("Fresh from the oven in Leeds: everyone will love Pizza Rossa", "en")
    assert "#pizzarossa" in tags or "#pizza" in tags
