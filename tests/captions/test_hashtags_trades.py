"""The kind of business a post's shop names, tagged in every language: the trade word
inside a name ("Larchwood *Bouldering*", "*Messerschmiede* Eisenfalk", "*Gaufrerie* du
Beffroi") or written right before it ("notre *microbrasserie* Houblon Fou"), and the kind
of event or product the post is about ("noche de *trivia*", "*train de nuit*").

Invented posts: new businesses in new towns."""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for

LIMIT = 5


def post_tags(content: str, language: str, limit: int, *, lower: bool = True) -> list[str]:
    """The hashtags of the finished caption (the service keeps no tag beside one of its
    pieces), lower-cased."""
    variant = captions_for(content, language=language, hashtags=limit)[0]
    return [t.lower() for t in variant.hashtags] if lower else variant.hashtags


@pytest.mark.parametrize(
    ("content", "language", "expected"),
    [
        # English names put the trade last
        (
            "Larchwood Bouldering turns 4 this Saturday! Free taster sessions and cake for "
            "everyone. Thanks for climbing with us in Kettleby.",
            "en",
            "#climbing",  # "#bouldering" is a piece of the name's own tag
        ),
        (
            "Fresh from the kiln at Hollin Pottery in Saxby: speckled mugs and little bowls, "
            "on the shelves from Friday.",
            "en",
            "#ceramics",  # "#pottery" is a piece of the name's own tag
        ),
        (
            "Brackenridge Knifeworks: three ways to keep an edge. 1. Cut on wood. 2. Hone "
            "weekly. 3. Hand wash only.",
            "en",
            "#knives",
        ),
        (
            "Our new single origin from Rwanda has landed at Tallow Lane Roasters in "
            "Penrith. Notes of plum and cocoa.",
            "en",
            "#coffeeroasters",
        ),
        # German writes the trade as a compound's last part
        (
            "Neu in der Messerschmiede Eisenfalk in Lohmar: handgeschmiedete Kochmesser aus "
            "Damaststahl, jedes ein Unikat.",
            "de",
            "#messerschmiede",
        ),
        (
            "Unsere Kaffeerösterei Bohnenwerk in Zeitz hat eine neue Röstung: Kenia Nyeri, "
            "fruchtig und hell. Ab heute im Laden.",
            "de",
            "#kaffeerösterei",
        ),
        (
            "Die Bäckerei Kornähre in Deggendorf sucht ab März eine Verkäuferin in Teilzeit. "
            "Bewerbung gerne per Mail.",
            "de",
            "#bäckerei",
        ),
        (
            "Das Bettenhaus Schlummer in Coburg feiert 30 Jahre! Am Samstag gibt es Kaffee "
            "und Kuchen für alle Gäste.",
            "de",
            "#bettenhaus",
        ),
        # es/fr/it/pt put it first, or right before the name
        (
            "La Gaufrerie du Carillon à Bailleul fête ses 5 ans ! Une gaufre offerte samedi "
            "à tous nos clients.",
            "fr",
            "#gaufres",
        ),
        (
            "Notre microbrasserie Houblon Fou à Wattrelos lance une bière blanche au sureau. "
            "Dispo dès vendredi.",
            "fr",
            "#microbrasserie",
        ),
        (
            "A Sorveteria Pinhão Doce de Canela lança sorvete de doce de leite para o "
            "inverno. Venha provar!",
            "pt",
            "#sorveteria",
        ),
        (
            "Osteria del Mulino a Vigevano: questa settimana nel menù risotto alla "
            "milanese. Prenotate!",
            "it",
            "#osteria",
        ),
        (
            "La Merceria Gomitolo di Crema ha appena ricevuto nuovi filati di alpaca. "
            "Passate a trovarci!",
            "it",
            "#merceria",
        ),
        (
            "Nuestra tostaduría Cafeto Alto en Teruel presenta un nuevo café de Nariño. "
            "Notas de panela y cereza.",
            "es",
            "#tostaduría",
        ),
        # the kind of event the opening names
        (
            "Noche de trivia en el bar El Búho de Soria este jueves a las 21 h. Equipos de "
            "hasta cinco personas.",
            "es",
            "#trivia",
        ),
        (
            "Voyage en train de nuit de Paris à Rodez : on a testé pour vous. Couchettes "
            "confortables et réveil dans l'Aveyron.",
            "fr",
            "#traindenuit",
        ),
    ],
)
def test_the_kind_of_business_or_event_is_tagged(
    content: str, language: str, expected: str
) -> None:
    tags = post_tags(content, language, LIMIT, lower=True)
    assert expected in tags, tags


@pytest.mark.parametrize(
    ("content", "language", "kind", "detail"),
    [
        # the shop's kind comes before what the party serves
        (
            "Das Bettenhaus Schlummer in Coburg feiert 30 Jahre! Am Samstag gibt es Kaffee "
            "und Kuchen für alle Gäste.",
            "de",
            "#bettenhaus",
            "#kaffee",
        ),
        (
            "Larchwood Bouldering turns 4 this Saturday! Free taster sessions and cake for "
            "everyone.",
            "en",
            "#climbing",
            "#cake",
        ),
    ],
)
def test_the_kind_comes_before_side_details(
    content: str, language: str, kind: str, detail: str
) -> None:
    tags = post_tags(content, language, 3, lower=True)
    assert kind in tags, tags
    assert detail not in tags[: tags.index(kind)], tags


@pytest.mark.parametrize(
    ("content", "language", "forms"),
    [
        # the kind is tagged once, not again in another form
        (
            "Osteria del Mulino a Vigevano: questa settimana nel menù risotto alla "
            "milanese. Prenotate!",
            "it",
            {"#osteria", "#osterie"},
        ),
        (
            "Die Bäckerei Kornähre in Deggendorf sucht ab März eine Verkäuferin in Teilzeit. "
            "Bewerbung gerne per Mail.",
            "de",
            {"#bäckerei", "#bäckereien"},
        ),
    ],
)
def test_the_kind_is_tagged_once(content: str, language: str, forms: set[str]) -> None:
    tags = post_tags(content, language, 8, lower=True)
    assert len(forms & set(tags)) == 1, tags


def test_a_trade_inside_a_venue_is_no_topic_of_a_post_about_something_else() -> None:
    # jazz at a bakery: the opening names its own thing, and the bakery is only where
    tags = post_tags(
        "Live jazz at Wrenfield Bakery in Ormsby on Thursday at 7pm. Free entry.",
        "en",
        5,
        lower=True,
    )
    assert "#jazz" in tags, tags
    assert "#bakery" not in tags, tags


@pytest.mark.parametrize(
    ("content", "language", "expected"),
    [
        # the kind of activity or event the opening names; a verb after it is no head
        # it qualifies ("book club *meets*")
        (
            "Our book club meets on Thursday at Pellow Library to talk about a new thriller.",
            "en",
            "#bookclub",
        ),
        (
            "Open swim at Pennock Water this Saturday at 7am. Tow floats required, hot drinks "
            "after.",
            "en",
            "#openwaterswimming",
        ),
        (
            "Hand-knitted scarves are back at our Ravensby stall, in five new colours.",
            "en",
            "#scarves",
        ),
        (
            "Unser Lauftreff in Bückeburg startet wieder: jeden Dienstag 18 Uhr am Schlosspark.",
            "de",
            "#lauftreff",
        ),
        (
            "Yogakurs für Einsteiger ab Donnerstag im Pfarrsaal von Wiehl, immer um 19 Uhr.",
            "de",
            "#yoga",
        ),
        (
            "Concert de chorale samedi à la chapelle de Quimperlé, entrée libre.",
            "fr",
            "#chorale",
        ),
        (
            "Cata de vinos el sábado en Haro: seis crianzas de la zona. Plazas limitadas.",
            "es",
            "#catadevinos",
        ),
        (
            "Aula de ioga na praça de Itajubá domingo às 7h. Traga sua esteira.",
            "pt",
            "#ioga",
        ),
        (
            "Corso di maglia per principianti a Bra ogni martedì sera, lana inclusa.",
            "it",
            "#lavoroamaglia",
        ),
        (
            "Raccolta sangue domenica mattina a Sondrio, presentarsi a digiuno.",
            "it",
            "#donazionesangue",
        ),
        # the kind of product a launch names
        (
            "Nouveaux bols en grès tournés à la main à Dinan, en boutique dès jeudi.",
            "fr",
            "#bols",
        ),
        (
            "Nuevas tazas de cerámica hechas a mano en Talavera, en tres colores.",
            "es",
            "#tazas",
        ),
        (
            "Nuove tazze in ceramica smaltata, fatte a mano a Deruta, in tre colori.",
            "it",
            "#tazze",
        ),
    ],
)
def test_the_kind_of_activity_or_product_is_tagged(
    content: str, language: str, expected: str
) -> None:
    tags = post_tags(content, language, LIMIT, lower=True)
    assert expected in tags, tags
