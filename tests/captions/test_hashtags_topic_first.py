"""The post's own topic tag before the intent's generic ones, on invented posts in six
languages: a podcast, a record shop's vinyl, an open mic, a nursery's job field, a silk
scarf are what people search, and #event, #thankyou, #novità only fill what is left."""

from __future__ import annotations

import pytest

from tests.captions.helpers import post_tags

# the intents' generic tags: no one searches a post by them, so they only fill
FILLERS = frozenset(
    [
        "#event",
        "#community",
        "#thankyou",
        "#grateful",
        "#milestone",
        "#celebration",
        "#launchday",
        "#hiring",
        "#jobs",
        "#sale",
        "#shopsmall",
        "#evento",
        "#planes",
        "#gracias",
        "#aniversario",
        "#celebración",
        "#empleo",
        "#trabajo",
        "#rebajas",
        "#ofertas",
        "#veranstaltung",
        "#danke",
        "#neuheit",
        "#neuimsortiment",
        "#stellenangebot",
        "#événement",
        "#sortir",
        "#merci",
        "#célébration",
        "#recrutement",
        "#emploi",
        "#soldes",
        "#bonplan",
        "#novidade",
        "#lançamento",
        "#vagas",
        "#emprego",
        "#gratidão",
        "#promoção",
        "#novità",
        "#nuovoprodotto",
        "#lavoro",
        "#offertadilavoro",
        "#grazie",
        "#saldi",
        "#offerte",
        "#tips",
        "#howto",
        "#consejos",
        "#tipps",
        "#conseils",
        "#astuces",
        "#dicas",
        "#consigli",
        "#charity",
        "#solidaridad",
        "#solidarité",
        "#solidariedade",
    ]
)


def tags_of(content: str, language: str) -> list[str]:
    return post_tags(content, language, 5, lower=True)


@pytest.mark.parametrize(
    ("content", "language", "topic"),
    [
        (
            "Our podcast turns two today! Thanks to everyone who listens on the way to work.",
            "en",
            "#podcast",
        ),
        (
            "Sunflower Nursery is hiring an early years practitioner, full time from May. "
            "Apply with your CV by 1 April.",
            "en",
            "#earlyyears",
        ),
        (
            "Our record shop turns 5 this Saturday! Thanks for every crate you dug through.",
            "en",
            "#vinyl",
        ),
        ("¡Nuestro podcast llega a los 200 episodios! Gracias por escucharnos.", "es", "#podcast"),
        (
            "Noche de micro abierto en el Café Bohemia, Salamanca, el viernes a las 20 h.",
            "es",
            "#micabierto",
        ),
        (
            "Buscamos técnica en educación infantil para nuestra guardería de Valencia. "
            "Contrato indefinido, envía tu CV.",
            "es",
            "#educacióninfantil",
        ),
        ("Unser Podcast feiert heute Folge 100! Danke fürs Zuhören.", "de", "#podcast"),
        (
            "Die Kita Regenbogen in Kassel sucht ab Juni eine Erzieherin (m/w/d) in Vollzeit.",
            "de",
            "#kita",
        ),
        (
            "Großer Schallplatten-Flohmarkt am Sonntag im Hof der Alten Mühle, 10 bis 17 Uhr.",
            "de",
            "#vinyl",
        ),
        ("Notre podcast souffle sa première bougie ! Merci de nous écouter.", "fr", "#podcast"),
        (
            "La crèche Les Lucioles à Dijon recrute un auxiliaire de puériculture en CDD. "
            "CV avant le 3 juin.",
            "fr",
            "#petiteenfance",
        ),
        (
            "Grande vente de vinyles d'occasion chez notre disquaire samedi : tout à 5 €.",
            "fr",
            "#vinyle",
        ),
        ("O nosso podcast chegou aos 50 episódios! Obrigada por nos ouvirem.", "pt", "#podcast"),
        (
            "Contratamos educadora para a nossa creche em Campinas, 30 horas semanais. "
            "Envie o currículo até dia 10.",
            "pt",
            "#educaçãoinfantil",
        ),
        ("Feira de discos de vinil no sábado na Praça do Coreto, das 10h às 18h.", "pt", "#vinil"),
        ("Il nostro podcast compie un anno! Grazie a chi ci ascolta.", "it", "#podcast"),
        (
            "Il nostro asilo nido di Parma cerca un'educatrice a tempo pieno da settembre. "
            "Invia il curriculum.",
            "it",
            "#asilonido",
        ),
        (
            "Nuovo foulard in seta Brezza: stampa a righe, 70x70 cm, 65 €. Online da lunedì.",
            "it",
            "#foulard",
        ),
    ],
)
def test_the_topic_tag_comes_before_the_generic_fillers(
    content: str, language: str, topic: str
) -> None:
    tags = tags_of(content, language)
    assert topic in tags, tags
    fillers = [tags.index(t) for t in tags if t in FILLERS]
    assert all(tags.index(topic) < at for at in fillers), tags


@pytest.mark.parametrize(
    ("content", "kind", "name"),
    [
        (
            "Neu im Laden: der Gusseisenbräter Kessel, 5 Liter, emailliert, 149 €.",
            "#gusseisen",
            "#kessel",
        ),
        (
            "Neu im Shop: die Keramiktasse Welle, 300 ml, spülmaschinenfest, 24 €.",
            "#keramik",
            "#welle",
        ),
    ],
)
def test_a_german_product_s_compound_kind_is_its_own_tag(
    content: str, kind: str, name: str
) -> None:
    """German writes the kind inside the name ("die *Gusseisen*pfanne Glut"): the kind is
    searched, the name is the rest; neither is a piece of the other."""
    tags = tags_of(content, "de")
    assert kind in tags, tags
    assert name in tags, tags


@pytest.mark.parametrize(
    ("content", "language", "topic"),
    [
        (
            "How to keep your hand-knits soft all winter: wash cold, dry flat, fold don't hang.",
            "en",
            "#knitting",
        ),
        (
            "Blood donation session at the Scout Hut on Tuesday, 1-6pm. Walk-ins welcome.",
            "en",
            "#blooddonation",
        ),
        ("Rebajas en Tienda Alce: parkas y abrigos al 30% hasta el lunes.", "es", "#parkas"),
        (
            "Jornada para donar sangre el jueves en el polideportivo de Tudela, de 17 a 21 h.",
            "es",
            "#donarsangre",
        ),
        (
            "Drei Tipps gegen Schimmel im Keller: lüften, heizen, Kisten nicht an die Wand.",
            "de",
            "#schimmel",
        ),
        (
            "5 Uhr in der Räucherei: der Ofen ist an, die ersten Makrelen hängen schon.",
            "de",
            "#räucherfisch",
        ),
        (
            "La cabane à sucre Chez Ti-Jean engage des cuisiniers pour le temps des sucres. "
            "CV avant le 1er mars.",
            "fr",
            "#cabaneàsucre",
        ),
        (
            "Collecte pour le don du sang samedi à la salle des fêtes de Quimper, 9 h - 13 h.",
            "fr",
            "#dondusang",
        ),
        (
            "Novas canecas de grés pintadas à mão, 15 € cada, à venda no nosso site.",
            "pt",
            "#canecas",
        ),
        (
            "Campanha do agasalho na escola até sexta: casacos, gorros e cobertores. Doe!",
            "pt",
            "#campanhadoagasalho",
        ),
        (
            "Cinque consigli per la tua prima via ferrata: casco, guanti e partenza all'alba.",
            "it",
            "#viaferrata",
        ),
        (
            "Dalle 7 sforniamo i pasticciotti leccesi, ancora caldi. Vi aspettiamo!",
            "it",
            "#pasticciotto",
        ),
    ],
)
def test_a_craft_a_cause_a_trade_is_searched_before_the_fillers(
    content: str, language: str, topic: str
) -> None:
    """A post about a craft, a cause or a trade names its topic: #knitting, #donarsangre,
    #viaferrata come before #tips, #charity, #consigli (a subject that is only a generic
    tag, "Cinque *consigli*", fills with them)."""
    tags = tags_of(content, language)
    assert topic in tags, tags
    assert all(tags.index(topic) < tags.index(t) for t in tags if t in FILLERS), tags


@pytest.mark.parametrize(
    ("content", "language", "field"),
    [
        (
            "We're hiring an experienced electrician for new-build sites around Derby. Van and "
            "tools provided. CV to jobs@voltline.co.uk.",
            "en",
            "#electrician",
        ),
        (
            "Oakfield Care Home is looking for a night nurse, 3 nights a week. Apply by 20 May.",
            "en",
            "#nursing",
        ),
        (
            "Se busca gerocultora para residencia de mayores en Soria, jornada completa. Envía "
            "tu CV.",
            "es",
            "#residenciademayores",
        ),
        (
            "Wir suchen ab sofort eine Pflegefachkraft (m/w/d) für unseren ambulanten Dienst "
            "in Jena.",
            "de",
            "#pflegejobs",
        ),
        (
            "L'EHPAD Les Glycines à Tours recrute un infirmier de jour en CDI. Candidature par "
            "mail.",
            "fr",
            "#infirmière",
        ),
        (
            "Procuramos enfermeiro para o turno da noite no nosso lar em Viseu. Envie o CV "
            "até sexta.",
            "pt",
            "#enfermagem",
        ),
        (
            "Cerchiamo un'infermiera per la nostra RSA di Cuneo, turni diurni. Invia il "
            "curriculum.",
            "it",
            "#infermieri",
        ),
    ],
)
def test_a_job_s_field_is_tagged_before_the_hiring_fillers(
    content: str, language: str, field: str
) -> None:
    """A care or trade job names its field (#nursing, #pflegejobs, #electrician, not
    #experiencedelectrician): it comes before #hiring, #jobs, #emploi."""
    tags = tags_of(content, language)
    assert field in tags, tags
    assert all(tags.index(field) < tags.index(t) for t in tags if t in FILLERS), tags


def test_a_word_of_time_after_the_topic_does_not_make_it_a_qualifier() -> None:
    """ "our book launch *last* night": the launch is the topic, "last" no noun it qualifies."""
    tags = tags_of("Thank you to every reader who came to our book launch last night!", "en")
    assert "#booklaunch" in tags, tags
