"""A list that details the post's subject tags none of its items: what a donation
needs, what a finished room or a trip holds. A list most of whose items are search
terms, a food post's dishes and a product's figures keep their tags; a street's words
are no category cue."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "language", "absent"),
    [
        (
            "The Bramble Street Pantry in Dayton is running low. Most needed: tinned soup, "
            "oats, pasta, toothpaste, nappies (size 3). Drop off any weekday 9am to 5pm.",
            "en",
            {"#soup", "#pasta"},
        ),
        (
            "We finally finished the loft 🏡 pine floorboards sanded back, a reading nook "
            "under the eaves, shelves full of vinyl and a skylight over the desk. Took us "
            "5 months.",
            "en",
            {"#readingnook", "#vinyl"},
        ),
        (
            "Terminamos el cuarto de Mateo 🛏️ paredes azul cielo, una cama hecha por su "
            "abuelo, una caja de juguetes y cortinas de lino. 2 fines de semana en total.",
            "es",
            {"#juguetes"},
        ),
        (
            "Endlich ist das Kinderzimmer fertig 🛏️ Wände in Salbeigrün, ein Hochbett aus "
            "Kiefer, ein Regal voller Bücher und Vorhänge aus alten Laken. Drei Wochenenden, "
            "200 € insgesamt.",
            "de",
            {"#bücher"},
        ),
        (
            "La Banque Alimentaire du Quartier Lilas à Nantes manque de tout : conserves, "
            "riz, lait infantile, couches, savon. Dépôt du lundi au vendredi.",
            "fr",
            {"#savon", "#riz"},
        ),
        (
            "A Despensa Solidária do Bairro Alto em Coimbra precisa de ajuda: feijão "
            "enlatado, arroz, leite em pó, fraldas, sabonete. Entregas de segunda a sexta.",
            "pt",
            {"#sabonete", "#arroz"},
        ),
        (
            "Dopo 5 mesi abbiamo finito la cantina 🏡 mattoni a vista puliti, un pavimento "
            "di cotto recuperato, un tavolo fatto con una vecchia porta e una botte "
            "restaurata. Ora è il posto più bello della casa.",
            "it",
            {"#cotto"},
        ),
        (
            "Finalmente finita la cameretta di Bianca 🛏️ pareti color salvia, un letto a "
            "casetta in abete, una mensola di libri alla sua altezza e tende cucite con le "
            "lenzuola della nonna.",
            "it",
            {"#libri"},
        ),
    ],
)
def test_an_item_of_a_list_of_details_is_no_tag(
    content: str, language: str, absent: set[str]
) -> None:
    tags = set(post_tags(content, language, 8, lower=True))
    assert not tags & absent, tags


@pytest.mark.parametrize(
    ("content", "language", "present"),
    [
        (
            "Tonight's menu at Nori Bar: ramen, gyoza, karaage and mochi. Walk-ins welcome.",
            "en",
            {"#ramen", "#gyoza"},
        ),
        (
            "Yoga, pilates and barre classes all week at Fernhill Studio in Bristol.",
            "en",
            {"#yoga", "#pilates"},
        ),
        ("Neu im Laden: die Keramikschale Dohle, 18 cm, handbemalt, 32 €.", "de", {"#keramik"}),
    ],
)
def test_a_list_of_the_posts_own_things_keeps_its_tags(
    content: str, language: str, present: set[str]
) -> None:
    tags = set(post_tags(content, language, 8))
    assert present <= tags, tags


def test_a_streets_word_is_no_category() -> None:
    content = (
        "The Alder Community Fridge on Baker St, Leeds is open every day 💚 take what you "
        "need, leave what you can."
    )
    assert "#bakery" not in post_tags(content, "en", 8, lower=True)
