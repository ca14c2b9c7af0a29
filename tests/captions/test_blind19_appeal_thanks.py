"""Things needed and where to bring them are an appeal, whatever thanks follow (blind
round 19, en-06).

"The reading room needs 600 books … Drop them at the pharmacy … Thank you @pharmacy for
the space" is a collection: no "Share this with everyone who was part of it", no
#thankyou #grateful. A post that opens with thanks, or that hires, stays what it was.
"""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, tags_of

APPEALS = [
    (
        "en",
        "The Eastgate Tool Library needs 40 spare drills before the repair day on Sat 4 "
        "April 🔧 Drop them at Harlow Hardware, 9am to 5pm. Thank you @harlowhardware for the "
        "shelf space.",
    ),
    (
        "fr",
        "La bibliothèque de Kerfeunteun a besoin de 300 livres avant la rentrée. "
        "Déposez-les à la pharmacie du Port, de 9h à 18h. Merci à @pharmacieduport pour la "
        "place.",
    ),
    (
        "es",
        "El comedor de Triana necesita 200 mantas antes de diciembre. Traedlas a la "
        "Farmacia Sol, de 9 a 14 h. ¡Gracias a @farmaciasol por el espacio!",
    ),
]


@pytest.mark.parametrize(("language", "content"), APPEALS)
def test_things_needed_and_brought_are_an_appeal(language: str, content: str) -> None:
    assert read_post(content, language).intent == "charity"


def test_an_appeal_gets_no_thank_you_tags() -> None:
    variants = captions_for(APPEALS[0][1], language="en")
    assert not tags_of(variants) & {"#thankyou", "#grateful"}
    assert not any("was part of it" in v.caption for v in variants)


def test_thanks_first_stay_thanks() -> None:
    content = (
        "Thank you all! We needed 600 signatures and you gave us 900. "
        "Drop them at the town hall tomorrow."
    )
    assert read_post(content, "en").intent == "thank_you"


def test_a_job_with_a_cv_dropped_stays_hiring() -> None:
    content = "Our café needs 2 baristas for the summer. Drop your CV at the counter, 8am to 4pm."
    assert read_post(content, "en").intent == "hiring"
