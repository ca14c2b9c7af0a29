"""Rules found by reading invented Spanish, Portuguese, Italian and French posts as a
social-media manager would, each tested on posts written for it."""

from __future__ import annotations

import re

import pytest

from captions._dialect import dialect_of
from captions._understand import read_post
from tests.captions.helpers import captions_for, tags_of, text_of


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("notre nouvelle bougie figue est enfin disponible ! 24 € sur le site", "fr"),
        ("le parfum Brume est disponible en boutique dès aujourd'hui", "fr"),
        ("il nostro balsamo alla lavanda è finalmente disponibile, 18 € sul sito", "it"),
        ("a nova máscara de cílios finalmente está disponível, R$ 59,90 no site", "pt"),
        ("el nuevo champú de romero ya está disponible en la web, 12,95 €", "es"),
    ],
)
def test_a_product_said_to_be_available_now_is_a_launch(content: str, language: str) -> None:
    # "enfin disponible", "è finalmente disponibile", "ya está disponible": a product
    # that can be bought from today is launched, whatever its category
    assert read_post(content, language).intent == "product_launch"


@pytest.mark.parametrize(
    "content",
    [
        "treino de costas feito 💪 remada e barra fixa, amanhã tem mais kkk",
        "primeira semana na academia nova, já tô sentindo as pernas",
        "dica: troque a água do vaso das flores a cada dois dias 🌷",
        "bolo de cenoura com cobertura de chocolate saindo do forno agora",
    ],
)
def test_no_european_wording_in_a_brazilian_or_unmarked_portuguese_post(content: str) -> None:
    # "precisa de ver isto", "precisa de provar isto" are European; a Brazilian reader
    # says "precisa ver isso". "kkk" and "academia" (the gym) are Brazilian.
    for tone in ("casual", "professional", "playful", "promotional", "inspirational"):
        for variant in captions_for(content, language="pt", tone=tone):
            assert "precisa de " not in variant.caption, variant.caption
            assert "isto" not in variant.caption.split(), variant.caption


def test_brazilian_laughter_and_gym_mark_a_post_brazilian() -> None:
    assert dialect_of("pt", "treino pesado hoje kkk") == "br"
    assert dialect_of("pt", "voltei pra academia depois das férias") == "br"
    assert dialect_of("pt", "a academia de música abriu inscrições") is None


@pytest.mark.parametrize(
    ("content", "language", "wrong"),
    [
        ("nuovo gilet in lana cotta, 89 €, disponibile in 5 colori", "it", "colori"),
        ("nouveau bonnet en alpaga, 39 €, dispo en 3 couleurs et 2 tailles", "fr", "couleurs"),
        ("nova bolsa de palha, R$ 149, em 4 cores", "pt", "cores"),
        ("nueva gorra de pana, 25 €, en 6 colores y 3 tallas", "es", "colores"),
    ],
)
def test_colours_and_sizes_in_the_plural_are_no_hashtag(
    content: str, language: str, wrong: str
) -> None:
    # "en 4 couleurs" says how many; "#couleurs" is a junk tag as "#couleur" is
    assert f"#{wrong}" not in tags_of(captions_for(content, language=language, hashtags=5))


@pytest.mark.parametrize(
    ("content", "language", "wrong"),
    [
        ("nuova collezione primavera, trucco di @marta.mua e foto di @luca.ph", "it", "skincare"),
        ("nueva colección de otoño, maquillaje de @ana.mua, ya en tienda", "es", "skincare"),
        ("nouvelle collection d'hiver, maquillage par @lea.mua, en boutique", "fr", "skincare"),
    ],
)
def test_makeup_is_no_skincare(content: str, language: str, wrong: str) -> None:
    # make-up and skincare are different searches: a make-up artist's credit on a
    # collection's launch gets no "#skincare"
    assert f"#{wrong}" not in tags_of(captions_for(content, language=language, hashtags=5))


@pytest.mark.parametrize(
    ("content", "language", "tag"),
    [
        ("este viernes tocamos en el bar Ruido, a las 22 h, entrada libre", "es", "músicaenvivo"),
        ("sabato suoniamo al circolo Arci di Pisa, ore 21, ingresso libero", "it", "musicadalvivo"),
        ("sábado tocamos no bar do Zé, às 20h, entrada franca", "pt", "músicaaovivo"),
    ],
)
def test_a_band_saying_it_plays_is_live_music(content: str, language: str, tag: str) -> None:
    # "tocamos en", "suoniamo al": a band's gig, as a "concierto" would be
    assert f"#{tag}" in tags_of(captions_for(content, language=language, hashtags=5))


@pytest.mark.parametrize(
    ("content", "language", "tag"),
    [
        ("dica: regue a samambaia duas vezes por semana, longe do sol forte", "pt", "plantas"),
        ("consejo: riega las suculentas solo cuando la tierra esté seca", "es", "plantas"),
        ("consiglio: bagnate le piante grasse solo quando il terriccio è asciutto", "it", "piante"),
        ("astuce : arrosez vos plantes grasses quand la terre est sèche", "fr", "plantes"),
    ],
)
def test_a_tip_on_houseplants_is_tagged_with_plants(content: str, language: str, tag: str) -> None:
    assert f"#{tag}" in tags_of(captions_for(content, language=language, hashtags=5))


_DAY_ASK = re.compile(
    r"(?i)smile today|sorridere oggi|sonreír hoy|sourire aujourd|sorrir hoje|"
    r"giornata così|día así|journée comme ça|dia assim|day like this"
)


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("finalmente finita la cameretta! carta da parati a righe e un letto a castello", "it"),
        ("enfin finie la cuisine ! carrelage blanc, étagères en chêne et une suspension", "fr"),
        ("por fin terminado el baño, azulejo verde y un espejo redondo", "es"),
        ("finally finished the spare room! wallpaper, a daybed and a reading lamp", "en"),
    ],
)
def test_a_room_finally_finished_is_a_project_not_a_moment_of_the_day(
    content: str, language: str
) -> None:
    # a room done at last is a finished project: "what made you smile today?" and
    # "tag someone you'd spend a day like this with" are asks for a slow morning
    for tone in ("casual", "professional", "playful"):
        for variant in captions_for(content, language=language, tone=tone):
            assert not _DAY_ASK.search(text_of(variant)), variant.caption


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("notre nouvelle huile sèche est enfin disponible ! 32 € sur le site", "fr"),
        ("nuestro nuevo jabón de avena ya está disponible en la web, 6,50 €", "es"),
        ("unser neuer Bartbalsam ist ab sofort erhältlich, 19 € im Shop", "de"),
    ],
)
def test_one_product_launched_asks_no_which_one(content: str, language: str) -> None:
    # "Lequel vous tente ?", "¿Cuál te llevas?" ask to choose: one oil, one soap has
    # nothing to choose from
    which = re.compile(r"(?i)lequel vous tente|cuál te llevas|welches wird es")
    for tone in ("casual", "professional", "playful", "promotional", "inspirational"):
        for variant in captions_for(content, language=language, tone=tone):
            assert not which.search(text_of(variant)), variant.caption


def test_a_launch_in_several_colours_may_ask_which_one() -> None:
    content = "nouveau bonnet en alpaga, 39 €, dispo en 5 couleurs"
    texts = [
        text_of(v)
        for tone in ("casual", "professional", "playful", "promotional", "inspirational")
        for v in captions_for(content, language="fr", tone=tone)
    ]
    assert any("Lequel vous tente" in t for t in texts)


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("5.000 seguidores!! gracias a todos los que nos leéis cada día 💛", "es"),
        ("20 mil seguidores, obrigada a todos vocês de coração 🙏", "pt"),
        ("2 000 abonnés ! merci à vous tous, on n'en revient pas", "fr"),
        ("3.000 follower! grazie a tutti, non ci crediamo", "it"),
    ],
)
def test_a_follower_count_with_thanks_is_a_milestone(content: str, language: str) -> None:
    # the count is the news, the thanks its manner: a milestone, with its tags
    assert read_post(content, language).intent == "milestone"
    assert all(v.hashtags for v in captions_for(content, language=language, hashtags=5))


def test_thanks_to_followers_with_no_count_stay_thanks() -> None:
    content = "gracias a todos nuestros seguidores por venir ayer al mercadillo"
    assert read_post(content, "es").intent == "thank_you"


@pytest.mark.parametrize(
    ("content", "language", "said"),
    [
        (
            "la nostra sarta Rita va in pensione dopo 30 anni. un abbraccio alle colleghe",
            "it",
            "Un abbraccio alle colleghe",
        ),
        (
            "hoy cerramos la temporada de la piscina. un abrazo a todos los socios",
            "es",
            "Un abrazo a todos los socios",
        ),
    ],
)
def test_a_closing_word_with_its_recipient_is_a_sentence_not_a_sign_off(
    content: str, language: str, said: str
) -> None:
    # "un abbraccio alla sua famiglia" says something to someone: it keeps its place
    # and its capital; only "Un abbraccio, Rita" or "Un abbraccio" alone signs the post
    for tone in ("casual", "professional", "inspirational"):
        for variant in captions_for(content, language=language, tone=tone):
            assert said in text_of(variant), variant.caption


@pytest.mark.parametrize(
    ("content", "language", "said"),
    [
        (
            "notre fondatrice Odile nous a quittés lundi. on pense fort à ses proches.",
            "fr",
            "nous a quittés",
        ),
        (
            "nuestro cocinero Ramón falleció ayer. todo nuestro cariño a su familia.",
            "es",
            "falleció",
        ),
        (
            "il nostro maestro Aldo ci ha lasciati ieri. un pensiero alla famiglia.",
            "it",
            "ci ha lasciati",
        ),
    ],
)
def test_every_variant_of_a_loss_says_the_loss(content: str, language: str, said: str) -> None:
    # "Pour Odile. 🤍 On pense fort à ses proches." never says she died: a loss opens
    # with the sentence that tells it, in every variant
    for tone in ("casual", "professional", "inspirational", "playful"):
        for variant in captions_for(content, language=language, tone=tone):
            assert said in text_of(variant).split("\n")[0], variant.caption


@pytest.mark.parametrize(
    ("content", "language"),
    [
        ("dietro le quinte dello shooting della nuova collezione estate, 3 giorni a Procida", "it"),
        ("en coulisses du shooting de notre nouvelle collection, merci à toute l'équipe", "fr"),
        ("detrás de cámaras de la sesión de la nueva colección de invierno 📸", "es"),
        ("behind the scenes of the shoot for our new spring collection 📸", "en"),
    ],
)
def test_a_post_that_opens_behind_the_scenes_is_behind_the_scenes(
    content: str, language: str
) -> None:
    # the shoot is the post, the new collection its occasion: no launch's "#novità"
    assert read_post(content, language).intent == "behind_the_scenes"


@pytest.mark.parametrize(
    ("content", "language", "tag"),
    [
        ("3.000 seguidores!! gracias por estar ahí 💛", "es", "#comunidad"),
        ("10 mil seguidores! obrigada, gente 🙏", "pt", "#comunidade"),
        ("5 000 abonnés ! merci à vous", "fr", "#communauté"),
        ("2.000 follower! grazie a tutti", "it", "#community"),
    ],
)
def test_a_follower_count_is_tagged_with_its_community(
    content: str, language: str, tag: str
) -> None:
    # a milestone of followers is theirs: one generic "#celebración" is not a tag line
    assert tag in tags_of(captions_for(content, language=language, hashtags=5))


@pytest.mark.parametrize(
    ("text", "language", "subject"),
    [
        (
            "Nueva carta de otoño en Casa Ondina: crema de calabaza, arroz meloso de setas y "
            "tarta de queso. Desde el jueves, reservas al 944 112 233",
            "es",
            "Casa Ondina",
        ),
        (
            "Menu novo na Casa Amora: caldo verde, bacalhau com natas e pudim. Reservas pelo "
            "912 345 678",
            "pt",
            "Casa Amora",
        ),
        (
            "Nuovo menù a Casa Ferretti: vellutata di zucca, tortelli e crostata. Prenota allo "
            "051 123 456",
            "it",
            "Casa Ferretti",
        ),
    ],
)
def test_a_casa_that_serves_a_menu_is_the_venue_not_the_last_dish(
    text: str, language: str, subject: str
) -> None:
    # "Casa Ondina" was read as a place, so the last dish of the list became the subject
    # (#tartadequeso first, 🍰 on an autumn menu)
    assert read_post(text, language).subject.text == subject


@pytest.mark.parametrize(
    ("text", "language", "role"),
    [
        (
            "Estamos contratando! Vaga para auxiliar de cozinha, segunda a sexta, salário "
            "R$ 2.100 + VR. Currículo para vagas@sabordacasa.com.br",
            "pt",
            "auxiliar de cozinha",
        ),
        (
            "¡Ampliamos equipo! Vacante de camarero/a, jornada completa, 1.450 € + propinas. "
            "CV a empleo@lacantina.es",
            "es",
            "camarero/a",
        ),
        (
            "On s'agrandit ! Poste de serveur à pourvoir, 35h, 1 900 € brut + TR. CV à "
            "jobs@lezinc.fr",
            "fr",
            "serveur",
        ),
        (
            "Posizione di aiuto cuoco nel nostro ristorante, full time, 1.500 € + TFR. "
            "Curriculum a lavoro@trattoriasole.it",
            "it",
            "aiuto cuoco",
        ),
        (
            "We are growing! Vacancy for a sous chef, 40 hrs, £32k + tips. CV to "
            "jobs@harbourkitchen.co.uk",
            "en",
            "sous chef",
        ),
    ],
)
def test_a_vacancy_names_its_job_as_the_subject(text: str, language: str, role: str) -> None:
    # "Vaga para auxiliar de cozinha … + VR": the benefit's abbreviation (VR, TR, TFR)
    # was the only name left, and the third variant wrote "Procura-se: VR."
    post = read_post(text, language)
    assert (post.intent, post.subject.text) == ("hiring", role)


@pytest.mark.parametrize(
    ("text", "language", "subject"),
    [
        (
            "Nuevo ceviche de pulpo en Cevichería La Gaviota, Barranco. S/ 38, de martes a domingo",
            "es",
            "Cevichería La Gaviota",
        ),
        (
            "Nouveau à la Fromagerie Le Hérisson : un comté de 36 mois, 32 € le kilo",
            "fr",
            "Fromagerie Le Hérisson",
        ),
        (
            "Neu in der Rösterei Eisvogel: Espresso aus Kolumbien, 250 g für 9,50 €",
            "de",
            "Rösterei Eisvogel",
        ),
        (
            "Nuovo gusto alla Gelateria Il Pinguino: pistacchio salato",
            "it",
            "Gelateria Il Pinguino",
        ),
        (
            "Pão de queijo quentinho na Livraria Sabiá, com café, todo sábado",
            "pt",
            "Livraria Sabiá",
        ),
    ],
)
def test_a_trade_named_by_its_suffix_opens_a_venue_with_an_animal_in_its_name(
    text: str, language: str, subject: str
) -> None:
    # cevichería, fromagerie, Rösterei, gelateria, livraria: the shop's trade opens its
    # name, so the animal after it (Gaviota, Hérisson, Eisvogel) is the name's, not a pet
    post = read_post(text, language)
    assert post.subject.text == subject
    assert post.intent != "pets"


def test_a_fonda_serving_mole_is_food_whatever_animal_it_is_named_after() -> None:
    text = (
        "ya está el pozole rojo de los jueves 🌶️ en Fonda El Venado: pozole con tostadas y "
        "agua fresca, $140. de 1 a 6 de la tarde o para llevar al 222 555 0101"
    )
    post = read_post(text, "es")
    assert (post.intent, post.subject.text) == ("food", "Fonda El Venado")


@pytest.mark.parametrize(
    ("plural", "lemma", "not_lemma"),
    [
        ("corsi", "corso", "corsa"),  # courses, not races
        ("posti", "posto", "posta"),
        ("artisti", "artista", None),  # a masculine noun in -a
        ("problemi", "problema", None),
        ("pizze", "pizza", "pizzo"),  # a feminine plural in -e is never from -o
        ("lezioni", "lezione", None),
    ],
)
def test_an_italian_plural_suggests_the_singulars_it_can_come_from(
    plural: str, lemma: str, not_lemma: str | None
) -> None:
    from captions._lexicon import forms

    found = forms(plural, "it")
    assert lemma in found
    assert not_lemma is None or not_lemma not in found


@pytest.mark.parametrize(
    "content",
    [
        "Nuovi corsi di ceramica al Laboratorio Argilla di Deruta: ogni giovedì dalle 18 "
        "alle 20, 6 lezioni a 140 €. Iscrizioni via mail",
        "Aperte le iscrizioni ai corsi di fotografia per principianti, il lunedì sera "
        "in via Roma 3",
    ],
)
def test_italian_courses_are_not_a_run(content: str) -> None:
    post = read_post(content, "it")
    assert post.intent != "fitness"
    assert "corsa" not in post.cues
    for variant in captions_for(content, language="it", hashtags=5, emoji=True):
        assert "🏃" not in variant.caption
        assert "#running" not in variant.hashtags
