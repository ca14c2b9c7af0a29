"""A drive's tags say what it is for, never how to give (blind review: tags).

Seen: a school's call for notebooks got #donar (the verb of how to give) and #mochila,
with no #educación and no tag of donations. The rules: a verb of giving ("donar",
"doar", "donare"; English searches #donate) and the app to pay with (Bizum, PayPal)
are never a tag; a charity post for a school is searched by education (#educación,
#educação, #scuola, #éducation, #bildung, #education), a Spanish one that asks for
donations by #donaciones. A charity post about no school gets no education tag, and a
stationer's sale of notebooks is no charity's.
"""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "language", "wanted", "wrong"),
    [
        (
            "La escuela rural de Tepoztlán necesita cuadernos y lápices. También puedes donar "
            "por Bizum.",
            "es",
            {"#educación", "#donaciones"},
            {"#donar", "#bizum"},
        ),
        (
            "Our village school is collecting notebooks and pencils for the new term. You can "
            "also donate online.",
            "en",
            {"#education"},
            {"#donate"},
        ),
        (
            "La scuola del paese cerca quaderni e matite per i bambini. Si può donare anche "
            "online.",
            "it",
            {"#scuola"},
            {"#donare"},
        ),
        (
            "Notre école de quartier collecte des cahiers et des crayons pour la rentrée.",
            "fr",
            {"#éducation"},
            set(),
        ),
        (
            "Recogemos juguetes para los niños del hospital. Puedes donar en la tienda hasta "
            "el viernes.",
            "es",
            {"#donaciones"},
            {"#donar", "#educación"},
        ),
        (
            "Saldi in cartoleria: quaderni e astucci -30% fino a sabato.",
            "it",
            {"#saldi"},
            {"#scuola", "#solidarietà"},
        ),
    ],
)
def test_a_drive_is_tagged_by_its_cause(
    content: str, language: str, wanted: set[str], wrong: set[str]
) -> None:
    tags = set(post_tags(content, language, 5, lower=True))
    assert wanted <= tags
    assert not wrong & tags
