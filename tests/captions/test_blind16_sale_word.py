"""The English word "sale" sells only where it is English: in Italian it is salt ("farina,
acqua, olio e sale"), in Spanish a verb ("el pan sale del horno"), in French dirty ("les
mains sales"). A bakery telling how its bread is made got "Condividetelo con chi cerca un
buon affare." and "Taggate la vostra compagnia di shopping."; asks about bargains and
shopping belong to a sale only. English and German shops still sell with it ("Winter-Sale",
"summer sale"), and the other languages with its capitals or an English phrase."""

from __future__ import annotations

import pytest

from captions._writer import templates
from tests.captions.helpers import captions_for, text_of


def _sale_asks(language: str) -> list[str]:
    """The sale pool's asks that have no slot, as written."""
    return [f.text for f in templates(language).pool("cta", "sale") if not f.slots]


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Focaccia genovese appena sfornata: farina, acqua, olio e sale grosso. "
         "La facciamo ogni mattina alle 6, 2,50 € al trancio.", "it"),
        ("Pane di Altamura: semola rimacinata, lievito madre e un pizzico di sale. "
         "Lo trovate al banco da martedì a sabato, 4 € al chilo.", "it"),
        ("Nuestro pan de pueblo sale del horno de leña a las 7 cada mañana. "
         "2 € la hogaza, en la tienda de la plaza.", "es"),
        ("Cette semaine au fournil : les mains sales et la pâte qui lève toute la nuit. "
         "Pain de campagne 4,50 € le kilo.", "fr"),
    ],
)  # fmt: skip
def test_sale_in_another_language_sells_nothing(content: str, language: str) -> None:
    asks = _sale_asks(language)
    for variant in captions_for(content, language=language):
        text = text_of(variant)
        assert not any(ask in text for ask in asks), text


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("SALE nel negozio di via Roma: cappotti e sciarpe, fino a sabato.", "it"),
        ("SALE en la tienda de la calle Mayor: abrigos y bufandas hasta el sábado.", "es"),
    ],
)  # fmt: skip
def test_a_sale_in_capitals_still_sells(content: str, language: str) -> None:
    asks = _sale_asks(language)
    texts = [text_of(v) for v in captions_for(content, language=language)]
    assert any(ask in text for text in texts for ask in asks), texts
