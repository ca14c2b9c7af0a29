"""An event the post says has begun is never called still to come (blind round 20,
es-06: 'ya arrancó el carnaval y en fritos la marimonda …' got 'Muy pronto: carnaval.')."""

from __future__ import annotations

import pytest

from captions._offline import _BEGUN
from tests.captions.helpers import captions_for, text_of

_SOON = ("coming up", "muy pronto", "bientôt", "em breve", "save the date", "apunta la fecha")


@pytest.mark.parametrize(
    ("content", "language"),
    [
        (
            "ya empezó la feria del libro y en la librería nube, en la calle mayor de soria, "
            "tenemos novelas a $5.000 y cuentos a $3.000 📚 abrimos del lunes 3 al domingo 9 "
            "de mayo desde las 10 a. m.",
            "es",
        ),
        (
            "The Ludlow food festival has started and our cider stall is by the castle gate: "
            "pints £4, halves £2.50. We're open Friday 10 to Sunday 12 September from 11am.",
            "en",
        ),
        (
            "já começou o carnaval e na banca de pastéis o bloco, na avenida da liberdade em "
            "lisboa, temos pastéis a 2 € e bifanas a 4 € abrimos de sábado 6 a terça 9 de "
            "fevereiro desde as 10h.",
            "pt",
        ),
        (
            "La fête des vendanges a commencé et notre stand de crêpes est sur la place du "
            "marché à Colmar : crêpe au sucre 3 €, galette complète 7 €. Ouvert du vendredi "
            "au dimanche dès 11 h.",
            "fr",
        ),
    ],
)
def test_a_begun_event_is_not_coming_up(content: str, language: str) -> None:
    for length in ("short", "medium", "long"):
        for tone in ("casual", "promotional", "playful"):
            for variant in captions_for(content, language=language, tone=tone, length=length):
                opening = text_of(variant).split("\n")[0].lower()
                assert not any(s in opening for s in _SOON), variant.caption


@pytest.mark.parametrize(
    ("content", "begun"),
    [
        ("Ya arrancó el carnaval y tenemos arepas.", True),
        ("The festival is now under way on the green.", True),
        ("Il mercatino è già iniziato in piazza.", True),
        # still to come: the frame may say so
        ("El carnaval arranca el sábado 6 de febrero.", False),
        ("The festival starts on Friday on the green.", False),
        ("Il mercatino inizia domenica in piazza.", False),
    ],
)
def test_begun_reads_the_start_as_past(content: str, begun: bool) -> None:
    assert bool(_BEGUN.search(content)) == begun
