"""Blind round 19's hashtags: a town with its region, a club with its sport, whole names."""

from tests.captions.helpers import post_tags


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
