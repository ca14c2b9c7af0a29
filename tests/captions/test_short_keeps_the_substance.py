"""A short caption keeps the post's substance for its intent, and drops its asides first.

A short request keeps the opening, the dates, the first time and price, the subject and
the ask. Real posts lost what they were about: a menu priced in a currency the engine
did not know ("romazava au zébu 12 000 ar, …") went whole while the opening hours
stayed, three identical variants and no ask; a weekend away kept its first line and
its advice and lost what was done; a thank-you went and left its @mention alone on the
last line; a launch lost its pre-order line and its three glazes, then asked "Which one
would you pick?".

The rule: short keeps the list of things a food, sale, launch or trip post is about (a
priced list whatever its currency), the order or pre-order line of what is sold, and
the sentence a thank-you names its people in (an @mention stays inside its sentence);
it drops the asides (the weather, a sign-off, standing opening hours) first; three
short variants are three texts; an ask to pick one is made only where the options
show. Posts invented for this test.
"""

from __future__ import annotations

import re

import pytest

from tests.captions.helpers import captions_for, text_of


def _short(content: str, language: str) -> list[str]:
    return [text_of(v) for v in captions_for(content, language=language, length="short")]


# (language, brief, words of its list and its order line every short variant keeps)
MENUS = [
    (
        "fr",
        "ce midi au snack chez hajja, derb sultan 🍲 tajine kefta 35 dh, harira 10 dh, et "
        "le soir msemen à 3 dh pièce. ouvert tous les jours de 12h à 23h, sauf vendredi "
        "midi. commandes au 06 55 55 12 34. choukran et à bientôt",
        ["tajine kefta", "msemen", "commandes au"],
    ),
    (
        "en",
        "this week at mama ngina's kitchen, westlands 🍲 pilau with kachumbari ksh 450, "
        "githeri ksh 300 and mandazi at ksh 50 each. open daily 7am to 9pm. orders on 0712 "
        "555 555. karibu sana",
        ["githeri", "mandazi", "orders on"],
    ),
    (
        "de",
        "diese woche im imbiss zur linde, kreuzberg 🍲 linsensuppe 6,50 €, currywurst mit "
        "pommes 8 € und zum nachtisch apfelstrudel für 4 €. geöffnet täglich von 11 bis 20 "
        "uhr. bestellungen unter 030 555 12 34. bis bald",
        ["currywurst", "apfelstrudel", "bestellungen unter"],
    ),
]


@pytest.mark.parametrize(("language", "content", "items"), MENUS)
def test_a_short_menu_keeps_its_dishes(language: str, content: str, items: list[str]) -> None:
    for text in _short(content, language):
        missing = [i for i in items if i.lower() not in text.lower()]
        assert not missing, (missing, text)


@pytest.mark.parametrize(("language", "content", "items"), MENUS)
def test_three_short_variants_are_three_texts(
    language: str, content: str, items: list[str]
) -> None:
    texts = _short(content, language)
    assert len(set(texts)) == len(texts), texts
    # (not by their asks alone: without one they still differ)
    bare = [text_of(v) for v in captions_for(content, language=language, length="short", cta=False)]
    assert len(set(bare)) == len(bare), bare


# (language, brief, its order line's words, its options)
LAUNCHES = [
    (
        "en",
        "Our new Heron tote is out on Friday 12 March 👜 Cut and stitched by hand in our "
        "Leeds studio, in three colours: Moss, Slate and Rust. £48 each, waxed cotton, fits "
        "a 15-inch laptop. Pre-orders open now at heronandhare.co.uk, cheers pet 💚",
        "Pre-orders open now",
        ["Moss", "Slate", "Rust"],
    ),
    (
        "de",
        "Unser neuer Becher Elbe ist ab Samstag, 13. März da 🏺 Von Hand gedreht in unserer "
        "Werkstatt in Meißen, in drei Glasuren: Elbblau, Sandstein und Schiefer. 28 € pro "
        "Stück, 300 ml, spülmaschinenfest. Vorbestellungen ab sofort unter "
        "toepferei-elbe.de, tschüssikowski",
        "Vorbestellungen ab sofort",
        ["Elbblau", "Sandstein", "Schiefer"],
    ),
    (
        "pt",
        "Saldos de inverno na Retrosaria Bela, de 10 a 20 de fevereiro 🧶 novelos de lã "
        "merino a 4 €, agulhas de bambu a 6 € e kits de gorro a 15 €. Encomendas em "
        "retrosariabela.pt ou pelo 912 555 555. Beijinhos e até já",
        "Encomendas em",
        ["agulhas de bambu", "kits de gorro"],
    ),
]


@pytest.mark.parametrize(("language", "content", "order", "options"), LAUNCHES)
def test_a_short_launch_or_sale_keeps_its_order_line_and_its_options(
    language: str, content: str, order: str, options: list[str]
) -> None:
    for text in _short(content, language):
        assert order.lower() in text.lower(), text
        assert all(o.lower() in text.lower() for o in options), text


_WHICH = re.compile(r"(?i)which one|would you pick|welche[rs]? .*\?|qual .*\?|quale .*\?")


@pytest.mark.parametrize(("language", "content", "order", "options"), LAUNCHES)
def test_which_one_is_asked_only_with_the_options_shown(
    language: str, content: str, order: str, options: list[str]
) -> None:
    for length in ("short", "medium"):
        for variant in captions_for(content, language=language, length=length):
            text = text_of(variant)
            if _WHICH.search(text):
                shown = [o for o in options if o.lower() in text.lower()]
                assert len(shown) >= 2, text


# (language, brief, its mention, the word its thanks open with)
THANKS = [
    (
        "pt",
        "terminámos a cozinha da casa da aldeia em monsanto 🍳 bancada em granito, armários "
        "em carvalho, fogão a lenha restaurado e azulejos pintados à mão. foram oito meses "
        "de obras. obrigada à carpinteira rita (@rita.madeiras) pelo trabalho lindo!",
        "@rita.madeiras",
        "obrigada",
    ),
    (
        "en",
        "We finally finished the barn conversion in Hebden Bridge 🏡 Exposed oak beams, a "
        "new wood burner, slate floors and a big window onto the moor. It took three years "
        "and a lot of tea. Huge thanks to Dave the joiner (@dave.joinery) for all the work!",
        "@dave.joinery",
        "thanks",
    ),
    (
        "it",
        "abbiamo finito di restaurare il fienile del nonno a ostana 🏡 travi a vista, stufa "
        "a legna nuova, pavimento in larice e un balcone sul monviso. ci sono voluti due "
        "anni. grazie a marco il falegname (@marco.legno) per il lavoro!",
        "@marco.legno",
        "grazie",
    ),
]


@pytest.mark.parametrize(("language", "content", "mention", "thanks"), THANKS)
def test_a_short_thank_you_keeps_its_mention_in_its_sentence(
    language: str, content: str, mention: str, thanks: str
) -> None:
    for text in _short(content, language):
        line = next((x for x in text.split("\n") if mention in x), "")
        assert thanks in line.lower(), text


# (language, brief, what was done, its aside)
TRIPS = [
    (
        "es",
        "puente en la sierra de cazorla con @lucia.rm y sus primos 🌲 ruta por el río "
        "borosa, cordero en el mesón del pueblo y un baño en la cerrada del utrero, que nos "
        "flipó. hizo un calor de justicia pero qué vistas, illo. si vais en agosto madrugad "
        "y llevad agua, que el centro de visitantes cierra los martes",
        "borosa",
        "calor de justicia",
    ),
    (
        "it",
        "weekend in val d'orcia con @giulia.b e la sua banda 🍷 giro in bici fino a pienza, "
        "pici all'aglione a montalcino e una degustazione in una cantina di sant'angelo, che "
        "ci è piaciuta tantissimo. faceva un freddo cane ma che panorami, mannaggia. se "
        "andate a gennaio portate la giacca e prenotate, molte cantine chiudono il lunedì",
        "pici all'aglione",
        "freddo cane",
    ),
]


@pytest.mark.parametrize(("language", "content", "done", "aside"), TRIPS)
def test_a_short_trip_keeps_what_was_done_before_its_asides(
    language: str, content: str, done: str, aside: str
) -> None:
    for text in _short(content, language):
        assert done in text.lower(), text
        assert aside not in text.lower(), text
