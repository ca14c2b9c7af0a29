"""A post written without a capital still names its places (blind review: tags).

Seen: a trip "in basilicata" got only #viaggi #turismo, a school "en malabo" no place
tag, though the gazetteer knows both: the place rule read only capitalised names. The
rule: in a post that writes no capital at all, a town or region the gazetteer knows,
right after a preposition of place, is a place tag as the gazetteer writes it; a name
that is also a common word of any language ("in nice weather") is none, nor a name
without the preposition.
"""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "language", "tag"),
    [
        ("tre giorni in calabria con le amiche: tropea, pizzo e tanto mare", "it", "#Calabria"),
        (
            "la escuela rural en malabo necesita libros y lápices, cualquier ayuda cuenta",
            "es",
            "#Malabo",
        ),
        (
            "ein langes wochenende in thüringen mit den kindern, wandern und rostbratwurst",
            "de",
            "#Thüringen",
        ),
        ("deux jours à strasbourg avec ma sœur, marché de noël et vin chaud", "fr", "#Strasbourg"),
        (
            "cinco dias em coimbra com os amigos da faculdade, fado e muita conversa",
            "pt",
            "#Coimbra",
        ),
        ("a long weekend in cornwall with my brother, surfing and pasties", "en", "#Cornwall"),
    ],
)
def test_a_lower_case_place_after_its_preposition_is_a_tag(
    content: str, language: str, tag: str
) -> None:
    assert tag.lower() in post_tags(content, language, 5, lower=True)


@pytest.mark.parametrize(
    ("content", "language", "wrong"),
    [
        ("sunny saturday in nice weather, coffee on the balcony", "en", "#Nice"),
        ("tre giorni a casa con la febbre, tè e coperte", "it", "#Casa"),
        ("our bakery is reading week friendly, come in reading mode", "en", "#Reading"),
    ],
)
def test_a_common_word_after_a_preposition_is_no_place(
    content: str, language: str, wrong: str
) -> None:
    assert wrong not in post_tags(content, language, 5)


def test_a_capitalised_post_keeps_its_rule() -> None:
    tags = post_tags("Tre giorni in Calabria con le amiche, tanto mare.", "it", 5, lower=True)
    assert "#calabria" in tags


def test_a_piece_of_a_longer_name_is_no_place() -> None:
    tags = post_tags("visita à fazenda do tio, em são roque de minas, queijo e café", "pt", 5)
    assert "#SãoRoque" not in tags
