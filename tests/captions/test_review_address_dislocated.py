"""Usted's pronoun before "we" is no usted where a thing or a third person named
before it in its clause is what the pronoun stands for (review of f0bddbf: "La nueva
colección la esperamos para marzo" read as usted and asked "Pregúntenos")."""

from __future__ import annotations

import pytest

from captions._address import address_of


@pytest.mark.parametrize(
    "content",
    [
        "La nueva colección de invierno la esperamos para marzo. Mientras tanto, rebajas "
        "en toda la tienda.",
        "El camión de harina lo esperamos mañana temprano, así que el pan sale a las 9.",
        "A nuestro proveedor le pedimos más fresas y llegaron hoy: tarta de fresa en la vitrina.",
        "La tarta de cumpleaños de Lucía la pedimos en la pastelería de la esquina.",
    ],
)
def test_a_pronoun_of_a_thing_or_person_named_before_it_is_no_usted(content: str) -> None:
    assert address_of(content, "es") is None


@pytest.mark.parametrize(
    "content",
    [
        "Gracias por su visita. Lo esperamos pronto en la Librería Alcaraz.",
        "El lunes lo esperamos en la Óptica Lumen, de 9 a 14.",
        "A las 10 le esperamos en la consulta del Dr. Ferrán.",
        "El equipo de la Clínica Dental Sonrisa le deseamos unas felices fiestas.",
        "Con mucho gusto le atendemos de lunes a viernes en la Gestoría Arenal.",
    ],
)
def test_usted_after_a_time_or_a_subject_stays(content: str) -> None:
    assert address_of(content, "es") == "formal"
