"""A post that counts its tips and gives the first one after its colon ("3 tips for
crisp roast potatoes: parboil them …") gets a list variant: the count opens with its
colon, then every tip on a line of its own (blind review 6: tips "run together in one
paragraph as typed, not broken"; issue 12: "a list structure only when the post has
enough items"). Posts invented for this test."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, text_of

COUNTED = [
    (
        "en",
        "3 tips for a tidy desk: clear it every Friday. Keep cables in one tray. Put "
        "the things you use daily within reach.",
        3,
    ),
    (
        "de",
        "Drei Tipps gegen Schimmel im Bad: nach dem Duschen kurz lüften. Die Fugen "
        "einmal im Monat trocknen. Handtücher nicht im Bad trocknen.",
        3,
    ),
    (
        "fr",
        "3 astuces pour un pain plus croustillant : préchauffez le four 45 minutes. "
        "Mettez un bol d'eau en bas. Laissez refroidir sur une grille.",
        3,
    ),
    (
        "es",
        "Tres consejos para regar en verano: riega temprano por la mañana. Usa mantillo "
        "para guardar la humedad. Nunca mojes las hojas al sol.",
        3,
    ),
    (
        "it",
        "Quattro consigli per il bucato: lava a 30 gradi. Separa i colori scuri. Non "
        "riempire troppo il cestello. Stendi all'ombra.",
        4,
    ),
]


@pytest.mark.parametrize(("language", "content", "count"), COUNTED, ids=[c[0] for c in COUNTED])
def test_a_counted_post_whose_first_item_follows_its_colon_is_listed(
    language: str, content: str, count: int
) -> None:
    variants = [text_of(v) for v in captions_for(content, language=language)]
    listed = [v for v in variants if v.count("\n• ") + v.startswith("• ") == count]
    assert listed, variants
    text = listed[0]
    assert text.split("\n")[0].endswith(":"), text
    first = content.split(":", 1)[1].split(".")[0].strip()
    assert f"• {first[:1].upper()}{first[1:]}" in text, text
