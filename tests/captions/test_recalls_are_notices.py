"""A product recall or a safety notice is an apology notice, never good news.

Seen: "Safety notice, please read and share. Our 'Gorey Harbour' candles (… batch 2611,
sold Tue 1 to Sun 20 December) can crack near the base … Please stop using them now. …
We're so sorry." was read as a thank-you ("See you next time!", "Tell us your favourite
moment in the comments.", #thankyou #grateful); a "Product recall" of lanterns "sold in
November" as a milestone (🎉, "Celebrate with us in the comments.", #milestone), because
"sold" is a milestone's cue and a milestone or a thank-you kept the apology from being
read.

The rule: a recall, a safety notice or warning, or the readers told to stop using a
product ("please stop using them", "bitte nicht mehr benutzen", "dejad de usarlos",
"ne plus les utiliser", "parem de usar", "smettete di usarli") make the post a notice in
every language, an apology when it says sorry; it is closed as one (no cheer, no
celebration, no category tags).
"""

from __future__ import annotations

import pytest

from captions import read_post
from captions._sure import confidence
from tests.captions.helpers import captions_for, text_of

_CHEER = (
    "🎉", "celebrat", "favourite moment", "see you next time", "send some love",
    "feiert", "glückwünsch", "celebra", "félicit", "comemor", "festeggi", "auguri",
    "momento più bello", "#milestone", "#thankyou", "#meilenstein", "#traguardo",
)  # fmt: skip

RECALLS = [
    ("en", "Product recall, please read and share. Our 'Harbour Light' lanterns (batch "
     "0412, sold in November) can overheat when left on for more than 2 hours. Please stop "
     "using them now and email us for a full refund at help@tidecandles.co.uk. We're so "
     "sorry."),
    ("en", "safety notice: the blue kids' scooters we sold between 1 and 20 december have a "
     "loose front bolt. please stop using them and bring them back for a free repair or a "
     "refund. sorry, we got this wrong."),
    ("de", "Rückruf: Unsere Holzrassel „Mira“ (Charge 0923) kann kleine Teile verlieren. "
     "Bitte nicht mehr benutzen, wir erstatten den vollen Preis. Es tut uns sehr leid."),
    ("es", "Aviso de seguridad: los biberones de vidrio del lote 22B pueden romperse con agua "
     "muy caliente. Dejad de usarlos y escribidnos para el reembolso. Lo sentimos mucho."),
    ("fr", "Rappel produit : nos bougies « Baie » (lot 114) peuvent se fissurer après 3 "
     "heures. Merci de ne plus les utiliser, nous vous remboursons. Toutes nos excuses."),
    ("pt", "Aviso de segurança: as nossas chaleiras do lote 7 podem perder a pega. Parem de "
     "as usar e devolvam-nas na loja para reembolso. Pedimos desculpa."),
    ("it", "Avviso di sicurezza: le nostre tazze termiche del lotto 31 possono perdere il "
     "coperchio. Smettete di usarle e riportatele in negozio per il rimborso. Ci scusiamo."),
]  # fmt: skip


@pytest.mark.parametrize(("language", "content"), RECALLS)
def test_a_recall_is_an_apology_notice(language: str, content: str) -> None:
    sure = confidence(read_post(content, language))
    assert sure.notice, sure
    assert sure.notice_kind == "apology", sure


@pytest.mark.parametrize(("language", "content"), RECALLS)
def test_a_recall_is_never_cheered(language: str, content: str) -> None:
    for variant in captions_for(content, language=language):
        caption = variant.caption.lower()
        assert not any(word.lower() in caption for word in _CHEER), variant.caption


def test_a_recall_keeps_its_word() -> None:
    # "Rückruf:" is what the post is; the caption says it
    content = RECALLS[2][1]
    for variant in captions_for(content, language="de"):
        assert "Rückruf" in text_of(variant), variant.caption


@pytest.mark.parametrize(
    ("language", "content", "label"),
    [
        ("en", "lost: small grey rabbit with one floppy ear, last seen by the allotments on "
         "mill lane. please call 07700 900456", "Lost:"),
        ("de", "Vermisst: unser Kater Moritz, grau getigert, seit Dienstag in der Südstadt. "
         "Bitte meldet euch unter 0176 5550123.", "Vermisst:"),
    ],
)  # fmt: skip
def test_a_label_that_is_the_news_stays(language: str, content: str, label: str) -> None:
    # "Lost:" is what the post says; without it a missing pet reads as a pet's portrait
    for variant in captions_for(content, language=language):
        assert label in text_of(variant), variant.caption


@pytest.mark.parametrize(
    "content",
    [
        "As I recall, we opened in 1998 with one oven and a lot of hope. Thank you all!",
        "Winter tip: do not use the oven to dry your boots, and stop using your phone in bed.",
    ],
)
def test_recall_as_memory_or_a_tip_is_no_notice(content: str) -> None:
    # "as I recall" remembers, "do not use the oven" advises: neither calls a product back
    assert confidence(read_post(content, "en")).notice_kind is None
