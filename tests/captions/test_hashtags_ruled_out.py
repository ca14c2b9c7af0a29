"""What a post rules out is never a tag, on invented posts in six languages: the titles
a sale excludes ("not included", "exclues", "escluse"), the brand after "except", the
animal a home must be without ("No cats", "ohne Katzen", "niente gatti")."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


def tags_of(content: str, language: str) -> list[str]:
    return post_tags(content, language, 5, lower=True)


@pytest.mark.parametrize(
    ("content", "language", "ruled_out"),
    [
        (
            "Big vinyl sale at Needle Drop: all used LPs half price, Record Store Day "
            "releases not included.",
            "en",
            "#recordstoreday",
        ),
        (
            "Winter sale at Kestrel Outdoor: 30% off jackets and boots, except the "
            "Patagonia range.",
            "en",
            "#patagonia",
        ),
        (
            "Liquidación en Discos Marea: 3x2 en vinilos usados; ediciones del Record Store "
            "Day no incluidas.",
            "es",
            "#recordstoreday",
        ),
        (
            "Braderie chez Disques Lune : vinyles d'occasion à 5 €, éditions Record Store "
            "Day exclues.",
            "fr",
            "#recordstoreday",
        ),
        (
            "Saldão na Discos Maré: vinis usados a 10 reais, lançamentos do Record Store Day "
            "não incluídos.",
            "pt",
            "#recordstoreday",
        ),
        (
            "Saldi da Ottica Sole: -40% su tutte le montature, escluse quelle Persol.",
            "it",
            "#persol",
        ),
        ("Saldi da Ottica Sole: -40% su tutte le montature, Persol esclusi.", "it", "#persol"),
        (
            "Adopt Juniper, a calm 6-year-old lurcher. No cats in the home please.",
            "en",
            "#catsofinstagram",
        ),
        (
            "Wir vermitteln Bruno, einen ruhigen Schäferhund-Mix. Ein Zuhause ohne Katzen "
            "wäre ideal.",
            "de",
            "#katzen",
        ),
        (
            "Adottate Zeus, un cane tranquillo di 4 anni. Niente gatti in casa, grazie.",
            "it",
            "#gatti",
        ),
    ],
)
def test_what_the_post_rules_out_is_no_tag(content: str, language: str, ruled_out: str) -> None:
    tags = tags_of(content, language)
    assert ruled_out not in tags, tags
    assert tags, "the post keeps the tags of what it is about"


@pytest.mark.parametrize(
    ("content", "language", "label"),
    [
        (
            "Our podcast just passed 10,000 downloads! Thank you to every listener who "
            "stuck with us.",
            "en",
            "#listener",
        ),
        (
            "Perdido: perro mestizo negro con collar rojo, se llama Coco. Barrio del Carmen, "
            "Valencia.",
            "es",
            "#perdido",
        ),
        (
            "Smarrita: cagnolina bianca di nome Lola, zona Prati a Roma. Chiamate il 333 1234567.",
            "it",
            "#smarrita",
        ),
        (
            "Desaparecida: gata Pipoca, branca com manchas pretas, no bairro de Campo de Ourique.",
            "pt",
            "#desaparecida",
        ),
        (
            "Thank you to every reader who came to our book launch last night!",
            "en",
            "#reader",
        ),
    ],
)
def test_a_label_or_the_audience_is_no_tag(content: str, language: str, label: str) -> None:
    """ "Lost:", "Perdido:", the listeners thanked: no one searches a post by them."""
    tags = tags_of(content, language)
    assert label not in tags, tags
    assert tags


@pytest.mark.parametrize(
    ("content", "language", "kept"),
    [
        (
            "Menos de 24 horas para la Feria de Abril: ¡nuestra caseta abre mañana a las 12!",
            "es",
            "#feriadeabril",
        ),
        (
            "Falta menos de uma semana para a Feira do Queijo de Serpa: a nossa banca abre sexta!",
            "pt",
            "#feiradoqueijodeserpa",
        ),
        (
            "Un dîner hors du commun au Petit Zinc, vendredi à 20 h : menu truffe à 45 €.",
            "fr",
            "#petitzinc",
        ),
    ],
)
def test_a_word_that_only_sometimes_excludes_rules_nothing_out(
    content: str, language: str, kept: str
) -> None:
    """ "Menos de 24 horas", "hors du commun": "menos" and "hors" count or praise far more
    often than they exclude, so what follows them is tagged."""
    assert kept in tags_of(content, language)
