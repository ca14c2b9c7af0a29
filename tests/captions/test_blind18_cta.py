"""Calls to action that fit the post they close (blind round 18): no cheerful ask after a
flood, no opinion asked of an appeal, no stilted "tell us below", a closing in the post's
own address."""

from __future__ import annotations

from tests.captions.helpers import captions_for, text_of

_TONES = ("casual", "professional", "playful", "inspirational", "promotional", "minimalist")


def _texts(content: str, language: str) -> list[str]:
    return [
        text_of(v)
        for tone in _TONES
        for length in ("short", "medium", "long")
        for v in captions_for(content, language=language, tone=tone, length=length)
    ]


_FAVOURITE = ("momento favorito", "momento preferido", "sorri", "favourite moment", "smile")


def test_no_favourite_moment_after_a_flood() -> None:
    # a Portuguese flood is "a cheia" (its article makes it the noun, never "casa cheia")
    for content in (
        "Obrigada, Tomar. Depois da cheia do Nabão a loja ficou com lama até aos joelhos. "
        "Os vizinhos ajudaram a limpar tudo e reabrimos na segunda.",
        "Obrigado a todos os clientes! A inundação de sábado levou-nos o armazém, mas a "
        "equipa pôs tudo a funcionar em dois dias. Reabrimos amanhã em Águeda.",
    ):
        for text in _texts(content, "pt"):
            assert not any(f in text.lower() for f in _FAVOURITE), text


def test_a_full_house_is_no_flood() -> None:
    # "casa cheia" is a full house: a happy night may still be asked its best moment
    content = (
        "Obrigado, Coimbra! Casa cheia no nosso concerto de sábado, 300 pessoas a cantar "
        "connosco até à meia-noite."
    )
    texts = _texts(content, "pt")
    assert any(f in t.lower() for t in texts for f in _FAVOURITE)


_OPINION = (
    *("opinião", "o que achou", "o que acha", "what do you think", "qué te parece"),
    *("qué os parece", "qué les parece", "qu'en pensez", "che ne pensate", "was meint ihr"),
)


def test_no_opinion_asked_of_an_appeal() -> None:
    for content, language in (
        (
            "Campanha de Natal da Associação Mãos Dadas, em Viseu. Precisamos de cobertores, "
            "leite e roupa de criança. Entregas até 20 de dezembro na sede.",
            "pt",
        ),
        (
            "Winter appeal at the Harbour Lane shelter in Whitby: we need sleeping bags, "
            "thermal socks and tinned soup. Drop-offs until 15 January, Monday to Friday.",
            "en",
        ),
        (
            "Campaña de invierno de la asociación Abrigo en Soria: necesitamos mantas, "
            "leche en polvo y abrigos de niño. Donativos hasta el 10 de febrero.",
            "es",
        ),
    ):
        for text in _texts(content, language):
            assert not any(o in text.lower() for o in _OPINION), text


def test_a_new_thing_may_still_be_judged() -> None:
    content = (
        "Chegou o nosso novo sabonete de alecrim. Barra 120g por 8 €, na loja da Rua "
        "Direita em Tavira."
    )
    assert any(o in t.lower() for t in _texts(content, "pt") for o in _OPINION)


def test_spanish_asks_say_in_the_comments_not_below() -> None:
    # "Dinos algo abajo" is "tell us below" word for word: Spanish asks in the comments
    for content in (
        "Taller de cerámica el sábado 14 de marzo a las 11:00 en el Centro Cívico de Teruel. "
        "Plazas limitadas, 25 €.",
        "Nueva crema de pistacho en la tienda de Lugo desde el viernes: tarro de 250 g, 7 €.",
    ):
        for text in _texts(content, "es"):
            assert "abajo" not in text.lower(), text


_POLITE_THANKS = ("gracias por su paciencia", "gracias por su comprensión")


def test_a_vosotros_apology_closes_in_vosotros() -> None:
    content = (
        "Os pedimos perdón. El sábado la tarta de queso salió cruda y no lo vimos a tiempo. "
        "Os devolvemos el dinero en la tienda de Burgos. Ya hemos cambiado el horno."
    )
    texts = _texts(content, "es")
    assert not any(p in t.lower() for t in texts for p in _POLITE_THANKS)
    assert any("vuestra" in t.lower().split("\n")[-1] for t in texts)


def test_an_usted_or_unaddressed_notice_keeps_its_su() -> None:
    for content in (
        "Le pedimos disculpas: el pedido del martes llegó tarde a Cuenca por un fallo "
        "nuestro. Le devolvemos el envío.",
        "La panadería de la calle Mayor de Tudela cierra por obras del lunes 3 al viernes "
        "7 de marzo. Disculpen las molestias.",
    ):
        texts = _texts(content, "es")
        assert any(p in t.lower() for t in texts for p in _POLITE_THANKS), content


_ENJOY = ("disfrut", "encant", "enjoy", "love it", "would love", "adora", "gostar")


def test_no_enjoy_ask_on_an_anniversary() -> None:
    for content, language in (
        ("Veinte años de nuestra panadería El Trigal en Chapinero, Bogotá. ¡Gracias!", "es"),
        (
            "15 years of Kestrel Bikes on Mill Road, Cambridge. Cake and free puncture checks "
            "in the shop Sat 13 March, all day.",
            "en",
        ),
        ("Dez anos da nossa gelataria Avelã em Viana do Castelo. Obrigado a todos!", "pt"),
    ):
        for text in _texts(content, language):
            assert not any(e in text.lower() for e in _ENJOY), text


def test_a_new_cake_may_still_be_enjoyed() -> None:
    content = "Nueva tarta de higos en la pastelería de Teruel desde el sábado, 18 € entera."
    assert any(e in t.lower() for t in _texts(content, "es") for e in _ENJOY)


_DAY_WITH = ("day like this", "un día así", "giornata così", "dia assim", "so einen tag")


def test_no_day_out_ask_under_a_room_repainted() -> None:
    for content, language in (
        ("Abbiamo ridipinto lo studio di giallo ocra: casa nostra a Ferrara rinasce.", "it"),
        ("Hemos pintado el dormitorio de azul humo: nuestro piso de Logroño ya es otro.", "es"),
    ):
        for text in _texts(content, language):
            assert not any(d in text.lower() for d in _DAY_WITH), text


def test_a_day_out_may_still_be_shared() -> None:
    content = "Domenica al lago di Bracciano con gli amici: panini, sole e un tuffo gelato."
    assert any(d in t.lower() for t in _texts(content, "it") for d in _DAY_WITH)


_TRIP_ASKS = ("next trip", "travel buddy")


def test_no_trip_ask_under_a_local_day_out() -> None:
    # a Sunday's drive to the next town, told as had, says no trip: nothing to save for
    # the next one
    content = (
        "Drove over to Cromarty for the first sunny Sunday of the year ☀️ Walked up the South "
        "Sutor to the viewpoint, watched the firth go silver, then chips on the harbour wall "
        "with the lighthouse across the water. Cold fingers, full hearts. The Black Isle in "
        "January is underrated."
    )
    for text in _texts(content, "en"):
        assert not any(a in text.lower() for a in _TRIP_ASKS), text


def test_a_route_guide_may_still_be_saved_for_a_trip() -> None:
    content = (
        "Ruta de las Xanas de Villanueva a Pedroveya 🥾 8 km (ida y vuelta), unas 3 h, "
        "desfiladero precioso. Llevad agua y botas, en julio se llena: mejor salir temprano."
    )
    assert any("próximo viaje" in t.lower() for t in _texts(content, "es"))


def test_a_flood_of_good_things_is_no_flood() -> None:
    # "uma inundação de flores", "a flood of cards": an amount, never water in the shop;
    # a happy thank-you may still be asked its best moment
    for content, language in (
        (
            "Obrigada, Aveiro! Uma inundação de flores e mensagens no quinto aniversário da "
            "nossa florista. Cantámos os parabéns com os vizinhos até às onze.",
            "pt",
        ),
        (
            "Thank you, Kendal! A flood of cards and cakes for our bookshop's fifth birthday. "
            "We sang with the neighbours until eleven.",
            "en",
        ),
    ):
        texts = _texts(content, language)
        assert any(f in t.lower() for t in texts for f in _FAVOURITE), texts[0]


def test_a_flood_of_water_is_still_a_flood() -> None:
    # what pours in is water or mud, or the flood is said with "a"/"the": still serious
    for content, language in (
        (
            "Obrigado a todos! Uma inundação de lama entrou na loja de Coruche na terça, "
            "mas os vizinhos ajudaram a limpar e reabrimos amanhã.",
            "pt",
        ),
        (
            "Thank you all! A flood of muddy water came through the café in Tenbury on "
            "Tuesday, but the neighbours helped us clean up and we reopen tomorrow.",
            "en",
        ),
    ):
        for text in _texts(content, language):
            assert not any(f in text.lower() for f in _FAVOURITE), text
