"""A German closure said with a separable verb is a closure.

Seen: "tach. nach 41 jahren macht die trinkhalle walross in wattenscheid zu 🥲 manni geht
mit 72 in rente … letzter tag ist samstag, 30. januar …" was read as an event: "Termin
speichern und mit Freunden teilen.", "Markiert, wen ihr mitbringt." under a kiosk's
goodbye; with a notice's lead, "Wichtige Neuigkeiten: Tach. Nach 41 Jahren …".

The rule: "macht … zu", "macht dicht", "hört … auf" (the particle ending the clause) close
a business as "schließt" does; after so many years it is a closure, said as one; and no
lead goes before an opening that starts with a greeting ("Tach.", "Moin!").
"""

from __future__ import annotations

import pytest

from captions import read_post
from captions._sure import confidence
from tests.captions.helpers import captions_for, hooks_of, text_of

CLOSURES = [
    "nach 35 jahren macht der kiosk sonnenschein in herne zu 🥲 letzter tag ist freitag, 29. "
    "januar. danke für alles!",
    "Nach 28 Jahren hört unsere Bäckerei Korn in Bochum auf. Letzter Verkaufstag ist der 30. "
    "Januar. Danke für eure Treue!",
    "moin. nach 40 jahren macht das café möwe dicht. am samstag gibt's den letzten kuchen.",
]


@pytest.mark.parametrize("content", CLOSURES)
def test_a_separable_closure_is_a_closure(content: str) -> None:
    sure = confidence(read_post(content, "de"))
    assert sure.notice_kind == "closure", sure
    for variant in captions_for(content, language="de"):
        text = text_of(variant)
        assert "Termin speichern" not in text, text
        assert "mitbringt" not in text, text


def test_no_lead_before_a_greeting() -> None:
    for hook in hooks_of(captions_for(CLOSURES[2], language="de")):
        assert hook.startswith("Moin."), hook


@pytest.mark.parametrize(
    "content",
    [
        "Die Kälte macht uns zu schaffen, aber der Markt ist offen.",
        "Wir machen am Samstag zu Ehren von Oma ein Fest.",
    ],
)
def test_other_uses_of_the_particles_stay(content: str) -> None:
    assert confidence(read_post(content, "de")).notice_kind != "closure"


@pytest.mark.parametrize(
    ("content", "language", "lead"),
    [
        ("heads up. after 35 years the corner kiosk on mill road closes 🥲 last day is friday "
         "29 january. thanks for everything!", "en", "Important news:"),
    ],
)  # fmt: skip
def test_a_short_first_line_that_greets_no_one_keeps_the_lead(
    content: str, language: str, lead: str
) -> None:
    """Two words are a greeting only when they greet ("Moin.", "Tach.", "Hiya."): "Heads
    up." keeps the notice's lead it had on f28a326 ("Sold out." had none there either)."""
    assert hooks_of(captions_for(content, language=language))[0].startswith(lead)


def test_no_lead_before_hiya() -> None:
    content = (
        "hiya. after 35 years the corner kiosk on mill road closes 🥲 last day is friday "
        "29 january. thanks for everything!"
    )
    for hook in hooks_of(captions_for(content, language="en")):
        assert hook.startswith("Hiya."), hook
