"""A giveaway is wished luck, never asked about the reader's day: "Giveaway! Win a hamper of
our jams: follow us, like this post and tag two friends. Ends Sunday." was read as one's
own moment and asked "What made you smile today?" and "Share your little joy of the day
below", and a voucher given away for a fifth birthday "Drop a 🎉 if you've been here from
the start". A prize to win (giveaway, sorteo, Gewinnspiel, concours, passatempo, in
palio) asks with luck ("Good luck, everyone!", "Boa sorte a todos!"), or not at all when
the brief already asks to tag and follow.

Posts invented for this test.
"""

from __future__ import annotations

import re

import pytest

from captions import read_post
from tests.captions.helpers import captions_for

_OFF = re.compile(
    r"(?i)smile|joy of the day|day like this|from the start|favourite memory|sonreír"
    r"|alegría del día|lächeln|glück des tages|sourire|bonheur du jour|sorrir|alegria do dia"
    r"|sorridere|gioia di oggi"
)
_LUCK = re.compile(
    r"(?i)good luck|fingers crossed|suerte|viel glück|bonne chance|boa sorte|in bocca al lupo"
    r"|buona fortuna|want to win|aimerait gagner|gostaria de ganhar|vorrebbe vincere"
)

GIVEAWAYS = [
    (
        "en",
        "Giveaway! Win a hamper of our jams: follow us, like this post and tag two friends. "
        "Ends Sunday.",
    ),
    (
        "en",
        "We're giving away a £50 voucher to celebrate 5 years! To enter, comment your favourite "
        "bake. Winner picked Friday 8pm.",
    ),
    ("pt", "Passatempo! Oferecemos um cabaz de produtos locais. Termina domingo."),
    ("it", "Giveaway! In palio un cesto di prodotti tipici. Termina domenica."),
    ("fr", "Concours ! À gagner : un panier gourmand. Fin dimanche."),
]


@pytest.mark.parametrize(("language", "content"), GIVEAWAYS)
def test_a_giveaway_is_wished_luck(language: str, content: str) -> None:
    assert "giveaway" in read_post(content, language).flags
    asks = [v.caption for v in captions_for(content, language=language)]
    assert not any(_OFF.search(a) for a in asks), asks
    assert any(_LUCK.search(a) for a in asks), asks
