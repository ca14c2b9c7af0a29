"""Posts a European reader found misread: a complaint answered with an apology read as a
birthday, a closure said ahead ("vai fechar por duas semanas") read as food, a German
date written with spaces ("Samstag 9. 1.") cut at its day, a product online from a day
read as a gathering, and a day ("este sábado") taken for the gathering it dates."""

from __future__ import annotations

import re

import pytest

from captions._sure import confidence
from captions._understand import read_post
from tests.captions.helpers import captions_for, hooks_of, tags_of, text_of

_PARTY = re.compile(
    r"(?i)🎂|🍰|🎉|🥳|parab[ée]ns|felicidades|celebr|festeg|feiert|fêtez|desde quando"
    r"|auguri|glückw"
)


@pytest.mark.parametrize(
    ("content", "language"),
    [
        (
            "Recebemos a reclamação do Sr. Anselmo sobre a torta de aniversário que chegou "
            "sem velas. Pedimos desculpa, devolvemos o valor e vamos rever a embalagem.",
            "pt",
        ),
        (
            "Hemos leído tu reclamo sobre la torta de cumpleaños que llegó aplastada a Villa "
            "Quintana. Lo sentimos, ya te devolvimos el dinero.",
            "es",
        ),
        (
            "Abbiamo ricevuto il reclamo di Lucia sulla torta di compleanno consegnata in "
            "ritardo a Fossombrone. Ci scusiamo, abbiamo rimborsato l'ordine.",
            "it",
        ),
    ],
)
def test_a_complaint_answered_is_an_apology_not_a_birthday(content: str, language: str) -> None:
    post = read_post(content, language)
    assert confidence(post).notice_kind == "apology"
    for variant in captions_for(content, language=language, tone="playful"):
        assert not _PARTY.search(variant.caption), variant.caption


_FOOD_ASK = re.compile(
    r"(?i)provar|provaria|probar|probarías|assaggi|goûter|probier|antojo|gulosos|fome"
    r"|🍞|🥐|🍰"
)


@pytest.mark.parametrize(
    ("content", "language"),
    [
        (
            "a confeitaria flor de sal vai fechar por duas semanas para pintar a loja. "
            "voltamos dia 18 de janeiro, segunda-feira",
            "pt",
        ),
        (
            "la panadería trigal va a cerrar por vacaciones del 11 al 24 de enero. volvemos "
            "el lunes 25",
            "es",
        ),
        (
            "Il forno Spiga d'Oro chiuderà per lavori dal 7 al 20 gennaio, riapriamo giovedì 21.",
            "it",
        ),
    ],
)
def test_a_closure_said_ahead_is_a_notice_not_a_dish(content: str, language: str) -> None:
    post = read_post(content, language)
    assert confidence(post).notice, post.intent
    for variant in captions_for(content, language=language, tone="promotional"):
        assert not _FOOD_ASK.search(text_of(variant)), variant.caption


def test_a_german_date_with_spaces_is_kept_whole() -> None:
    content = (
        "Flohmarkt im Pfarrsaal Wiesenbach: Samstag 9. 1. von 10 bis 15 Uhr, Kuchen und "
        "Kaffee. Der Erlös geht an die Tafel Wiesenbach."
    )
    post = read_post(content, "de")
    assert any("9. 1. von 10 bis 15 Uhr" in s for s in post.sentences), post.sentences
    for variant in captions_for(content, language="de"):
        text = text_of(variant)
        assert "9. 1. von 10 bis 15 Uhr" in text, variant.caption
        assert not re.search(r"(?m)^1\. |Samstag 9\.\s*$", text), variant.caption


_COME_ALONG = re.compile(
    r"(?i)là-bas|vient avec vous|on se voit|nos vemos|te esperamos|wir sehen uns"
    r"|kommt vorbei|ci vediamo|vi aspettiamo|nos vemos lá|vem com você|te vejo"
)


@pytest.mark.parametrize(
    ("content", "language"),
    [
        (
            "nouveau à l'atelier perce-neige: notre portefeuille en cuir couleur olive, "
            "cousu main à millau, 89 €, en ligne dès jeudi 10 décembre",
            "fr",
        ),
        (
            "Neu bei Filzwerk Ammersee: unsere Hausschuhe aus Schafwolle, 59 €, online ab "
            "Freitag, 11. Dezember",
            "de",
        ),
    ],
)
def test_a_product_online_from_a_day_is_no_gathering(content: str, language: str) -> None:
    post = read_post(content, language)
    assert post.intent != "event"
    for variant in captions_for(content, language=language, tone="promotional"):
        assert not _COME_ALONG.search(text_of(variant)), variant.caption


@pytest.mark.parametrize(
    ("content", "language", "named"),
    [
        (
            "este sábado 16 de enero hacemos la feria de plantas en la plaza de Villa "
            "Ombú, de 10 a 18 h, entrada libre",
            "es",
            "feria",
        ),
        (
            "este viernes 15 de enero concierto de tango en el Club Atlético Ceibo, "
            "entrada libre, desde las 21 h",
            "es",
            "concierto",
        ),
    ],
)
def test_a_day_or_free_entry_never_names_the_gathering(
    content: str, language: str, named: str
) -> None:
    subject = read_post(content, language).subject.text.lower()
    assert named in subject or subject.startswith("club"), subject
    assert not re.search(r"sábado|viernes|entrada", subject), subject
    for hook in hooks_of(captions_for(content, language=language)):
        assert not re.search(r"(?i):\s*(?:este|esta) (?:sábado|viernes)\.", hook), hook
        assert not re.search(r"(?i):\s*entrada libre\.", hook), hook
    assert "#estesábado" not in tags_of(captions_for(content, language=language))
