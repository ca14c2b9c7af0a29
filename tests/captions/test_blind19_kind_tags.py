"""Blind round 19's thin tag sets: the kind of post a tip, a remake or a swim is.

A post whose subject gives no tag of its own (tips about the wood stove, a coat remade,
advice for a winter sea dip) was tagged by the intent's generic words alone (#tipps,
#tips #howto, #mode #ootd): what people search for such a post is what it is about
(#holzofen, #wildswimming, #upcycling).
"""

from tests.captions.helpers import post_tags


def lower(content: str, language: str) -> list[str]:
    return post_tags(content, language, 5, lower=True)


# -- tips for a wood stove or a fireplace are searched as heating -----------------------


def test_wood_stove_tips_are_tagged_by_the_stove() -> None:
    tags = lower(
        "Drei Tipps von unserem Schornsteinfeger, bevor ihr den Kaminofen anfeuert 🔥\n"
        "1. Nur trockenes Brennholz\n2. Die Luftzufuhr ganz öffnen\n3. Asche kalt entsorgen",
        "de",
    )
    assert "#kaminofen" in tags or "#holzofen" in tags
    tags = lower(
        "Three things to know before you light the wood burner this winter 🔥\n"
        "1. Burn only seasoned logs\n2. Open the vent fully\n3. Sweep the chimney once a year",
        "en",
    )
    assert "#woodburner" in tags
    tags = lower(
        "Cinque consigli per accendere la stufa a legna senza fumo 🔥\n"
        "1. Legna secca\n2. Accendi dall'alto\n3. Pulisci la canna fumaria ogni anno",
        "it",
    )
    assert "#stufaallegna" in tags


def test_a_pizza_oven_tip_is_no_heating() -> None:
    # counter-example: a wood oven that bakes is cooking, not heating the house
    tags = lower(
        "Drei Tipps für die perfekte Pizza aus dem Holzofen 🍕\n"
        "1. Den Teig 48 Stunden gehen lassen\n2. Der Ofen braucht 450 Grad\n3. Wenig Belag",
        "de",
    )
    assert "#holzofen" not in tags
    assert "#heizen" not in tags


def test_a_stove_in_one_of_the_tips_is_no_heating() -> None:
    # counter-example: the tips are about what the opening names; a fireplace in one of
    # them is where not to stand the plant
    tags = lower(
        "So bleibt eure Zimmerpalme den ganzen Winter grün 🌴\n1. Wenig gießen\n"
        "2. Nicht neben Heizung oder Kamin stellen\n3. Einmal im Monat düngen",
        "de",
    )
    assert "#holzofen" not in tags
    assert "#heizen" not in tags
    tags = lower(
        "Three ways to keep your poinsettia red till January 🌺\n1. Water sparingly\n"
        "2. Keep it away from the wood burner\n3. No cold draughts",
        "en",
    )
    assert "#woodburner" not in tags


# -- tips for a cold-water swim are searched by the swim --------------------------------


def test_winter_swim_tips_are_tagged_by_the_swim() -> None:
    tags = lower(
        "Three tips for your first sea dip this winter, from the Harbour Seals 🌊\n"
        "1. Never swim alone.\n2. Get in slowly.\n"
        "3. Warm up with layers.",
        "en",
    )
    assert any(t in tags for t in ("#wildswimming", "#coldwaterswimming"))
    tags = lower(
        "Drei Tipps fürs Winterschwimmen im See 🌊\n1. Nie allein ins Wasser\n"
        "2. Langsam hineingehen\n3. Danach sofort warm anziehen",
        "de",
    )
    assert "#schwimmen" in tags or "#winterschwimmen" in tags


def test_pool_swim_tips_are_tagged_as_swimming() -> None:
    tags = lower(
        "Quattro consigli per chi torna a nuotare in piscina dopo l'estate 🏊\n"
        "1. Riscaldamento a secco\n2. Vasche lente\n3. Occhialini nuovi",
        "it",
    )
    assert "#nuoto" in tags


def test_a_tip_that_names_no_swim_gets_no_swimming_tag() -> None:
    # counter-example: a dip for crisps is a sauce, and the beach in passing no swim
    tags = lower(
        "Three tips for the best party dip 🥣\n1. Use full-fat yoghurt\n"
        "2. Add lemon at the end\n3. Chill it for an hour",
        "en",
    )
    assert not {"#wildswimming", "#coldwaterswimming", "#swimming"} & set(tags)


# -- a garment remade from an old one is upcycling ---------------------------------------


def test_a_remade_garment_is_upcycling() -> None:
    tags = lower(
        "Aus einem alten Wollmantel wird eine kurze Jacke 🧵 In unserer Schneiderei haben wir "
        "das Futter getauscht und neue Knöpfe angenäht. So sieht Mode von morgen aus. "
        "Termine für eure Umarbeitung ab Montag.",
        "de",
    )
    assert "#upcycling" in tags
    tags = lower(
        "My grandmother's old wool coat, upcycled into a cropped jacket 🧵 New horn "
        "buttons and a teal lining.",
        "en",
    )
    assert "#upcycling" in tags
    tags = lower(
        "La vecchia giacca di mio nonno ha una seconda vita: ora è un gilet corto 🧵 "
        "Bottoni nuovi e fodera verde.",
        "it",
    )
    assert "#upcycling" in tags


def test_a_new_garment_is_no_upcycling() -> None:
    # counter-example: a new dress in the shop is fashion, never upcycling
    tags = lower("Das neue Kleid aus Leinen ist da 👗 In drei Farben, ab 89 €.", "de")
    assert "#upcycling" not in tags
