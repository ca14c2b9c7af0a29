"""Hashtag faults the fifth blind review found, as general rules, on invented posts:
the topic the opening sentence names always gets its search term, before the generic
tags that only fill."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


def tags_of(content: str, language: str, limit: int = 5) -> list[str]:
    return post_tags(content, language, limit, lower=True)


# -- the topic of the opening sentence ------------------------------------------------


@pytest.mark.parametrize(
    ("content", "language", "topic"),
    [
        ("Live jazz on the terrace this Thursday from 9pm, free entry.", "en", "#jazz"),
        ("Advice from our dental practice: brush for two minutes, twice a day.", "en", "#dentist"),
        ("Brew day at the brewery: a hazy IPA goes into the tanks today.", "en", "#brewday"),
        ("Our farm stay has two new rooms under the old hayloft.", "en", "#farmstay"),
        ("Concierto de jazz el sábado en la plaza, entrada libre.", "es", "#jazz"),
        ("Nuestra clínica dental abre también los sábados por la mañana.", "es", "#dentista"),
        ("Abrimos la casa rural para el puente: quedan dos habitaciones.", "es", "#casarural"),
        ("Unsere Zahnarztpraxis hat ab Montag neue Öffnungszeiten.", "de", "#zahnarzt"),
        ("Heute ist Brautag: das Märzen kommt in den Kessel.", "de", "#brauerei"),
        ("Neu im Nagelstudio: French Maniküre in Pastell.", "de", "#nägel"),
        ("Le cabinet dentaire accueille une deuxième dentiste dès lundi.", "fr", "#dentiste"),
        ("Notre onglerie propose la pose de gel semi-permanent.", "fr", "#ongles"),
        ("O nosso consultório dentário tem horário novo a partir de segunda.", "pt", "#dentista"),
        ("Forró no terraço este sábado, a partir das 21h.", "pt", "#forró"),
        ("Lo studio dentistico resta aperto anche il sabato mattina.", "it", "#dentista"),
    ],
)
def test_the_topic_of_the_opening_sentence_gets_its_search_term(
    content: str, language: str, topic: str
) -> None:
    tags = tags_of(content, language)
    assert topic in tags, tags


# -- a trade's tag from the post's own trade words --------------------------------------

HAIR = {
    "#hairsalon",
    "#hairstyle",
    "#friseur",
    "#haare",
    "#coiffure",
    "#coiffeur",
    "#cabelo",
    "#salãodebeleza",
    "#parrucchiere",
    "#capelli",
}


@pytest.mark.parametrize(
    ("content", "language", "trade"),
    [
        ("This week at the salon: chrome manicure and gel nails.", "en", "#nails"),
        ("Neu in unserem Salon: Maniküre mit Gel-Lack und Nail Art.", "de", "#maniküre"),
        ("Au salon cette semaine : manucure russe et ongles en gel.", "fr", "#manucure"),
        ("No salão esta semana: manicure russa e unhas de gel.", "pt", "#manicure"),
        ("Nel nostro salone questa settimana: manicure russa e unghie in gel.", "it", "#manicure"),
    ],
)
def test_a_salon_is_no_hair_salon_unless_the_post_names_hair(
    content: str, language: str, trade: str
) -> None:
    tags = tags_of(content, language)
    assert trade in tags, tags
    assert not HAIR & set(tags), tags


# -- a side detail of a post about something else --------------------------------------


@pytest.mark.parametrize(
    ("content", "language", "topic", "side"),
    [
        (
            "Yoga in the park this Sunday. Bring water; we'll have lemonade and cookies after.",
            "en",
            "#yoga",
            {"#cookies"},
        ),
        ("Brew day at the brewery. Lunch is pizza from next door.", "en", "#brewday", {"#pizza"}),
        ("Noche de jazz en la terraza el viernes, con vino y tapas.", "es", "#jazz", {"#vino"}),
        (
            "Clase de yoga el domingo en el parque. Después, café y churros para todos.",
            "es",
            "#yoga",
            {"#café", "#churros"},
        ),
        ("Jazzabend im Hof am Donnerstag, mit Wein und Käse.", "de", "#jazz", {"#wein"}),
        (
            "Atelier poterie samedi matin, avec café et croissants.",
            "fr",
            "#poterie",
            {"#café", "#croissant"},
        ),
        (
            "Aula de yoga domingo no parque, com café e bolo no fim.",
            "pt",
            "#yoga",
            {"#café", "#bolo"},
        ),
        (
            "Noite de jazz na esplanada sexta-feira, com vinho e petiscos.",
            "pt",
            "#jazz",
            {"#vinho"},
        ),
        (
            "Corso di ceramica sabato in laboratorio, con caffè e biscotti.",
            "it",
            "#ceramica",
            {"#caffè"},
        ),
        ("Serata jazz in giardino giovedì, con vino e formaggi.", "it", "#jazz", {"#vino"}),
    ],
)
def test_a_side_detail_of_a_post_about_something_else_gets_no_tag(
    content: str, language: str, topic: str, side: set[str]
) -> None:
    tags = tags_of(content, language)
    assert topic in tags, tags
    assert not side & set(tags), tags


# -- a person's first name -------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "language", "person"),
    [
        ("Nuestra casa rural abre en marzo, Lucía os espera con el desayuno.", "es", "#lucía"),
        ("Notre gîte rouvre en avril, Margot vous attend avec des confitures.", "fr", "#margot"),
        (
            "Il nostro agriturismo riapre a maggio, Ornella vi aspetta in cucina.",
            "it",
            "#ornella",
        ),
        # a town's name too (Franca, SP): who waits for the reader is a person
        ("Il nostro agriturismo riapre ad aprile, Franca vi aspetta a colazione.", "it", "#franca"),
    ],
)
def test_a_name_that_waits_for_the_reader_is_a_person_and_no_tag(
    content: str, language: str, person: str
) -> None:
    assert person not in tags_of(content, language)


@pytest.mark.parametrize(
    ("content", "language", "topic", "side"),
    [
        (
            "Pottery class at the studio on Saturday, with coffee and cake.",
            "en",
            "#pottery",
            {"#coffee", "#coffeetime", "#bakery"},
        ),
        (
            "Sunrise yoga in the garden, with espresso and croissants after.",
            "en",
            "#yoga",
            {"#coffee", "#coffeetime", "#bakery"},
        ),
        (
            "Töpferkurs am Samstag im Atelier, mit Kaffee und Kuchen.",
            "de",
            "#töpfern",
            {"#kaffee", "#backen"},
        ),
    ],
)
def test_a_side_detail_gives_no_category_to_a_post_about_something_else(
    content: str, language: str, topic: str, side: set[str]
) -> None:
    tags = tags_of(content, language)
    assert topic in tags, tags
    assert not side & set(tags), tags


@pytest.mark.parametrize(
    ("content", "language", "topic"),
    [
        ("Concert de jazz vendredi soir à la Grange, entrée libre.", "fr", "#jazz"),
        ("Kletterabend in der Boulderhalle am Dienstag, Leihschuhe gratis.", "de", "#klettern"),
        ("Jazzkonzert im Innenhof am Sonntag, Eintritt frei.", "de", "#jazz"),
        ("Concierto de rock el viernes en la sala Trébol, entrada 10 €.", "es", "#rock"),
    ],
)
def test_the_kind_of_an_evening_or_a_concert_is_its_topic(
    content: str, language: str, topic: str
) -> None:
    tags = tags_of(content, language)
    assert topic in tags, tags


@pytest.mark.parametrize(
    "content",
    [
        "A nossa casa de campo reabre em abril, a Teresa espera-vos com bolo.",
        "O nosso agroturismo reabre em maio, a Graça espera-vos com compotas.",
    ],
)
def test_a_name_whose_verb_carries_the_readers_pronoun_is_a_person_not_a_place(
    content: str,
) -> None:
    tags = tags_of(content, "pt")
    assert not {"#teresa", "#graça"} & set(tags), tags
