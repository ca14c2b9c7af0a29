"""A launch is about the thing it calls new, never a side detail's word.

Seen: "Nuovi paccheri di Gragnano, trafilati al bronzo" took the town (Gragnano) for
its subject and tagged no pasta; "Our new duck liver pâté …, made in the kitchen" took
"kitchen"; "Nuevas sardinillas …, de Galicia" took the region.

The rule: what follows new/nuevo/nuovo/neu/nouveau/novo, or "introducing", "meet our",
"ecco", "voici", "presentamos", "apresentamos", "wir präsentieren" (or the colon after
"Neu bei uns:", "New in:") is the product, up to a comma, a number, a preposition or a
verb. A "di/de <place>" right after the product's word is part of its name ("paccheri
di Gragnano"), so the place is never the subject alone; the product's own tag is given
when the taxonomy knows it. The product's own name stays the subject ("Lanzamos Brisa,
nuestra nueva lámpara", "our new candle, Ember"); so does a business that presents it.
"""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import post_tags

# (post, language, the product's head word, the side detail that is no subject)
LAUNCHES = [
    (
        "Questa settimana in bottega: nuovi pici di Montalcino, tirati a mano. 4,50 € al pacco.",
        "it",
        "pici",
        "Montalcino",
    ),
    (
        "Something for the weekend: our new smoked mackerel pâté with horseradish, made in "
        "the back kitchen. £5 a tub.",
        "en",
        "pâté",
        "kitchen",
    ),
    (
        "Nuevas anchoas en salazón, de Santoña. Lata de 120 g a 9 €.",
        "es",
        "anchoas",
        "Santoña",
    ),
    (
        "Introducing our damson and sloe gin, distilled in Kendal. 50cl for £28.",
        "en",
        "gin",
        "Kendal",
    ),
    (
        "Voici notre nouveau saucisson aux noisettes, séché à Aurillac. 8 € la pièce.",
        "fr",
        "saucisson",
        "Aurillac",
    ),
    (
        "Apresentamos o nosso novo queijo de cabra, curado em Castelo Branco. 6 € cada.",
        "pt",
        "queijo",
        "Castelo Branco",
    ),
    (
        "Ecco la nuova mortadella di Bologna al pistacchio, 22 € al kg.",
        "it",
        "mortadella",
        "Bologna",
    ),
    (
        "Neu bei uns: Bauernbrot aus dem Holzofen in Kempten, 1 kg für 5,40 €.",
        "de",
        "Bauernbrot",
        "Kempten",
    ),
]


@pytest.mark.parametrize(("content", "language", "product", "detail"), LAUNCHES)
def test_a_launch_is_about_what_it_calls_new(
    content: str, language: str, product: str, detail: str
) -> None:
    subject = read_post(content, language).subject
    assert product.lower() in subject.text.lower(), subject
    assert subject.text != detail, subject


@pytest.mark.parametrize(
    ("content", "language", "tag"),
    [
        (LAUNCHES[0][0], "it", "#pici"),
        (LAUNCHES[6][0], "it", "#mortadella"),
        (LAUNCHES[3][0], "en", "#gin"),
    ],
)
def test_a_launch_tags_its_product_when_the_taxonomy_knows_it(
    content: str, language: str, tag: str
) -> None:
    assert tag in post_tags(content, language, 8, lower=True)


@pytest.mark.parametrize(
    ("content", "language", "name"),
    [
        ("Lanzamos Brisa, nuestra nueva lámpara de pie, en roble. 140 €.", "es", "Brisa"),
        ("Our new candle, Ember, smells of cedar and smoke. £22.", "en", "Ember"),
        ("Nuovo al Panificio Gatti: pane di segale, 5 € al chilo.", "it", "Panificio Gatti"),
    ],
)
def test_the_product_s_own_name_or_its_maker_stays_the_subject(
    content: str, language: str, name: str
) -> None:
    assert read_post(content, language).subject.text == name
