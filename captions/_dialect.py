"""Portuguese by default as written in Brazil; European Portuguese when the post says so.

Most Portuguese-speaking users write Brazilian Portuguese, and a Brazilian reader
notices European wording at once ("Partilhe", "equipa", "está a crescer"). The shipped
templates are Brazilian; a post with European cues (its vocabulary, "a + infinitive",
Portuguese places, euros without reais) gets the same captions with the European
words put back, word by word, where the two differ.
"""

from __future__ import annotations

import re

__all__ = ["european_portuguese", "is_european_portuguese"]

_EUROPEAN_CUES = re.compile(
    r"\b(?:equipa|telemóvel|pequeno-almoço|autocarro|connosco|fixe|miúd[oa]s|casa de banho|"
    r"frigorífico|montra|sumo|ecrã|registo|facto|contacto|malta|giro|gira|"
    r"(?:está|estão|estamos|estou|andamos|anda)\s+a\s+\w+(?:ar|er|ir))\b",
    re.IGNORECASE,
)
# places are names: written with their capital, and only those without a second sense
# ("madeira" is wood, "Porto Alegre" is in Brazil)
_EUROPEAN_PLACES = re.compile(
    r"\b(?:Lisboa|Porto(?! Alegre)|Braga|Coimbra|Faro|Aveiro|Sintra|Cascais|Algarve|Açores|"
    r"Setúbal|Évora|Guimarães|Alfama|Chiado|Bairro Alto|Funchal)\b"
)
_BRAZILIAN_CUES = re.compile(
    r"R\$|\b(?:a gente|bora|você|vocês|legal|ônibus|celular|café da manhã|banheiro|time|"
    r"(?:está|estão|estamos|estou|tá|tô)\s+\w+ndo|São Paulo|Rio|Recife|Salvador|"
    r"Belo Horizonte|Curitiba|Porto Alegre|Fortaleza|Brasília|Ibirapuera|Floripa)\b",
    re.IGNORECASE,
)

# Brazilian → European, longest first so a phrase wins over its words
_TO_EUROPEAN: tuple[tuple[str, str], ...] = (
    ("Venha fazer parte da nossa equipe", "Junte-se à nossa equipa"),
    ("Compartilhe se isso fez você sorrir", "Partilhe se isto o fez sorrir"),
    ("Estamos contratando", "Estamos a contratar"),
    ("O apoio de vocês", "O vosso apoio"),
    ("O carinho de vocês", "O vosso carinho"),
    ("nenhum outro lugar", "nenhum outro sítio"),
    ("está crescendo", "está a crescer"),
    ("está tendo", "está a ter"),
    ("está treinando", "está a treinar"),
    ("está pensando", "está a pensar"),
    ("está sendo", "está a ser"),
    ("Comeria isso", "Comia isto"),
    ("Uma espiada rápida", "Uma espreitadela rápida"),
    ("com a gente", "connosco"),
    ("Compartilhe", "Partilhe"),
    ("compartilhe", "partilhe"),
    ("Compartilhar", "Partilhar"),
    ("compartilhar", "partilhar"),
    ("equipe", "equipa"),
    ("Marque", "Identifique"),
    ("Salve", "Guarde"),
    ("precisa ver", "precisa de ver"),
)
_WORDS = re.compile("|".join(rf"(?<!\w){re.escape(br)}(?!\w)" for br, _ in _TO_EUROPEAN))
_LOOKUP = dict(_TO_EUROPEAN)


def is_european_portuguese(content: str) -> bool:
    """Whether a Portuguese post reads as European (more European cues than Brazilian)."""
    european = len(_EUROPEAN_CUES.findall(content)) + len(_EUROPEAN_PLACES.findall(content))
    brazilian = len(_BRAZILIAN_CUES.findall(content))
    if european == brazilian == 0:
        return "€" in content and "R$" not in content
    return european > brazilian


def european_portuguese(text: str) -> str:
    """A caption written in Brazilian Portuguese, with the European words put back."""
    return _WORDS.sub(lambda m: _LOOKUP[m.group(0)], text)
