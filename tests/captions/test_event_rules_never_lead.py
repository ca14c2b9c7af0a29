"""An event's rules never open a caption before what the event is: a dominoes night had a
variant opening "Teams of 2, BDS$40 a team, pay on the night. Dominoes night at The Sea
Egg …" (blind review 14). A priced sentence leads only when it says one thing ("Dinner
and show for 25 €."); one listing terms at its commas is read after the event.

Posts invented for this test.
"""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, hooks_of

POSTS = [
    (
        "en",
        "Darts league night at The Copper Kettle, Ayr. Thu 21 Jan from 8pm. Pairs only, "
        "£5 a player, cash on the door. Pies and peas served at half time.",
        "darts league night",
        "Pairs only",
    ),
    (
        "es",
        "Torneo de mus en la Peña El Cierzo, Huesca. Sábado 23 de enero a las 17:00. "
        "Parejas, 10 € por pareja, se paga en la barra. Premios para las tres primeras.",
        "torneo de mus",
        "Parejas",
    ),
]


@pytest.mark.parametrize(("language", "content", "what", "terms"), POSTS)
def test_the_event_comes_before_its_terms(
    language: str, content: str, what: str, terms: str
) -> None:
    for hook in hooks_of(captions_for(content, language=language)):
        assert what in hook.lower(), hook  # (a date may lead: "Sábado 23 …: torneo de mus")
        assert not hook.startswith(terms), hook
