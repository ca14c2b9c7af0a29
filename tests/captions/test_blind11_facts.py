"""Facts and glitches of blind round 11, each as a general rule, on invented posts:

- a caption never drops a sentence of the brief the reader needs: a farewell's thanks
  and its invitation, a grumble's one-word punchline ("tuesday."), the town a brief
  ends on after its emoji, a link the brief gives;
- a price's full stop ends its sentence ("R$ 5. de graça" is two sentences: the next
  one opens with its capital, never read as the price's words);
- the brief's emoji after a link stays after the link, never between a label and its
  colon ("Anmeldung ❤️: …").
"""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of

KEPT = [
    (
        "en",
        "after 20 years Pine Street Bakery is closing. our last day is friday 12 march. Anna "
        "is retiring and nobody wanted the early starts. no closing-down sale: the last "
        "loaves go to the food bank. thank you for every birthday cake, every early coffee "
        "and every dog that came in with you. pop in for a slice before we go x",
        {"tone": "playful"},
        ["Thank you for every birthday cake", "Pop in for a slice before we go"],
    ),
    (
        "es",
        "después de 25 años la Librería Sauce cierra. el último día es el sábado 6 de marzo. "
        "Marta se jubila y nadie quería las escaleras. los últimos cuentos van a la "
        "biblioteca del barrio. gracias por cada tarde de lluvia y cada pedido especial. "
        "pasad a tomar un café antes de que cerremos",
        {"tone": "playful"},
        ["Gracias por cada tarde de lluvia", "asad a tomar un café antes de que cerremos"],
    ),
    (
        "en",
        "rain on the window again. coffee's cold. tuesday.",
        {"tone": "minimalist"},
        ["Tuesday"],
    ),
    (
        "de",
        "Nebel über dem Acker. Der Kaffee ist schon kalt. Montag.",
        {"tone": "minimalist", "length": "short"},
        ["Montag"],
    ),
    (
        "de",
        "Jazzabend im Café Linde 🎷 Trio Blau spielt Standards, Fr 5.3., 20 Uhr, Einlass "
        "19:30. Eintritt 8 €, ermäßigt 5 €. Kommt früh, es wird voll 🎶 Rostock",
        {"tone": "casual", "length": "long"},
        ["Rostock"],
    ),
    (
        "it",
        "Serata di cinema muto al Cinema Aurora 🎬 pianoforte dal vivo, giovedì 4 marzo alle "
        "21. Ingresso 7 €. Portate una coperta, la sala è fredda 🧣 Ravenna",
        {"tone": "casual"},
        ["Ravenna"],
    ),
    (
        "en",
        "Maple Rowing Club coat drive 🧥 drop off gently used kids' coats, hats and gloves at "
        "the boathouse, Feb 1-20, any time the gym's open. no coat? a toonie in the jar buys "
        "a pair of mittens. everything goes to the Riverside Family Shelter winter room. "
        "info: maplerowing.ca/coats",
        {"tone": "promotional"},
        ["maplerowing.ca/coats"],
    ),
]


@pytest.mark.parametrize(("language", "content", "options", "kept"), KEPT)
def test_a_caption_keeps_every_sentence_the_reader_needs(
    language: str, content: str, options: dict[str, str], kept: list[str]
) -> None:
    for variant in captions_for(content, language=language, **options):
        for part in kept:
            assert part in text_of(variant), (part, variant.caption)


PRICED = [
    (
        "pt",
        "festa junina da Rua Azul 🎉 sábado às 18h na praça. quentão a R$ 5. de graça, é só vir!",
        "de graça",
    ),
    (
        "es",
        "feria de la calle Olmo 🎉 sábado a las 18 h en la plaza. limonada a $ 2. de regalo, "
        "una galleta",
        "de regalo",
    ),
]


@pytest.mark.parametrize(("language", "content", "written"), PRICED)
def test_a_price_full_stop_ends_its_sentence(language: str, content: str, written: str) -> None:
    for variant in captions_for(content, language=language, tone="playful"):
        text = text_of(variant)
        assert written.capitalize() in text, variant.caption
        assert f". {written}" not in text, variant.caption


LINKED = [
    (
        "de",
        "Flohmarkt für den Tierschutz 🐾 Sonntag, 10 Uhr im Hof der Schule. Anmeldung: "
        "tierschutz-hof.de/markt ❤️",
        "Anmeldung: tierschutz-hof.de/markt",
    ),
    (
        "fr",
        "Course solidaire du club Hirondelle 🏃 dimanche 7 mars à 10 h au parc. Inscription : "
        "hirondelle-course.fr/solidaire 💛",
        "Inscription : hirondelle-course.fr/solidaire",
    ),
]


@pytest.mark.parametrize(("language", "content", "label"), LINKED)
def test_an_emoji_after_a_link_never_splits_it_from_its_label(
    language: str, content: str, label: str
) -> None:
    for variant in captions_for(content, language=language, tone="promotional"):
        assert label in text_of(variant), variant.caption


JOBS = [
    (
        "en",
        "The Lantern is hiring 🍳 line cook, Thu-Sun evenings, £13/hr + tips. must love a "
        "busy pass. Brighton seafront. CV to jobs@lantern.co.uk by 3 Mar",
        ["Must love a busy pass", "Brighton seafront"],
    ),
    (
        "es",
        "Estamos contratando 🍳 cocinero de línea, jueves a domingo por la noche, 1.400 € "
        "netos. Imprescindible experiencia en parrilla. Centro de Valencia. CV a "
        "empleo@lalinterna.es antes del 3 de marzo",
        ["Imprescindible experiencia en parrilla", "Centro de Valencia"],
    ),
    (
        "de",
        "Wir suchen Verstärkung 🍳 Koch/Köchin für Do-So abends, 16 €/Std. Du brauchst "
        "Erfahrung am Grill. Altstadt Freiburg. Bewerbung an jobs@laterne.de bis 3. März",
        ["Du brauchst Erfahrung am Grill", "Altstadt Freiburg"],
    ),
]


@pytest.mark.parametrize(("language", "content", "kept"), JOBS)
def test_every_variant_of_a_job_ad_keeps_what_the_job_asks_and_where_it_is(
    language: str, content: str, kept: list[str]
) -> None:
    for variant in captions_for(content, language=language, tone="professional"):
        for part in kept:
            assert part in text_of(variant), (part, variant.caption)


MONTH_ENDS = [
    (
        "fr",
        "après 30 ans la librairie Le Merle ferme. notre dernier jour est le samedi 27 mars. "
        "merci pour chaque après-midi pluvieux. passez prendre un café avant notre départ",
        "Merci pour chaque après-midi pluvieux",
    ),
    (
        "es",
        "después de 30 años cierra la Librería Mirlo. el último día es el sábado 29 de mayo. "
        "gracias por cada tarde de lluvia. pasad a tomar un café antes de que cerremos",
        "Gracias por cada tarde de lluvia",
    ),
]


@pytest.mark.parametrize(("language", "content", "sentence"), MONTH_ENDS)
def test_a_month_written_whole_ends_its_sentence(
    language: str, content: str, sentence: str
) -> None:
    for variant in captions_for(content, language=language, tone="playful"):
        assert sentence in text_of(variant), variant.caption
