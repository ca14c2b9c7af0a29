"""A gathering named by its kind (a bazaar, a fete, a ceilidh, a car boot sale) is an
event, whatever it raises money for or whoever it thanks at the end (invented posts)."""

from __future__ import annotations

from captions import read_post


def test_named_gatherings_are_events() -> None:
    for content in (
        "christmas bazaar at st anne's hall on sat 12 dec, 10am to 2pm. crafts, mince pies "
        "and a raffle, proceeds to the roof fund. thank you to all our volunteers",
        "Summer fete on the village green, Sunday 14 June from 11am: tombola, dog show and "
        "cream teas.",
        "Ceilidh at Glenmorven Hall this Saturday, 7.30pm. £10 on the door, no experience "
        "needed, thanks to the Tullochgorm Band for playing!",
        "car boot sale in the school car park sunday 8am, pitches £5",
    ):
        assert read_post(content, "en").intent == "event", content
