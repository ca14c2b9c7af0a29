"""Blind round 19's hashtags: a town with its region, a club with its sport, whole names."""

import dataclasses

from captions._hashtags import _german_verb_form, post_hashtags
from captions._understand import read_post
from tests.captions.helpers import TAG_BLOCKED, post_tags


def lower(content: str, language: str) -> list[str]:
    return post_tags(content, language, 5, lower=True)


# -- a one-word town stands with the region the post names -----------------------------


def test_a_town_takes_the_region_named_beside_it() -> None:
    # "Stanley", "Hobart": also a person's name; the region says which place it is, even
    # as the first word of a longer name ("Tasmania Merino")
    tags = lower("Our winter scarf, woven in Hobart from Tasmania Merino yarn. £60.", "en")
    assert "#hobart" in tags
    assert "#tasmania" in tags
    tags = lower("Neue Mützen, gestrickt in Lerwick aus Shetland Wolle, ab Freitag.", "de")
    assert "#shetland" in tags
    assert "#tasmania" in lower(
        "Pop-up market this Saturday in Hobart, Tasmania. Free entry.", "en"
    )


def test_a_lake_is_a_region() -> None:
    tags = lower("Sonne über dem Bodensee, mit der Fähre nach Lindau und ein Eis.", "de")
    assert "#bodensee" in tags


def test_no_region_where_the_post_names_none() -> None:
    # counter-example: no region named, the town alone
    tags = lower("Sunday coffee in Hobart with the whole crew.", "en")
    assert tags.count("#hobart") == 1
    assert not {"#tasmania", "#shetland"} & set(tags)


def test_an_origin_named_before_the_town_is_no_region() -> None:
    # counter-examples: the beans' origin, a region closing a longer name, a street
    tags = lower("Neu: Espresso Kolumbien Supremo, geröstet in Bremen, 250 g für 8 €.", "de")
    assert "#kolumbien" not in tags
    tags = lower("Ferry from Port of Spain to Scarborough, then crab in Hobart.", "en")
    assert "#spain" not in tags
    assert "#florida" not in lower("Sale in store on Florida Rd, Hobart, this weekend.", "en")


# -- a group run or swim is searched by its sport, not by the club's name alone ----------


def test_a_group_run_is_tagged_running() -> None:
    tags = lower(
        "Sábado 6 de marzo, 7:00, salimos desde la plaza Mayor. Los Guanacos corremos "
        "10 km hasta el río y volvemos juntos. ¡Te esperamos!",
        "es",
    )
    assert "#running" in tags
    tags = lower(
        "Domenica 7 marzo alle 9 nuotata d'inverno al molo di Camogli, 400 metri. Gratis.",
        "it",
    )
    assert "#nuoto" in tags


def test_a_club_night_without_a_sport_takes_none() -> None:
    # counter-examples: the event has no run or swim ("we run the bar" is no group run)
    tags = lower("Jazz night at the Blue Heron on Friday, we run the bar till late.", "en")
    assert "#running" not in tags
    tags = lower("Sábado noche de boleros en el bar La Garza, desde las 21 h.", "es")
    assert "#running" not in tags
    assert "#natación" not in tags


# -- a name that opens with a function word is tagged whole or not at all ---------------


def test_the_last_word_of_a_name_after_a_function_word_is_no_tag() -> None:
    # "To Sua", "Chez Odile": the name's last word alone is half of it
    tags = lower("Two weeks on Upolu 🌴 We loved diving into To Sua trench at dawn.", "en")
    assert "#sua" not in tags
    tags = lower("Merci à la boulangerie Chez Manon pour les croissants du matin !", "fr")
    assert "#manon" not in tags


def test_a_place_read_as_a_names_last_word_is_no_tag() -> None:
    # whatever the reading took for the place: "To Poti" is one name, "Poti" half of it
    post = read_post(
        "Ten days on Upolu 🌺 What stayed with us: swimming down into To Poti trench "
        "and a long lunch.",
        "en",
    )
    tags = post_hashtags(dataclasses.replace(post, place="Poti"), 5, blocked=TAG_BLOCKED)[0]
    assert "#Poti" not in tags
    assert "#Upolu" in tags


def test_a_title_case_heading_keeps_its_place() -> None:
    # counter-examples: a heading in title case, a function word opening a sentence
    assert "#lisbon" in lower("Road Trip To Lisbon: five days, three beaches.", "en")
    assert "#bellagio" in lower("Lunch with the team, then a walk to Bellagio.", "en")


# -- a verb is never a tag ---------------------------------------------------------------


def test_a_german_verb_form_is_no_tag() -> None:
    tags = lower(
        "wir sammeln schlafsäcke 🛏️ die notunterkunft am marktplatz braucht bis freitag "
        "decken und schlafsäcke. wer lieber spendet: 20 € reichen für einen schlafsack. "
        "danke, zwickau",
        "de",
    )
    assert "#spendet" not in tags


def test_a_german_noun_in_t_stays() -> None:
    # counter-examples: nouns the list knows end in -t or -et too
    assert _german_verb_form("spendet")
    assert not _german_verb_form("paket")
    assert not _german_verb_form("markt")
    assert not _german_verb_form("planet")
    assert not _german_verb_form("ticket")
