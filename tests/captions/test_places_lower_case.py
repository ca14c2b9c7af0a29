"""Places typed in lower case (seventeenth blind review: a small town, a saint's abbey, a
river named after a saint and a town before a business's kind stayed in lower case; a
capitalised post's common word that is also a town got a capital).

- a town of 5,000 to 15,000 people (``villages.tsv``) is written with its capital where a
  town stands ("a Lerici", "di Cefalù", "en Cazorla");
- a town whose name is a form of a common word ("Lodi", the verb of "lodare"; "Portici",
  the plural of "portico") is one only right after a preposition a town takes ("a Lodi"),
  never after "di" ("un canto di lodi") or in a list;
- a saint's place: "san" and "sant'" are a saint's wherever they stand ("fino a San
  Galgano"), "santa", "santo", "são" only before a saint's name, "são" only after a
  place's word ("eles são felizes");
- a landmark's name after its kind ("rio Tietê", "volcán Barú", "Mount Etna"), never a
  common word ("un monte di lavoro", "el río está crecido");
- an English town before a business's kind ("from our Whitby bakery");
- a town after another and "and" ("en Ávila y Segovia"), or alone in brackets
  ("conservas da lota (Vila do Conde)");
- in a post its writer wrote with capitals, a word typed in lower case keeps it
  ("-20% en anoraks", "Manda seu portfólio").

Posts invented for this test.
"""

from __future__ import annotations

import pytest

from captions._propercase import kept_as_typed, proper_capitals, typed_lower_case

from .helpers import captions_for, text_of

WRITTEN = [
    # villages
    ("it", "la focaccia di lerici appena sfornata", "di Lerici"),
    ("it", "il torrone artigianale di cefalù", "di Cefalù"),
    ("it", "una giornata ad alberobello con i bambini", "ad Alberobello"),
    ("es", "el queso de cazorla curado", "de Cazorla"),
    ("fr", "le marché de honfleur ce dimanche", "de Honfleur"),
    ("en", "fresh pasties from our padstow shop", "our Padstow shop"),
    # a form of a common word, after a town's preposition or signing after one comma
    ("it", "domenica mercatino a lodi", "a Lodi"),
    ("pt", "queijaria da serra, chaves.", "Chaves."),
    # saints
    ("it", "la camminata fino a san galgano, poi il pranzo", "fino a San Galgano"),
    ("it", "la festa patronale a sant'agata", "Sant'Agata"),
    ("es", "la romería de san isidro es el domingo", "San Isidro"),
    ("pt", "o arraial no largo de são bento", "largo de São Bento"),
    ("it", "la fiaccolata di santa lucia", "Santa Lucia"),
    # landmarks
    ("pt", "pescaria na beira do rio tietê", "rio Tietê"),
    ("pt", "pôr do sol no rio são bento", "rio São Bento"),
    ("es", "subimos al volcán barú de madrugada", "volcán Barú"),
    ("en", "we climbed mount etna at dawn", "Mount Etna"),
    # a town before a business's kind
    ("en", "a new loaf from our whitby bakery", "our Whitby bakery"),
    # a town after another and "and", or alone in brackets
    ("es", "ruta en ávila y segovia", "en Ávila y Segovia"),
    ("pt", "conservas da lota (vila do conde)", "(Vila do Conde)"),
    ("en", "a new café in salford (manchester)", "(Manchester)"),
    ("it", "sabato a lecco e castelli", "a Lecco e castelli"),  # a form of a word
]


@pytest.mark.parametrize(("language", "typed", "written"), WRITTEN)
def test_the_place_has_its_capital(language: str, typed: str, written: str) -> None:
    assert written in proper_capitals(typed, language)


KEPT = [
    ("it", "un canto di lodi e di gioia"),
    ("it", "le scale di portici e le colonne"),
    ("it", "servizio in sala alle 20"),
    ("it", "farina, uova, portici."),
    ("it", "un uomo di santa pazienza"),
    ("it", "un monte di lavoro da finire"),
    ("pt", "eles são felizes"),
    ("pt", "os meus filhos são joão e pedro"),
    ("pt", "perdi as chaves de casa"),
    ("es", "el río está crecido"),
    ("es", "todo el santo día"),
    ("es", "isla bonita"),
    ("en", "the lake house is ready"),
    ("en", "from our corner shop"),
    ("en", "our little studio is open"),
    ("en", "our chili sauce is back"),
]


@pytest.mark.parametrize(("language", "typed"), KEPT)
def test_a_common_word_keeps_its_lower_case(language: str, typed: str) -> None:
    assert proper_capitals(typed, language) == typed


CAPITALISED = [
    (
        "Rebajas en Calzados Nieva de Oviedo: -20% en anoraks y botas. Solo hasta el domingo.",
        "anoraks",
    ),
    ("Manda seu portfólio pelo WhatsApp da Loja Tucano até sexta.", "portfólio"),
    ("Il Panificio Rinaldi di Ancona ritira i biscotti: possono contenere tracce di lodi.", "lodi"),
]


@pytest.mark.parametrize(("content", "word"), CAPITALISED)
def test_a_capitalised_posts_lower_case_word_is_kept(content: str, word: str) -> None:
    texts = [text_of(v) for v in captions_for(content)]
    assert any(word in t for t in texts)
    assert not any(word.capitalize() in t for t in texts)


def test_a_lower_case_brief_keeps_no_word() -> None:
    assert typed_lower_case("sagra a lerici, tracce di lodi") == frozenset()
    # a brief written with capitals, one mid-sentence: its lower-case words are kept
    kept = typed_lower_case("Sagra a Lerici. Tracce di lodi.")
    assert "lodi" in kept
    assert "lerici" not in kept
    assert kept_as_typed("tracce di lodi", "tracce di Lodi", kept) == "tracce di lodi"
