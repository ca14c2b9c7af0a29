"""German words that only look like nouns keep their lower case (blind review 14:
"erstatten wir automatisch" became "Automatisch", "muss aber net" became "Net"): an
adjective whose end the noun list also has as a noun ("automat|isch", "zauber|haft") is
no compound noun, and the southern "net"/"ned"/"nit" ("nicht") is no noun; real
compounds ending in a noun keep their capital.

Posts invented for this test.
"""

from __future__ import annotations

from tests.captions.helpers import captions_for, text_of

BRIEF = (
    "kurzes update aus der werkstatt: die neuen schreibtische sind fertig, die kanten "
    "typisch geölt und das holz praktisch unverwüstlich. versand erfolgt automatisch per "
    "mail-info. schön wird's, aber billig is ned."
)


def test_adjectives_and_particles_stay_lower_case() -> None:
    for variant in captions_for(BRIEF, language="de"):
        text = text_of(variant)
        for word in ("typisch", "praktisch", "automatisch", " ned"):
            assert word in text, text
        assert "Schreibtische" in text, text
