"""A caption speaks to its readers in one register, the brief's: a brief that says
"Sie", "vocês", "usted" or "Lei" gets a call to action in it, and never one in another
("Escríbanos al …" then "Escríbenos.")."""

from __future__ import annotations

import re

import pytest

from captions._address import address_of
from captions._writer import templates
from tests.captions.helpers import captions_for, text_of

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _last_sentence(text: str) -> str:
    last = text.strip().split("\n")[-1]
    return _SENTENCE_END.split(last.strip())[-1].strip(" ✨💛🍽️👗☕🧀")


# briefs that address their readers politely (or in the plural) and say so
_POLITE = [
    (
        "Unsere Schneiderei Hartwig näht jetzt auch Trachten nach Maß. Vereinbaren Sie "
        "einen Termin in der Lindenstraße 9.",
        "de",
        "formal",
    ),
    (
        "Die neue Ausstellung im Heimatmuseum Ebersfeld: Uhren aus drei "
        "Jahrhunderten. Besuchen Sie uns ab dem 4. April.",
        "de",
        "formal",
    ),
    (
        "Vocês pediram e a Sorveteria Caju trouxe: picolé de cupuaçu, só neste fim de "
        "semana. Venham provar!",
        "pt",
        "plural",
    ),
    (
        "Nova turma de cerâmica no Ateliê Barro Vivo às quintas. Vocês podem se "
        "inscrever pelo WhatsApp.",
        "pt",
        "plural",
    ),
    (
        "La Gestoría Almansa amplía su horario de atención por la campaña de la renta. "
        "Llámenos o visítenos en la avenida Castilla 21.",
        "es",
        "formal",
    ),
    (
        "Nuevas fundas de sofá a medida en Tapicerías Olmedo. Pídanos presupuesto sin compromiso.",
        "es",
        "formal",
    ),
    (
        "Nuovi occhiali da sole in acetato da Ottica Brambilla. Venga a provarli in via "
        "Manzoni 3, La aspettiamo.",
        "it",
        "formal",
    ),
]


@pytest.mark.parametrize(("content", "language", "address"), _POLITE)
def test_a_polite_or_plural_brief_reads_as_such(content: str, language: str, address: str) -> None:
    assert address_of(content, language) == address


@pytest.mark.parametrize(("content", "language", "address"), _POLITE)
def test_a_polite_or_plural_brief_gets_a_call_to_action_in_its_register(
    content: str, language: str, address: str
) -> None:
    for variant in captions_for(content, language=language):
        text = text_of(variant)
        cta = _last_sentence(text)
        assert cta not in content, text  # a call to action of its own, not the brief's
        assert address_of(cta, language) in (address, None), text
        assert address_of(text, language) == address, text  # and no second voice


def test_voseo_calls_to_action_say_vos_not_tu() -> None:
    # "contigo", "ti", "tú" are tuteo: a voseo caption says "con vos", "a vos"
    tuteo = re.compile(r"(?i)\b(?:contigo|ti|tú)\b")
    vos = [
        frame.text
        for pools in templates("es").frames.values()
        for pool in pools.values()
        for frame in pool
        if frame.dialect == "vos"
    ]
    assert vos
    assert [t for t in vos if tuteo.search(t)] == []
