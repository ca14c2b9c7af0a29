"""Blind round 18's hashtags: no piece of a longer name alone, no lone common-word place."""

from tests.captions.helpers import post_tags


def lower(content: str, language: str) -> list[str]:
    return post_tags(content, language, 5, lower=True)


# -- a word that opens a place's name is no tag of its own ---------------------------


def test_a_common_word_opening_a_town_is_no_tag() -> None:
    # "rio" of "rio branco", "porto" of "porto alegre": the town whole, never the word
    tags = lower("chegou o nosso doce de leite artesanal, pote 300g, aqui em rio branco", "pt")
    assert "#rio" not in tags
    assert "#riobranco" in tags
    tags = lower("chegou a nova geleia de goiaba, aqui em porto alegre", "pt")
    assert "#porto" not in tags


def test_a_river_post_keeps_its_river() -> None:
    # counter-example: the word on its own, no town after it
    tags = lower("Passeio de barco no rio ao pôr do sol, com os amigos", "pt")
    assert "#riobranco" not in tags


# -- a venue's head noun alone is half a name ------------------------------------------


def test_a_venue_head_alone_is_no_tag() -> None:
    # French writes an institution's name with one capital: "Centre culturel", "Musée
    # régional", "Teatro comunale"; its first word alone is no name
    assert "#centre" not in lower(
        "Vendredi 12 février, soirée de contes au Centre culturel de Tracadie ! Entrée libre.",
        "fr",
    )
    assert "#musée" not in lower(
        "Dimanche, atelier de gravure au Musée régional de Rimouski, dès 14 h.", "fr"
    )
    assert "#teatro" not in lower(
        "Sabato sera concerto di fisarmonica al Teatro comunale di Cagli, ore 21.", "it"
    )


def test_a_venue_named_whole_keeps_its_tag() -> None:
    # counter-example: a venue's name of several capitalised words is tagged whole
    tags = lower("Jazz night at the Harbour Museum Bar this Friday, 8pm.", "en")
    assert "#harbourmuseumbar" in tags
    assert "#museum" not in tags


def test_a_town_that_is_also_a_place_word_stays() -> None:
    # counter-example: "no Porto" is the town, though "porto" heads names of harbours
    assert "#porto" in lower("Fim de semana no Porto: bifanas, rio e caves em Gaia.", "pt")


# -- a landmark named after the town takes no region's slot ------------------------


def test_a_region_named_later_follows_the_town() -> None:
    # "Truro Cathedral" (#TruroCathedral) is left out beside #Truro: it takes no place
    # slot from the region a later sentence names; town first, region next
    tags = lower(
        "A slow Sunday in Truro. Coffee by Truro Cathedral and a walk by the river. "
        "Cornwall in winter is quiet.",
        "en",
    )
    assert tags[:2] == ["#truro", "#cornwall"]


def test_a_town_in_a_searched_dish_is_no_place() -> None:
    # "roscones de Reyes": the plural of a taxonomy term ("roscón de reyes") names the
    # cake, not the town of Reyes
    tags = lower(
        "Este año horneamos 120 roscones de Reyes en el obrador de Zamora, con nata y trufa.",
        "es",
    )
    assert "#reyes" not in tags
    assert "#zamora" in tags


def test_two_places_of_its_own_leave_no_room_for_a_third() -> None:
    # counter-example: two places the post is at still close the place tags
    tags = lower("Lunch in Leeds, dinner in York, and a late train home. Yorkshire is big.", "en")
    assert "#yorkshire" not in tags


# -- a thin set: the post's own kind of thing is searched ------------------------------


def test_a_skate_night_is_tagged_skating() -> None:
    tags = lower("family skate night, riverside arena, thunder bay, fri 12 feb 6pm", "en")
    assert "#skating" in tags


def test_a_skate_dish_is_no_skating() -> None:
    # counter-example: skate the fish
    tags = lower("Tonight's special: skate wing with brown butter and capers, £18.", "en")
    assert "#skating" not in tags


def test_a_pet_bird_is_tagged_by_its_kind() -> None:
    assert "#africangrey" in lower(
        "our african grey pickle turns 20 today 🦜🎂 he still whistles the kettle tune.", "en"
    )
