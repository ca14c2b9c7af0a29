"""Proper names a brief types in lower case are written with their capitals.

A brief typed in lower case ("… aquí en el centro de oaxaca", "à la crêperie la mouette")
was retold word for word, so the caption kept "oaxaca" and "la mouette". The gazetteer's
places, a business's name after its kind word and article, and the German nouns that are
certainly nouns are now written with their capitals; a town that is also a common word,
a verb after an article, a hashtag, a mention and a link stay as typed.
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals
from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("language", "typed", "written"),
    [
        ("en", "our van is parked in kamloops till 4", "our van is parked in Kamloops till 4"),
        ("en", "from kingston upon hull to leeds", "from Kingston upon Hull to Leeds"),
        ("en", "a walk in halifax, downtown", "a walk in Halifax, downtown"),
        ("en", "wren café, kamloops is hiring", "Wren Café, Kamloops is hiring"),
        ("en", "we ate at bullfrog bbq, macon style", "we ate at Bullfrog BBQ, Macon style"),
        ("es", "la parrilla el ñandú queda cerrada", "la parrilla El Ñandú queda cerrada"),
        ("es", "aquí en el centro de oaxaca", "aquí en el centro de Oaxaca"),
        ("es", "la taquería el gallo negro, el jueves", "la taquería El Gallo Negro, el jueves"),
        ("es", "la librería el ateneo, en valparaíso", "la librería El Ateneo, en Valparaíso"),
        ("fr", "à la crêperie la mouette ce soir", "à la crêperie La Mouette ce soir"),
        ("fr", "un atelier à trois-rivières", "un atelier à Trois-Rivières"),
        ("pt", "na pastelaria a colmeia, em coimbra", "na pastelaria A Colmeia, em Coimbra"),
        ("pt", "a livraria o farol celebra 10 anos", "a livraria O Farol celebra 10 anos"),
        ("pt", "passeio até são roque de minas", "passeio até São Roque de Minas"),
        ("it", "in rosticceria il gattone da oggi", "in rosticceria Il Gattone da oggi"),
        ("it", "vivo a bergamo", "vivo a Bergamo"),
        ("de", "in der bäckerei sonnenkorn in rostock", "in der Bäckerei Sonnenkorn in Rostock"),
        ("de", "konzert vom kammerchor lerche", "Konzert vom Kammerchor Lerche"),
        ("de", "die anmeldung ist da und das buch", "die Anmeldung ist da und das Buch"),
        ("de", "die bäckerei hat offen, der neue ofen", "die Bäckerei hat offen, der neue Ofen"),
        # a verb and an adjective after an article stay as typed, the nouns do not
        ("de", "die läden öffnen, der neue ofen ist da", "die Läden öffnen, der neue Ofen ist da"),
        ("de", "heute konzert am strand, mit sekt", "heute Konzert am Strand, mit Sekt"),
    ],
)  # fmt: skip
def test_a_name_typed_in_lower_case_gets_its_capitals(
    language: str, typed: str, written: str
) -> None:
    assert proper_capitals(typed, language) == written


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        # a town that is also a common word of the language, or of English
        ("en", "a nice day, then reading and a bath"),
        ("en", "we march on, may the best team win"),
        # English: a describing word before the kind, or no town after it
        ("en", "tiny bakery, and bread"),
        ("en", "wren café is hiring"),
        ("pt", "vamos ao porto ver o mar"),
        ("es", "la paz del campo y el paso del tiempo"),
        # a town's name that is also a word, where no place stands
        ("es", "tres días libres entre palmas"),
        ("pt", "entrada franca até ao pôr do sol"),
        ("pt", "no jardim, pôr do sol às 18h"),
        ("en", "our kitchen reno is done"),
        ("it", "un vino bianco fermo"),
        # a verb, an adjective or a pronoun after the kind word's article
        ("es", "la panadería la abrimos a las 7"),
        ("fr", "la boulangerie ouvre à 7h, les baguettes sont prêtes"),
        ("it", "la pasticceria apre alle 7"),
        ("de", "schickt es jemandem, der sich freut"),
        ("de", "wir stricken und malen, alles vegan, mit ipa"),
        ("de", "einen extra langen weg, mit ihm gesungen"),
        # a hashtag, a mention, a link, an e-mail address
        ("de", "#stralsund @steyr schreibt an info@steyr.at oder steyr.at"),
        ("es", "más en https://tlaxcala.example.com/oaxaca"),
    ],
)
def test_what_is_no_name_stays_as_typed(language: str, typed: str) -> None:
    assert proper_capitals(typed, language) == typed


def test_a_lower_case_brief_without_names_is_kept_as_typed() -> None:
    content = "new candles are in, three scents, small batch. come smell them"
    texts = [text_of(v) for v in captions_for(content, language="en")]
    assert any("three scents" in t.lower() for t in texts)
    assert not any(w in t for t in texts for w in ("Three", "Scents", "Batch", "Candles are"))


@pytest.mark.parametrize(
    ("language", "content", "written"),
    [
        ("en", "bluejay bakery, kamloops is hiring 2 bakers. apply in store", "Kamloops"),
        ("en", "wren café, kamloops is hiring 2 baristas. apply in store", "Wren Café"),
        ("es", "hoy en la fonda el tecolote hay mole, aquí en el centro de oaxaca", "El Tecolote"),
        ("es", "hoy en la fonda el tecolote hay mole, aquí en el centro de oaxaca", "Oaxaca"),
        ("fr", "ce midi à la friterie le goéland, frites maison à rouen", "Le Goéland"),
        ("pt", "na tasca o melro há caracóis, em setúbal", "O Melro"),
        ("it", "da oggi in rosticceria il gattone, a bergamo", "Il Gattone"),
        ("de", "50 jahre buchhandlung eselsohr in rostock, danke!", "Buchhandlung Eselsohr"),
    ],
)  # fmt: skip
def test_the_caption_writes_the_brief_s_names_with_capitals(
    language: str, content: str, written: str
) -> None:
    texts = [text_of(v) for v in captions_for(content, language=language)]
    assert any(written in t for t in texts), texts
