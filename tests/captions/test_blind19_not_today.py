"""A hook never says "today" over a post whose day is another one (blind round 19,
pt-01: "Em destaque hoje: Folia de Reis …" for a procession on 6 January)."""

from __future__ import annotations

import re

import pytest

from tests.captions.helpers import captions_for, hooks_of

TODAY = re.compile(r"(?i)\b(?:today|today's|tonight|hoy|heute|aujourd'hui|hoje|oggi)\b")

POSTS = [
    (
        "pt",
        "Dia 14 de fevereiro, sábado, o Bloco do Seu Tião sai às 16h da Praça da Matriz e "
        "desce até o Largo do Carmo, em Diamantina 🥁 Tambor, cuíca e muito confete. É de "
        "graça. Traga a família.",
    ),
    (
        "es",
        "El sábado 14 de febrero la comparsa Los Tamborileros sale a las 17 h de la Plaza "
        "Mayor y baja hasta la Alameda, en Cazorla 🥁 Tambores, dulzainas y confeti. Es "
        "gratis. Trae a tu familia.",
    ),
    (
        "en",
        "Saturday 14 February, the Thornbury Morris side dance out at 4pm from the Market "
        "Cross down to the Old Mill 🎶 Bells, fiddles and a lot of stamping. Free for "
        "everyone. Bring the kids.",
    ),
]


@pytest.mark.parametrize(("language", "content"), POSTS)
@pytest.mark.parametrize("tone", ["inspirational", "casual", "professional", "playful"])
def test_no_today_hook_over_another_day(language: str, content: str, tone: str) -> None:
    for length in ("short", "medium"):
        for hook in hooks_of(captions_for(content, language=language, tone=tone, length=length)):
            assert not TODAY.search(hook), hook
