"""A notice's three variants are three captions: "Reminder: the surgery is closed Monday
4 Jan for staff training. For urgent help call 111." came back as the same caption
twice, with no closing line, since a notice is told in its own words and its pool of
closings held two fitting lines. A notice may also ask to pass it on to whom it
concerns, in each language.

Posts invented for this test.
"""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for

POSTS = [
    (
        "en",
        "Reminder: the surgery is closed Monday 4 Jan for staff training. "
        "For urgent help call 111.",
    ),
    (
        "es",
        "Aviso: la farmacia cierra el lunes 4 de enero por inventario. "
        "Para urgencias, la de la plaza.",
    ),
    (
        "de",
        "Hinweis: Die Praxis ist am Montag, 4. Januar, wegen Fortbildung geschlossen. "
        "Im Notfall 116117.",
    ),
    (
        "fr",
        "Info : le cabinet est fermé lundi 4 janvier pour formation. "
        "En cas d'urgence, appelez le 15.",
    ),
    (
        "pt",
        "Aviso: a clínica está fechada na segunda, 4 de janeiro, para formação. Urgências: 112.",
    ),
    (
        "it",
        "Avviso: l'ambulatorio è chiuso lunedì 4 gennaio per formazione. "
        "Per urgenze chiamate il 118.",
    ),
]


@pytest.mark.parametrize(("language", "content"), POSTS)
def test_a_notices_variants_are_three_captions(language: str, content: str) -> None:
    captions = [v.caption for v in captions_for(content, language=language)]
    assert len(set(captions)) == 3, captions
