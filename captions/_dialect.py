"""Which regional variety a post is written in, so the caption's own words match it.

Portuguese: a Brazilian reader notices European wording at once ("Partilhe",
"equipa", "está a crescer", "Diga-nos") and a Portuguese reader Brazilian wording
("Compartilhe", "equipe", "está crescendo", "Nos diga"). A post's words say which it
is: its vocabulary ("café da manhã" / "pequeno-almoço", "ônibus" / "autocarro",
"celular" / "telemóvel", "tela" / "ecrã", "time" / "equipa"), its grammar ("estamos
contratando" / "estamos a contratar"; "você" / "vós", "convosco"; a clitic opening a
sentence, "Nos conte", is Brazilian), its spelling ("quilômetro" / "quilómetro"), its
places and its currency. A post with no sign either way gets only the wording that is
right in both.

Spanish: a post in Rioplatense voseo ("vos", "tenés", "querés", "mirá", "contanos")
gets voseo calls to action ("Compartilo", "Etiquetá"), never tú imperatives
("Compártelo"); every other Spanish post keeps the tú wording.

The templates carry the variety of their wording as a tag (``[br]``, ``[pt]``, ``[tu]``,
``[vos]``, see ``_writer.py``); an untagged template is right in every variety.
"""

from __future__ import annotations

import re

__all__ = ["dialect_of", "dialect_name"]

_EUROPEAN_CUES = re.compile(
    r"\b(?:equipa|telemóvel|pequeno-almoço|autocarro|connosco|convosco|vós|vosso|vossa|"
    r"vossos|vossas|fixe|miúd[oa]s|casa de banho|frigorífico|montra|sumo|ecrã|registo|"
    r"facto|contacto|malta|giro|gira|quilómetros?|bebé|económic[oa]s?|"
    r"\w+ámos|\w+-nos\s+lá|"
    r"(?:está|estão|estamos|estou|andamos|anda|continua|continuamos)\s+a\s+\w+(?:ar|er|ir))\b",
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
    r"tela|geladeira|vitrine|suco|galera|pra|tá|tô|quilômetros?|bebê|econômic[oa]s?|"
    # laughter typed as "kkk" and the gym as "academia" (European: "ahah", "ginásio");
    # "academia de música" is a school anywhere
    r"k{3,}|academia(?!\s+de\b)|"
    r"(?:está|estão|estamos|estou|tá|tô|continua|continuamos)\s+\w+ndo)\b",
    re.IGNORECASE,
)
# like the European places: with their capital ("rio" is a river anywhere)
_BRAZILIAN_PLACES = re.compile(
    r"\b(?:São Paulo|Rio|Recife|Salvador|Belo Horizonte|Curitiba|Porto Alegre|Fortaleza|"
    r"Brasília|Ibirapuera|Floripa)\b"
)
# a clitic pronoun opening a sentence ("Nos conte", "Me chama"): Brazilian; European
# Portuguese puts it after the verb ("Conte-nos")
# ("Nos comentários" is "em + os": a plural noun follows it, not a verb)
_BRAZILIAN_CLITIC = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:Me|Te|Se)\s+[a-zà-ú]{3,}|Nos\s+[a-zà-ú]{2,}(?<!s)\b)", re.MULTILINE
)

# Rioplatense voseo: the pronoun and the verb forms that only vos takes
_VOSEO = re.compile(
    r"\b(?:vos|sos|tenés|querés|podés|sabés|hacés|venís|decís|vivís|sentís|pensás|"
    r"necesitás|buscás|contás|andás|mirá|vení|probá|pasá|tomá|andá|fijate|sumate|"
    r"animate|contanos|contame|decinos|decime|escribinos|escribime|seguinos|avisanos|"
    r"etiquetá|compartí|compartilo|guardalo|reservá|agendá|llevate|bancá"
    # the imperatives a job ad or an order is typed with ("mandá tu cv", "llamá al",
    # "acercate", "consultá", "aprovechá"; never "pedí", "escribí", "elegí", which are
    # also the past of "yo")
    r"|mandá|mandanos|mandame|llamá|llamanos|pedinos|dejá|dejanos|poné|hacé"
    r"|traé|acercate|consultá|preguntá|aprovechá|apurate|comprá|encargá|enviá"
    r"|venite|pasate|sumá|avisá)\b",
    re.IGNORECASE,
)

_NAMES = {
    "br": "Brazilian Portuguese",
    "pt": "European Portuguese",
    "vos": "Rioplatense voseo",
}


def dialect_of(language: str, content: str) -> str | None:
    """The regional variety ``content`` is written in, as a template tag.

    Returns "br" or "pt" for Portuguese (None when the post shows neither), "vos" or
    "tu" for Spanish, None for every other language.
    """
    if language == "es":
        return "vos" if _VOSEO.search(content) else "tu"
    if language != "pt":
        return None
    european = len(_EUROPEAN_CUES.findall(content)) + len(_EUROPEAN_PLACES.findall(content))
    brazilian = (
        len(_BRAZILIAN_CUES.findall(content))
        + len(_BRAZILIAN_PLACES.findall(content))
        + len(_BRAZILIAN_CLITIC.findall(content))
    )
    if european == brazilian == 0:
        return "pt" if "€" in content else None  # euros and no Brazilian word: Portugal
    if european == brazilian:
        return None
    return "pt" if european > brazilian else "br"


def dialect_name(dialect: str | None) -> str | None:
    """How a note names the variety ``dialect`` (None: nothing worth a note)."""
    return _NAMES.get(dialect or "")
