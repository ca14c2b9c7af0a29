"""An abbreviation's dot does not end a sentence (blind review 14: "16 €/Std. + Trinkgeld"
was cut into "16 €/Std." and "+ Trinkgeld, …", and "cracks, esp. last year's" into "esp."
and "Last year's."): a unit after a slash and the short words people type ("esp.",
"appt.", "pcs.", "qty.", "hab.") keep their sentence whole in every variant.

Posts invented for this test.
"""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of

# (language, brief, a phrase every variant keeps whole)
WHOLE = [
    (
        "de",
        "Wir suchen 2 Servicekräfte (m/w/d) für unser Café Lindgrün in Marburg. Teil- oder "
        "Vollzeit, 16 €/Std. + Trinkgeld, 4-Tage-Woche. Bewerbung an team@lindgruen.de",
        "16 €/Std. + Trinkgeld, 4-Tage-Woche.",
    ),
    (
        "en",
        "Christmas light safety tips from Brightwire Electrical: check old wires for cracks, "
        "esp. the ones from last year. Never run cables under rugs. Call 0161 555 0192.",
        "esp. the ones from last year.",
    ),
    (
        "en",
        "Flu jabs at Hollins Pharmacy this week, walk in or book an appt. online at "
        "hollinspharmacy.co.uk. Free for over 65s.",
        "appt. online at hollinspharmacy.co.uk",
    ),
]


@pytest.mark.parametrize(
    ("language", "content", "whole"), WHOLE, ids=["de-std", "en-esp", "en-appt"]
)
def test_an_abbreviation_s_dot_keeps_its_sentence(language: str, content: str, whole: str) -> None:
    for variant in captions_for(content, language=language):
        assert whole in " ".join(text_of(variant).split()), text_of(variant)
