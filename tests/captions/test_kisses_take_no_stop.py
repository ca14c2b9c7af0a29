"""Kisses that sign a line take no full stop: "thanks for understanding x" was written
"Thanks for understanding x.", which reads as a typo. Posts invented for this test."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("content", "signed"),
    [
        (
            "we are closed tomorrow for stocktaking. back wednesday. thanks for understanding x",
            "understanding x",
        ),
        ("new candles are in, the fig one smells unreal. see you soon xx", "soon xx"),
    ],
)
def test_kisses_take_no_full_stop(content: str, signed: str) -> None:
    for variant in captions_for(content, language="en"):
        text = text_of(variant)
        assert signed in text, text
        assert f"{signed}." not in text, text
