"""Rules found after the fifth blind review, each tested on posts written for it."""

from __future__ import annotations

import re

import pytest

from captions._understand import read_post
from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("content", "language", "pet"),
    [
        ("Ratatouille a encore dormi sur le canapé 😼", "fr", "Ratatouille"),
        ("Paella robó otra vez el jamón 🐶", "es", "Paella"),
        ("Brezel hat schon wieder die Wurst geklaut 🐕", "de", "Brezel"),
        ("Risotto ha rubato di nuovo il formaggio 🐱", "it", "Risotto"),
        ("Biscuit stole the cheese off my plate again", "en", "Biscuit"),
        ("Feijoada roubou o pão outra vez 😹", "pt", "Feijoada"),
    ],
)
def test_a_dish_named_pet_doing_what_animals_do_is_a_pet(
    content: str, language: str, pet: str
) -> None:
    # a one-word name as the subject of "stole", "slept", "a volé", "hat geklaut", or
    # beside an animal emoji, is the animal's name, not the dish it is named after
    post = read_post(content, language)
    assert post.intent == "pets"
    assert post.subject.text == pet
    for variant in captions_for(content, language=language, tone="playful", variants=3):
        assert pet in text_of(variant)


def test_a_person_sleeping_is_no_pet() -> None:
    assert read_post("Giulia dorme ancora, buona domenica", "it").intent != "pets"


@pytest.mark.parametrize(
    ("content", "language", "advice"),
    [
        (
            "Come conservare il pane fresco: 1) mai in frigo 2) in un sacchetto di stoffa "
            "3) a fette in freezer 🍞 dal Forno Sole, Bari",
            "it",
            "conservare",
        ),
        (
            "How to keep your sourdough fresh: 1) never in the fridge 2) wrap it in a cloth "
            "3) freeze slices for toast 🍞 from Rye & Co, Leeds",
            "en",
            "keep",
        ),
        (
            "So bleibt euer Brot länger frisch: im Leinenbeutel, nie im Kühlschrank 🍞 "
            "Bäckerei Korn, Kassel",
            "de",
            "frisch",
        ),
        (
            "Pour conserver vos fraises : pas de lavage avant, au frais dans une boîte 🍓 "
            "Primeur Martin, Lyon",
            "fr",
            "conserver",
        ),
        (
            "Para conservar el aguacate: con su hueso y un chorrito de limón 🥑 "
            "Frutería Ana, Murcia",
            "es",
            "conservar",
        ),
        (
            "Como conservar o pão: nunca no frigorífico, num saco de pano 🍞 Padaria Lua, Braga",
            "pt",
            "conservar",
        ),
    ],
)
def test_advice_on_keeping_food_is_a_tip_told_in_its_own_words(
    content: str, language: str, advice: str
) -> None:
    # "how to keep / come conservare / so bleibt … frisch": a tip, whatever it is about and
    # whoever gives it; the caption opens with the advice, not a template about the shop
    assert read_post(content, language).intent == "tip"
    for variant in captions_for(content, language=language, tone="casual", variants=3):
        assert advice in text_of(variant).split("\n")[0].lower()


@pytest.mark.parametrize(
    "content",
    [
        "Mercoledì 8 aprile swing alla Trattoria Il Carciofo 🎺 Quartetto Neri dal vivo dalle "
        "21, ingresso libero con consumazione. Prenotate al 051 223 4455, Bologna",
        "Friday jazz night at Luca's Trattoria 🎺 live quartet from 8pm, free entry with a "
        "drink. Book at 020 7946 0000",
        "Samstag 14. März Jazzabend in der Trattoria Da Gino 🎷 Trio live ab 20 Uhr, Eintritt "
        "frei. Reservierung unter 030 1234567",
    ],
)
def test_live_music_with_a_start_time_is_an_event_whatever_the_venue_serves(
    content: str,
) -> None:
    # a trio "dal vivo dalle 21" at an osteria is a night out, not a dish to taste
    assert read_post(content).intent == "event"
    for variant in captions_for(content, tone="casual", variants=3):
        assert "🍽" not in text_of(variant)


def test_a_dish_served_from_noon_is_still_food() -> None:
    post = read_post("Lasagne della nonna ogni giovedì dalle 12 alle 15, 12 € all'Osteria Gino")
    assert post.intent == "food"


# a price joined to a list by its conjunction, or given as a bullet of its own
_GLUED_PRICE = re.compile(
    r"(?:\b(?:and|e|y|et|und|ed)\s+|^\s*[•-]\s*)(?:[€$£]\s?\d[\d.,]*|\d[\d.,]*\s?[€$£])",
    re.MULTILINE,
)


@pytest.mark.parametrize(
    ("content", "language"),
    [
        (
            "Bitoque com ovo, arroz e batata frita, 8,90 € 😋 hoje ao almoço na Tasca do Zé, Braga",
            "pt",
        ),
        (
            "Fish and chips with mushy peas, tartare sauce and lemon, £12.50 today at The Anchor, "
            "Whitby",
            "en",
        ),
        (
            "Schnitzel mit Pommes, Salat und Preiselbeeren, 14,90 € heute Mittag im Gasthaus Linde",
            "de",
        ),
    ],
)
def test_a_price_is_never_joined_into_a_list_of_items(content: str, language: str) -> None:
    # "batata frita, salada e 9,50 €": the price is what the plate costs, not a side
    assert not any(_is_price(item) for item in read_post(content, language).items)
    for variant in captions_for(content, language=language, tone="casual", variants=3):
        assert not _GLUED_PRICE.search(text_of(variant)), text_of(variant)


def _is_price(item: str) -> bool:
    return bool(re.fullmatch(r"[€$£]?\s?\d[\d.,]*\s?[€$£]?", item.strip()))


_SAVE_THE_DATE = re.compile(
    r"(?i)save the date|mark your calendar|notez la date|guarda la fecha|reserva la fecha"
    r"|apunta la fecha|salvate la data|segnatevi la data|salve a data|guarde a data"
    r"|termin speichern|merkt euch den termin"
)


@pytest.mark.parametrize(
    ("content", "language"),
    [
        (
            "nuevo montadito en Bodega El Faro 🤤 pringá con pan de pueblo, 3 € la pieza. "
            "de lunes a sábado, calle Betis 8, Sevilla",
            "es",
        ),
        ("Nouveau dessert chez Café Lumière : tarte tatin maison, 6 €, du mardi au dimanche", "fr"),
        (
            "New bao at Dumpling House: pork belly and pickles, $9, Tuesday to Sunday, 12 Mill St",
            "en",
        ),
        ("Neu bei Bäckerei Korn: Mohnschnecke für 2,80 €, von Montag bis Samstag", "de"),
    ],
)
def test_opening_days_are_no_date_to_save(content: str, language: str) -> None:
    # "de martes a domingo" says when a dish is served, not a date to keep in mind
    assert read_post(content, language).when is None
    for tone in ("casual", "promotional"):
        for variant in captions_for(content, language=language, tone=tone, variants=3):
            assert not _SAVE_THE_DATE.search(text_of(variant)), text_of(variant)


def test_a_weekday_on_its_own_is_still_a_date() -> None:
    assert read_post("Quiz night this Friday at The Crown, 8pm").when == "Friday, 8pm"


@pytest.mark.parametrize(
    "content",
    [
        "Nouveau dessert au Café Lumière : tarte tatin maison, 6 €, du mardi au dimanche, "
        "rue du Marché 4, Lyon",
        "nueva tapa en Bar Rocío 🤤 pringá con pan de pueblo, 3,50 € la tapa. de martes a "
        "domingo, calle Feria 12, Sevilla",
    ],
)
def test_a_street_name_and_opening_days_do_not_make_a_dish_an_event(content: str) -> None:
    # "calle Feria", "rue du Marché" say where; "de martes a domingo" says when it is open
    assert read_post(content).intent != "event"
    for variant in captions_for(content, tone="casual", variants=3):
        assert "📅" not in text_of(variant)
