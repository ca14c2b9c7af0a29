"""An emoji after a French "!" or "?" stays after it.

Seen: "Collecte de jouets pour la Saint-Nicolas ! 🎁 L'association …" and "Merci pour eux,
ça compte ! ❤️" came out "Saint-Nicolas 🎁 !" and "ça compte ❤️ !": the brief's French
space before "!" left the mark a word of its own, and the emoji went before it.

The rule: a space (or a narrow or no-break space) before "!", "?" or ";" that an emoji
follows is read tight, in every language; the French caption writes it again.
"""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("content", "written"),
    [
        ("Collecte de manteaux pour l'hiver ! 🧥 L'association Les Lutins récolte des "
         "manteaux chauds. Merci pour eux, ça compte ! ❤️", ("l'hiver ! 🧥", "compte ! ❤️")),
        ("Vous venez samedi ? 🎶 Concert gratuit au kiosque dès 18 h.", ("samedi ? 🎶",)),
        ("Grande vente\u00a0! 🛍️ Tout le stock à -30 % jusqu'à dimanche.", ("vente ! 🛍️",)),
    ],
)  # fmt: skip
def test_an_emoji_after_a_spaced_mark_stays_after_it(
    content: str, written: tuple[str, ...]
) -> None:
    variant = captions_for(content, language="fr")[0]
    for part in written:
        assert part in text_of(variant), variant.caption
