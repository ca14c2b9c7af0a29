"""A price in reais or a lettered dollar is a price, and "y'all" is no tag.

Seen: "Camisetas novas por R$ 89" and "tem sobá a R$ 19,97 o dia todo" had no price (the
letter before "$" hid the sign), so a Brazilian shop's offer read as no offer; "thank
y'all for 3,100 lbs of boudin" was tagged #yall.

The rule: a dollar's or real's sign takes its letters (R$, US$, BDS$, EC$, NZ$ …) as part
of the price; "y'all", "yall", "ya" and "youse" are English function words.
"""

from __future__ import annotations

import pytest

from captions import read_post
from tests.captions.helpers import post_tags


@pytest.mark.parametrize(
    ("content", "language", "price"),
    [
        ("Camisetas novas por R$ 89, pedidos pelo direct", "pt", "R$ 89"),
        ("Sábado tem feijoada a R$ 39,90 por pessoa", "pt", "R$ 39,90"),
        ("Rum punch EC$10 until 10pm at the bar", "en", "EC$10"),
        ("Tickets US$ 25 at the door", "en", "US$ 25"),
    ],
)
def test_a_lettered_dollar_is_a_price(content: str, language: str, price: str) -> None:
    assert read_post(content, language).price == price


def test_y_all_is_no_tag() -> None:
    tags = post_tags("thank y'all for 3,100 lbs of boudin over the holidays 🙏", "en", 5)
    assert "#yall" not in [t.lower() for t in tags], tags
