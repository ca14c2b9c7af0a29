"""Hashtag faults the third blind review found, as general rules, on invented posts."""

from __future__ import annotations

import re

import pytest

from captions import post_hashtags, read_post
from tests.captions.helpers import TAG_BLOCKED as BLOCKED
from tests.captions.helpers import post_tags


def tags_of(content: str, language: str, limit: int = 6) -> list[str]:
    return post_tags(content, language, limit)


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Heute zum ersten Mal 5 x 8 Klimmzüge geschafft, mein Training wirkt!", "de"),
        ("¡Ya somos 10.000 seguidores en la librería de Sevilla! Gracias", "es"),
        ("Chegámos aos 5 000 seguidores na nossa padaria em Braga!", "pt"),
        ("Oggi per la prima Volta 4 x 12 squat con la squadra di Bari!", "it"),
    ],
)
def test_no_tag_carries_a_piece_of_a_figure(content: str, language: str) -> None:
    tags = tags_of(content, language)
    assert not [t for t in tags if re.search(r"\d", t)], tags


@pytest.mark.parametrize(
    ("content", "language", "name", "food"),
    [
        (
            "Terrasse finie : deux transats, trois pots de thym et Croissant a déjà choisi"
            " sa place au soleil",
            "fr",
            "croissant",
            "#boulangerie",
        ),
        (
            "Varanda pronta: duas espreguiçadeiras, três vasos de alecrim e Brigadeiro já"
            " escolheu o seu lugar ao sol",
            "pt",
            "brigadeiro",
            "#doces",
        ),
        (
            "Patio finished: two deckchairs, three pots of rosemary and Pancake has already"
            " picked his sunny spot",
            "en",
            "pancake",
            "#pancakes",
        ),
    ],
)
def test_a_name_is_never_read_as_a_food_term(
    content: str, language: str, name: str, food: str
) -> None:
    post = read_post(content, language)
    if not any(n.text.lower() == name for n in post.names):
        pytest.fail(f"{name} not read as a name: {post.names}")
    tags = post_hashtags(post, 6, blocked=BLOCKED)[0]
    assert food not in tags, tags  # the name as written ("#Cannoli") may stay


def _folded(tag: str) -> str:
    import unicodedata

    return "".join(
        c for c in unicodedata.normalize("NFKD", tag.lower()) if not unicodedata.combining(c)
    )


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Sabato 9 maggio mercato del vino a Alba, ingresso libero, vi aspettiamo!", "it"),
    ],
)
def test_no_tag_twice_in_another_form(content: str, language: str) -> None:
    tags = [_folded(t[1:]) for t in tags_of(content, language)]
    for i, a in enumerate(tags):
        for b in tags[i + 1 :]:
            common = next(
                (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
                min(len(a), len(b)),
            )
            assert not (common >= 5 and common >= max(len(a), len(b)) - 2), tags


@pytest.mark.parametrize(
    ("content", "language", "junk"),
    [
        (
            "Bruno wird heute 8! Er bekommt ein Stück Käse und einen langen Spaziergang 🐶",
            "de",
            "#stückkäse",
        ),
        (
            "Wichtige Info zu euren Bestellungen: der Versand verschiebt sich um eine Woche",
            "de",
            "#wichtigeinfo",
        ),
        ("Reservas por WhatsApp para el taller de cerámica del sábado", "es", "#whatsapp"),
    ],
)
def test_no_amount_contact_channel_or_notice_word_as_a_tag(
    content: str, language: str, junk: str
) -> None:
    assert junk not in [t.lower() for t in tags_of(content, language)]


def test_a_volunteer_call_takes_no_restaurant_tags() -> None:
    post = read_post(
        "Our community kitchen in Leeds needs 6 volunteers for Sunday lunch,"
        " we cooked 200 meals last week",
        "en",
    )
    from dataclasses import replace

    tags = [t.lower() for t in post_hashtags(replace(post, intent="food"), 6, blocked=BLOCKED)[0]]
    assert "#restaurant" not in tags, tags
    assert "#foodie" not in tags, tags
    assert "#volunteer" in tags, tags


@pytest.mark.parametrize(
    ("content", "language", "kind"),
    [
        (
            "Toast has lived with us for a year now 🐾 he still steals socks. If you are"
            " thinking about a whippet, talk to your local rescue",
            "en",
            "#whippet",
        ),
        (
            "Tostada lleva un año con nosotros 🐾 sigue robando calcetines. Si estás pensando"
            " en adoptar un galgo, habla con tu protectora",
            "es",
            "#galgo",
        ),
        (
            "Tartine vit avec nous depuis un an 🐾 elle vole toujours les chaussettes. Si vous"
            " pensez adopter un lévrier, parlez-en à votre refuge",
            "fr",
            "#lévrier",
        ),
        (
            "Bruschetta vive con noi da un anno 🐾 ruba ancora i calzini. Se state pensando a"
            " un levriero, parlatene con il vostro rifugio",
            "it",
            "#levriero",
        ),
        (
            "Torrada vive connosco há um ano 🐾 ainda rouba meias. Se está a pensar num galgo,"
            " fale com o seu abrigo",
            "pt",
            "#galgo",
        ),
        (
            "Toast lebt seit einem Jahr bei uns 🐾 er klaut immer noch Socken. Wer über einen"
            " Windhund nachdenkt, fragt im Tierheim",
            "de",
            "#windhund",
        ),
    ],
)
def test_a_pet_post_tags_the_animal_s_kind_wherever_it_is_named(
    content: str, language: str, kind: str
) -> None:
    assert kind in tags_of(content, language)


@pytest.mark.parametrize(
    ("content", "language", "tag"),
    [
        (
            "Our new Ridgeline 3 backpack lands Friday: 28 litres, recycled nylon, $120",
            "en",
            "#Ridgeline3",
        ),
        ("Nueva mochila Ridgeline 3 a la venta el viernes: 28 litros, 120 €", "es", "#Ridgeline3"),
    ],
)
def test_a_product_s_own_number_stays_in_its_tag(content: str, language: str, tag: str) -> None:
    assert tag in tags_of(content, language)


@pytest.mark.parametrize(
    ("content", "language", "call"),
    [
        (
            "Buscamos voluntarios para el banco de alimentos de Triana los sábados",
            "es",
            "#buscamosvoluntarios",
        ),
        (
            "Cherchons bénévoles pour la banque alimentaire de Lille le samedi",
            "fr",
            "#cherchonsbénévoles",
        ),
    ],
)
def test_a_call_for_people_is_no_tag(content: str, language: str, call: str) -> None:
    assert call not in [t.lower() for t in tags_of(content, language)]


def test_one_new_tag_on_a_launch() -> None:
    tags = [t.lower() for t in tags_of("Our new knitwear collection TIDE launches Friday", "en")]
    assert len([t for t in tags if t.startswith("#new")]) <= 1, tags


def test_rings_are_tagged_as_jewellery() -> None:
    tags = tags_of("New silver stacking rings from our Leeds studio, launching Monday at 9am", "en")
    assert {"#rings", "#jewellery"} & set(tags), tags


def test_a_breed_before_a_pet_s_name_is_no_name_tag() -> None:
    # neither the name (a pet's name is no tag: blind reviews 6 and 7) nor the pair
    tags = tags_of(
        "Unser Dackel Fritz ist heute 9 geworden! 🐶 Es gab einen langen Spaziergang", "de"
    )
    assert "#Fritz" not in tags, tags
    assert "#DackelFritz" not in tags, tags
    assert "#hundeliebe" in tags, tags


def test_a_tasting_is_no_wine_tag_on_a_truffle_fair() -> None:
    tags = tags_of("Sagra del tartufo a Norcia domenica 3 novembre, degustazioni dalle 10", "it")
    assert "#winelovers" not in tags, tags


def test_the_business_the_opening_names_is_tagged() -> None:
    tags = tags_of(
        "5 years of Iron Harbour Boxing today. We started with 3 bags in a garage in Salford"
        " and 8 members. Now we're 250 members strong.",
        "en",
    )
    assert "#IronHarbourBoxing" in tags, tags
