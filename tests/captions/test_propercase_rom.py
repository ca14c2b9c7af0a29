"""Spanish, French, Portuguese and Italian names that no article announces.

A brief typed in lower case says "studio allodola a taranto", "pasa por la av. balta",
"la friterie chez gégé" or "manda tu cv por whatsapp": the caption kept "allodola",
"balta", "gégé", "cv" and "whatsapp" as typed. A word after a business's kind that the
language's vocabulary does not know, a street's name, a name after "chez" and the curated
brands and acronyms now get their capitals; a word that describes the kind ("pizzeria
napoletana"), an everyday "via" or "place", a colour and a link stay as typed.
"""

from __future__ import annotations

import pytest

from captions._propercase import proper_capitals
from tests.captions.helpers import captions_for, text_of


@pytest.mark.parametrize(
    ("language", "typed", "written"),
    [
        # a business's name after its kind, with no article
        ("it", "lo studio vernazzoli a taranto", "lo studio Vernazzoli a Taranto"),
        ("pt", "na queijaria tamanduí em braga", "na queijaria Tamanduí em Braga"),
        ("es", "la cevichería chumbeque en trujillo", "la cevichería Chumbeque en Trujillo"),
        ("it", "il calzificio brughetto chiude", "il calzificio Brughetto chiude"),
        ("fr", "le dépanneur la sarcelle ouvre", "le dépanneur La Sarcelle ouvre"),
        # a street's name after its kind
        ("es", "pasa por la av. quiñonez 410", "pasa por la av. Quiñonez 410"),
        ("it", "in via zangrilli 4, a lecce", "in via Zangrilli 4, a Lecce"),
        ("pt", "na rua pitangui, 200", "na rua Pitangui, 200"),
        ("fr", "au 12 rue des ormoilles", "au 12 rue des Ormoilles"),
        ("it", "in corso cremona", "in corso Cremona"),
        # a name after "chez"
        ("fr", "ce soir chez gaspardine", "ce soir chez Gaspardine"),
        # brands and acronyms
        ("es", "manda tu cv por whatsapp", "manda tu CV por WhatsApp"),
        ("pt", "estamos no instagram e no google maps", "estamos no Instagram e no Google Maps"),
        ("es", "compra en mercado libre", "compra en Mercado Libre"),
        ("it", "la asd delfini blu cerca un istruttore", "la ASD delfini blu cerca un istruttore"),
        ("fr", "prix hors tva", "prix hors TVA"),
    ],
)  # fmt: skip
def test_a_name_without_an_article_gets_its_capitals(
    language: str, typed: str, written: str
) -> None:
    assert proper_capitals(typed, language) == written


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        # a word that describes the kind, a colour, a dish
        ("it", "una pizzeria napoletana e uno studio fotografico"),
        ("fr", "un atelier couture et une sauce lapin"),
        ("es", "parrilla criolla con salsa de mostaza"),
        ("pt", "uma padaria artesanal com pão quente"),
        # everyday "via", "place", "corso"; a street's ordinary description
        ("it", "spedizione via email, via libera al corso di cucina"),
        ("fr", "à emporter ou sur place, place du marché"),
        ("es", "la avenida principal está cortada"),
        # "chez" with a pronoun, an article or a very common word
        ("fr", "chez nous, chez le boucher, chez moi"),
        # already written with capitals, or markup
        ("es", "escríbenos por WhatsApp o a hola@whatsapp.example o #whatsapp @instagram"),
        ("it", "più info su www.studio-vernazzoli.it/via-etnea"),
    ],
)
def test_what_is_no_name_stays_as_typed(language: str, typed: str) -> None:
    assert proper_capitals(typed, language) == typed


@pytest.mark.parametrize(
    ("language", "content", "written"),
    [
        ("it", "sciarpe nuove dal maglificio ortensiola a biella, su whatsapp", "Ortensiola"),
        ("it", "sciarpe nuove dal maglificio ortensiola a biella, su whatsapp", "WhatsApp"),
        ("es", "abrimos tienda en la av. chuquisaca 88, en arequipa. manda tu cv", "Chuquisaca"),
        ("pt", "provas de queijo na queijaria carapicuí, em viseu, sábado às 11h", "Carapicuí"),
    ],
)  # fmt: skip
def test_the_caption_writes_the_names_with_capitals(
    language: str, content: str, written: str
) -> None:
    texts = [text_of(v) for v in captions_for(content, language=language)]
    assert any(written in t for t in texts), texts


@pytest.mark.parametrize(
    ("language", "typed", "written"),
    [
        # a country right after a noun describes it; after a preposition or an article
        # it is named
        ("es", "asado de tira en la parrilla argentina", "asado de tira en la parrilla argentina"),
        ("es", "tinta china, envíos a toda argentina", "tinta china, envíos a toda Argentina"),
        ("it", "la cucina argentina arriva in italia", "la cucina argentina arriva in Italia"),
        # a town that another Romance language knows as a word, after "di"/"de": the word
        ("it", "borsa testa di moro, fatta a moro", "borsa testa di moro, fatta a Moro"),
        ("it", "nel centro di bergamo", "nel centro di Bergamo"),
    ],
)  # fmt: skip
def test_a_place_name_used_as_a_word_stays_a_word(language: str, typed: str, written: str) -> None:
    assert proper_capitals(typed, language) == written


@pytest.mark.parametrize(
    ("language", "typed", "written"),
    [
        # a kind that is also an everyday word: only a word the vocabulary lacks is a name
        ("es", "el restaurante el zarandongo abre", "el restaurante El Zarandongo abre"),
        ("es", "cena en casa brunilda, en toledo", "cena en casa Brunilda, en Toledo"),
        ("pt", "almoço no restaurante o tasquilho", "almoço no restaurante O Tasquilho"),
        ("it", "aperitivo al bar bucefalo", "aperitivo al bar Bucefalo"),
        ("fr", "nuit à l'auberge ravignac", "nuit à l'auberge Ravignac"),
        ("es", "en la tienda los precios bajan, el bar la semana que viene", None),
        ("pt", "na loja a partir de hoje, casa de fados", None),
        ("it", "bar aperto, casa nostra, albergo diffuso", None),
        ("fr", "boutique en ligne, maison de famille", None),
        # acronyms each language writes in capitals
        ("es", "trae tu dni", "trae tu DNI"),
        ("pt", "nota com cpf", "nota com CPF"),
        ("fr", "notre sav répond", "notre SAV répond"),
        ("it", "una onlus di quartiere", "una ONLUS di quartiere"),
    ],
)  # fmt: skip
def test_a_name_after_an_everyday_kind_and_the_acronyms(
    language: str, typed: str, written: str | None
) -> None:
    assert proper_capitals(typed, language) == (written or typed)


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        # a rare adjective after a kind describes it, however rare: no name
        ("es", "panadería artesana, zapatería ortopédica y churrería madrileña"),
        ("pt", "pastelaria conventual e hamburgueria artesanal"),
        ("it", "macelleria equina e cioccolateria modicana"),
        ("fr", "fromagerie fermière, boucherie chevaline, friterie ambulante"),
        ("fr", "boutique écoresponsable dans une rue piétonne"),
    ],
)
def test_a_rare_describing_word_after_a_kind_stays_as_typed(language: str, typed: str) -> None:
    assert proper_capitals(typed, language) == typed
