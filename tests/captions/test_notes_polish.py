"""A brief typed as notes is written out in the caption (blind review 6: "the body is
the brief's notes as typed", "w/", "&", "+", "!!"): the language's "with" and "and",
one "!" (opened by "¡" in Spanish), while links, e-mail addresses, @mentions, numbers and
names stay as typed.

Posts invented for this test, in the six languages the engine writes.
"""

from __future__ import annotations

import re

import pytest

from tests.captions.helpers import captions_for, text_of

# (language, brief, what every variant says, what no variant says)
NOTES = [
    (
        "en",
        "new release: the Fernway backpack. ripstop nylon w/ a padded laptop sleeve, "
        "22 L. $95 at fernway-gear.com from Thursday!!",
        ["with a padded laptop sleeve", "fernway-gear.com", "$95"],
        [" w/ ", "!!"],
    ),
    (
        "en",
        "Seed swap at the Millbrook community hall this Saturday 10am-2pm. bring seeds & "
        "cuttings, take some home. soup + bread by @millbrook.growers!!!",
        ["seeds and cuttings", "soup and bread", "@millbrook.growers"],
        [" & ", " + ", "!!"],
    ),
    (
        "es",
        "Nueva línea de mercería Hilo Fino: agujas & hilos de algodón hechos en Valencia. "
        "desde 6 € en hilofino.es. envíos gratis!!",
        ["agujas e hilos", "hilofino.es", "6 €"],
        [" & ", "!!"],
    ),
    (
        "de",
        "Neu bei uns im Hofladen Lindner: Apfelsaft & Birnensaft aus eigener Ernte. "
        "1 Liter für 3,20 €, ab Samstag!!",
        ["Apfelsaft und Birnensaft", "3,20 €"],
        [" & ", "!!"],
    ),
    (
        "fr",
        "Nouveau à l'épicerie Bocal : miel & confitures de la vallée. 7 € le pot, "
        "commandes à bonjour@bocal-epicerie.fr!!",
        ["miel et confitures", "bonjour@bocal-epicerie.fr", "7 €"],
        [" & ", "!!"],
    ),
    (
        "pt",
        "Lançamento da linha Horta Viva: sabonetes c/ óleo de alecrim, 120 g. R$ 24 "
        "no site hortaviva.com.br, envio p/ todo o Brasil!!",
        ["com óleo de alecrim", "para todo o Brasil", "hortaviva.com.br", "R$ 24"],
        [" c/ ", " p/ ", "!!"],
    ),
    (
        "it",
        "Nuovo al Forno Bianchi: pane & focaccia con farina di farro. 4 € al chilo, "
        "ordini a ciao@fornobianchi.it!!!",
        ["pane e focaccia", "ciao@fornobianchi.it", "4 €"],
        [" & ", "!!"],
    ),
]


@pytest.mark.parametrize(
    ("language", "content", "said", "unsaid"),
    NOTES,
    ids=[f"{n[0]}-{i}" for i, n in enumerate(NOTES)],
)
def test_a_brief_s_notes_are_written_out(
    language: str, content: str, said: list[str], unsaid: list[str]
) -> None:
    for variant in captions_for(content, language=language):
        text = text_of(variant)
        assert all(s.lower() in text.lower() for s in said), (said, text)
        assert not [u for u in unsaid if u in text], (unsaid, text)


# a name with "&" or "+" in it is the owner's: kept as typed, in every language
NAMES = [
    ("en", "Spring menu at Salt & Stone: wild garlic soup & sourdough, £9.", "Salt & Stone"),
    (
        "de",
        "Sommerschlussverkauf bei Garn & Nadel: 30 % auf alle Stoffe bis Sonntag.",
        "Garn & Nadel",
    ),
    ("pt", "Promoção na Loja Fio & Linha: 20% em todos os cachecóis até domingo.", "Fio & Linha"),
]


@pytest.mark.parametrize(("language", "content", "name"), NAMES, ids=[n[0] for n in NAMES])
def test_a_name_with_an_ampersand_is_kept_as_typed(language: str, content: str, name: str) -> None:
    for variant in captions_for(content, language=language):
        assert name in text_of(variant), text_of(variant)


# a firm's partners typed in lower case: "& co", "& cie", "& hijos" stay a name ("Kestrel &
# co" was "Kestrel and co"), and the short forms get their capital
FIRMS = [
    ("en", "new drop at larkspur & co: the quay hoodie in 3 colours, $75 online", "& Co"),
    ("fr", "Nouvelle collection chez Brunet & cie : pulls en laine, dès 59 €.", "& Cie"),
    (
        "es",
        "Rebajas en Ferretería Ortuño & hijos: 20 % en herramientas hasta el sábado.",
        "& hijos",
    ),
]


@pytest.mark.parametrize(("language", "content", "kept"), FIRMS, ids=[n[0] for n in FIRMS])
def test_a_firm_s_partners_keep_their_ampersand(language: str, content: str, kept: str) -> None:
    for variant in captions_for(content, language=language):
        assert kept in text_of(variant), text_of(variant)


def test_a_spanish_c_slash_may_be_a_street_and_stays() -> None:
    content = "Abrimos la nueva tienda Raíz en c/ Mayor 14, Zaragoza. Sábado 3 de mayo a las 10:00."
    for variant in captions_for(content, language="es"):
        assert "c/ Mayor 14" in text_of(variant), text_of(variant)


def test_shorthand_opening_a_sentence_is_written_with_its_capital() -> None:
    content = (
        "Our Larch honey is back at the Tuesday market, $12 a jar. w/ a free taste for "
        "everyone who stops by."
    )
    for variant in captions_for(content, language="en"):
        text = text_of(variant)
        assert "With a free taste" in text, text
        assert not re.search(r"(?<![\w/])w/", text), text


def test_spanish_opens_what_it_exclaims() -> None:
    content = (
        "Nueva línea de jabones Agua Clara hechos a mano en Cádiz. desde 4.50 € en "
        "aguaclara.es!! envíos gratis a toda España!"
    )
    for variant in captions_for(content, language="es"):
        text = text_of(variant)
        assert "¡Envíos gratis a toda España!" in text, text
        assert "¡Desde 4.50 € en aguaclara.es!" in text, text
        assert "¡¡" not in text, text


# a brief typed as a chat message: its short words written out, alone and in lower case
CHAT = [
    (
        "pt",
        "Bolo de milho saindo agora! vc tb pode encomendar pelo WhatsApp (11) 98765-4321. "
        "R$ 40 o bolo inteiro.",
        ["você também pode encomendar", "(11) 98765-4321", "R$ 40"],
    ),
    (
        "es",
        "Mañana abrimos la terraza de la Taberna Roble. lo q más nos pedíais. tmb hay menú "
        "del día a 12 €, reservas al 611 222 333.",
        ["lo que más nos pedíais", "también hay menú", "611 222 333"],
    ),
    (
        "fr",
        "Merci bcp à tous pour le marché de samedi. la boutique Anis est tjs ouverte le "
        "dimanche de 10h à 13h.",
        ["merci beaucoup", "toujours ouverte"],
    ),
    (
        "it",
        "Domenica il Forno Gallo è aperto cmq dalle 8 alle 12. nn mancate, pane caldo a "
        "3 € al chilo.",
        ["aperto comunque", "non mancate"],
    ),
    (
        "en",
        "New hours at Fig Lane Café from Monday: 7am-3pm. pls note the kitchen closes at "
        "2:30. thx for bearing with us.",
        ["please note the kitchen", "thanks for bearing with us"],
    ),
]


@pytest.mark.parametrize(("language", "content", "said"), CHAT, ids=[c[0] for c in CHAT])
def test_a_chat_message_s_short_words_are_written_out(
    language: str, content: str, said: list[str]
) -> None:
    variants = [text_of(v).lower() for v in captions_for(content, language=language)]
    # the full retelling says them all (a tighter variant may leave a filler out: "lo
    # que más nos pedíais"), and no variant keeps a short word as typed
    assert all(s.lower() in variants[0] for s in said), (said, variants[0])
    for text in variants:
        assert not re.search(r"\b(?:vc|tb|q|tmb|bcp|tjs|cmq|nn|pls|thx)\b", text), text


def test_french_puts_a_space_before_its_marks_but_not_in_a_time_or_address() -> None:
    content = (
        "Merci à tous pour la fête de samedi! La boutique Anis rouvre mardi à 10:30. "
        "Infos: bonjour@anis-boutique.fr"
    )
    for variant in captions_for(content, language="fr"):
        text = text_of(variant)
        assert "samedi !" in text, text
        assert "10:30" in text, text
        assert "bonjour@anis-boutique.fr" in text, text
        assert not re.search(r"[^\W\d_][!?;]", text), text
