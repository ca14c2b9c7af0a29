"""An English band named after its leader, typed in lower case, is written with capitals,
its kind too ("with the Yaw Mensah Band live", "the Tunde Adeyemi Quartet"): two words
the vocabulary lacks before "band", "trio", "quartet" and the like. A band the
vocabulary describes ("the wedding band", "the school band", "the klezmer band") stays
as typed."""

from __future__ import annotations

import pytest

from captions._names_en import english_names


@pytest.mark.parametrize(
    ("typed", "written", "wrong"),
    [
        ("Brunch with the kofi mensah band live.", "the Kofi Mensah Band live", "mensah band"),
        ("Doors at 8, the tunde adeyemi quartet plays at 9.", "the Tunde Adeyemi Quartet plays",
         "adeyemi quartet"),
    ],
)  # fmt: skip
def test_a_band_named_after_its_leader(typed: str, written: str, wrong: str) -> None:
    out = english_names(typed, typed)
    assert written in out
    assert wrong not in out


def test_a_described_band_stays() -> None:
    for typed in (
        "Music by the wedding band and the school band.",
        "The jazz band plays at 9, then the klezmer band.",
        "Meet the new house band tonight.",
    ):
        assert english_names(typed, typed) == typed
