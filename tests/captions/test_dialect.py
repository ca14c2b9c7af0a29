"""A caption is written in the regional variety of its post.

Portuguese: a Brazilian post gets no European wording ("Diga-nos", "Partilhe", "à
procura de", "a + infinitive"), a European post no Brazilian wording ("Compartilhe",
"Marque", "procurando"), and a post that shows neither gets only wording that is
right in both. Spanish: a voseo post gets voseo calls to action, never tú
imperatives. Every template is checked, and posts invented here are written in every
tone.
"""

from __future__ import annotations

import re

import pytest

from captions import CaptionRequest
from captions._address import address_of
from captions._writer import templates

from .helpers import ENGINES, captions_for, text_of

TONES = ("casual", "professional", "playful", "inspirational", "promotional", "minimalist")

# wording only Brazilians write
_BRAZILIAN = re.compile(
    r"\b(?:você|vocês|compartilh\w*|marque|marque-a|salve|equipe|contratando|com a gente|"
    r"pra|time|tela|celular|ônibus|café da manhã|decepcion\w*|quilômetros?|planeje|"
    r"espiada|legal|dividiria)\b"
    r"|\b(?!(?:quando|lindo|linda|vindo|comando|bando|brando)\b)\w+(?:ando|endo|indo)\b"
    r"|(?:^|[.!?:]\s+)(?:(?:Me|Te)\s+\w+|Nos\s+\w+(?<!s)\b)",
    re.IGNORECASE | re.MULTILINE,
)
# wording only the Portuguese write
_EUROPEAN = re.compile(
    r"\b(?:si|lhe|vós|vosso|vossa|vossos|vossas|convosco|connosco|equipa|partilh\w*|"
    r"identifique|ecrã|telemóvel|autocarro|pequeno-almoço|quilómetros?|desilude|cábula|"
    r"sestas|escapadinha|planeie|registo|contacto|facto|fixe|consigo|a seguir|"
    r"debaixo de olho|à volta de|à procura|à espera|à sua espera|abrand\w*|boa gente|saltar|"
    r"\w+ámos)\b"
    r"|\b\w+-(?:nos|me|te|lhe)\b"
    r"|\b(?:está|estão|estou|estamos|continua|anda|andam|fica)\s+a\s+\w+(?:ar|er|ir)\b"
    r"|(?:^|[.!?:]\s+)A\s+\w+(?:ar|er|ir)\b",
    re.IGNORECASE | re.MULTILINE,
)


def _frames(language: str) -> list[tuple[str, str | None]]:
    return [
        (frame.text, frame.dialect)
        for section in templates(language).frames.values()
        for pool in section.values()
        for frame in pool
    ]


def test_every_portuguese_template_is_in_the_variety_it_is_tagged_with() -> None:
    wrong = []
    for text, dialect in _frames("pt"):
        if dialect != "br" and (m := _BRAZILIAN.search(text)):
            wrong.append(f"{text!r} is Brazilian ({m.group(0)!r}) but tagged {dialect}")
        if dialect != "pt" and (m := _EUROPEAN.search(text)):
            wrong.append(f"{text!r} is European ({m.group(0)!r}) but tagged {dialect}")
    assert not wrong, "\n".join(wrong)


def test_a_portuguese_post_of_neither_variety_has_calls_to_action_to_choose_from() -> None:
    """Every purpose keeps at least two asks right in both varieties (the spare pool
    too), and not only "link in bio" ones a link-less post never gets, so a variant of
    an unmarked post is not left without one."""
    thin = {
        intent: [f.text for f in pool if f.dialect is None]
        for intent, pool in templates("pt").frames["cta"].items()
        if sum(f.dialect is None and f.voice is None and "bio" not in f.text for f in pool) < 2
    }
    assert not thin, thin


_BRAZILIAN_POSTS = [
    "Estamos contratando barista para nossa cafeteria em Campinas! Você ama café e "
    "atendimento? Manda o currículo pelo direct.",
    "Nosso café da manhã de domingo voltou: pão de queijo, tapioca e suco de caju. "
    "Vem com a gente!",
    "Gente, o evento de lançamento do livro vai ser no sábado às 16h na livraria. "
    "Vocês vêm? Nos diga nos comentários.",
    "Acabei de trocar a tela do celular e já estou fazendo as fotos da viagem de novo.",
]
_EUROPEAN_POSTS = [
    "Estamos a contratar cozinheiro para o nosso restaurante em Braga. Quem está "
    "interessado pode enviar o CV. Contamos convosco!",
    "O nosso pequeno-almoço de sábado está de volta: torradas, galão e sumo de laranja. "
    "Vemo-nos lá?",
    "A equipa está a preparar o jantar de fim de ano no sábado às 20h. Diga-nos se vem!",
    "Troquei o ecrã do telemóvel e apanhei o autocarro para a praia. Que dia!",
]
_UNMARKED_POSTS = [
    "Feira de artesanato no sábado, das 10h às 18h, na praça central. Entrada livre.",
    "Nova coleção de cerâmica feita à mão: pratos, tigelas e canecas. Disponível a partir de hoje.",
    "Cozinheiro procura-se para restaurante de peixe. Experiência de dois anos.",
]


def test_tragam_addresses_voces() -> None:
    assert address_of("Tragam os amigos hoje à noite!", "pt") == "plural"
    assert address_of("Tragam os vossos cães ao parque!", "pt") == "plural"


@pytest.mark.parametrize("content", _BRAZILIAN_POSTS)
@pytest.mark.parametrize("tone", TONES)
def test_a_brazilian_post_gets_no_european_wording(content: str, tone: str) -> None:
    for variant in captions_for(content, language="pt", tone=tone):
        assert not _EUROPEAN.search(text_of(variant)), text_of(variant)


@pytest.mark.parametrize("content", _EUROPEAN_POSTS)
@pytest.mark.parametrize("tone", TONES)
def test_a_european_post_gets_no_brazilian_wording(content: str, tone: str) -> None:
    for variant in captions_for(content, language="pt", tone=tone):
        assert not _BRAZILIAN.search(text_of(variant)), text_of(variant)


@pytest.mark.parametrize("content", _UNMARKED_POSTS)
@pytest.mark.parametrize("tone", TONES)
def test_a_post_of_neither_variety_gets_wording_right_in_both(content: str, tone: str) -> None:
    for variant in captions_for(content, language="pt", tone=tone):
        written = text_of(variant)
        assert not _EUROPEAN.search(written), written
        assert not _BRAZILIAN.search(written), written


# tú (and Spain's vosotros) forms that a River Plate reader would not write
_TU = re.compile(
    r"\b(?:tú|ti|quieres|tienes|conoces|puedes|sigues|llevas|apuntas|únete|guárdalo|"
    r"aprovecha|escríbenos|compárte\w*|etiqueta|etiquét\w+|envíaselo|cuénta\w*|síguenos|"
    r"guarda|comparte|consíguelo|consigue|compra|entra|dinos|dínoslo|celebra|mándanos|"
    r"enséñanos|envía|dona|descubre|pregúnta\w*|pregunta|deja|mándales|abraza|ven|trae|usa|"
    r"(?<!se )apunta|reserva|os|vuestr[oa]s?|habéis)\b",
    re.IGNORECASE,
)
# voseo forms
_VOS = re.compile(
    r"\b(?:vos|querés|tenés|conocés|podés|seguís|llevás|apuntás|sumate|guardalo|aprovechá|"
    r"escribinos|compartilo|compartila|compartí|etiquetá|etiquetal[oa]|mandáselo|contanos|"
    r"contame|seguinos|guardá|conseguilo|conseguí|comprá|entrá|decinos|celebrá|mandanos|"
    r"mostranos|mandá|doná|descubrí|preguntanos|preguntá|dejá|mandales|abrazá|vení|anotá|"
    r"reservá|traé|usá)\b",
    re.IGNORECASE,
)


def test_every_spanish_template_is_in_the_form_of_address_it_is_tagged_with() -> None:
    wrong = []
    for text, dialect in _frames("es"):
        if dialect != "tu" and (m := _TU.search(text)):
            wrong.append(f"{text!r} says tú ({m.group(0)!r}) but tagged {dialect}")
        if dialect != "vos" and (m := _VOS.search(text)):
            wrong.append(f"{text!r} says vos ({m.group(0)!r}) but tagged {dialect}")
    assert not wrong, "\n".join(wrong)


_VOSEO_POSTS = [
    "Abrimos la nueva sucursal en Palermo: si tenés ganas de un café de especialidad, "
    "vení a probarlo.",
    "Liquidación de temporada: 40% en camperas de abrigo. Si querés una, pasá por el local "
    "antes del domingo.",
    "Terminé de pintar la cocina de verde oliva. ¿Vos te animarías a un color así?",
    "Buscamos cocinero para nuestra parrilla en Montevideo. ¿Sabés de alguien? Contanos.",
]
_TU_POSTS = [
    "Nuevo menú de otoño en la terraza: setas, calabaza y castañas. ¿Te apuntas?",
    "Buscamos camarero para nuestro bar de tapas en Sevilla. ¿Conoces a alguien?",
]


@pytest.mark.parametrize("content", _VOSEO_POSTS)
@pytest.mark.parametrize("tone", TONES)
def test_a_voseo_post_gets_no_tu_wording(content: str, tone: str) -> None:
    for variant in captions_for(content, language="es", tone=tone):
        assert not _TU.search(text_of(variant)), text_of(variant)


@pytest.mark.parametrize("content", _TU_POSTS)
@pytest.mark.parametrize("tone", TONES)
def test_a_tu_post_gets_no_voseo(content: str, tone: str) -> None:
    for variant in captions_for(content, language="es", tone=tone):
        assert not _VOS.search(text_of(variant)), text_of(variant)


def _notes(content: str, language: str) -> tuple[str, ...]:
    request = CaptionRequest.model_validate({"content": content, "language": language})
    return ENGINES.generate_offline(request).notes


@pytest.mark.parametrize(
    "content",
    [
        "Fim de tarde junto ao rio em Coimbra, com um gelado na mão.",
        "Passeio de barco pelo rio em Aveiro: meia hora e muitas gaivotas.",
    ],
)
def test_a_common_noun_that_is_also_a_brazilian_place_does_not_vote(content: str) -> None:
    assert any("European Portuguese" in n for n in _notes(content, "pt")), _notes(content, "pt")


_VOSOTROS = re.compile(
    r"\b(?:os|vuestr[oa]s?|habéis|informaros|avisaros|contaros)\b", re.IGNORECASE
)


def test_no_spanish_template_says_vosotros() -> None:
    """Spain's plural 'you' reads as foreign in the Americas; ustedes is right in both.
    A call to action in vosotros follows only a brief in vosotros (``_address.py``)."""
    wrong = [
        text
        for text, _ in _frames("es")
        if _VOSOTROS.search(text) and address_of(text, "es") != "plural"
    ]
    assert not wrong, wrong


@pytest.mark.parametrize(
    "content",
    [
        "Hoy la cafetería de Coyoacán cierra a las 14 h por inventario. Mañana abrimos en "
        "horario normal.",
        "Se pospone el taller de cerámica del sábado en Medellín por lluvia. Les avisamos "
        "la nueva fecha.",
    ],
)
@pytest.mark.parametrize("tone", TONES)
def test_a_latin_american_notice_gets_no_vosotros(content: str, tone: str) -> None:
    for variant in captions_for(content, language="es", tone=tone):
        assert not _VOSOTROS.search(text_of(variant)), text_of(variant)
