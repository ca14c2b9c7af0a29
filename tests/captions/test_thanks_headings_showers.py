"""Three readings found on old briefs while preparing round 18: thanks never open a
name ("Merci an Sanitär … AG" made the thanked firm the subject "Merci an …"), a heading
of two slashed words is the post's own first line ("Vorher/nachher" fell to templates
around a town: "Kempten, kurz gesagt:"), and a French shower is no English insult
("douche à l'italienne" lost "douche")."""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import captions_for, hooks_of, text_of

KITCHEN = (
    "Vorher/nachher 🏡 Unsere Küche im Bauernhaus bei Kempten ist fertig: "
    "Eichenarbeitsplatte, Spülstein aus Granit, offene Regale und ein alter Holzofen. "
    "5 Wochen Chaos, aber es hat sich gelohnt. Merci an Schreinerei Holzwurm fürs genaue "
    "Arbeiten!"
)
BATHROOM = (
    "Avant/après 🛁 Notre salle de bain à Vevey est enfin terminée : carrelage vert, vasque "
    "en pierre, douche à l'italienne. Six semaines de poussière, mais ça valait le coup. "
    "Merci à Plomberie Martinet pour le travail soigné !"
)


@pytest.mark.parametrize(
    ("content", "language", "firm"),
    [
        (KITCHEN, "de", "Schreinerei Holzwurm"),
        (
            "Merci an Malerbetrieb Kessler fürs schnelle Streichen! Endlich fertig.",
            "de",
            "Malerbetrieb Kessler",
        ),
        ("Thanks to Harlow Plumbing for the tidy work on our new shower!", "en", "Harlow Plumbing"),
    ],
)
def test_thanks_never_open_a_name(content: str, language: str, firm: str) -> None:
    names = [n.text for n in read_post(content, language).names]
    assert firm in names, names
    assert not any(n.split()[0].lower() in ("merci", "thanks", "danke") for n in names), names


def test_a_slashed_heading_is_the_posts_own_first_line() -> None:
    variants = captions_for(KITCHEN, language="de", length="medium")
    for hook in hooks_of(variants):
        assert hook.startswith("Vorher/nachher"), hook
    for variant in variants:
        assert "Unsere Küche im Bauernhaus bei Kempten ist fertig" in text_of(variant)


def test_a_french_shower_stays() -> None:
    for variant in captions_for(BATHROOM, language="fr", length="medium"):
        assert "douche à l'italienne" in variant.caption, variant.caption
