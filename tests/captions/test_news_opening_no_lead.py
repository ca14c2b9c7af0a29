"""An opening that only announces news ("Sad news.", "Traurige Nachrichten.", "Une triste
nouvelle.") is a label of its own: a loss's or a notice's lead never goes before it
("With love and a heavy heart: Sad news." in blind review 17)."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, hooks_of

_LEADS = (
    "heavy heart",
    "In loving memory",
    "Important",
    "In Erinnerung",
    "Wichtig",
    "Avec tristesse",
    "Con cariño",
    "Importante",
    "Com carinho",
    "Con affetto",
    "In ricordo",
    "En mémoire",
)


@pytest.mark.parametrize(
    ("content", "language"),
    [
        (
            "sad news. ron pike, who ran the corner bakery on elm road since 1979, died on "
            "friday at 81. "
            "the shop is closed until monday. thank you, ron.",
            "en",
        ),
        (
            "Traurige Nachrichten. Unser Gründer Hans Vogt ist am Sonntag mit 88 Jahren gestorben. "
            "Der Laden bleibt bis Mittwoch geschlossen.",
            "de",
        ),
        (
            "Une triste nouvelle. Marcel, notre boulanger depuis 1982, est décédé dimanche à "
            "79 ans. "
            "La boutique reste fermée jusqu'à mercredi.",
            "fr",
        ),
    ],
)
def test_no_lead_before_a_news_opening(content: str, language: str) -> None:
    for hook in hooks_of(captions_for(content, language=language, tone="professional")):
        assert hook.split(":")[0] == hook or not any(
            lead.lower() in hook.lower() for lead in _LEADS
        ), hook
        assert ": " not in hook.split(".")[0], hook
