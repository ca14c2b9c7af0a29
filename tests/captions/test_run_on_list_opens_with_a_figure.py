"""A numbered list typed run on, with no full stops between its items, whose first item
opens with a figure ("… 🧗 1. 9.5mm rope is fine indoors … 2. chalk, tape + brush 3. …")
is a list all the same: every item on a line of its own with its number, never "1." alone
on a line and the next number glued to the end of the item before ("… in march 2.").
A unit's full stop before a lower-case word ends the item ("… for 10 min. sessions tue
…"): the word is no verb of the unit, the sentence after the list is no item.

Posts invented for this test (blind review 17 had the same failure).
"""

from __future__ import annotations

import re

import pytest

from tests.captions.helpers import captions_for, text_of

_NUMBERED = re.compile(r"^(\d{1,2})\.\s+(.+)$")

LISTS = [
    (
        "en",
        "spring climbing tips from kestrel wall, sheffield 🧗 1. 9.5mm rope is fine indoors, "
        "the wall is 18°C in march 2. chalk, tape + brush 3. climb the slab at quiet times, "
        "less queue 4. stretch on the mats for 10 min. sessions tue + thu 6pm, £12, shoes "
        "included. book on kestrelwall.co.uk",
        ["9.5mm rope", "chalk, tape", "climb the slab", "stretch on the mats for 10 min"],
        "sessions tue",
    ),
    (
        "fr",
        "conseils d'hiver de l'atelier vélo la grive, lorient 🚲 1. 2 bars de moins dans les "
        "pneus quand il gèle 2. des lumières devant et derrière 3. huile la chaîne chaque "
        "semaine 4. évite les bandes blanches sous la pluie. atelier ouvert du mardi au "
        "samedi, 9h-18h",
        ["2 bars de moins", "des lumières", "huile la chaîne", "évite les bandes"],
        "atelier ouvert",
    ),
    (
        "de",
        "Wintertipps vom Radladen Kiebitz, Kassel 🚲 1. 2 bar weniger im Reifen bei Frost "
        "2. Licht vorne und hinten 3. Kette jede Woche ölen 4. weiße Streifen bei Regen "
        "meiden. Werkstatt Di bis Sa 9 bis 18 Uhr",
        ["2 bar weniger", "licht vorne", "kette jede woche", "weiße streifen"],
        "werkstatt",
    ),
    (
        "es",
        "consejos de invierno de la escuela de surf gaviota, zarautz 🏄 1. 4/3mm de neopreno, "
        "el agua está a 12 °C en enero 2. escarpines, guantes y capucha 3. entra con marea "
        "baja 4. calienta 5 min en la arena. clases sáb y dom a las 10h, 35 €",
        ["4/3mm de neopreno", "escarpines", "entra con marea", "calienta 5 min"],
        "clases",
    ),
]


@pytest.mark.parametrize(("language", "content", "items", "after"), LISTS)
def test_a_run_on_list_is_one_numbered_line_per_item(
    language: str, content: str, items: list[str], after: str
) -> None:
    for variant in captions_for(content, language=language, tone="educational", length="long"):
        text = text_of(variant)
        lines = text.split("\n")
        assert not any(re.fullmatch(r"\s*\d{1,2}[.)]\s*", ln) for ln in lines), text
        assert not any(re.search(r"\s\d{1,2}\.$", ln) for ln in lines), text
        numbered = [m for ln in lines if (m := _NUMBERED.match(ln))]
        assert [int(m.group(1)) for m in numbered] == [1, 2, 3, 4], text
        for m, item in zip(numbered, items, strict=True):
            assert m.group(2).lower().startswith(item), text
        assert not any(after in m.group(2).lower() for m in numbered), text
        assert after in text.lower(), text
