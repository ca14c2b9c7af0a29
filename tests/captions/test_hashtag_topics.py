"""Topic tags (issue 12): the concrete thing a post is about, or the trade of the
business that posts it, is tagged as people search it, in the post's language.

Invented posts, one or more per language; each names a product, a drink, a craft, a
trade, a plant, a sport or a kind of music that the taxonomy must know.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from captions import post_hashtags, read_post, wordlists

LISTS = wordlists()
BLOCKED = LISTS.banned_hashtags | LISTS.cliche_tags


def tags_of(content: str, language: str, limit: int = 5) -> list[str]:
    post = read_post(content, language)
    return [t.lower() for t in post_hashtags(post, limit, blocked=BLOCKED)[0]]


@pytest.mark.parametrize(
    ("content", "language", "topic"),
    [
        # a garment's kind: a jumper is searched as knitwear
        (
            "Just in: heavy cotton-wool jumpers, knitted in small runs. Five colours.",
            "en",
            "#knitwear",
        ),
        # a houseplant's name, on care tips
        (
            "How to keep a peace lily thriving: water weekly, bright shade, no radiators.",
            "en",
            "#peacelily",
        ),
        # a trade named by its service
        ("Beard trims and hot towel shaves every Thursday at Fern & Flint.", "en", "#barber"),
        # what a drive collects, not the shop that hosts it
        ("Recogemos juguetes para las familias del barrio en la Librería Sol.", "es", "#juguetes"),
        # a music genre of its own
        ("Noche de gaitas este viernes con el conjunto Los Zulianos.", "es", "#gaitas"),
        # a print technique
        (
            "Neue Holzschnitte aus der Werkstatt, von Hand abgezogen, Auflage 20.",
            "de",
            "#holzschnitt",
        ),
        # a drink, not food in general
        ("Glühwein und Lagerfeuer am Samstag auf dem Hof der Familie Brandt.", "de", "#glühwein"),
        # a garden plant on pruning tips
        (
            "Quand tailler les rosiers ? Fin février, juste au-dessus d'un bourgeon.",
            "fr",
            "#rosiers",
        ),
        # a toy drive in French
        ("Collecte de jouets samedi à la médiathèque : apportez un jouet neuf.", "fr", "#jouets"),
        # a craft in Portuguese
        (
            "Linogravura nova no atelier: tiragem de 30, impressa à mão em papel de algodão.",
            "pt",
            "#linogravura",
        ),
        # a houseplant in Italian
        (
            "Come curare le orchidee in inverno: acqua una volta a settimana e luce indiretta.",
            "it",
            "#orchidee",
        ),
        # a trade in Italian
        (
            "Il nostro calzolaio risuola scarpe e stivali in giornata, in via Roma.",
            "it",
            "#calzolaio",
        ),
    ],
)
def test_the_posts_concrete_topic_is_tagged(content: str, language: str, topic: str) -> None:
    assert topic in tags_of(content, language)


@pytest.mark.parametrize(
    ("content", "language", "wrong"),
    [
        # an adjective of craft ("cerveza artesana") is no craft
        ("Cerveza artesana de trigo, recién salida del barril en nuestro bar.", "es", "#artesanía"),
        # "salsa" as a sauce is no dance
        ("Pollo en salsa de almendras, el plato de hoy.", "es", "#salsa"),
        # the day's catch is no fishing, a bouquet garni no flowers
        ("Ceviche del día con la pesca de hoy y leche de tigre.", "es", "#pesca"),
        ("Pot-au-feu du jeudi, avec son bouquet garni et ses légumes.", "fr", "#fleurs"),
        # "toutes les tailles" is no pruning
        ("Nouveaux t-shirts en coton bio, toutes les tailles.", "fr", "#jardinage"),
    ],
)
def test_a_word_in_another_sense_is_no_topic(content: str, language: str, wrong: str) -> None:
    assert wrong not in tags_of(content, language)


@pytest.mark.parametrize(
    ("content", "language", "kept", "off_key"),
    [
        # a plant's care is searched by the plant, never by interior design
        (
            "Our calathea moved to the bedroom window: brighter, and it loves the humidity.",
            "en",
            "#calathea",
            "#homedecor",
        ),
        (
            "Il ciclamino in casa vuole fresco: lontano dai termosifoni e acqua dal sottovaso.",
            "it",
            "#ciclamini",
            "#arredamento",
        ),
        # a drink is no food in general
        (
            "Frischer Kinderpunsch und Glühwein ab heute an unserer Hütte am Marktplatz.",
            "de",
            "#glühwein",
            "#essen",
        ),
        (
            "Mulled wine by the glass at our bar every Friday in December.",
            "en",
            "#mulledwine",
            "#foodie",
        ),
    ],
)
def test_a_sub_domain_named_first_replaces_the_generic_fillers(
    content: str, language: str, kept: str, off_key: str
) -> None:
    tags = tags_of(content, language)
    assert kept in tags
    assert off_key not in tags


@pytest.mark.parametrize(
    ("content", "language", "wrong"),
    [
        # an idiom's words name no thing
        ("Not sure which size? Give us a ring and we'll help.", "en", "#rings"),
        ("E come ciliegina sulla torta, la consegna è gratuita.", "it", "#torta"),
        # what a later sentence tells of a past year is an anecdote
        (
            "30 years of Quire & Quill! In 1996 we bound our first wedding albums by hand.",
            "en",
            "#wedding",
        ),
        # where things are made is no workshop to join
        (
            "The Kestrel wallet is here, stitched and hand-finished in our workshop.",
            "en",
            "#workshop",
        ),
    ],
)
def test_an_idiom_an_anecdote_or_a_workplace_gives_no_tag(
    content: str, language: str, wrong: str
) -> None:
    assert wrong not in tags_of(content, language)


def test_a_year_after_a_name_says_when_it_was_made() -> None:
    tags = tags_of("Un Citroën Méhari de 1971 restaurado en nuestro taller de Valencia.", "es")
    assert not any("1971" in t for t in tags)
    assert "#citroënméhari" in tags


@pytest.mark.parametrize(
    ("content", "language", "place"),
    [
        # a region or a country the post names is tagged like a town
        ("Gracias, Cantabria, por otro verano de olas y anchoas.", "es", "#cantabria"),
        ("Zurück aus Tirol, mit neuen Touren im Gepäck.", "de", "#tirol"),
        ("We ship our maple syrup from Moncton to all of Canada.", "en", "#canada"),
        # German writes Island for Iceland, though English has the word
        ("Unsere Wollmützen kommen direkt aus Island.", "de", "#island"),
        # where it comes from, a town the gazetteer knows ("os traemos" is no person)
        ("Desde Vigo os traemos la mejor tortilla de patatas del norte.", "es", "#vigo"),
        # a formula around a place: the place, never the whole phrase
        ("Greetings from Cornwall: our pasties are back in the van.", "en", "#cornwall"),
        ("Saudades da Madeira: o bolo do caco está de volta.", "pt", "#madeira"),
        ("Sapori di Sicilia: arancine e cannoli ogni sabato.", "it", "#sicilia"),
        ("Direttamente da Bari vi portiamo le orecchiette.", "it", "#bari"),
    ],
)
def test_the_place_the_post_names_is_tagged(content: str, language: str, place: str) -> None:
    tags = tags_of(content, language)
    assert place in tags
    assert not any(t != place and t.endswith(place[1:]) for t in tags), tags
    assert "#greetings" not in tags  # a greeting is never a tag


def test_a_dish_named_after_a_place_gives_no_place_tag() -> None:
    tags = tags_of("Roast beef with Yorkshire puddings every Sunday from noon.", "en")
    assert "#yorkshire" not in tags


@pytest.mark.parametrize(
    ("content", "language", "travel", "wanted"),
    [
        # read as travel, a kitchen or a vegetable patch names no trip: no #viaggi
        (
            "Abbiamo rifatto la cucina di una villetta a Brescia: isola centrale e top in quarzo.",
            "it",
            "#viaggi",
            False,
        ),
        (
            "Esta semana en el huerto: sembramos habas y ajos antes de las lluvias.",
            "es",
            "#viajes",
            False,
        ),
        (
            "Les skis de randonnée sont arrivés au magasin : légers et solides.",
            "fr",
            "#voyage",
            False,
        ),
        # a trip keeps its travel tags
        ("Três dias em Monsaraz: casas brancas e o melhor borrego.", "pt", "#viagem", True),
        ("Escale à Porquerolles 🌊", "fr", "#voyage", True),
        ("Tre giorni di vacanza a Matera, tra sassi e musei.", "it", "#viaggi", True),
        ("Escapada de fin de semana a Cuenca: casas colgadas y buen queso.", "es", "#viajes", True),
    ],
)
def test_travel_tags_need_a_trip(content: str, language: str, travel: str, wanted: bool) -> None:
    post = replace(read_post(content, language), intent="travel")
    tags = [t.lower() for t in post_hashtags(post, 8, blocked=BLOCKED)[0]]
    assert (travel in tags) is wanted, tags


@pytest.mark.parametrize(
    ("content", "language", "wanted", "junk"),
    [
        # a describing word before a search term: the term is the tag
        (
            "Fresh mussels on the menu tonight, in cider and cream.",
            "en",
            "#mussels",
            "#freshmussels",
        ),
        # German capitalises nouns: a description is no name, its thing is the tag
        (
            "Heißer Glühwein am Lagerfeuer, jeden Freitag ab 17 Uhr.",
            "de",
            "#glühwein",
            "#heißerglühweinamlagerfeuer",
        ),
        # "X der <trade> <name>": the business is the name after the article
        (
            "Die Backstube der Konditorei Sommer öffnet am Sonntag für Gäste.",
            "de",
            "#konditoreisommer",
            "#backstubederkonditoreisommer",
        ),
        # a region keeps its article in German
        (
            "Frische Steinpilze aus der Toskana, nur diese Woche.",
            "de",
            "#toskana",
            "#steinpilzeausdertoskana",
        ),
    ],
)
def test_a_description_or_a_phrase_is_no_compound_tag(
    content: str, language: str, wanted: str, junk: str
) -> None:
    tags = tags_of(content, language)
    assert wanted in tags
    assert junk not in tags


@pytest.mark.parametrize(
    ("content", "language", "topic"),
    [
        # an owner is named, not a kind of ears
        (
            "Tip from our groomer: brush your spaniel's ears twice a week to avoid mats.",
            "en",
            "#spaniel",
        ),
        # a term of several words in its plural ("bicicletas de carretera")
        (
            "Rebajas en bicicletas de carretera este fin de semana en Tienda Pedal.",
            "es",
            "#ciclismo",
        ),
        ("Tres tartas de queso nuevas en la carta de otoño.", "es", "#tartadequeso"),
    ],
)
def test_a_term_is_read_whatever_follows_or_its_number(
    content: str, language: str, topic: str
) -> None:
    assert topic in tags_of(content, language)


@pytest.mark.parametrize(
    ("content", "language", "topic"),
    [
        # instruments and their makers, music genres, bedding, nurseries, bookbinding
        ("Our luthier just finished a mandolin-sized violin for a young pupil.", "en", "#violin"),
        ("Bluegrass jam every Thursday in the back room, bring your banjo.", "en", "#bluegrass"),
        ("Il nostro liutaio ha finito una chitarra in abete e acero.", "it", "#liuteria"),
        ("Taller de encuadernación japonesa en Cádiz: cuatro sábados.", "es", "#encuadernación"),
        ("Nuestro vivero tiene geranios para tus balcones esta primavera.", "es", "#geranios"),
        ("Neue Bettwäsche aus Leinen, in Portugal gewebt.", "de", "#bettwäsche"),
    ],
)
def test_more_kinds_of_things_are_topics(content: str, language: str, topic: str) -> None:
    assert topic in tags_of(content, language)


@pytest.mark.parametrize(
    ("content", "language", "topic"),
    [
        # a studio, a school: the word before names what is done there
        (
            "Our ceramics studio in Frome is open for drop-in sessions on Fridays.",
            "en",
            "#ceramics",
        ),
        # what a tasting is of is its topic, not a qualifier of the tasting
        ("Venerdì degustazione di salumi nella nostra bottega in centro.", "it", "#salumi"),
        ("Dégustation de fromages affinés samedi à la boutique.", "fr", "#fromage"),
        # a German compound whose first part is a material
        ("Pflegetipps für Lederjacken im Winter: einfetten und trocken lagern.", "de", "#leder"),
    ],
)
def test_the_thing_a_place_or_an_event_is_about_is_tagged(
    content: str, language: str, topic: str
) -> None:
    assert topic in tags_of(content, language)


@pytest.mark.parametrize(
    ("content", "language", "tag"),
    [
        (
            "GIVEAWAY 🎁 win a box of our small-batch hot sauces! follow us and tag 2 friends, "
            "winner picked Friday",
            "en",
            "giveaway",
        ),
        (
            "Sorteo por nuestros 5.000 seguidores: una cesta de quesos. Síguenos y etiqueta "
            "a 2 amigos",
            "es",
            "sorteo",
        ),
        (
            "Gewinnspiel! Wir verlosen 3 Gutscheine à 50 €. Folgt uns und markiert eine Freundin",
            "de",
            "gewinnspiel",
        ),
        (
            "Merci à nos 10 000 abonnés ! Un concours pour fêter ça : gagnez un panier "
            "gourmand. Abonnez-vous et identifiez 2 amis",
            "fr",
            "concours",
        ),
        (
            "Sorteio! Um kit de cafés especiais para quem seguir a página e marcar 3 amigos",
            "pt",
            "sorteio",
        ),
        (
            "Concorso! Vinci una cena per due da noi: seguici e tagga 2 amici entro domenica",
            "it",
            "concorso",
        ),
    ],
)
def test_a_giveaway_is_tagged_as_one(content: str, language: str, tag: str) -> None:
    tags = tags_of(content, language)
    assert f"#{tag}" in tags
    # "tag 2 friends" is the contest's rule: the friends are no topic
    friends = {"#friends", "#amigos", "#amigas", "#amis", "#amici", "#freundin", "#freunde"}
    assert not friends & set(tags), tags
