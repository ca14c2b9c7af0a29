"""A name the brief proves by its place stays a name where the caption retells it in
another shape: "tartiflette ce soir à la brasserie du renard, annecy, 16 euros." proves
"du Renard" by its town after the comma; a caption that sets the town in a sentence of
its own ("… du renard. Annecy, 16 euros.") still writes "la brasserie du Renard"."""

from __future__ import annotations

from tests.captions.helpers import captions_for, text_of


def test_a_name_proven_by_the_brief_keeps_its_capital() -> None:
    variants = captions_for(
        "tartiflette ce soir à la brasserie du renard, annecy, 16 euros.", language="fr"
    )
    for variant in variants:
        text = text_of(variant)
        assert "du renard" not in text
        assert "du Renard" in text


def test_a_word_the_brief_leaves_lower_case_stays() -> None:
    variants = captions_for(
        "tartiflette ce soir au bar du coin, 16 euros, venez nombreux.", language="fr"
    )
    assert all("du Coin" not in text_of(v) for v in variants)
