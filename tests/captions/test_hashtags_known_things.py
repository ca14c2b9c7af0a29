"""Well-known things people tag (a country's dishes and drinks, a craft, a sport, a
feast, a garment) are search terms in each language: a post about one of them carries
its usual tag. An idiom built on one of them ("hats off to") names no thing.

Invented posts, a few per language.
"""

from __future__ import annotations

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
        # a personal sport milestone
        (
            "Finally held a freestanding handstand for 30 seconds! Two years of practice "
            "in the living room.",
            "en",
            "#handstand",
        ),
        (
            "Three tips for your first calisthenics session: start slow, master the basics.",
            "en",
            "#calisthenics",
        ),
        # tiles as a craft
        (
            "Restoring a wall of azulejos in our courtyard, one tile at a time.",
            "en",
            "#azulejos",
        ),
        (
            "Hoy en el taller: tazas de alfarería esmaltadas a mano y azulejos pintados.",
            "es",
            "#azulejos",
        ),
        (
            "Tres consejos para empezar con la acuarela: buen papel, poco pigmento y paciencia.",
            "es",
            "#acuarela",
        ),
        (
            "Nuevo récord personal: parada de manos de 40 segundos después de un año de práctica.",
            "es",
            "#paradademanos",
        ),
        # clothes and accessories
        (
            "Nuevas gorras bordadas en nuestro taller de Cuenca, edición limitada.",
            "es",
            "#gorras",
        ),
        (
            "Volvieron nuestras alpargatas de yute, hechas a mano en La Rioja.",
            "es",
            "#alpargatas",
        ),
        (
            "Morgen zeigen wir euch unsere Dirndl für den Sommer, alle in Rosenheim genäht.",
            "de",
            "#dirndl",
        ),
        # a feast, where the post's other things are kit
        (
            "Wir sind dieses Wochenende auf dem Christkindlmarkt in Wels mit unseren Kerzen.",
            "de",
            "#christkindlmarkt",
        ),
        (
            "Nouvelle collection de casquettes brodées, fabriquées dans notre atelier de Nantes.",
            "fr",
            "#casquette",
        ),
        (
            "Nos foulards en soie sont de retour en boutique, imprimés à Lyon.",
            "fr",
            "#foulard",
        ),
        (
            "Sono arrivati i nuovi cappelli di paglia per l'estate, cuciti a mano a Signa.",
            "it",
            "#cappelli",
        ),
        # a dish, in its plural
        (
            "Oggi in laboratorio: piadine farcite con squacquerone e rucola.",
            "it",
            "#piadina",
        ),
        (
            "Stasera concerto nel chiostro, ingresso libero, vi aspettiamo alle 21.",
            "it",
            "#concerto",
        ),
        (
            "Três dicas para pintar azulejos em casa: tinta certa, pincel fino, forno baixo.",
            "pt",
            "#azulejos",
        ),
        (
            "Novos chapéus de palha feitos à mão no nosso ateliê em Viseu.",
            "pt",
            "#chapéus",
        ),
        (
            "Os nossos bonés bordados voltaram, agora em cinco cores.",
            "pt",
            "#boné",
        ),
        (
            "Este sábado há sarau de poesia na livraria, entrada livre.",
            "pt",
            "#sarau",
        ),
        # a feast, a sport, a screening, dishes and clothes of each country
        (
            "Am Sonntag ist Martinsumzug ab der Grundschule, bringt eure Laternen mit.",
            "de",
            "#sanktmartin",
        ),
        (
            "Three tips for your first rock climbing trip: check the forecast, double-check "
            "knots, eat well.",
            "en",
            "#rockclimbing",
        ),
        ("Jueves de cine mudo en el bar, con piano en directo y palomitas.", "es", "#cinemudo"),
        ("Ce week-end, aligot et saucisse au marché de Laguiole, on vous attend.", "fr", "#aligot"),
        (
            "Nouvelles marinières en coton bio, tricotées dans notre atelier de Quimper.",
            "fr",
            "#marinière",
        ),
        (
            "Stasera tigelle e gnocco fritto sotto il portico, vi aspettiamo dalle 19.",
            "it",
            "#tigelle",
        ),
        ("Este domingo há magusto no adro da igreja, com castanhas e jeropiga.", "pt", "#magusto"),
        ("Novas rasteirinhas de couro feitas à mão em Nova Friburgo.", "pt", "#rasteirinha"),
    ],
)
def test_a_known_thing_is_tagged(content: str, language: str, topic: str) -> None:
    assert topic in tags_of(content, language)


@pytest.mark.parametrize(
    ("content", "language", "absent"),
    [
        ("Hats off to our team for a record weekend at the bakery!", "en", "#hats"),
        (
            "Tanto di cappello ai nostri ragazzi per il weekend record in pasticceria!",
            "it",
            "#cappelli",
        ),
        (
            "Chapeau bas à toute l'équipe pour ce week-end record à la boulangerie !",
            "fr",
            "#chapeaux",
        ),
        # pay what you like: a hat passed round is no hat
        (
            "Vendredi, trio de jazz au bar du port, 21 h, participation au chapeau.",
            "fr",
            "#chapeaux",
        ),
        ("Este viernes, música en vivo en el patio, entrada a la gorra.", "es", "#gorras"),
        (
            "Samedi soir, duo de guitares au café de la gare, 20 h, chapeau pour les artistes.",
            "fr",
            "#chapeaux",
        ),
    ],
)
def test_an_idiom_names_no_thing(content: str, language: str, absent: str) -> None:
    assert absent not in tags_of(content, language)
