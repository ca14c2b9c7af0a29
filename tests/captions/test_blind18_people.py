"""People's names and German nouns a brief types in lower case (blind review 18: "Drei
tage", "unser vadder, helmut Rebholz", "jedes dubbeglas" stayed in lower case):

- a unit of time after a number word is the noun ("drei Tage", "zwei Stunden"), though
  "tage" and "stunden" are verbs' forms too ("ich tage heute");
- after "jedes", "jeden", "euer", "deinem" and the other determiners a word that ends
  like no adjective or verb is a noun ("jedes Krügl"), never an adjective ("jedes kleine")
  nor a modal verb after a pronoun ("jeder kann");
- a word ending in "-er" after a determiner, before a comma, the sentence's end or a
  finite verb, that no adjective's forms explain, is a noun ("unser Brudder, …"), never
  an adjective ("unser leckerer, hausgemachter …", "ein echter Held");
- a first name typed in lower case before a surname written with its capital is a name
  ("Hartmut Fischer"); a first name that is also a word stays ("die rosa Tulpen").

Posts invented for this test.
"""

from __future__ import annotations

from tests.captions.helpers import captions_for, text_of


def _texts(brief: str, language: str = "de") -> list[str]:
    return [text_of(v) for v in captions_for(brief, language=language)]


def test_time_units_after_number_words_are_nouns() -> None:
    brief = (
        "fünf tage segeln auf der ostsee, zwei stunden training am morgen und drei "
        "wochen vorbereitung. ich tage heute noch mit dem vorstand."
    )
    for text in _texts(brief):
        assert "fünf Tage" in text or "Fünf Tage" in text, text
        assert "zwei Stunden" in text, text
        assert "ch tage heute" in text, text


def test_nouns_after_more_determiners() -> None:
    brief = (
        "neu bei uns im laden: jedes krügl ist handbemalt und passt zu deinem bembel. "
        "jedes kleine krügl kostet 12 €, jeder kann eins bestellen."
    )
    for text in _texts(brief):
        assert "jedes Krügl ist" in text or "Jedes Krügl ist" in text, text
        assert "deinem Bembel" in text, text
        assert "jedes kleine" in text or "Jedes kleine" in text, text
        assert "jeder kann" in text or "Jeder kann" in text, text


def test_er_nouns_after_a_determiner() -> None:
    brief = (
        "unser brudder, jens fischer, übernimmt ab märz die werkstatt. unsere mudder ist "
        "stolz. mein opa, ein echter held, hat sie 1961 gegründet. unser leckerer, "
        "hausgemachter kuchen bleibt."
    )
    texts = _texts(brief)
    assert any("nsere Mudder ist" in text for text in texts), texts
    for text in texts:
        assert "nsere mudder" not in text, text
        assert "nser Brudder, " in text, text
        assert "ein echter Held" in text, text
        assert "nser leckerer, hausgemachter" in text, text


def test_first_name_before_a_capitalised_surname() -> None:
    brief = (
        "danke an hartmut fischer und ingeborg bauer für 30 jahre im verein. die rosa "
        "tulpen sind für euch."
    )
    for text in _texts(brief):
        assert "Hartmut Fischer" in text, text
        assert "Ingeborg Bauer" in text, text
        assert "rosa Tulpen" in text, text
