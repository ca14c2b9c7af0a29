"""A band's, a choir's or a hall's name typed in lower case is written as a business's
is, after its kind: "la banda los quirquinchos", "le trio marsouin", "sala tamborín"
are "la banda Los Quirquinchos", "le trio Marsouin", "sala Tamborín"; only words the
vocabulary lacks ("el grupo grande", "il gruppo di amici" stay)."""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals


@pytest.mark.parametrize(
    ("typed", "language", "written"),
    [
        ("Concierto en la sala mirlabé con la banda los chimangos.", "es",
         "sala Mirlabé con la banda Los Chimangos."),
        ("Vendredi avec le trio goëlanic, à 20h.", "fr", "trio Goëlanic,"),
        ("Con il duo ramarro, venerdì.", "it", "duo Ramarro,"),
        ("Com a banda tordilho, no sábado.", "pt", "banda Tordilho,"),
    ],
)  # fmt: skip
def test_a_band_or_a_hall_after_its_kind_is_named(typed: str, language: str, written: str) -> None:
    assert written in proper_capitals(typed, language)


def test_a_band_or_a_hall_described_stays_as_typed() -> None:
    for typed, language in (
        ("El grupo grande, la sala principal, el dúo dinámico.", "es"),
        ("Il gruppo di amici, il coro della chiesa.", "it"),
        ("Le groupe de musique et la salle des fêtes.", "fr"),
    ):
        assert proper_capitals(typed, language) == typed
