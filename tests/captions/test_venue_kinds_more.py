"""A business named by its trade, an article and a name gets its capitals in more trades.

Seen (lower-case briefs): "conservas la garza cumple 50 años", "saldi da calzature lo
scoiattolo", "dietro al banco del tortaio il gabbiano", "à la gargote le caméléon",
"garage le bison, saint-boniface" kept their names in lower case: the trade was no kind
of business the engine knew (a cannery, a shoe shop, a torta maker, a cheap eatery, a
garage), and "gabbiano" ends like a verb ("mangiano"), which no word after "il" or "el"
can be.

The rule: more trades open a name (conservas, calzature, tortaio, fornaio, gargote,
garage, maquis, adega, taller, officina …); after the article "il" or "el" a word ending
like a verb is a name's (no verb follows those articles); the article and the name take
capitals, as before.
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("conservas la garza cumple 50 años este sábado", "es", "Conservas La Garza"),
        ("saldi da calzature lo scoiattolo, stivali e scarponcini", "it",
         "calzature Lo Scoiattolo"),
        ("dietro al banco del tortaio il gabbiano, alle 5 si accende il forno", "it",
         "tortaio Il Gabbiano"),
        ("cette semaine à la gargote le caméléon, romazava au zébu", "fr",
         "gargote Le Caméléon"),
        ("bon hiver de la part du garage le bison, à bientôt", "fr", "garage Le Bison"),
        ("o vinho verde da adega o castanheiro, direto da pipa", "pt", "adega O Castanheiro"),
        ("en el taller el colibrí arreglamos bicis desde 1998", "es", "taller El Colibrí"),
    ],
)  # fmt: skip
def test_a_trade_an_article_and_a_name(text: str, language: str, name: str) -> None:
    assert name.lower() in text
    out = proper_capitals(text, language)
    assert name in out or name[:1].lower() + name[1:] in out, out


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("il forno il sabato apre alle 7", "it"),
        ("en el taller la semana pasada hicimos bancos", "es"),
        ("le garage le samedi est fermé", "fr"),
        ("la adega a partir de hoje abre às 10", "pt"),
    ],
)
def test_a_day_or_time_after_a_trade_stays(text: str, language: str) -> None:
    assert proper_capitals(text, language) == text
