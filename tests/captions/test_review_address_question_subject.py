"""A question on a verb of ustedes speaks to the readers only where no one else is its
subject and no one else asks it (review of f0bddbf: "¿Pueden los perros comer uvas?"
and a customer's "Nos preguntan: ¿tienen opciones veganas?" read as ustedes and asked
"Compártanlo")."""

from __future__ import annotations

import pytest

from captions._address import address_of


@pytest.mark.parametrize(
    "content",
    [
        "¿Pueden los gatos comer atún de lata? Solo a veces: tres consejos de la Clínica "
        "Veterinaria Rambla.",
        "¿Saben los niños de dónde viene la miel? En el taller del sábado en el colmenar "
        "lo descubren.",
        "Nos preguntan mucho: ¿tienen pan sin gluten? Desde hoy, sí, en la Panadería Olmo.",
        "Una clienta nos preguntó ayer: ¿pueden arreglar una cremallera? Claro que sí.",
    ],
)
def test_a_question_someone_else_is_subject_of_or_asks_is_no_ustedes(content: str) -> None:
    assert address_of(content, "es") is None


@pytest.mark.parametrize(
    "content",
    [
        "¿Conocen los nuevos sabores de la Heladería Polar? Llegan el viernes.",
        "¿Saben qué es lo mejor del otoño? Las castañas asadas de nuestro puesto.",
        "Hola a todos. ¿Pueden creer que ya cumplimos diez años en la Librería Alcaraz?",
        "Pregunta del día: ¿conocen la historia del Mercado de Abastos?",
    ],
)
def test_a_question_to_the_readers_stays_ustedes(content: str) -> None:
    assert address_of(content, "es") == "ustedes"
