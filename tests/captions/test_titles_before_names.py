"""A name after a title of respect, typed in lower case, gets its capital.

Seen: "big thanks to mr. aucoin … and ms. darlene on the register", "coach nalwoga",
"obrigado ao mestre abílio", "grazie a nonno peppino", "gracias a doña carmen y a don
tomás" kept their names in lower case (a reviewer's edit on every such caption): "mr.",
"ms.", "coach", "mestre", "monsieur", "Herr" were no titles, and a name was taken only
when rarer than once in ten thousand words (Carmen, Tomás, Lucia are commoner) and not
ending like a describing word (Peppino ends like "piccolino").

The rule: the titles of address (mr, mrs, ms, miss; señor, señora; senhor, senhora;
signor, signora; monsieur, madame; Herr, Frau; with or without their dot) and of kin or
respect take the word after them as a name unless it is a verb's or adjective's form or
one of the language's commonest words (Zipf 5: "nonna racconta", "tía rica" stay), and
a word ending like a describing one only where a name ends its phrase ("nonno peppino
e …", "senhora rosário,"; "la zia simpatica del negozio" stays); a
trade's title ("coach", "chef", "mestre", "maestro", "Meister") only a word the
vocabulary does not know; German "Herr"/"Frau" a surname that is also a noun
("Frau Schneider").
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals


@pytest.mark.parametrize(
    ("text", "language", "written"),
    [
        ("big thanks to mr. aucoin and ms. darlene on the register", "en",
         ("Mr. Aucoin", "Ms. Darlene")),
        ("send the money to coach nalwoga by friday", "en", ("coach Nalwoga",)),
        ("obrigado ao mestre abílio pelo trabalho", "pt", ("mestre Abílio",)),
        ("grazie a nonno peppino e zia lucia per tutto", "it", ("nonno Peppino", "zia Lucia")),
        ("gracias a doña carmen y a don tomás por venir", "es", ("doña Carmen", "don Tomás")),
        ("merci à madame koffi et à monsieur mensah", "fr", ("madame Koffi", "monsieur Mensah")),
        ("danke an frau schneider und herrn maier", "de", ("Frau Schneider", "Herrn Maier")),
        ("os bolos são da senhora rosário, desde 1990", "pt", ("senhora Rosário",)),
    ],
)  # fmt: skip
def test_a_name_after_a_title_gets_its_capital(
    text: str, language: str, written: tuple[str, ...]
) -> None:
    out = proper_capitals(text, language)
    for name in written:
        assert name in out, out


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("la nonna racconta sempre la stessa storia", "it"),
        ("mi tía rica vive en la costa", "es"),
        ("la zia simpatica del negozio", "it"),
        ("our chef loves the new menu", "en"),
        ("the coach says well done to everyone", "en"),
        ("a senhora simpática da padaria", "pt"),
    ],
)
def test_a_verb_or_adjective_after_a_title_stays(text: str, language: str) -> None:
    assert proper_capitals(text, language) == text
