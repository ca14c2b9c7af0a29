"""An English business named before its kind, where the sentence shows it is one place.

Seen (blind rounds 15, 18, 19, lower-case briefs): "oryx bakery in katutura needs a
morning baker" kept "Oryx bakery" (the sentence's capital only), "inzuki coffee in
kiyovu, kigali needs 2 baristas" kept "Inzuki coffee", "kobs football academy in ntinda
is collecting boots" kept "Kobs football academy", "product recall: vraic creamery
salted caramel ice cream" kept "vraic creamery", and "friday lunch at bee-eater kitchen"
wrote "Bee-Eater Kitchen".

The rules: a sentence that opens with one or two uncommon words and a business's kind,
then its place ("in TOWN", "in DISTRICT, TOWN") and its verb, names the business ("Mopane
Bakery in harare is hiring"); so does a heading's colon followed by words English does
not know and the kind ("recall: Kelpie Creamery yoghurt"); after a word English does not
know, the second word of the name may be an everyday one ("Ndovu Football Academy"); a
short word that only ends like a describing one is none ("moic", as "vraic"). A
hyphenated word of a name is one word with one capital ("Sun-bird Café"). Everyday and
describing words before a kind stay as typed ("tiny bakery in leeds is hiring", "local
creamery in …", "vegan kitchen in …", "our bakery in …"), and so does a kind after a
colon whose words English knows ("update: family kitchen …") or a derived describing word
("artisanal", "ayurvedic").
"""

from __future__ import annotations

import pytest

from captions._names_en import english_names


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("We're hiring.\n\nmopane bakery in gweru needs a driver.", "\nMopane Bakery in "),
        ("Impala coffee in kisementi, kigali is looking for a barista.", "Impala Coffee in "),
        ("Ndovu football academy in kawempe is collecting shirts.", "Ndovu Football Academy in "),
        ("⚠️ Product recall: kelpie creamery vanilla yoghurt 250g, batch 12.",
         "recall: Kelpie Creamery vanilla yoghurt"),
        ("Sunday brunch at sun-bird café, from 10.", "at Sun-bird Café, from 10."),
        # a short word that only ends like a describing one ("-ic") is none
        ("Notice: moic bakery is closed on monday.", "Notice: Moic Bakery is closed"),
    ],
)  # fmt: skip
def test_a_business_named_before_its_kind_gets_its_capitals(typed: str, written: str) -> None:
    assert written in english_names(typed, "")


@pytest.mark.parametrize(
    "typed",
    [
        "Tiny bakery in leeds is hiring.",
        "Local creamery in cork needs a driver.",
        "Vegan kitchen in town is open.",
        "Sourdough bakery in the market is busy.",
        "Family kitchen in a small flat needs a plan.",
        "Update: family kitchen makeover, part two.",
        "Recall: local creamery yoghurt, batch 4.",
        "Recall: artisanal creamery yoghurt, batch 4.",
        "Lunch at ayurvedic kitchen today.",
        "Our bakery in leeds is hiring.",
        "Football academy in the park is collecting shirts.",
        "Big news: tiny bakery gets a new oven.",
    ],
)
def test_everyday_words_before_a_kind_stay_as_typed(typed: str) -> None:
    assert english_names(typed, "") == typed
