"""The calls to action of blind round 17, each as a general rule, on invented posts:

- a Spanish post that speaks to its readers as ustedes ("¡Les esperamos!", "Les
  invitamos") is answered in ustedes ("Etiqueten a …", "Cuéntennos …", "Avisen a …"),
  never in tú ("Etiqueta a tu compañero de compras");
- "la ferme", "notre ferme" is a farm, not "fermé" typed without its accent: a farm's
  behind-the-scenes post is no notice, and never closes on "Merci de votre
  compréhension" (a closure told of the farm still is one);
- a thing on sale only from a day ahead has not been tried by anyone: no "Conte nos
  comentários o que achou da novidade" under it;
- a product withdrawn for an undeclared allergen is a recall, however it is worded ("ritira
  … possono contenere tracce di … non dichiarate"): a notice, never asked "Ancora
  problemi? Scriveteci e lo risolviamo" (nothing went wrong for the reader to fix);
- a collection for a cause ("Recogemos …", "We're collecting …", "Wir sammeln …") asks
  its readers to bring what they can, by the post's own deadline when it gives one,
  never "Etiqueta a alguien que debería verlo";
- a thank-you keeps every sentence that thanks someone ("Gracias a los 40 voluntarios, a
  la charanga …") at every length: whom it thanks is its point;
- a shop closed "tras 42 años", "após 25 anos", "au bout de 35 ans" closes for good: a
  goodbye, never asked "¿Dudas? Escríbenos por mensaje." nor "Fêtez ça avec nous".
"""

from __future__ import annotations

import re

import pytest

from captions import read_post
from captions._address import address_of
from captions._sure import confidence
from tests.captions.helpers import captions_for, text_of

USTEDES = [
    "¡Liquidación en Zapatería El Charrán! Botas al 40 %, sandalias a 12 € (antes 20 €). "
    "Solo en tienda, avenida Marítima 4, Puerto del Rosario. ¡Les esperamos, familia!",
    "Gran venta de invierno en Ferretería Los Almendros: taladros a 59 €, escaleras al "
    "25 %. Del lunes 11 al sábado 16 de enero en la calle Mayor 9 de Teror. Les esperamos.",
    "Nueva carta de temporada en el Bar La Gaviota de Guía: papas, queso asado y "
    "potaje de berros desde el martes. ¡Les invitamos a probarla, mis niños!",
]


@pytest.mark.parametrize("content", USTEDES)
def test_a_post_in_ustedes_is_asked_in_ustedes(content: str) -> None:
    assert address_of(content, "es") == "ustedes"
    for length in ("short", "medium", "long"):
        for variant in captions_for(content, language="es", length=length):
            text = text_of(variant)
            for line in re.split(r"(?<=[.!?])\s+", text):
                assert address_of(line, "es") in ("ustedes", None), text
            assert not _TU.search(text), text


# tú imperatives and pronouns, some of which no address cue needs ("Avisa a …")
_TU = re.compile(
    r"\b(?:Avisa|Etiqueta|Comparte|Compártelo|Cuéntanos|Envíaselo|Mándaselo|Guárdalo|Entra"
    r"|Compra|tu|te|tus)\b"
)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("¡Les esperamos!", "ustedes"),
        ("Les invitamos a pasar.", "ustedes"),
        ("Avisen a quien estaba esperando estos precios.", "ustedes"),
        ("Etiqueten a su compañero de compras.", "ustedes"),
        ("¿Qué se llevarían? Cuéntennos abajo.", "ustedes"),
    ],
)
def test_the_address_of_ustedes(text: str, address: str) -> None:
    assert address_of(text, "es") == address


FARMS = [
    "dans les coulisses de la ferme des trois chênes à sare 🐑 le fromage de brebis, "
    "c'est 4 étapes : 1. traite à 6 h 2. caillage 3. moulage à la main 4. affinage "
    "de 3 mois en cave. visites le samedi à 11 h, sur réservation au 05 59 54 20 11.",
    "Une journée à notre ferme du Bocage, près de Vire : on rentre le foin, on soigne "
    "les veaux et on prépare les colis de viande du mois. Merci à Paul pour le coup de main !",
]
_NOTICE_ASKS = re.compile(
    r"(?i)compréhension|patience|personnes concernées|faites passer le message"
)


@pytest.mark.parametrize("content", FARMS)
def test_a_farm_is_no_closure(content: str) -> None:
    assert not confidence(read_post(content, "fr")).notice
    for length in ("short", "medium", "long"):
        for variant in captions_for(content, language="fr", length=length, tone="professional"):
            assert not _NOTICE_ASKS.search(text_of(variant)), text_of(variant)


@pytest.mark.parametrize(
    "content",
    [
        "La ferme ferme ses portes le 31 décembre après 40 ans. Merci à tous nos clients.",
        "La boutique de la ferme sera fermee lundi pour inventaire.",
    ],
)
def test_a_farm_that_closes_is_a_notice(content: str) -> None:
    assert confidence(read_post(content, "fr")).notice


AHEAD = [
    "Novidade! 🧼 O sabonete de alecrim e argila verde da Saboaria Capivara, feito à mão "
    "em Tiradentes. 120 g por R$ 19,90 ou o kit com 3 por R$ 52. À venda a partir de "
    "segunda, 18 de janeiro, na loja da Rua Direita e no site saboariacapivara.com.br.",
    "Chegou a hora! A nova cerveja IPA de caju da Cervejaria Tamanduá, de Fortaleza, sai "
    "no sábado, 23 de janeiro: garrafa de 500 ml por R$ 22. Pré-venda no site "
    "tamandua.com.br.",
]


@pytest.mark.parametrize("content", AHEAD)
def test_nobody_is_asked_what_they_thought_of_a_thing_not_yet_sold(content: str) -> None:
    for length in ("short", "medium", "long"):
        for tone in ("casual", "promotional"):
            for variant in captions_for(content, language="pt", length=length, tone=tone):
                assert "achou" not in text_of(variant), text_of(variant)


WITHDRAWN = [
    ("it", "Comunicazione: il Salumificio Il Gufo di Lodi ritira il salame al finocchio, "
     "confezione da 300 g, lotto 1187, perché può contenere tracce di senape non "
     "dichiarata. Chi è allergico non lo consumi. Potete riportarlo in negozio per il "
     "rimborso. Ci scusiamo."),
    ("en", "Important: Badger Bakes of Leeds is withdrawing its ginger flapjacks, 200 g "
     "packs, batch 3321, as they may contain undeclared sesame. If you are allergic, do "
     "not eat them. Bring them back to the shop for a full refund. We're sorry."),
    ("es", "Aviso: Conservas La Nutria de Gijón retira sus paté de bonito de 120 g, lote "
     "5502, porque pueden contener trazas de apio no declaradas. Si es alérgico, no lo "
     "consuma. Puede devolverlo en tienda para el reembolso. Lo sentimos."),
]  # fmt: skip
_STILL = re.compile(r"(?i)ancora problemi|still affected|sigues con|seguís con")


@pytest.mark.parametrize(("language", "content"), WITHDRAWN)
def test_an_undeclared_allergen_is_a_recall(language: str, content: str) -> None:
    assert confidence(read_post(content, language)).notice
    for tone in ("playful", "casual", "professional"):
        for length in ("short", "medium"):
            for variant in captions_for(content, language=language, tone=tone, length=length):
                assert not _STILL.search(text_of(variant)), text_of(variant)


COLLECTIONS = [
    ("es", "Recogemos juguetes y libros para el hospital infantil de Soria hasta el domingo.",
     "hasta el domingo", r"Trae lo que puedas|Traigan lo que puedan"),
    ("en", "We're collecting tinned food and nappies for the Ashby food bank until Friday.",
     "until Friday", r"Bring what you can"),
    ("de", "Wir sammeln Schlafsäcke und Handschuhe für die Wärmestube in Gera bis Samstag.",
     "bis Samstag", r"Bringt|Bringen Sie"),
    ("fr", "Nous collectons des couvertures pour le refuge de Millau jusqu'à mercredi.",
     "jusqu'à mercredi", r"Apportez"),
    ("it", "Raccogliamo coperte e sciarpe per il dormitorio di Cremona fino a giovedì.",
     "fino a giovedì", r"Portate"),
    ("pt", "Estamos recolhendo cobertores para o abrigo de Sorocaba até sábado.",
     "até sábado", r"Traga|Tragam"),
]  # fmt: skip
_TAG_ASK = re.compile(r"(?i)etiqueta|tag someone|markiert|identifiez|taggate|marque")


@pytest.mark.parametrize(("language", "content", "until", "bring"), COLLECTIONS)
def test_a_collection_asks_to_bring_by_its_deadline(
    language: str, content: str, until: str, bring: str
) -> None:
    for tone in ("promotional", "casual"):
        texts = [text_of(v) for v in captions_for(content, language=language, tone=tone)]
        for text in texts:
            assert not _TAG_ASK.search(text), text
        asks = [t for t in texts if re.search(bring, t)]
        assert asks, texts
        assert any(until in t.split("\n")[-1] for t in asks), texts


THANKS = [
    ("it", "grazie di cuore 🙏 alla festa della castagna di bienno, sabato 17 e domenica 18 "
     "ottobre, sono arrivate 1.800 persone, abbiamo servito 950 piatti e raccolto 4.200 € "
     "per la nuova palestra della scuola. "
     "grazie ai 52 volontari, al coro di breno e al forno la cicogna per il pane. "
     "alla prossima!", "grazie ai 52 volontari"),
    ("en", "Thank you all 🙏 the Marden duck race on Sunday drew 900 people and raised "
     "£3,150 for the village hall roof. Thanks to the 31 marshals, the Marden Silver Band "
     "and Hollow Oak Farm for the hay bales. See you next year!", "Thanks to the 31 marshals"),
    ("es", "¡Gracias de corazón! 🙏 A la fiesta del pimiento de Fresno vinieron 2.100 "
     "personas y recaudamos 3.400 € para el centro de día. Gracias a los 40 voluntarios, "
     "a la charanga La Txalupa y a la quesería El Pinar por los quesos. ¡Hasta el año "
     "que viene!", "Gracias a los 40 voluntarios"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "content", "thanks"), THANKS)
def test_a_thank_you_keeps_whom_it_thanks(language: str, content: str, thanks: str) -> None:
    for length in ("short", "medium", "long"):
        for tone in ("inspirational", "casual"):
            for variant in captions_for(content, language=language, length=length, tone=tone):
                assert thanks.lower() in text_of(variant).lower(), text_of(variant)


FAREWELLS = [
    ("es", "Este sábado cerramos la ferretería de la plaza tras 42 años. ¡Gracias por todo, "
     "vecinos!"),
    ("pt", "Fechamos a papelaria da Rua Nova após 25 anos. Obrigado a todos os clientes."),
    ("fr", "Nous fermons la mercerie de la rue Haute au bout de 35 ans. Merci à toutes nos "
     "clientes."),
    ("it", "Chiudiamo la cartoleria di via Roma dopo 40 anni. Grazie a tutti i clienti."),
]  # fmt: skip
_HELP_DESK = re.compile(
    r"(?i)dudas|dúvidas|une question|domande|questions\\?|paciencia|paciência|patience|pazienza"
    r"|fêtez|celebra|festeggiate|comemor"
)


@pytest.mark.parametrize(("language", "content"), FAREWELLS)
def test_a_shop_closing_after_years_is_a_goodbye(language: str, content: str) -> None:
    assert confidence(read_post(content, language)).notice_kind == "closure"
    for tone in ("casual", "professional"):
        for variant in captions_for(content, language=language, tone=tone):
            assert not _HELP_DESK.search(text_of(variant)), text_of(variant)
