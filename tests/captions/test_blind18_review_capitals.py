"""The day's capitals rules read against posts they did not claim (review of blind
round 18's changes): a wrong capital is worse than a missing one.

- a river after its banks or a walk round it: a diminutive of a known word
  ("paesello", "riozinho") or a town that is an everyday word ("parco", "porto") is the
  everyday word, no river.
- a rare German word in "-er" after a determiner: an adjective spelt with "ß" ("heißer",
  the vocabulary spells it "heiss") or made of a word and an adjective ("knallroter",
  "bitterkalter": "rot", "kalt") is no noun.
- after "jeder", "jedem", "jede", "jeden" standing alone, a verb with its "es" run on
  ("jedem schmeckts", "jeder kennts") is no noun.
- after "café" (an everyday word too) or after a kind and its article, a diminutive of an
  everyday word ("tecito", "pãozinho", "caffettino") is no business's name.

Posts invented for this test.
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals

KEPT = [
    # a diminutive of an everyday word, after a walk round it or its banks
    ("it", "il giro del paesello in bici stamattina", "giro del paesello"),
    ("it", "un giro del borghetto prima di cena", "giro del borghetto"),
    ("pt", "passeio na margem do riozinho com as crianças", "margem do riozinho"),
    ("es", "merendamos a la orilla del arroyito", "orilla del arroyito"),
    # a town the gazetteer holds that is an everyday word
    ("it", "il giro del parco con il cane", "giro del parco"),
    ("it", "una passeggiata sulla riva del porto vecchio", "riva del porto"),
]

WRITTEN = [
    # a river the vocabulary does not know, or a place, stays a river
    ("it", "la piena del bacchiglione ha allagato i campi", "piena del Bacchiglione"),
    ("pt", "a cheia do douro chegou à ribeira", "cheia do Douro"),
    ("es", "comimos a la orilla del nazas", "orilla del Nazas"),
]


@pytest.mark.parametrize(("language", "text", "expected"), KEPT)
def test_an_everyday_word_after_a_waterside_is_kept(
    language: str, text: str, expected: str
) -> None:
    assert expected in proper_capitals(text, language)


@pytest.mark.parametrize(("language", "text", "expected"), WRITTEN)
def test_a_river_after_its_banks_is_written(language: str, text: str, expected: str) -> None:
    assert expected in proper_capitals(text, language)


KEPT_DE = [
    ("de", "ein heißer, langer sommer am see", "ein heißer, langer"),
    ("de", "dein weißer, neuer pulli", "dein weißer, neuer"),
    ("de", "ein knallroter, alter bulli vor der tür", "ein knallroter, alter"),
    ("de", "ein bitterkalter, klarer morgen", "ein bitterkalter, klarer"),
    ("de", "ein riesengroßer, bunter strauß für oma", "ein riesengroßer, bunter"),
    ("de", "ein goldgelber, knuspriger kuchen", "ein goldgelber, knuspriger"),
    ("de", "ein bärenstarker, neuer trecker", "ein bärenstarker, neuer"),
]

WRITTEN_DE = [
    # a rare noun in "-er" after a determiner still takes its capital
    ("de", "unser schwager, der tischler, hilft mit", "nser Schwager, "),
    ("de", "unsere fadder ist stolz", "nsere Fadder ist"),
]


@pytest.mark.parametrize(("language", "text", "expected"), KEPT_DE)
def test_an_adjective_in_er_after_a_determiner_is_kept(
    language: str, text: str, expected: str
) -> None:
    assert expected in proper_capitals(text, language)


@pytest.mark.parametrize(("language", "text", "expected"), WRITTEN_DE)
def test_a_rare_noun_in_er_after_a_determiner_is_written(
    language: str, text: str, expected: str
) -> None:
    assert expected in proper_capitals(text, language)


KEPT_JEDER = [
    ("de", "für jeden was dabei, jedem gefällts", "jedem gefällts"),
    ("de", "jeder kennts, keiner sagts", "jeder kennts"),
    ("de", "jeder machts auf seine art", "jeder machts"),
    ("de", "jedem passts am samstag", "jedem passts"),
]

WRITTEN_JEDER = [
    # a noun in "-s" after the determiner, or a noun's genitive after "jedes"
    ("de", "jeden kurs haben wir genossen", "jeden Kurs"),
    ("de", "am ersten jedes monats gibt es brunch", "jedes Monats"),
    ("de", "jedem gast ein glas sekt", "jedem Gast"),
]


@pytest.mark.parametrize(("language", "text", "expected"), KEPT_JEDER)
def test_a_verb_with_es_after_jeder_is_kept(language: str, text: str, expected: str) -> None:
    assert expected in proper_capitals(text, language)


@pytest.mark.parametrize(("language", "text", "expected"), WRITTEN_JEDER)
def test_a_noun_after_jeder_is_written(language: str, text: str, expected: str) -> None:
    assert expected in proper_capitals(text, language)


KEPT_DIMINUTIVE = [
    ("es", "en el café el tecito de manzanilla", "café el tecito"),
    ("pt", "no café o pãozinho saiu quentinho", "café o pãozinho"),
    ("it", "al bar il caffettino delle 10", "bar il caffettino"),
]

WRITTEN_AFTER_KIND = [
    # a name the vocabulary lacks after the kind and its article stays a name
    ("es", "desayunamos en el café el tlacuache, calle hidalgo", "café El Tlacuache"),
    ("es", "en el bar el rinconcito tocan los viernes", "bar El Rinconcito"),
    ("pt", "hoje o lanche é no café o quatizinho", "café O Quatizinho"),
]


@pytest.mark.parametrize(("language", "text", "expected"), KEPT_DIMINUTIVE)
def test_a_diminutive_after_a_kind_is_kept(language: str, text: str, expected: str) -> None:
    assert expected in proper_capitals(text, language)


@pytest.mark.parametrize(("language", "text", "expected"), WRITTEN_AFTER_KIND)
def test_a_name_after_a_kind_and_its_article_is_written(
    language: str, text: str, expected: str
) -> None:
    assert expected in proper_capitals(text, language)
