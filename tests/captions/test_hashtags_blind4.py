"""Hashtag faults the fourth blind review found, as general rules, on invented posts:
the place a post is in, what it is about in searchable words, no piece of a name, no
topic the post does not name, and generic tags only as filler."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags


def tags_of(content: str, language: str, limit: int = 6) -> list[str]:
    return post_tags(content, language, limit, lower=True)


# -- the place ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "language", "place", "street"),
    [
        (
            "Winter sale on all walking boots, 30 % off until Sunday. 14 Station Road, Harrogate",
            "en",
            "#harrogate",
            "#stationroad",
        ),
        (
            "Nuevo menú del día en Casa Olmo: lentejas, merluza y postre por 14 €."
            " C/ Mayor, 7, Logroño",
            "es",
            "#logroño",
            "#mayor",
        ),
        (
            "Neue Öffnungszeiten in der Buchhandlung Seitenweise: Montag bis Samstag"
            " 9 bis 19 Uhr. Lindenstraße 4, Bamberg",
            "de",
            "#bamberg",
            "#lindenstraße",
        ),
        (
            "Atelier tricot jeudi soir à la Mercerie Pelote, six places seulement."
            " 12 rue des Tanneurs, Colmar",
            "fr",
            "#colmar",
            "#tanneurs",
        ),
        (
            "Feijoada aos sábados na Tasca da Ribeira, 12,50 € por pessoa. Rua do Sol, 40, Olinda",
            "pt",
            "#olinda",
            "#ruadosol",
        ),
        (
            "Corso di ceramica il martedì sera alla Bottega Argilla, otto lezioni."
            " Via Roma 12, Faenza",
            "it",
            "#faenza",
            "#roma",
        ),
    ],
)
def test_the_town_closing_an_address_is_tagged_and_its_street_is_not(
    content: str, language: str, place: str, street: str
) -> None:
    tags = tags_of(content, language)
    assert place in tags, tags
    assert street not in tags, tags


@pytest.mark.parametrize(
    ("content", "language", "street"),
    [
        (
            "Our new climbing wall opens Saturday at 10 on Tanner Street, come and try it",
            "en",
            "#tannerstreet",
        ),
        (
            "La pasticceria in via dei Mille compie dieci anni, festa sabato con i cannoli",
            "it",
            "#mille",
        ),
        ("Flohmarkt am Sonntag in der Gartenstraße, Stände ab 8 Uhr", "de", "#gartenstraße"),
    ],
)
def test_a_street_is_no_place_tag(content: str, language: str, street: str) -> None:
    assert street not in tags_of(content, language)


# -- what the post is about -----------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "language", "topic"),
    [
        (
            "Meet the Skylark 3 road bike: 8.1kg, disc brakes, 22 gears. In store Friday.",
            "en",
            "#roadbike",
        ),
        (
            "3 tips for growing courgettes in pots: a big tub, full sun, water the soil not"
            " the leaves",
            "en",
            "#gardening",
        ),
        (
            "Rebajas en Zapatería Lola: -30 % en botas y sandalias hasta el domingo",
            "es",
            "#zapatos",
        ),
        (
            "Unser neues Gravelbike ist da: 9,8 kg, elf Gänge, Probefahrten am Samstag im Laden",
            "de",
            "#gravelbike",
        ),
        (
            "Promoção na Loja Aurora: -20 % em todas as botas e sandálias até domingo",
            "pt",
            "#sapatos",
        ),
        (
            "Quattro errori da non fare con il risotto: riso lavato, brodo freddo, fuoco"
            " alto, poco riposo",
            "it",
            "#cucina",
        ),
        (
            "Soldes chez Atelier Bruyère : -30 % sur les bottines et les sandales jusqu'à dimanche",
            "fr",
            "#chaussures",
        ),
    ],
)
def test_the_category_of_the_thing_the_post_is_about_is_tagged(
    content: str, language: str, topic: str
) -> None:
    assert topic in tags_of(content, language)


@pytest.mark.parametrize(
    ("content", "language", "topic", "generic"),
    [
        (
            "Thirty years of Marlow Street Kitchen today! Party on Sunday from 6, and"
            " wood-fired pizza for everyone",
            "en",
            "#pizza",
            "#milestone",
        ),
        (
            "La nostra trattoria compie 40 anni! Sabato sera offriamo le lasagne a tutti",
            "it",
            "#lasagne",
            "#traguardo",
        ),
        (
            "Notre crêperie fête ses 15 ans ! Samedi, galettes et cidre offerts à tous",
            "fr",
            "#cidre",
            "#célébration",
        ),
    ],
)
def test_a_thing_named_after_the_opening_sentence_ranks_before_the_generic_tags(
    content: str, language: str, topic: str, generic: str
) -> None:
    tags = tags_of(content, language, limit=10)
    assert topic in tags, tags
    assert generic not in tags or tags.index(topic) < tags.index(generic), tags


# -- no topic the post does not name ---------------------------------------------------


@pytest.mark.parametrize(
    ("content", "language", "invented"),
    [
        # a music or film release tag on a thing that is neither
        (
            "Our new Trailblazer 4 hiking boots are here: waterproof, 620 g, £129 in store",
            "en",
            "#newrelease",
        ),
        # a craft beer the post never names
        (
            "Quiz night Thursday at the Fox and Hound, and your first beer is on us",
            "en",
            "#craftbeer",
        ),
        (
            "Noite de forró na sexta no Bar da Praça, e a primeira cerveja é por nossa conta",
            "pt",
            "#cervejaartesanal",
        ),
        ("Pastillas de jabón de oliva en la tienda, tres por 10 €", "es", "#jabónartesanal"),
        # a dinner on the balcony is no gardening
        ("jantar a dois na varanda nova, com velas 🕯️", "pt", "#jardinagem"),
        ("Premier dîner sur notre nouveau balcon, avec des bougies 🕯️", "fr", "#jardinage"),
        ("cena sul balcone nuovo con le candele 🕯️", "it", "#giardinaggio"),
        ("Abendessen auf dem neuen Balkon mit Kerzen 🕯️", "de", "#garten"),
    ],
)
def test_no_category_tag_for_a_topic_the_post_does_not_name(
    content: str, language: str, invented: str
) -> None:
    assert invented not in tags_of(content, language)


@pytest.mark.parametrize(
    ("content", "language", "tag"),
    [
        ("Our new album Low Tide is out Friday on every platform", "en", "#newrelease"),
        ("Cerveja artesanal da casa a 3 € toda a sexta no Bar da Praça", "pt", "#cervejaartesanal"),
        ("Repotting day on the balcony garden: the tomatoes got bigger pots", "en", "#gardening"),
    ],
)
def test_a_category_tag_stays_where_the_post_names_its_topic(
    content: str, language: str, tag: str
) -> None:
    assert tag in tags_of(content, language)


# -- a name is tagged whole or not at all -----------------------------------------------


@pytest.mark.parametrize(
    ("content", "language", "piece", "whole"),
    [
        (
            "Maison Lierre lance sa nouvelle collection de bougies parfumées, coulées à la main.",
            "fr",
            "#lierre",
            "#maisonlierre",
        ),
        (
            "Banco de Ropa de Cantabria busca voluntarios para el sábado por la mañana.",
            "es",
            "#ropadecantabria",
            "#bancoderopadecantabria",
        ),
        (
            "Casa Ferro compie dieci anni: festa sabato con musica dal vivo.",
            "it",
            "#ferro",
            "#casaferro",
        ),
        (
            "Quinta do Vale Escuro abre as vindimas ao público este sábado.",
            "pt",
            "#valeescuro",
            "#quintadovaleescuro",
        ),
        (
            "Friends of Ashdown Forest need volunteers for a tree planting on Saturday.",
            "en",
            "#ashdownforest",
            "#friendsofashdownforest",
        ),
    ],
)
def test_a_name_gives_its_whole_tag_never_a_piece(
    content: str, language: str, piece: str, whole: str
) -> None:
    tags = tags_of(content, language)
    assert piece not in tags, tags
    assert whole in tags, tags


@pytest.mark.parametrize(
    ("content", "language", "piece", "whole"),
    [
        (
            "Le carnet Hibou n°3 arrive : papier recyclé, 24 €, cousu dans notre atelier.",
            "fr",
            "#hibou",
            "#hibou3",
        ),
        ("Llega la mochila Garza nº 2: 18 litros, impermeable, 79 €.", "es", "#garza", "#garza2"),
        ("Il quaderno Gufo n. 5 è arrivato: carta riciclata, 19 €.", "it", "#gufo", "#gufo5"),
        ("A mochila Garça nº 2 chegou: 18 litros, 79 €.", "pt", "#garça", "#garça2"),
        (
            "Der Rucksack Falke Nr. 4 ist da: 22 Liter, wasserdicht, 119 €.",
            "de",
            "#rucksackfalkenr",
            "#rucksackfalke4",
        ),
    ],
)
def test_a_product_s_number_stays_with_its_name(
    content: str, language: str, piece: str, whole: str
) -> None:
    tags = tags_of(content, language)
    assert piece not in tags, tags
    assert whole in tags, tags


@pytest.mark.parametrize(
    ("content", "language", "place"),
    [
        (
            "La lampe Éclipse arrive : laiton brossé, 240 €, montée à la main dans notre"
            " atelier de Tournai.",
            "fr",
            "#tournai",
        ),
        (
            "La lampada Faro è arrivata: ottone, 190 €, fatta a mano nella nostra bottega"
            " di Faenza.",
            "it",
            "#faenza",
        ),
        (
            "Llega la lámpara Faro: latón, 190 €, hecha a mano en nuestro taller de Ubrique.",
            "es",
            "#ubrique",
        ),
    ],
)
def test_the_town_of_the_workshop_is_tagged(content: str, language: str, place: str) -> None:
    assert place in tags_of(content, language)


@pytest.mark.parametrize(
    ("content", "language", "name"),
    [
        (
            "Ce soir on fête les dix ans du Café de Flore de la rue Haute, venez nombreux",
            "fr",
            "#flore",
        ),
    ],
)
def test_a_name_after_a_capitalised_shop_word_is_no_town(
    content: str, language: str, name: str
) -> None:
    assert name not in tags_of(content, language)


@pytest.mark.parametrize(
    ("content", "language", "topic"),
    [
        ("Saldi da Ceramiche Sole a Deruta: -20% sui piatti e sulle tazze", "it", "#ceramica"),
        ("Rebajas en Calzados Rivera: -30 % en toda la tienda hasta el domingo", "es", "#zapatos"),
        (
            "Nouveautés chez Fromagerie Vautrin : trois chèvres fermiers et un comté 24 mois",
            "fr",
            "#fromage",
        ),
        ("Sapataria Lemos em saldos: -25 % em toda a loja até sábado", "pt", "#sapatos"),
    ],
)
def test_what_a_shop_sells_is_tagged_from_the_first_word_of_its_name(
    content: str, language: str, topic: str
) -> None:
    tags = tags_of(content, language)
    assert topic in tags, tags


@pytest.mark.parametrize(
    ("content", "language", "invented"),
    [
        ("Menú de mediodía en Casa Paco, 13 €, de lunes a viernes", "es", "#casa"),
        ("Fish tacos every Friday at the Salty Dog, $12, lunch only", "en", "#dogsofinstagram"),
    ],
)
def test_a_name_s_other_words_say_nothing_of_what_it_sells(
    content: str, language: str, invented: str
) -> None:
    assert invented not in tags_of(content, language)
