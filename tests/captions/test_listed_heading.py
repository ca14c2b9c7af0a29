"""A post that opens with a heading and runs its three or more items in after the colon
("Hoy en la Taberna Roble: salmorejo, berenjenas con miel y croquetas caseras.") gets a
list variant: the heading, each item on a line of its own, then the rest of the post
(issue 12: "a list structure only when the post has enough items"; the variants differ
in structure, not only in the call to action). Items that are no things stay in their
sentence. Posts invented for this test."""

from __future__ import annotations

import emoji
import pytest

from tests.captions.helpers import captions_for, text_of

LISTED = [
    (
        "en",
        "New on the Juniper Deli counter: pastrami, smoked turkey and corned beef. From $9 "
        "a sandwich, Monday to Saturday.",
        ["Pastrami", "Smoked turkey", "Corned beef"],
    ),
    (
        "es",
        "Hoy en la Taberna Roble: salmorejo, berenjenas con miel y croquetas caseras. Menú "
        "del día a 13 €.",
        ["Salmorejo", "Berenjenas con miel", "Croquetas caseras"],
    ),
    (
        "it",
        "Oggi alla Trattoria Gallo: tortellini in brodo, bollito misto e zuppa inglese. "
        "Pranzo a 18 €.",
        ["Tortellini in brodo", "Bollito misto", "Zuppa inglese"],
    ),
    (
        "pt",
        "Hoje no Café Jacarandá: pão de queijo, bolo de fubá e café coado. Das 8h às 18h.",
        ["Pão de queijo", "Bolo de fubá", "Café coado"],
    ),
    (
        "de",
        "Heute im Café Lindenblatt: Zwetschgenkuchen, Apfelstrudel und Käsekuchen. Geöffnet "
        "bis 18 Uhr.",
        ["Zwetschgenkuchen", "Apfelstrudel", "Käsekuchen"],
    ),
    (
        "fr",
        "Aujourd'hui à la Crêperie Hermine : galette complète, crêpe caramel et cidre brut. "
        "Formule à 16 €.",
        ["Galette complète", "Crêpe caramel", "Cidre brut"],
    ),
]


@pytest.mark.parametrize(("language", "content", "items"), LISTED, ids=[x[0] for x in LISTED])
def test_items_run_in_after_a_heading_get_a_list_variant(
    language: str, content: str, items: list[str]
) -> None:
    variants = [text_of(v) for v in captions_for(content, language=language)]
    listed = [v for v in variants if "\n• " in v]
    assert len(listed) == 1, variants
    lines = listed[0].split("\n")
    assert lines[0].endswith(":"), listed[0]
    bullets = [emoji.replace_emoji(line[2:], "").strip() for line in lines if line[:2] == "• "]
    assert bullets == items, listed[0]
    rest = content.split(". ", 1)[1]
    assert rest.split()[0] in listed[0], listed[0]


# what the reader splits at an "and" but is no list of things: the sentence stays whole
NOT_THINGS = [
    (
        "en",
        "Capsule wardrobe for autumn at Fold Studio: 24 pieces, soft colours, everything "
        "mixes and matches.",
    ),
    (
        "de",
        "Sommerschlussverkauf bei Kette & Co: alle Trikots und Radhosen -25 %, nur bis Samstag.",
    ),
    (
        "it",
        "Saldi da Ceramiche Lupo a Deruta: -20% sui piatti, -30% sui vasi, fino a domenica "
        "9 marzo.",
    ),
]


@pytest.mark.parametrize(("language", "content"), NOT_THINGS, ids=[x[0] for x in NOT_THINGS])
def test_what_is_no_list_of_things_is_not_bulleted(language: str, content: str) -> None:
    for variant in captions_for(content, language=language):
        assert "• " not in text_of(variant), text_of(variant)
