"""Reader round: a German span of time before a place is no name. "Eine Woche Südtirol:
Wandern …" was read as a name "Woche Südtirol" and tagged #WocheSüdtirol; "Drei Tage
Hamburg" lost Hamburg and tagged the next capitalised run instead. German writes every
noun with a capital: the noun after a figure or an indefinite article ("drei Tage",
"eine Woche", "ein Wochenende") is what is counted, never a name's first word; the
words after it name a place only when the gazetteer knows them."""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "place", "span"),
    [
        ("Ein Wochenende Wien mit meiner Schwester ☕ Kaffeehaus, Prater und Sachertorte.",
         "Wien", "Wochenende"),
        ("Zwei Wochen Lissabon: Straßenbahn 28, Pastéis de Nata und Fado am Abend.",
         "Lissabon", "Wochen"),
        ("Endlich Urlaub! Eine Woche Bali, nur Strand, Reisfelder und Kokosnüsse.",
         "Bali", "Woche"),
    ],
)  # fmt: skip
def test_a_span_of_time_before_a_place_names_the_place(content: str, place: str, span: str) -> None:
    post = read_post(content, "de")
    names = [n.text for n in post.names]
    assert any(n.text == place and n.kind == "place" for n in post.names), post.names
    assert not any(n.startswith(span) for n in names), names
    tags = post_tags(content, "de", 8, lower=True)
    assert not any(t.startswith(f"#{span.lower()}") for t in tags), tags


def test_a_span_of_time_before_a_common_noun_is_no_name() -> None:
    content = "Eine Stunde Geduld und der Teig ist fertig. Danach ab in den Ofen."
    assert not read_post(content, "de").names
