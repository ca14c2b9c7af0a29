"""A step of a how-to's or a tip's list that closes a thing is no closure notice (blind
round 20, es-05: "4. Cerradas a mano con 14 pliegues" left '#RotiseríaElQuirquincho
#Tucumán' with no #empanadas)."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, tags_of


@pytest.mark.parametrize(
    ("language", "content", "tag"),
    [
        # a step of a how-to's list that "closes" a thing is no closure notice
        (
            "es",
            "Así hacemos los tamales en la Cocina Doña Rosa, en Oaxaca: 1. Masa de maíz "
            "nixtamalizado. 2. Relleno de mole negro. 3. Envueltos en hoja de plátano y bien "
            "cerrados. 4. Al vapor durante una hora.",
            "#tamales",
        ),
        (
            "it",
            "Ecco come facciamo i ravioli al Pastificio Il Mulino di Bra: 1. Sfoglia tirata a "
            "mano. 2. Ripieno di carne e verdure. 3. Chiusi a mano uno per uno. 4. Riposo di "
            "un'ora.",
            "#ravioli",
        ),
    ],
)
def test_a_step_that_closes_a_thing_keeps_the_posts_tags(
    language: str, content: str, tag: str
) -> None:
    assert tag in tags_of(captions_for(content, language=language))


def test_a_closure_outside_the_list_still_closes() -> None:
    # no category, no search terms
    content = (
        "Tres consejos para tu paella: 1. Usa arroz bomba. 2. Fuego fuerte al principio. "
        "3. Reposo de 5 minutos. Esta semana la tienda está cerrada por vacaciones, "
        "disculpen las molestias."
    )
    assert "#paella" not in tags_of(captions_for(content, language="es"))
