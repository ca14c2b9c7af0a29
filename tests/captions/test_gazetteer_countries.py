"""Towns of the countries where a caption language is official or the language of public
life (issue 12: lower-case briefs naming a town in Namibia, The Gambia, New Caledonia).

The gazetteer keeps the towns of 15,000 people or more of every country where one of
the six languages is official or what signs, shops and posts are written in (English in
Namibia, Malta and Jamaica; French in Mauritius, Côte d'Ivoire and Mayotte; Spanish in
Equatorial Guinea; Portuguese in Cape Verde), so a post typed in lower case gets their
names with capitals and, where the hashtag engine tags towns, their tags. A town's name
that is a common word stays as typed: a German noun the dictionary lists like a name
("Kram"), an English word ("dawn", "banjo", "retreat"), a French one ("tampon"), and the
plural of an English word that names a big town where English is not most people's
first language ("springs": Springs, South Africa).
"""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, tags_of, text_of

NEW_TOWNS = [
    ("en", "sundowners on the jetty in swakopmund this friday, live music from 6", "Swakopmund"),
    ("en", "pop-up shop in sliema this weekend, handmade jewellery", "Sliema"),
    ("fr", "fête du quartier à curepipe samedi, musique et grillades", "Curepipe"),
    ("fr", "marché nocturne à mamoudzou vendredi soir", "Mamoudzou"),
    ("fr", "nouvelle boutique à grand-bassam : pagnes et sacs dès 5 000 f", "Grand-Bassam"),
    ("es", "nuevo local en ebebiyín, abrimos el sábado con música", "Ebebiyín"),
    ("pt", "nova loja em mindelo, roupa de praia a partir de 900 escudos", "Mindelo"),
]


@pytest.mark.parametrize(("language", "content", "town"), NEW_TOWNS)
def test_a_town_of_a_country_speaking_the_language_is_written_and_tagged(
    language: str, content: str, town: str
) -> None:
    variants = captions_for(content, language=language)
    assert all(town in text_of(v) for v in variants)
    tag = "#" + town.replace("-", "").lower()
    assert tag in tags_of(variants)


def test_a_caribbean_town_of_two_words_is_written_with_its_capitals() -> None:
    variants = captions_for("sunset cruise from montego bay tonight, rum punch included")
    assert all("from Montego Bay" in text_of(v) for v in variants)


COMMON_WORDS = [
    # a German noun de_DE lists with a name's flags only ("Kram/Sm"): Le Kram, Tunisia
    ("de", "Der ganze alte Kram muss raus: Flohmarkt am Samstag im Hof", "Kram", None),
    # Springs, South Africa: the plural of an English word, where English is official
    ("en", "the sound of springs and birds on our morning walk", "Springs", "springs"),
    ("en", "yoga at dawn on the beach, bring your own mat", "Dawn", "at dawn"),
    ("en", "live banjo on the porch every friday night", "Banjo", "live banjo"),
    ("en", "our yoga retreat starts next week, five days of rest", "Retreat", "yoga retreat"),
    ("fr", "un tampon encreur offert pour tout achat", "Tampon", "tampon encreur"),
]


@pytest.mark.parametrize(("language", "content", "town", "typed"), COMMON_WORDS)
def test_a_new_town_that_is_a_common_word_stays_as_typed(
    language: str, content: str, town: str, typed: str | None
) -> None:
    variants = captions_for(content, language=language)
    assert f"#{town.lower()}" not in tags_of(variants)
    if typed is not None:
        assert all(typed in text_of(v).lower() for v in variants)
        assert not any(town in text_of(v).split(" ", 1)[1] for v in variants)
