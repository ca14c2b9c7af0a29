"""Rules found after the fourth blind review, each tested on posts written for it."""

from __future__ import annotations

import re

import pytest

from captions import CaptionRequest, detect_language, read_post
from captions._capitals import capitalised_dates
from tests.captions.helpers import ENGINES, captions_for, tags_of, text_of

TONES = ("casual", "professional", "playful", "inspirational", "promotional")

# "someone who'd love it": what is said of a thing to enjoy, not of a job or a cause
_EAGER_WORDS = re.compile(r"(?i)\b(?:love|adore|adorar|adoraria|adorare|adorer|encantar\w*)\b")


@pytest.mark.parametrize(
    ("content", "language"),
    [
        (
            "Estamos a contratar empregado de mesa para a nossa marisqueira em Setúbal. "
            "Part-time, 900 € por mês. CV para vagas@marisqueiradorio.pt",
            "pt",
        ),
        (
            "Estamos contratando vendedora para a loja do centro de Campinas. "
            "Salário R$ 2.400 + comissão. Currículo para rh@lojaflor.com.br",
            "pt",
        ),
        (
            "Cerchiamo un aiuto cuoco per la nostra osteria a Lucca, tempo pieno. "
            "Scrivete a lavoro@osteriadelponte.it",
            "it",
        ),
        (
            "Buscamos camarero/a para los fines de semana en nuestra terraza de Cádiz. "
            "Envía tu CV a empleo@terrazaluz.es",
            "es",
        ),
    ],
)
def test_a_job_ad_asks_for_no_one_who_would_love_it(content: str, language: str) -> None:
    for tone in TONES:
        for variant in captions_for(content, tone=tone):
            last = text_of(variant).split("\n")[-1]
            assert not _EAGER_WORDS.search(last), (tone, variant.caption)


@pytest.mark.parametrize(
    "content",
    [
        "3 things i wish i knew before my first half marathon: 1) eat breakfast 2) start slow "
        "3) enjoy the last mile",
        "finally made the bread i've been dreaming of, and i'm never buying a loaf again",
        "so proud of this mural!! i painted it over 3 weekends and i'd do it all again",
    ],
)
def test_english_captions_write_the_pronoun_i_as_a_capital(content: str) -> None:
    for tone in TONES:
        for variant in captions_for(content, tone=tone):
            assert not re.search(
                r"(?<![\w'\u2019#@/.-])i(?:['\u2019]\w+)?\b(?![.)])", text_of(variant)
            ), (
                tone,
                variant.caption,
            )


@pytest.mark.parametrize(
    "content",
    [
        'new candle drop friday!! "Low Tide" - sea salt + driftwood. £24, online 9am at '
        "tideandwick.co.uk",
        "poster drop saturday 10am: 3 new riso prints, A3, £18 each, link in bio",
        "sticker pack vol. 2 drops tomorrow at noon, 12 stickers, $9 at paperfox.shop",
    ],
)
def test_a_drop_with_its_day_is_a_launch_not_a_home_moment(content: str) -> None:
    request = CaptionRequest.model_validate({"content": content, "variants": 3})
    generated = ENGINES.generate_offline(request)
    assert generated.intent in ("product_launch", "sale"), generated.intent
    for variant in captions_for(content):
        assert "🏡" not in variant.caption
        assert "cosy space" not in variant.caption


_ADOPTION_ASK = re.compile(
    r"(?i)adopt|forever home|give \w+ a home|a share helps|spread the word|adoptar|"
    r"adoptier|adopter|adottar|adotar|un hogar|ein zuhause|une famille|una casa|um lar"
)


@pytest.mark.parametrize(
    ("content", "language"),
    [
        (
            "our little rescue greyhound Pip has been with us one year today. from shaking "
            "in the corner to stealing the sofa 🐾",
            "en",
        ),
        ("Juno's been with us 6 months now and she finally sleeps on the bed 🐶", "en"),
        ("Mi gata rescatada Luna vive con nosotros desde hace dos años. Reina de la casa 🐱", "es"),
        ("Unser Kater Fips lebt jetzt seit einem Jahr bei uns. Der Chef im Haus 😺", "de"),
    ],
)
def test_a_pet_of_the_house_gets_no_adoption_ask(content: str, language: str) -> None:
    for tone in TONES:
        for variant in captions_for(content, tone=tone, language=language):
            cta = text_of(variant).split("\n")[-1]
            assert not _ADOPTION_ASK.search(cta), (tone, variant.caption)


def test_a_pet_still_looking_for_a_home_keeps_its_adoption_ask() -> None:
    content = (
        "Meet Rolo, our rescue pup, 2 years old and still looking for his forever home. "
        "Great with kids and cats 🐾"
    )
    asks = [text_of(v).split("\n")[-1] for v in captions_for(content, tone="casual")]
    assert any(_ADOPTION_ASK.search(ask) for ask in asks), asks


@pytest.mark.parametrize(
    ("content", "counted"),
    [
        (
            "Danke an alle 45 Helfer: Am Samstag haben wir am Rheinufer in Köln 210 kg Müll "
            "gesammelt!",
            "#köln210",
        ),
        ("We spent 3 days in Porto 2 weeks ago and already miss the tiles", "#porto2"),
        ("Llegamos a Sevilla 3 días antes de la feria y ya huele a azahar", "#sevilla3"),
    ],
)
def test_a_count_after_a_place_is_no_part_of_its_name(content: str, counted: str) -> None:
    tags = tags_of(captions_for(content, hashtags=5))
    assert counted not in tags, tags
    assert counted.rstrip("0123456789") in tags, tags


def test_a_model_number_still_ends_its_name() -> None:
    assert "#ridgeback2" in tags_of(captions_for("Meet the Ridgeback 2, our lightest frame yet."))


@pytest.mark.parametrize(
    ("content", "language", "wrong", "right"),
    [
        (
            "Grazie ai 90 volontari che sabato hanno pulito il lungofiume di Pisa: 210 kg di "
            "rifiuti raccolti 💚",
            "it",
            "#raccoltafondi",
            "#ambiente",
        ),
        (
            "Mil gracias a los 60 voluntarios de la limpieza del río en Logroño: 95 kg de "
            "plásticos recogidos",
            "es",
            "#bancodealimentos",
            "#medioambiente",
        ),
        (
            "Merci aux 80 bénévoles du nettoyage des berges à Angers : 150 kg de déchets "
            "ramassés !",
            "fr",
            "#collecte",
            "#environnement",
        ),
    ],
)
def test_a_clean_up_is_tagged_for_the_environment_not_for_funds(
    content: str, language: str, wrong: str, right: str
) -> None:
    tags = tags_of(captions_for(content, hashtags=5, language=language))
    assert wrong not in tags, tags
    assert right in tags, tags


@pytest.mark.parametrize(
    ("content", "language"),
    [
        (
            "3 Tipps für fluffige Pancakes: 1. Eiweiß extra schlagen 2. Teig ruhen lassen "
            "3. 2 Minuten pro Seite bei mittlerer Hitze",
            "de",
        ),
        (
            "3 tips for crisp roast potatoes: 1. parboil them 2. shake the pan "
            "3. 45 minutes at 220C in hot oil",
            "en",
        ),
        (
            "3 astuces pour un riz parfait : 1. rincer le riz 2. compter 1,5 volume d'eau "
            "3. 10 minutes de repos à couvert",
            "fr",
        ),
    ],
)
def test_a_list_item_that_starts_with_a_number_stays_in_its_list(
    content: str, language: str
) -> None:
    for tone in ("educational", "casual", "professional"):
        for variant in captions_for(content, tone=tone, language=language):
            text = text_of(variant)
            assert not re.search(r"(?m)\b3[.)][^\w\n]*$", text), (tone, variant.caption)
            assert re.search(r"\b3[.)] \d", text), (tone, variant.caption)


@pytest.mark.parametrize(
    ("content", "language", "junk"),
    [
        (
            "Cyber weekend: 40% off everything in store and online with code NEST40. "
            "Saturday to Monday only.",
            "en",
            "#online",
        ),
        (
            "Hoy hace 4 años que abrí mi escuela de cerámica en Cuenca. Gracias a cada alumno "
            "que ha pasado por aquí 🙏",
            "es",
            "#alumno",
        ),
    ],
)
def test_who_or_where_one_buys_is_no_hashtag(content: str, language: str, junk: str) -> None:
    assert junk not in tags_of(captions_for(content, hashtags=5, language=language))


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Abrimos inscrições para o curso de cerâmica: terças, 18h-20h, 60 € por mês.", "pt"),
        ("Abrimos inscripciones para el taller de encuadernación: jueves 18-20 h, 40 €.", "es"),
        ("Apriamo le iscrizioni al corso di acquerello: martedì 18-20, 50 €.", "it"),
    ],
)
def test_a_verb_that_opens_a_post_is_no_subject_or_tag(content: str, language: str) -> None:
    verb = content.split()[0].lower()
    tags = tags_of(captions_for(content, hashtags=5, language=language))
    assert not [t for t in tags if t[1:].startswith(verb)], tags
    assert not [t for t in tags if t[1:].startswith(("inscri", "iscri"))], tags


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("saturday. tea. crossword.", "en"),
        ("martes. niebla. churros.", "es"),
        ("Montag. Schnee. Kakao.", "de"),
        ("dimanche. pluie. crêpes.", "fr"),
        ("domenica. pioggia. ragù.", "it"),
    ],
)
def test_a_post_of_fragments_keeps_every_fragment(content: str, language: str) -> None:
    words = [w.strip(".").lower() for w in content.split()]
    for tone in ("minimalist", "casual", "inspirational"):
        for variant in captions_for(content, tone=tone, language=language):
            first = text_of(variant).split("\n")[0].lower()
            assert all(w in first for w in words), (tone, variant.caption)


def test_a_moment_in_fragments_gets_no_menu_ask() -> None:
    menu = re.compile(r"(?i)menu|dinner buddy|food craving|order|book")
    for variant in captions_for("First frost. Porridge. No plans.", tone="casual"):
        cta = text_of(variant).split("\n")[-1]
        assert not menu.search(cta), variant.caption


def _read(content: str) -> tuple[str | None, str | None]:
    request = CaptionRequest.model_validate({"content": content, "variants": 3})
    generated = ENGINES.generate_offline(request)
    return generated.language, generated.intent


def test_a_spanish_shop_that_cierra_for_good_is_a_goodbye_not_a_party() -> None:
    content = (
        "Tras 15 años, la librería El Faro cierra sus puertas. Gracias por cada libro y cada "
        "charla. El último día abierto es el sábado 12 de abril. Gracias, Gijón 📚"
    )
    for variant in captions_for(content, tone="promotional", hashtags=5):
        assert "🎉" not in variant.caption, variant.caption
        assert not {"#aniversario", "#celebración"} & {t.lower() for t in variant.hashtags}


@pytest.mark.parametrize(
    "content",
    ["primeira aula de crossfit, tô morta kkkk 🏋️", "chegou minha planta nova, tá linda demais"],
)
def test_brazilian_chat_is_read_as_portuguese(content: str) -> None:
    assert _read(content)[0] == "pt"


def test_boxing_day_is_a_sale_day_not_a_sport() -> None:
    tags = tags_of(
        captions_for("BOXING DAY SALE 🎁 40% off all boots at Stride & Co, 26th Dec 9am-5pm!!")
    )
    assert "#boxingday" in tags, tags
    assert "#boxing" not in tags, tags


@pytest.mark.parametrize(
    "content",
    [
        "Midnight Walk 🌙 Saturday 6 December, 15 of our staff are walking 20 km through Galway "
        "to raise €5,000 for the mental health charity Pieta. every euro helps, donate via the "
        "link in bio 🙏",
        "Limpeza de praia em Espinho 🌊 sábado, 18 de outubro, às 10h, ponto de encontro no Bar "
        "do Mar. Nós damos as luvas e os sacos, tragam água. Inscrições: mar@limpo.pt",
        "Limpieza de playa en Salinas este domingo a las 10 h, punto de encuentro en el paseo. "
        "Traed guantes.",
    ],
)
def test_an_appeal_or_a_clean_up_is_charity(content: str) -> None:
    assert _read(content)[1] == "charity"


@pytest.mark.parametrize(
    ("content", "language", "opening"),
    [
        ("¿qué tal nos quedó? pintamos el salón de azul petróleo con mi prima", "es", "¿Qué"),
        ("¡por fin! abrimos la terraza este viernes a las 19 h, con música", "es", "¡Por"),
        ("«enfin» la nouvelle vitrine est prête, passez nous voir samedi", "fr", "«Enfin"),
    ],
)
def test_a_sentence_opened_by_a_mark_starts_with_a_capital(
    content: str, language: str, opening: str
) -> None:
    for variant in captions_for(content, language=language):
        text = text_of(variant)
        assert opening in text, variant.caption
        assert opening.lower() not in text, variant.caption


def test_a_name_with_a_capital_inside_keeps_its_lower_case_start() -> None:
    for variant in captions_for("iPad stands back in stock, oak and walnut, £35"):
        assert "iPad" in variant.caption, variant.caption
        assert "IPad" not in variant.caption, variant.caption


@pytest.mark.parametrize(
    ("content", "day"),
    [
        ("easy 5k this morning, legs fine. race day is sat nov 22, wish me luck", "Sat Nov 22"),
        ("craft fair stall booked for sun dec 7, bring cash", "Sun Dec 7"),
    ],
)
def test_a_short_weekday_before_a_month_and_day_is_written_as_a_date(
    content: str, day: str
) -> None:
    for variant in captions_for(content, language="en"):
        assert day in variant.caption, variant.caption


@pytest.mark.parametrize(
    ("content", "language"),
    [
        (
            "we lost our dear workshop dog Pepper on sunday night. 11 years by the door. "
            "the workshop opens at 11 tomorrow, not 8.",
            "en",
        ),
        (
            "Our bar manager Declan passed away this weekend. The bar stays closed until "
            "Thursday 6pm.",
            "en",
        ),
    ],
)
def test_a_loss_with_an_opening_time_is_no_event(content: str, language: str) -> None:
    variants = captions_for(content, language=language, tone="casual")
    event = re.compile(r"save the date|mark your calendar|join us|see you there|bringing", re.I)
    for variant in variants:
        assert not event.search(variant.caption), variant.caption
    assert not tags_of(variants) & {"#event", "#community", "#party"}


def test_a_party_that_says_goodbye_to_summer_is_still_an_event() -> None:
    variants = captions_for("Goodbye to summer party this Saturday 8pm at the Harbour bar, DJ")
    assert any(re.search(r"save the date|calendar|bringing|see you", v.caption, re.I)
               for v in variants), [v.caption for v in variants]  # fmt: skip
    for variant in variants:
        assert "heavy heart" not in variant.caption, variant.caption


@pytest.mark.parametrize(
    ("content", "language", "street"),
    [
        ("liquidação de inverno: 30% em todos os casacos até sábado, loja da rua Garrett",
         "pt", "Garrett"),
        ("ofertas de enero: 25% en todas las lámparas hasta el viernes, tienda de la calle Alcalá",
         "es", "Alcalá"),
        ("promo di gennaio: 20% su tutte le sciarpe fino a domenica, negozio in via Cavour",
         "it", "Cavour"),
    ],
)  # fmt: skip
def test_the_name_of_a_street_is_no_subject_of_a_sale(
    content: str, language: str, street: str
) -> None:
    assert street not in read_post(content, language).subject.text
    for variant in captions_for(content, language=language, tone="promotional"):
        text = text_of(variant)
        # the street is named only where the brief names it, after its street word
        assert text.count(street) == 1, text
        assert not re.search(rf"[:%]\s*{street}\b", text), text


@pytest.mark.parametrize(
    ("content", "language", "holiday"),
    [
        ("promoção de natal: 15% em todos os livros até sexta, só na loja", "pt", "Natal"),
        ("menú especial de nochebuena, 45 € por persona, reservas por teléfono", "es",
         "Nochebuena"),
        ("marché de noël dans la cour de l'école samedi de 10 h à 17 h", "fr", "Noël"),
        ("pranzo di pasqua in agriturismo, 38 € a persona, prenotate entro giovedì", "it",
         "Pasqua"),
        ("our christmas wreath workshop is back, sat 6 dec, £35 with mulled wine", "en",
         "Christmas"),
    ],
)  # fmt: skip
def test_a_holiday_is_written_with_its_capital(content: str, language: str, holiday: str) -> None:
    for variant in captions_for(content, language=language):
        assert holiday in text_of(variant), variant.caption
        assert holiday.lower() not in text_of(variant), variant.caption


def test_a_hometown_keeps_its_small_natal() -> None:
    for variant in captions_for("de volta à minha cidade natal depois de 5 anos 🥹", language="pt"):
        assert "cidade natal" in variant.caption, variant.caption


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("el domingo a las 9 h limpieza de la playa de Gandía con voluntarios, trae una bolsa",
         "es"),
        ("domingo às 10h limpeza da praia de Carcavelos, levem luvas e água", "pt"),
    ],
)  # fmt: skip
def test_a_beach_clean_up_written_with_its_article_is_a_cause(content: str, language: str) -> None:
    assert read_post(content, language).intent == "charity"
    variants = captions_for(content, language=language)
    assert not tags_of(variants) & {"#hogar", "#casa", "#limpieza", "#limpeza", "#decoración"}


@pytest.mark.parametrize(
    ("content", "language", "items"),
    [
        ("This week's bread rota:\n- rye\n- spelt\n- seeded white\nPre-order by Friday 5pm",
         "en", ["rye", "spelt", "seeded white"]),
        ("Today's flowers:\n🌷 tulips\n🌼 daffodils\n🌸 ranunculus\n£12 a bunch at the stall",
         "en", ["tulips", "daffodils", "ranunculus"]),
        ("Frisch im Hofladen:\n🍎 Äpfel\n🍐 Birnen\n🥔 Kartoffeln\nSamstag 8-12 Uhr",
         "de", ["Äpfel", "Birnen", "Kartoffeln"]),
    ],
)  # fmt: skip
def test_a_bulleted_list_of_one_word_items_is_kept_whole(
    content: str, language: str, items: list[str]
) -> None:
    for variant in captions_for(content, language=language, tone="casual"):
        text = text_of(variant).lower()
        for item in items:
            assert item.lower() in text, variant.caption


@pytest.mark.parametrize(
    ("content", "language", "place"),
    [
        ("hoy en el puesto: higos, uvas y membrillo, todo a 2 € en el mercado de Triana", "es",
         "Triana"),
        ("sábado na feira da Ladra: discos, livros e loiça antiga, desde 1 €", "pt", "Ladra"),
    ],
)  # fmt: skip
def test_a_market_named_after_its_quarter_is_where_not_what(
    content: str, language: str, place: str
) -> None:
    assert place not in read_post(content, language).subject.text
    for variant in captions_for(content, language=language):
        assert not re.search(rf"[:?¿]\s*{place}\b", text_of(variant)), variant.caption


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Brot-Tipp: Sauerteigbrot nie in Plastik, sondern im Leinenbeutel aufbewahren", "de"),
        ("Consejo del día: el aceite de oliva, lejos de la luz y del calor de la cocina", "es"),
        ("Astuce du jour : le beurre mou se râpe, pas besoin de le sortir 2 h avant", "fr"),
    ],
)
def test_a_heading_that_says_tip_makes_a_food_post_a_tip(content: str, language: str) -> None:
    assert read_post(content, language).intent == "tip"
    food_asks = re.compile(r"Hunger|hambre|faim|provereste|goûteriez|probarías|Lo probarías", re.I)
    for variant in captions_for(content, language=language, tone="educational"):
        assert not food_asks.search(variant.caption), variant.caption


def test_a_compound_tip_heading_keeps_what_it_is_about() -> None:
    content = "Tee-Tipp: grünen Tee nie mit kochendem Wasser aufgießen, 80 Grad reichen"
    for variant in captions_for(content, language="de", tone="educational"):
        assert "Tee-Tipp" in variant.caption, variant.caption


@pytest.mark.parametrize(
    ("content", "language", "wrong"),
    [
        ("adopt me! Biscuit, 4 y/o lurcher, fine with other dogs, not with cats. apply at "
         "greenlanerescue.org", "en", {"#catsofinstagram", "#cats"}),
        ("Adoptá a Toto: 3 años, mestizo, se lleva bien con chicos pero no con gatos. Escribinos "
         "por DM", "es", {"#gatos", "#gatosdeinstagram"}),
    ],
)  # fmt: skip
def test_an_animal_a_pet_should_not_live_with_is_no_tag(
    content: str, language: str, wrong: set[str]
) -> None:
    assert not tags_of(captions_for(content, language=language)) & wrong


@pytest.mark.parametrize(
    "content",
    [
        "ran the canal 10k in 52:10 this morning, legs are toast 🥵",
        "swam 2km in the lido before work, water was 14 degrees",
    ],
)
def test_a_past_tense_verb_is_no_subject_or_tag(content: str) -> None:
    post = read_post(content, "en")
    assert post.subject.text.lower() not in {"ran", "swam"}
    assert not tags_of(captions_for(content, language="en")) & {"#ran", "#swam"}


@pytest.mark.parametrize(
    ("content", "tag"),
    [
        ("new hot sauce drop: 'Ember', smoked chipotle + lime, £6 at the stall saturday",
         "#hotsauce"),
        ("restocked: the canvas tote in olive and rust, £22, link in bio", "#totebag"),
        ("wildflower honey from our own hives, 340g jars, £8.50 at the farm gate", "#rawhoney"),
    ],
)  # fmt: skip
def test_what_a_maker_sells_is_its_topic_tag(content: str, tag: str) -> None:
    assert tag in {t.lower() for t in tags_of(captions_for(content, language="en"))}


@pytest.mark.parametrize("content", ["🌄🚴‍♀️⛰️", "🍜🍜", "🎁🎄🎉"])
def test_an_emoji_only_post_keeps_its_emoji_with_no_template_around_them(content: str) -> None:
    variants = captions_for(content)
    for variant in variants:
        first = text_of(variant).split("\n")[0]
        assert content in text_of(variant), variant.caption
        # no template frame around a guessed subject ("Views like this: sunset.")
        assert ":" not in first, variant.caption
        assert len(first.replace(content, "").split()) <= 4, variant.caption


@pytest.mark.parametrize(
    ("content", "kept"),
    [
        ("Neu im Kursplan: Rückenfit, jeden Mittwoch 18 Uhr, 50 Min., max. 10 Leute. Anmeldung "
         "per DM oder einfach vorbeikommen.", "max. 10 Leute"),
        ("2 Tipps für Zimmerpflanzen im Winter: 1. Gießen nur mind. 1x pro Woche 2. Abstand zur "
         "Heizung ca. 50 cm. Eure Gärtnerei Blattwerk", "mind. 1x pro Woche"),
    ],
)  # fmt: skip
def test_an_abbreviation_s_dot_never_cuts_a_sentence(content: str, kept: str) -> None:
    for variant in captions_for(content, language="de"):
        assert kept in variant.caption, variant.caption


@pytest.mark.parametrize(
    ("content", "language", "opening"),
    [
        ("SE PERDIÓ 🐱 Canela, gata atigrada, collar verde. vista por última vez el lunes en "
         "la colonia Roma, cerca del mercado. cualquier dato al 55 1234 5678", "es", "SE PERDIÓ"),
        ("cornetto integrale caldo dalle 6.30 ☕ miele e noci, 1,20 €, ricetta della zia di "
         "Marco. Bar Centrale, Piazza Garibaldi, Bari", "it", "Cornetto integrale"),
        ("15 Jahre Speichenwerk 🚲🎉 Im März 2011 haben wir in einer Garage in Lehen "
         "angefangen, heuer haben wir das 9.000ste Radl repariert. Danke an Moni, die uns seit "
         "Tag 1 die Semmeln bringt. Am Samstag feiern wir ab 15 Uhr mit Leberkäse und Musik.",
         "de", "15 Jahre Speichenwerk"),
    ],
)  # fmt: skip
def test_a_name_the_opening_does_not_give_gets_no_template_hook(
    content: str, language: str, opening: str
) -> None:
    for variant in captions_for(content, language=language):
        first = text_of(variant).split("\n")[0]
        assert opening in first, variant.caption


@pytest.mark.parametrize(
    ("content", "language", "wrong"),
    [
        ("Ficelle cherche un foyer 🐕 4 ans, 18 kg, calme en laisse. Pas de chats svp. Au refuge "
         "de Liège depuis juin, 120 € de frais. Appelez le 04 222 33 44", "fr", "#chat"),
        ("Bruno sucht ein Zuhause 🐕 6 Jahre, verschmust, keine Katzen bitte. Im Tierheim "
         "Graz seit März, Schutzgebühr 200 €", "de", "#katzen"),
    ],
)  # fmt: skip
def test_an_animal_the_post_rules_out_is_no_tag(content: str, language: str, wrong: str) -> None:
    assert wrong not in {t.lower() for t in tags_of(captions_for(content, language=language))}


def test_a_name_that_ends_in_a_month_is_tagged_whole() -> None:
    content = "viernes peña en el centro Luz de Abril 🎸 empanadas y vino, entrada $5.000"
    tags = {t.lower() for t in tags_of(captions_for(content, language="es"))}
    assert "#luz" not in tags
    assert "luz de abril" in read_post(content, "es").subject.text.lower()


@pytest.mark.parametrize(
    "content",
    [
        "Briciola ha imparato a stare seduta 🐶",
        "Nino ha finito la sua prima maratona",
        # an adverb between the auxiliary and the participle (blind review 9, it-03)
        "Gnocco ha finalmente imparato a dare la zampa 🐾",
        "Pallino ha già imparato il suo nome 🐶",
    ],
)
def test_a_short_italian_line_in_the_passato_prossimo_is_italian(content: str) -> None:
    assert detect_language(content)[0] == "it"
    for variant in captions_for(content):
        assert not re.search(r"Etiqueta|Compártelo|Enséñanos|mascotas", variant.caption), (
            variant.caption
        )


@pytest.mark.parametrize(
    "content",
    [
        "Merci vielmal 💛 3 Monate Umbau nebenan und ihr seid trotzdem gekommen. Ab Dienstag ist "
        "der Eingang wieder offen, der erste Kaffee geht aufs Haus. Eure Bäckerei Bölle, Thun",
        "Danke, dass ihr trotz Baustelle zu uns gekommen seid! Ab Montag ist die Gasse wieder "
        "frei. Euer Team vom Café Hummel",
    ],
)
def test_thanks_that_mention_a_reopening_are_no_notice(content: str) -> None:
    for variant in captions_for(content, language="de"):
        assert not re.search(r"Bitte beachten|Wichtige Info|Wichtig:", variant.caption), (
            variant.caption
        )


@pytest.mark.parametrize(
    ("content", "language", "wrong"),
    [
        ("nouvelle galette du mois chez Mouette 🥞 jambon fumé, poireaux fondants, crème au "
         "cidre. 12 €, dispo jusqu'au 28 février. Crêperie Mouette, 3 rue des Halles, Vannes",
         "fr", {"#cosmétique", "#skincare"}),
        ("nueva en la carta: crema de calabaza asada con pipas, 7 €, desde hoy", "es",
         {"#cosmética", "#skincare"}),
    ],
)  # fmt: skip
def test_a_cream_you_eat_gets_no_beauty_tag(content: str, language: str, wrong: set[str]) -> None:
    assert not {t.lower() for t in tags_of(captions_for(content, language=language))} & wrong


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("SE BUSCA 🐱 Mora, gata negra con collar azul. se perdió el martes en la colonia Del "
         "Valle. cualquier dato al 55 8765 4321, hay recompensa", "es"),
        ("LOST DOG 🐶 Pip, small white terrier, red collar. last seen Sunday near Hove park. "
         "please call 07700 900123", "en"),
        ("Kater Moritz vermisst 🐈 grau getigert, zuletzt gesehen am Montag in der Au. Bitte "
         "meldet euch unter 0170 1234567", "de"),
    ],
)  # fmt: skip
def test_a_lost_pet_s_appeal_asks_for_shares_and_sightings(content: str, language: str) -> None:
    cheerful = re.compile(
        r"sonrisa|amante de los animales|Enséñanos|smile|pet lover|show us your|Tag a friend who"
        r"|Zeigt uns|Tierfreund|Lächeln",
        re.I,
    )
    for variant in captions_for(content, language=language):
        assert not cheerful.search(variant.caption), variant.caption


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("antes e depois 😍 tranças box braids com cachos nas pontas, 5 horas de trabalho. "
         "agenda aberta pra janeiro, chama no direct", "pt"),
        ("before and after 😍 knotless braids, mid-back, 6 hours in the chair. books open for "
         "January, DM me", "en"),
    ],
)  # fmt: skip
def test_braids_before_and_after_are_hair_not_home(content: str, language: str) -> None:
    assert read_post(content, language).intent == "fashion_beauty"
    for variant in captions_for(content, language=language):
        assert not re.search(r"decoração|canto preferido|casa\b|decor|cosy space", variant.caption)


def test_a_day_of_racking_or_harvest_is_behind_the_scenes_not_a_milestone() -> None:
    content = (
        "giornata di vendemmia in cantina 🍇 dalle 6 tra i filari, 40 quintali di sangiovese. "
        "la vigna più vecchia l'ha piantata il nonno nel 1958. visite su prenotazione"
    )
    assert read_post(content, "it").intent == "behind_the_scenes"
    for variant in captions_for(content, language="it"):
        assert not re.search(r"anniversario|traguardo|Festeggiate", variant.caption), (
            variant.caption
        )


@pytest.mark.parametrize(
    ("content", "language", "wrong"),
    [
        ("100 episodes of Kettle Talk 🎙️ started in Meg's kitchen in 2021 with one mic, now "
         "400k downloads. new ep Friday", "en", "#megs"),
        ("este viernes peña en el club Los Aromos 🎸 desde las 21, entrada $6.000. traé "
         "zapatillas cómodas!!", "es", "#zapatillas"),
    ],
)  # fmt: skip
def test_a_person_s_room_and_what_to_wear_are_no_tags(
    content: str, language: str, wrong: str
) -> None:
    assert wrong not in {t.lower() for t in tags_of(captions_for(content, language=language))}


def test_a_new_class_with_a_trial_session_is_fitness_not_a_launch() -> None:
    content = (
        "Neu bei uns im Studio Kranich 💪 Langhantel Basics, jeden Donnerstag 18 Uhr, 50 Min., "
        "max. 10 Leute. Probetraining kostenlos, einfach vorbeikommen."
    )
    assert read_post(content, "de").intent == "fitness"
    tags = {t.lower() for t in tags_of(captions_for(content, language="de"))}
    assert not tags & {"#neuheit", "#neuimsortiment"}


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("nouvelle galette du mois chez Mouette 🥞 jambon fumé, poireaux fondants, crème au "
         "cidre. 12 €, dispo jusqu'au 28 février. Crêperie Mouette, 3 rue des Halles, Vannes",
         "fr"),
        ("nueva pizza del mes en Forno: sobrasada y miel, 13 €, disponible hasta el domingo",
         "es"),
    ],
)  # fmt: skip
def test_a_new_dish_of_the_month_is_food_not_a_launch(content: str, language: str) -> None:
    assert read_post(content, language).intent == "food"


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("Our winter coat drive is on 🧥 drop coats, scarves and gloves at the shop until Friday",
         "en"),
        ("Campanha do Agasalho tá on!! 🧣 recolhemos casacos, cobertores e meias até 15/7 aqui "
         "na loja", "pt"),
    ],
)  # fmt: skip
def test_a_clothes_drive_is_a_cause_not_fashion(content: str, language: str) -> None:
    assert read_post(content, language).intent == "charity"


@pytest.mark.parametrize(
    ("content", "language", "fixed"),
    [
        ('launching the Ember 🔥 our new 12" carbon steel wok, hand spun here in Leeds. '
         "pre-seasoned, 1.9 kg, £64, ships Dec 2", "en", "Leeds. Pre-seasoned"),
    ],
)  # fmt: skip
def test_a_sentence_run_on_in_lower_case_gets_its_capital(
    content: str, language: str, fixed: str
) -> None:
    assert any(fixed in v.caption for v in captions_for(content, language=language))


def test_a_german_participle_is_no_tag() -> None:
    content = "neu in der Backstube: Dinkelbrot mit Walnüssen. gebacken im Steinofen, 750 g, 5,80 €"
    tags = {t.lower() for t in tags_of(captions_for(content, language="de"))}
    assert "#gebacken" not in tags


def test_a_place_named_only_in_a_bracketed_aside_is_no_tag() -> None:
    content = (
        "300 episodes of Pan & Pod 🎙️ recorded in a spare room since 2019, now listeners in "
        "30 countries (special hello to our one listener in Greenland). new ep Monday"
    )
    assert "#greenland" not in {t.lower() for t in tags_of(captions_for(content, language="en"))}


def test_a_cast_iron_skillet_launch_gets_its_search_tags() -> None:
    content = "launching the Sunday 🍳 our new 12-inch cast iron skillet, £79, ships Nov 20"
    tags = {t.lower() for t in tags_of(captions_for(content, language="en"))}
    assert {"#castiron", "#skillet"} & tags


@pytest.mark.parametrize(
    ("content", "language", "items"),
    [
        (
            "3 tips for a crisp pizza base at home: 1) preheat your oven for 45 min 2) use a "
            "steel or stone 3) go easy on the sauce",
            "en",
            ["preheat your oven for 45 min", "use a steel or stone", "go easy on the sauce"],
        ),
        (
            "Drei Tipps für knuspriges Brot: 1. Ofen 30 Min. vorheizen 2. eine Schale Wasser "
            "dazustellen 3. nach dem Backen auf einem Gitter abkühlen lassen. Guten Appetit!",
            "de",
            [
                "Ofen 30 Min. vorheizen",
                "eine Schale Wasser dazustellen",
                "nach dem Backen auf einem Gitter abkühlen lassen",
            ],
        ),
        (
            "Tres trucos para tus plantas: 1) riega por la mañana 2) gira la maceta cada "
            "semana 3) limpia las hojas con un paño",
            "es",
            ["riega por la mañana", "gira la maceta cada semana", "limpia las hojas con un paño"],
        ),
    ],
)
def test_a_numbered_list_typed_on_one_line_gets_a_line_per_item(
    content: str, language: str, items: list[str]
) -> None:
    # "1) preheat … 2) use … 3) go easy …" was retold as one run-on line, numbers and
    # all; now a line per item (a short variant may run them into one sentence)
    variants = captions_for(content, language=language)
    laid_out = 0
    for variant in variants:
        text = text_of(variant)
        lines = [
            re.sub(r"^(?:[•\s-]+|\d[.)]\s)|[\s.💡]+$", "", ln).lower() for ln in text.splitlines()
        ]
        laid_out += all(any(ln.startswith(i.lower()) for ln in lines) for i in items)
        assert all(i.lower() in text.lower() for i in items), variant.caption
        assert not re.search(r"[^\W\d_] [123]\) ", variant.caption), variant.caption  # mid-line
    assert laid_out >= 1


@pytest.mark.parametrize(
    ("content", "language", "opening"),
    [
        (
            "Mit großer Trauer nehmen wir Abschied von Erika Holm. 25 Jahre lang hat sie "
            "unseren Kiosk am Sportplatz geführt. Die Trauerfeier ist am Freitag um 14 Uhr.",
            "de",
            "Mit großer Trauer",
        ),
        (
            "We are heartbroken to share that our founder Tom Reyes passed away on Sunday. "
            "He opened this shop in 1989. The shop will be closed on Friday for the funeral.",
            "en",
            "We are heartbroken",
        ),
    ],
)
def test_a_loss_that_tells_the_death_gets_no_lead_before_it(
    content: str, language: str, opening: str
) -> None:
    # "In Erinnerung: Mit großer Trauer nehmen wir Abschied …" says it twice (round 7)
    for variant in captions_for(content, language=language):
        assert text_of(variant).lstrip("🤍🕊️ ").startswith(opening), variant.caption


@pytest.mark.parametrize(
    ("content", "language", "price"),
    [
        (
            "the Ridgeline fleece is here 🧥 our warmest midlayer yet: 340 g, recycled yarn, "
            "two zip pockets. pre-orders open now at ridgeline.co.nz, ships 20 Feb. NZ$189",
            "en",
            "NZ$189",
        ),
        (
            "llegó la chaqueta Cóndor 🧥 impermeable, 420 g, con capucha ajustable. envíos "
            "desde el lunes a todo Chile. $89.990",
            "es",
            "$89.990",
        ),
    ],
)
def test_a_price_typed_alone_at_the_end_is_kept(content: str, language: str, price: str) -> None:
    # "… ships 15 Jan. NZ$329": a word alone was dropped as no sentence, and the price
    # with it (blind review 7, en-01)
    for variant in captions_for(content, language=language):
        assert price in variant.caption, variant.caption


@pytest.mark.parametrize(
    ("content", "written"),
    [
        ("pub quiz at the Fox, thurs 19th, 8pm 🍺 teams of 4, £2 a head", "Thurs 19th"),
        ("open studio sat 14th from 11am, tea and cake 🎨", "Sat 14th"),
    ],
)
def test_a_short_weekday_before_an_ordinal_is_capitalised(content: str, written: str) -> None:
    # "christmas quiz at the Slipper, thurs 17th" kept its lower case (round 7, en-03)
    for variant in captions_for(content, language="en"):
        assert written in variant.caption, variant.caption


def test_a_short_weekday_before_a_bare_number_is_no_date() -> None:
    # "sun 30 degrees": without its ordinal a number is no day of the month
    assert (
        capitalised_dates("the cove at noon, sun 30 degrees") == "the cove at noon, sun 30 degrees"
    )
    assert capitalised_dates("the cove, sun 30th") == "the cove, Sun 30th"


@pytest.mark.parametrize(
    ("content", "language", "whole"),
    [
        (
            "we're so sad to tell you that Biscuit, the old collie who greeted everyone at "
            "Fernside Farm Shop for 14 years, died peacefully on Monday. the shop opens as "
            "usual tomorrow.",
            "en",
            "that Biscuit, the old collie who greeted everyone at Fernside Farm Shop for 14 "
            "years, died peacefully on Monday",
        ),
        (
            "viernes 11 de diciembre desde las 20 h polca en vivo en Bar El Surubí 🎶 toca "
            "@polcaypueblo, entrada Gs. 25.000, hay sopa paraguaya. Barrio Sajonia, Asunción",
            "es",
            "entrada Gs. 25.000",
        ),
        (
            "Un immense merci aux 180 coureurs, aux 30 bénévoles et au public venu si nombreux "
            "dimanche sur les quais de Lyon pour la Course des Lumières. Rendez-vous l'an "
            "prochain !",
            "fr",
            "aux 180 coureurs, aux 30 bénévoles et au public",
        ),
    ],
)
def test_a_sentence_is_never_cut_inside_a_that_clause_a_currency_or_a_list(
    content: str, language: str, whole: str
) -> None:
    # blind review 8: "We're heartbroken to tell you that Marmalade." (the cat's death cut
    # from its name), "entrada Gs." / "30.000, hay chipa" (cut at the guaraní's dot), "Un
    # immense merci aux 240 choristes." / "Aux 12 musiciens …" (a list cut at its comma)
    for variant in captions_for(content, language=language):
        flat = " ".join(text_of(variant).split())
        assert whole.lower() in flat.lower(), variant.caption


@pytest.mark.parametrize(
    ("content", "language", "kept"),
    [
        (
            "Winter tyre swap this week at Birchwood Garage 🚗 book a slot online, £40 a set. "
            "questions? 0161 555 0199",
            "en",
            "Questions? 0161 555 0199",
        ),
        (
            "Reifenwechsel diese Woche in der Werkstatt Birke 🚗 Termin online buchen, 40 € "
            "pro Satz. Fragen? 0711 555 019",
            "de",
            "Fragen? 0711 555 019",
        ),
    ],
)
def test_a_one_word_question_stays_with_what_answers_it(
    content: str, language: str, kept: str
) -> None:
    # "questions? (218) 555-0143": the question was dropped as a word alone and the
    # number stood on its own line (blind review 8, en-08)
    for variant in captions_for(content, language=language):
        assert kept in " ".join(variant.caption.split()), variant.caption


@pytest.mark.parametrize(
    ("content", "language", "opening"),
    [
        (
            "Há 25 anos, a 3 de março de 2001, abrimos a Pastelaria O Melro em Braga, com 4 "
            "mesas, um forno a lenha e os pastéis de nata da tia Rosa. Hoje somos 12 pessoas. "
            "Obrigado a todos!",
            "pt",
            "Há 25 anos, a 3 de março de 2001, abrimos",
        ),
        (
            "Hace 20 años, el 5 de mayo de 2006, abrimos la Bodega El Grillo en Haro con dos "
            "barricas, una mesa de roble y el vino del abuelo Tomás. Hoy somos 9. ¡Gracias a "
            "todos!",
            "es",
            "Hace 20 años, el 5 de mayo de 2006, abrimos",
        ),
    ],
)
def test_how_long_ago_stays_with_what_happened_then(
    content: str, language: str, opening: str
) -> None:
    # "Há 30 anos." cut from "a 14 de dezembro de 1996, abrimos a Tasca O Texugo" and
    # glued to another line (X in blind review 9, pt-05)
    for variant in captions_for(content, language=language):
        assert opening in " ".join(text_of(variant).split()), variant.caption
