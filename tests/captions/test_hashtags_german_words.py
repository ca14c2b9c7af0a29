"""German hashtags read from how German writes its words, on invented posts:

- an event night written as one word with its topic ("Stummfilmabend", "Quizabend",
  "Weihnachtsabend") is tagged with the topic the taxonomy knows (#stummfilm), as a
  hyphenated "Yoga-Kurs" already was; a weekday ("Freitag") is no compound;
- a lower-case word inside a sentence of a post that capitalises its nouns is a verb or
  an adjective: "die Proben laufen" (are under way) is no #laufen and no fitness post's
  #training; the activity someone does ("heute laufen wir") stays a run.
"""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "topic"),
    [
        ("Stummfilmabend im Kino Lux am Freitag, mit Live-Klavier", "#stummfilm"),
        ("Stummfilmnacht im Gemeindesaal, Eintritt frei", "#stummfilm"),
    ],
)
def test_an_event_night_compound_is_tagged_with_its_topic(content: str, topic: str) -> None:
    assert topic in post_tags(content, "de", 6, lower=True)


@pytest.mark.parametrize(
    "content",
    [
        "Die Vorbereitungen für unser Sommerfest laufen auf Hochtouren",
        "Die Proben für das neue Stück laufen, Premiere ist im März",
        "Bei uns laufen gerade die letzten Kurse vor der Sommerpause",
    ],
)
def test_a_german_verb_in_its_everyday_sense_is_no_sport(content: str) -> None:
    tags = set(post_tags(content, "de", 6, lower=True))
    assert not {"#laufen", "#fitness", "#training"} & tags


@pytest.mark.parametrize(
    ("content", "sport"),
    [
        ("heute laufen wir gemeinsam 10 km durch den Stadtpark", "#laufen"),
        ("wir schwimmen jeden Morgen im See, auch im Winter", "#schwimmen"),
    ],
)
def test_the_activity_someone_does_stays(content: str, sport: str) -> None:
    assert sport in post_tags(content, "de", 6, lower=True)
