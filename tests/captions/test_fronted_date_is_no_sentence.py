"""A date fronted before its comma ("Samedi 9 janvier, 8 h 30, à Concarneau : première
sortie …") is no sentence of its own: a long opening is never cut after it into a
fragment ("Samedi 9 janvier." then "8 h 30, à Concarneau : …"), and the date is never
lost behind another sentence that names the same weekday and month ("Prochaine sortie
samedi 16 janvier" as the hook of the first outing). Blind review 17 had "Dimanche 3
janvier. 7 h 45, à …". Posts invented for this test."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, hooks_of, text_of

# the next outing's sentence, which names the same weekday and month
_NEXT = {"fr": "prochaine", "en": "next", "es": "próxima", "it": "prossima", "de": "nächstes"}

POSTS = [
    (
        "fr",
        "Samedi 9 janvier",
        "Samedi 9 janvier, 8 h 30, à Concarneau : première sortie en kayak de l'année avec "
        "les Goélands du port 🌊 Eau à 10 °C, 6 km de pagaie, 18 rameurs. Prochaine sortie "
        "samedi 16 janvier, ouverte à tous.",
    ),
    (
        "en",
        "Sunday 10 January",
        "Sunday 10 January, 7.30am, by the old pier in Saltburn: first sea dip of the year "
        "with the Saltburn Seals 🌊 Water at 8°C, 10 minutes in, 35 swimmers. Next dip "
        "Sunday 17 January, all welcome.",
    ),
    (
        "es",
        "Domingo 10 de enero",
        "Domingo 10 de enero, a las 8:30, en la playa de Laredo: primer baño del año con los "
        "Cormoranes 🌊 Agua a 12 °C, 10 minutos de nado, 30 nadadores. Próxima salida el "
        "domingo 17 de enero, abierta a todos.",
    ),
    (
        "it",
        "Domenica 10 gennaio",
        "Domenica 10 gennaio, alle 8, sulla spiaggia di Camogli: primo bagno dell'anno con i "
        "Delfini del golfo 🌊 Acqua a 13 °C, 10 minuti di nuoto, 25 nuotatori. Prossima "
        "uscita domenica 17 gennaio, aperta a tutti.",
    ),
    (
        "de",
        "Sonntag 10. Januar",
        "Sonntag 10. Januar, 8 Uhr, am Ufer vom Steinhuder Meer: erstes Eisbaden des Jahres "
        "mit den Wasserratten 🌊 Wasser 4 °C, 3 Minuten drin, 22 Leute. Nächstes Mal Sonntag "
        "17. Januar, alle willkommen.",
    ),
]


@pytest.mark.parametrize(("language", "date", "content"), POSTS)
def test_a_fronted_date_stays_in_its_opening(language: str, date: str, content: str) -> None:
    variants = captions_for(content, language=language, tone="inspirational", length="medium")
    for variant, hook in zip(variants, hooks_of(variants), strict=True):
        text = text_of(variant)
        assert f"{date}, " in text, text  # the date is told, with what follows it
        assert f"{date}." not in text, text  # never a fragment of its own
        assert not hook.lower().startswith(_NEXT[language]), hook
