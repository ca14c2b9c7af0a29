"""German nouns and surnames a lower-case brief leaves out, known by the word before.

Seen (blind round 19): a tailor's post said "neue knöpfe aus horn … so sieht
nachhaltige mode aus", a charity "handschuhe und thermosocken", a chimney sweep's tips
"vom rauchfangkehrer pichler aus leoben"; the captions kept "knöpfe", "mode",
"thermosocken" and "pichler" in lower case.

The rules:
- after an adjective's inflected form with no article ("neue", "frisches",
  "nachhaltige"), a noun's form that is also a verb's ("knöpfe": "ich knöpfe") is the
  noun; an "-en" form may be an infinitive ("…, der das lieben würde") and makes no
  such place, nor does an adverb that ends like an adjective ("wir warten lange");
- a combining form before a noun makes a noun ("thermosocken", "bioladen");
- a verb in "-ieren" is no compound of a noun ("telefo|nieren"): "wir telefonieren";
- after a craftsman's trade ("rauchfangkehrer", "tischlerin", "schuhmacher") a word no
  noun, verb or adverb, rarer than the adverbs, before a verb, a place or the
  phrase's end, is a surname ("Rauchfangkehrer Pichler aus Leoben"); "der bäcker
  nebenan", "beim bäcker ums eck" stay.
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals
from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("heute im laden: neue knöpfe aus perlmutt", "neue Knöpfe"),
        ("so sieht faire mode aus", "faire Mode"),
        ("schöne grüße und nachhaltige mode aus zittau", "nachhaltige Mode"),
        ("mützen, schals und thermosocken für den winter", "Thermosocken"),
        ("wir liefern die ökokiste jeden freitag", "Ökokiste"),
        ("im bioladen am markt gibt es tee", "Bioladen"),
    ],
)
def test_nouns_after_an_adjective_or_a_combining_form(text: str, written: str) -> None:
    assert written in proper_capitals(text, "de")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("wir warten lange laufe ich nicht", "lange laufe"),
        ("markiert jemanden, der diese torte lieben würde", "lieben würde"),
        ("wir reparieren räder und wir telefonieren gern", "wir telefonieren"),
        ("ich backe frische für euch", "backe frische"),
    ],
)
def test_no_noun_after_an_adverb_or_an_infinitive(text: str, kept: str) -> None:
    assert kept in proper_capitals(text, "de")


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("drei tipps von schornsteinfeger gruber aus villach", "Schornsteinfeger Gruber aus"),
        ("die tischlerin hofbauer hat den tisch gebaut", "Tischlerin Hofbauer hat"),
        ("der schuhmacher brandl in graz näht wieder", "Schuhmacher Brandl in"),
    ],
)
def test_a_surname_after_a_trade(text: str, written: str) -> None:
    assert written in proper_capitals(text, "de")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("beim metzger nebenan gibt es leberkäse", "Metzger nebenan"),
        ("beim bäcker ums eck", "Bäcker ums"),
        ("der bäcker backt jeden tag", "Bäcker backt"),
        ("unser trainer sagt immer", "Trainer sagt"),
    ],
)
def test_no_surname_where_an_adverb_or_a_verb_follows_the_trade(text: str, kept: str) -> None:
    assert kept in proper_capitals(text, "de")


def test_the_caption_names_the_craftsman_and_his_nouns() -> None:
    post = (
        "drei tipps vom schornsteinfeger gruber aus villach für den kachelofen: "
        "1. nur trockenes holz 2. asche kalt ausräumen 3. neue dichtungen jedes jahr"
    )
    texts = [text_of(v) for v in captions_for(post, language="de")]
    assert all("Schornsteinfeger Gruber" in t for t in texts)
    assert all("Dichtungen" in t for t in texts)
