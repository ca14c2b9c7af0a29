"""What a post is for, on invented posts of the confusion classes the labelled sets show
(``scripts/intent_agreement.py`` measures them): each rule a general cue, not a post's
own words."""

from __future__ import annotations

import pytest

from captions import detect_language, read_post
from captions._lexicon import Cues


@pytest.mark.parametrize(
    "text",
    [
        "Biscuit turns 7 today! Still steals socks 🐕",
        "Nala cumple 5 años hoy 🎂🐱",
        "Shelly turns 60 this spring 🎂 our family tortoise",
        "Kiki ha compiuto 12 anni, la nostra tartaruga di casa",
        "Pipoca faz 4 anos hoje 🐶🎉",
    ],
)
def test_an_animals_birthday_is_a_pet_post(text: str) -> None:
    # the animal is the subject of its own birthday: an animal emoji or its species
    # says so, whether or not the post names it a dog or a cat
    assert read_post(text).intent == "pets"


def test_a_business_birthday_stays_a_milestone() -> None:
    assert read_post("Our bakery turns 5 this Saturday! 🎉 Cake for everyone").intent == (
        "milestone"
    )


@pytest.mark.parametrize(
    "text",
    [
        "A huge thank you to everyone who came to our charity quiz on Friday: 90 people and "
        "£1,200 raised for the food bank.",
        "Obrigado aos voluntários do banco alimentar pelo trabalho incansável este inverno.",
        "Merci à tous les bénévoles de la Croix-Rouge pour votre aide pendant les inondations.",
        "Grazie a chi è venuto alla cena di beneficenza: 3.000 € raccolti per la mensa.",
        "Ein riesiges Dankeschön an alle Freiwilligen vom Tafelladen für diesen Winter!",
    ],
)
def test_thanks_that_open_a_post_and_ask_nothing_are_a_thank_you(text: str) -> None:
    # the cause (a fundraiser held, volunteers who helped) is what the thanks are for;
    # nothing is asked of the reader
    assert read_post(text).intent == "thank_you"


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for reading! We still need €2,000 for the shelter roof: donate via the link.",
        "Gracias de antemano: necesitamos 10 voluntarios para el banco de alimentos el sábado.",
    ],
)
def test_thanks_before_an_appeal_stay_charity(text: str) -> None:
    assert read_post(text).intent == "charity"


@pytest.mark.parametrize(
    "text",
    [
        "New at Birch this week: whipped feta dip with grilled flatbread, $11. Dinner only.",
        "nueva tapa en Casa Paco: pulpo a la brasa con cachelos, 4 € la tapa",
        "Neues Gericht bei Anna: Linsen mit Spätzle, 12 €",
        "Novo petisco no Tasco do Zé: pica-pau de novilho com pickles, 9 €",
        "Nouveau plat chez Margot : velouté de potimarron et noisettes torréfiées, 8 €",
        "Nuovo antipasto all'Osteria Gallo: sarde in saor con polenta, 9 €",
        "Neu auf der Karte: Kürbisrisotto mit Salbeibutter, 14,50 €.",
    ],
)
def test_a_new_dish_on_a_menu_is_food_not_a_launch(text: str) -> None:
    # a dish kind next to "new" ("nueva tapa", "Neues Gericht"), the menu it joins, or
    # the meal it is served at ("Dinner only"): the news is something to eat there
    assert read_post(text).intent == "food"


@pytest.mark.parametrize(
    "text",
    [
        "Launching our new hot sauce, 250ml bottles, €8, in the shop from Friday",
        "Nuovi piatti in ceramica fatti a mano, online da venerdì",
        "New plates in our shop: hand-thrown stoneware, €22 each",
    ],
)
def test_new_goods_for_the_kitchen_are_no_dish(text: str) -> None:
    # sold in a shop or made of ceramics: plates and racks to buy, nothing to eat
    assert read_post(text).intent != "food"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Chaussette a encore mangé le beurre", "fr"),
        ("Le chat a volé le jambon", "fr"),
        ("Trop de neige, ça glisse", "fr"),
        ("Ancora perso il bus stamattina", "it"),
        ("Sempre in ritardo, poi piove", "it"),
        ("Chegou a nova linha: três cores, 45 reais", "pt"),
    ],
)
def test_a_short_line_without_language_is_read_in_its_own(text: str, language: str) -> None:
    # French "a" + a participle ("a volé", "a mangé"), everyday adverbs ("encore",
    # "trop", "ancora", "sempre") and a final -ês (três, mês: French writes -ès) are the
    # evidence of a short line
    assert detect_language(text)[0] == language


@pytest.mark.parametrize(
    "text",
    [
        "primeira aula de boxe hoje, tô destruída kkkk 🥊",
        "Primera clase de pilates, me duele todo 😅",
        "Erster Kletterkurs geschafft, Unterarme brennen 🧗",
        "Premier cours de boxe thaï, je ne sens plus mes bras",
        "Prima lezione di judo, che fatica",
        "First kickboxing class done, everything hurts",
    ],
)
def test_ones_own_first_class_of_a_sport_is_fitness(text: str) -> None:
    # a first class told afterwards is one's own training, nothing to attend; combat
    # sports and climbing are sports in every lexicon
    assert read_post(text).intent == "fitness"


@pytest.mark.parametrize(
    "text",
    [
        "First boxing class of the new studio this Saturday at 9am, book your spot!",
        "Clase de judo gratis el sábado a las 10h en el polideportivo",
    ],
)
def test_a_class_to_come_with_its_hour_stays_an_event(text: str) -> None:
    assert read_post(text).intent == "event"


@pytest.mark.parametrize(
    "text",
    [
        "La casa ya está lista: cocina nueva, suelos de barro y un horno de leña en el patio",
        "A casa está pronta: cozinha nova, chão de madeira e um forno a lenha no quintal",
        "Il casolare è pronto: cucina in muratura, pavimenti in cotto e forno a legna",
    ],
)
def test_a_kitchen_and_an_oven_in_a_house_are_rooms_not_food(text: str) -> None:
    # "cocina", "cozinha", "cucina" are a room as well as cooking; with nothing to eat
    # named, a house's kitchen and oven are home
    assert read_post(text).intent == "home"


def test_cooking_in_a_new_kitchen_is_still_food() -> None:
    text = "Primo risotto nella cucina nuova: zafferano e midollo, pronto in 20 minuti"
    assert read_post(text).intent == "food"


@pytest.mark.parametrize(
    "text",
    [
        "Meet the author: Ana Ruiz reads from her new novel at Ink Books, Thursday 7pm",
        "Jo Marsh signs copies of her cookbook at Fern Books, Saturday from 2 to 4. Tea and cake!",
        "Firma de libros con Marta Sanz en Librería Lagun, sábado a las 12h. Habrá vino.",
        "Séance de dédicaces avec Léa Morel à la librairie Ombres Blanches, samedi 15h",
        "Sessão de autógrafos com o Rui Lage na Livraria Sol, sábado às 16h, com vinho",
        "Firmacopie con Paolo Neri alla Libreria Fenice, sabato alle 18, con aperitivo",
        "Signierstunde mit Jana Berg in der Buchhandlung Eule, Samstag 11 Uhr, mit Kaffee",
    ],
)
def test_an_author_signing_or_reading_is_an_event(text: str) -> None:
    # what is served at it (wine, cake) and the new book are the setting, not the purpose
    assert read_post(text).intent == "event"


@pytest.mark.parametrize(
    "text",
    [
        "Packing list for a hut trek in the Dolomites: rain shell, sleeping liner, head torch",
        "Packliste fürs Zelten am See: Isomatte, Stirnlampe, Mückenspray, Wasserfilter",
        "Qué llevar al Camino de Santiago: mochila de 30 litros, chanclas, tiritas y crema solar",
        "Ce qu'il faut emporter en rando : gourde, coupe-vent, frontale et trousse de secours",
        "O que levar para a trilha: água, protetor solar, lanterna e um casaco leve",
        "Cosa portare in rifugio: sacco lenzuolo, ciabatte, frontale e contanti",
    ],
)
def test_a_packing_list_is_a_tip_wherever_it_goes(text: str) -> None:
    # what to pack is advice to the reader; the trip is its topic
    assert read_post(text).intent == "tip"


@pytest.mark.parametrize(
    "text",
    [
        "Moño bajo y maquillaje natural para la boda de Carmen en Salón Coral, Sevilla",
        "Bridal hair and soft glam for Amy's wedding at Rose Studio, book your trial via DM",
        "Chignon et maquillage pour le mariage de Claire, au salon Belle Ile",
        "Penteado e maquilhagem para o casamento da Rita, no Estúdio Lírio",
        "Acconciatura raccolta e trucco per il matrimonio di Giulia, da Salone Iris",
    ],
)
def test_hair_and_make_up_for_someones_wedding_is_beauty_work(text: str) -> None:
    # the wedding is the client's; the post shows the salon's work, not a milestone
    assert read_post(text).intent == "fashion_beauty"


@pytest.mark.parametrize(
    "text",
    [
        "Brew day at Foxhole Brewery: 1,200 litres of oat stout in the tanks, out in March",
        "Jour de brassage à la Brasserie du Pic : 900 litres de blonde, sortie en avril",
        "Brautag bei uns: 600 Liter Märzen im Kessel, ab Oktober im Ausschank",
        "Día de embotellado en la bodega: 3.000 botellas de tempranillo, a la venta en mayo",
        "Dia de brassagem na Cervejaria Lobo: 500 litros de IPA, lançamento em junho",
        "Giornata di imbottigliamento in cantina: 2.000 bottiglie di rosato, in uscita a maggio",
    ],
)
def test_a_production_day_is_behind_the_scenes(text: str) -> None:
    # brewing or bottling day shows the making; the release date is where it leads
    assert read_post(text).intent == "behind_the_scenes"


@pytest.mark.parametrize(
    "text",
    [
        "Salt your pasta water like the sea",
        "Riega tus suculentas solo cuando la tierra esté seca",
        "Arrosez vos orchidées une fois par semaine, pas plus",
        "Gieß deine Tomaten morgens, nicht abends",
        "Regue suas suculentas menos no inverno",
        "Annaffia le tue piante grasse meno d'inverno",
    ],
)
def test_an_instruction_about_the_readers_own_things_is_a_tip(text: str) -> None:
    # an opening verb on "your pasta water", "tus suculentas", "vos orchidées" tells the
    # reader how to do something: advice, whatever it is about
    assert read_post(text).intent == "tip"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Book your table for Valentine's night, 3 courses £45", "event"),
        ("Grab your tickets: Saturday 8pm at the Crown, live jazz", "event"),
    ],
)
def test_a_call_to_action_on_your_things_is_no_tip(text: str, intent: str) -> None:
    assert read_post(text).intent == intent


@pytest.mark.parametrize(
    "text",
    [
        "Le couscous, c'est tous les jeudis midi chez Nadia : semoule, merguez, légumes, 14 €",
        "La choucroute, c'est tous les samedis soir au Petit Zinc, 18 € l'assiette",
        "Fideuà los domingos en Bar Marisa, 11 € la ración",
        "Kässpatzen jeden Samstag im Adler, 12 € pro Teller",
    ],
)
def test_a_dish_priced_by_the_plate_or_served_at_lunch_is_food(text: str) -> None:
    # "18 € l'assiette", "11 € la ración": a price per serving sells something to eat;
    # "jeudis midi" is lunch, not a date to come to
    assert read_post(text).intent == "food"


@pytest.mark.parametrize(
    "text",
    [
        "Nuovo taglio pixie da Salone Lina, 15 cm in meno ✂️",
        "Nuevo corte y color en Peluquería Sol ✂️",
        "Neue Frisur vom Salon Kamm, endlich kurz!",
        "Nouvelle coupe au carré chez Atelier Mèche",
        "Cabelo novo! Corte chanel no Studio Flor",
        "New haircut from Lou at Snip Studio, 20cm off",
    ],
)
def test_a_new_haircut_is_a_look_not_a_launch(text: str) -> None:
    # "new" beside a cut, a colour or a hairdo is one's own new look, nothing to buy
    assert read_post(text).intent == "fashion_beauty"


def test_a_new_cut_of_meat_is_no_haircut() -> None:
    assert read_post("New cut of beef on the menu: bavette with chimichurri, £18").intent == "food"


@pytest.mark.parametrize(
    "text",
    [
        "Night train from Munich to Rome, woke up to the Alps outside the window",
        "Tren nocturno de Madrid a Lisboa, desayuno con vistas al Tajo",
        "Comboio de Lisboa ao Porto, paisagens lindas pela janela",
    ],
)
def test_a_train_journey_is_travel(text: str) -> None:
    # the journey is the post; the window and the breakfast on board are its setting
    assert read_post(text).intent == "travel"


@pytest.mark.parametrize(
    "text",
    [
        "Two nights in a little guesthouse in Galway, turf fire and rain on the windows",
        "Dos noches en una casa rural en Teruel, chimenea y lluvia",
        "Zwei Nächte in einer Ferienwohnung im Allgäu, Kamin und Regen",
        "Deux nuits dans un gîte en Ardèche, feu de bois et pluie",
        "Duas noites numa pousada no Gerês, lareira e chuva",
        "Due notti in un agriturismo in Langa, camino e pioggia",
    ],
)
def test_nights_away_in_a_lodging_are_travel(text: str) -> None:
    # "two nights in" a guesthouse, a gîte or a pousada is a stay away; the fire and the
    # rain are its setting
    assert read_post(text).intent == "travel"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("we're turning 5!! party at the studio sat 12th, free coffee + 15% off all day", "en"),
        ("¡Cumplimos 3 años! Fiesta el sábado con música y 20% de descuento en todo", "es"),
        ("Wir werden 10! Feier am Samstag mit Sekt und 15 % Rabatt auf alles", "de"),
        ("On fête nos 4 ans samedi ! Apéro offert et -20 % sur toute la boutique", "fr"),
        ("Fazemos 6 anos! Festa no sábado com bolo e 10% de desconto em tudo", "pt"),
        ("Compiamo 8 anni! Festa sabato con aperitivo e sconto del 15% su tutto", "it"),
    ],
)
def test_a_business_birthday_with_a_party_discount_is_a_milestone(text: str, language: str) -> None:
    # the birthday is the news; the discount is how it is celebrated (a reader would
    # not call it a sale post, and a "good deal" call to action misses the point)
    assert read_post(text, language).intent == "milestone"


def test_a_cue_listed_under_two_weights_counts_the_higher() -> None:
    # the lexicon lists "% off" as decisive (4) and as strong (3): the later, lower
    # listing used to win, so the weight a cue was given depended on the list order
    cues = Cues.build({4: ["% off", "turning*"], 3: ["% off", "sale", "turning*"]})
    assert cues.matches([("sale",), ("turning",)], "sale: 20% off") == {
        "% off": 4.0,
        "sale": 3.0,
        "turning*": 4.0,
    }


@pytest.mark.parametrize(
    "text",
    [
        "new drop!! the Kestrel 3 trail shoe is finally here, 290 g, 6 mm drop, £129. "
        "test runs this saturday at the Bristol shop",
        "The Harbour tote is finally here: waxed canvas, brass rivets, €85. Come and see "
        "it at our pop-up this sunday",
    ],
)
def test_a_thing_that_is_finally_here_is_a_launch_whatever_event_follows(text: str) -> None:
    assert read_post(text, "en").intent == "product_launch"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Kennt ihr schon unseren neuen Laden in der Altstadt? Ab Samstag haben wir auch "
            "dort geöffnet, Brückenstraße 12",
            "de",
        ),
        (
            "Vous connaissez notre nouvelle boutique dans la vieille ville ? Dès samedi nous "
            "y sommes ouverts aussi",
            "fr",
        ),
        ("Já conhecem a nossa nova loja no centro histórico? A partir de sábado abrimos lá", "pt"),
        (
            "Avete visto il nostro nuovo negozio in centro storico? Da sabato siamo aperti "
            "anche lì",
            "it",
        ),
    ],
)
def test_our_new_shop_in_the_old_town_is_a_launch_not_a_trip(text: str, language: str) -> None:
    # "our new" is a launch in every language (en and es had it); the old town made
    # the German and French posts travel (🧭, #städtereise #urlaub on a shop)
    assert read_post(text, language).intent == "product_launch"


@pytest.mark.parametrize(
    ("text", "language", "intents"),
    [
        (
            "Caramel est passé au toilettage ce matin 🐩 bain et coupe, une heure de patience. "
            "Salon Patte Douce à Liège",
            "fr",
            {"pets"},
        ),
        (
            "bora? ensaio aberto do bloco Tucano Dourado no Pelourinho 🥁 sábado a partir das "
            "17h, entrada R$ 15",
            "pt",
            {"event"},
        ),
        (
            "Levada do Rei, na Madeira 🌿 5 km só de ida e uma cascata no fim. Saímos às 9h e "
            "voltámos às 14h.",
            "pt",
            {"travel"},
        ),
        (
            "gros arrivage de vestes en jean à la Friperie Le Castor 🧥 plus de 80 vestes, de "
            "20 $ à 45 $. venez magasiner samedi dès 10 h",
            "fr",
            {"fashion_beauty", "product_launch"},
        ),
        (
            "Vorher/nachher 🛁 Unser Bad im Altbau ist fertig: Fliesen, Waschbecken aus Stein, "
            "Dusche statt Badewanne. 5 Wochen Staub, aber es hat sich gelohnt",
            "de",
            {"home"},
        ),
        (
            "🔥 hasta el domingo 25% en toda la colección de chaquetas en Tienda Roble 🧥 envío "
            "gratis en Bogotá",
            "es",
            {"sale"},
        ),
        (
            "Arrivato il mocassino «Portofino» 👞 pelle scamosciata blu, suola in cuoio, dal 39 "
            "al 45. 170 € in negozio",
            "it",
            {"fashion_beauty", "product_launch"},
        ),
    ],
)
def test_the_confusions_of_blind_review_7_on_invented_posts(
    text: str, language: str, intents: set[str]
) -> None:
    # a grooming, an open rehearsal, a levada walk, a thrift store's new stock, a
    # bathroom before/after, "25% en toda la colección", new loafers: each read as
    # another purpose (behind the scenes, home, event, tip, fashion, everyday)
    assert read_post(text, language).intent in intents


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "off on holiday? 3 things to do so your houseplants survive 🪴 1. move them out of "
            "direct sun 2. stand the pots in a tray of wet pebbles 3. check the tap turns off "
            "properly. from the team at Fernbrook Garden Centre",
            "tip",
        ),
        ("Our studio turns ten this Saturday! Cake and prosecco from 4pm", "milestone"),
    ],
)
def test_turns_is_an_age_only_with_its_number(text: str, intent: str) -> None:
    # "check your stopcock actually turns" made a frozen-pipe tip a milestone (#milestone
    # #celebration, "Send some love in the comments": X in blind review 7); an age in
    # words still counts
    assert read_post(text, "en").intent == intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("sun out, 28 degrees and the lake is like glass 🌊", None),
        ("first swim of the year, 12 degrees and glorious", None),
        ("I finally finished my degree in nursing!", "milestone"),
    ],
)
def test_degrees_of_heat_are_no_degree(text: str, intent: str | None) -> None:
    # "30 degrees" read as a university degree: a sunny day became a milestone
    # (#milestone #celebration, "Send some love in the comments")
    found = read_post(text, "en").intent
    assert found == intent if intent else found != "milestone"


@pytest.mark.parametrize(
    ("text", "language", "intent"),
    [
        (
            "la Baraque à Frites cherche un(e) étudiant(e) pour les soirs de match 🍟 de 18h à "
            "23h, 13 € brut de l'heure. envoie ton CV à baraque@exemple.be",
            "fr",
            "hiring",
        ),
        (
            "Auf der Werkbank diese Woche: eine Junghans von 1958, ganz zerlegt, rund 150 "
            "Teile 🔧 Reinigen, ölen, neue Feder. Gruss aus der Uhrmacherei Fink, Bern",
            "de",
            "behind_the_scenes",
        ),
        (
            "On the bench this week: a 1968 Rolex Datejust, fully stripped, about 160 parts "
            "🔧 clean, oil, new gaskets, 3 days' work. Greetings from Hartley Watch Repair",
            "en",
            "behind_the_scenes",
        ),
    ],
)
def test_a_job_with_its_hours_and_a_watch_on_the_bench(
    text: str, language: str, intent: str
) -> None:
    # blind review 8: a student job with evening hours read as an event ("Notez la date"),
    # a customer's watch being serviced as a launch (#neuheit)
    assert read_post(text, language).intent == intent


@pytest.mark.parametrize(
    ("text", "language", "intent"),
    [
        ("Leve 3, pague 2 em todos os livros infantis da Livraria Sabiá até domingo", "pt", "sale"),
        (
            "Prendi 3 paghi 2 su tutti i libri per bambini alla Libreria Il Gufo fino a domenica",
            "it",
            "sale",
        ),
        (
            "aula experimental grátis na Academia Jaguar 💪 funcional às 7h e às 18h, segunda "
            "a sexta. chama no zap (11) 91234-5678, Campinas",
            "pt",
            "fitness",
        ),
        ("brume sur les falaises d'Yport, juste nous et les galets", "fr", "travel"),
        (
            "Dopo tre anni di lavori il nostro casale vicino ad Arezzo è finito 🏡 travi di "
            "castagno, pavimenti in cotto e il camino acceso",
            "it",
            "home",
        ),
    ],
)
def test_the_confusions_of_blind_review_8_on_invented_posts(
    text: str, language: str, intent: str
) -> None:
    # a multi-buy offer, a trial class, a pebble beach under cliffs, a farmhouse after
    # its building works ("anni di lavori" read as a job, "anni" as a milestone)
    assert read_post(text, language).intent == intent


@pytest.mark.parametrize(
    ("text", "language", "intent"),
    [
        (
            "Bodega El Mochuelo (Logroño) busca cocinero/a para las noches: jueves a sábado, "
            "1.300 € brutos al mes, contrato fijo discontinuo. Mandad vuestro CV a "
            "cocina@elmochuelo.es antes del 20 de enero",
            "es",
            "hiring",
        ),
        (
            "Blick in die Werkstatt der Buchbinderei Igel in Chur: so entstehen unsere "
            "Notizbücher. Fadenheftung von Hand, 3 Tage pro Auflage, 400 Stück im Monat.",
            "de",
            "behind_the_scenes",
        ),
        (
            "Calzoleria Il Gambero, Bologna 👞 nuove francesine in cuoio fatte a mano, numeri "
            "dal 39 al 45, 290 €, prova su appuntamento in via Castiglione 14",
            "it",
            "fashion_beauty",
        ),
    ],
)
def test_the_confusions_of_blind_review_9_on_invented_posts(
    text: str, language: str, intent: str
) -> None:
    # a job with its days read as an event ("¿Te vienes?", "tag who you're bringing"), a
    # workshop visit and new shoes tried "su appuntamento" read as events too (X, round 9)
    assert read_post(text, language).intent == intent
