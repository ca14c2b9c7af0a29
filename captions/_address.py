"""How a post addresses its readers, so the call to action after it does the same.

French says "tu" or "vous", Italian "tu", "voi" or "Lei", German "du", "ihr" (Austrian
"Kommts vorbei") or "Sie", Spanish "tú", "vosotros", "usted" or "ustedes", Portuguese "tu",
"você" or "vocês". A brief that invites in
one ("Prenota il tuo tavolo", "Viens goûter ta crêpe", "Si os interesa, mandad vuestro
CV") is followed by a call to action in the same ("Taggate …" after "Prenota …" reads as
two voices). The same words tell a template's address, so both are read alike: a
pronoun or possessive of the address ("ton", "vostro", "euch", "Ihnen", "vuestro",
"vocês", "la Sua") or an imperative only it takes ("Identifiez", "taggate", "mandad",
"enviem", "Escríbanos", "Ci scriva"). A text that shows none, or two, has no address
(None): anything follows it. A brief in the polite or plural address gets calls to
action written in it (the templates carry some in every pool a business posts in), so
"Vereinbaren Sie einen Termin" is followed by "Fragen Sie uns …", never by nothing.
"""

from __future__ import annotations

import functools
import re

__all__ = ["address_of", "same_address"]

# per language: (address, pattern); "plural" is the plural you (and French "vous",
# which is also the polite singular), "formal" the polite one where it differs,
# "singular" Portuguese "você" (neither "tu" nor "vocês"), "ustedes" the Spanish plural
# that is not Spain's "vosotros"
# usted's pronoun before "we" ("le pedimos", "lo esperamos"), never one naming whom
# ("le pedimos a la alcaldía"), and the words of its clause before it
_USTED_VERBS = (
    r"(?:esperamos|invitamos|recordamos|agradecemos|informamos|deseamos|pedimos"
    r"|atendemos|saludamos)\b(?! a\b| al\b)"
)
_CLAUSE = r"[^.,:;!?¡¿\n]*?"

_CUES: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    "fr": (
        (
            "tu",
            re.compile(
                r"(?i)\b(?:tu|toi|ton|ta|tes|-toi|partage-le|identifie|dis-le-nous|viens"
                r"|découvre|dis-moi|dis-nous)(?=\W|$)|\bt'(?=\w)"
            ),
        ),
        (
            "plural",
            re.compile(
                r"(?i)\b(?:vous|votre|vos|dites|faites)\b"
                r"|\b(?!(?:chez|assez|nez|rez)\b)[a-zàâçéèêëîïôûù]{3,}ez\b"
            ),
        ),
    ),
    "it": (
        (
            "tu",
            re.compile(
                r"(?i)\b(?:tu|ti|tuo|tua|tuoi|tue|prenota|scrivi(?:ci|mi)?|vieni|passa|scopri"
                r"|chiama(?:ci)?|tagga(?:la|lo)?|salva(?:lo)?|condividi(?:lo)?|ordina|approfitta"
                r"|seguici|raccontaci|dicci|iscriviti|contattaci|chiedi|conosci|mandaci|invia"
                r"|scrivicelo|con te"
                r"|\w+rai)\b"
            ),
        ),
        (
            "plural",
            re.compile(
                r"(?i)\b(?:voi|vi|vostr[oaie]|\w+(?:ate|ete|ite)(?:ci|lo|la|li|le|celo|telo|vi"
                r"|melo|mi)|venite|prenotate|passate|scoprite|taggate|salvate|condividete"
                r"|ordinate|approfittate|correte|guardate|provate|chiedete|mandate|inviate"
                r"|scrivete|seguite|acquistate|usate|approfittatene|festeggiate|trovate|potete|volete"
                r"|\w+[ae]reste|vorreste)\b"
            ),
        ),
        # "Lei": its pronouns capitalised inside a sentence ("Le piace", "la Sua
        # pazienza") and its imperatives ("Venga", "Ci scriva", "Lo condivida")
        (
            "formal",
            re.compile(
                r"(?<![.!?:]\s)(?<!^)\b(?:Lei|Le|Suo|Sua|Suoi|Sue)\b|\bLa aspettiamo\b"
                r"|(?i:\b(?:venga|condivida|inoltri|festeggi|scopra|non esiti|approfitti"
                r"|c[ei](?: lo)? (?:scriva|segua|chieda|racconti|invii|contatti|faccia))\b)"
            ),
        ),
    ),
    "de": (
        (
            "tu",
            re.compile(
                # ("Teil" alone is the noun: "Teil unseres Teams")
                r"(?i)\b(?:du|dich|dir|dein\w*|markier|teil(?= (?:es|das|den|die|ihn|sie)\b)"
                r"|sag|schick|frag|komm|bring|schau"
                r"|hol dir|sicher dir)\b"
            ),
        ),
        (
            "plural",
            re.compile(
                r"(?i)\b(?:euch|euer|eure\w*|\w+t ihr|kommt|schaut|bringt|markiert|teilt|schreibt"
                r"|sichert|holt|sagt|erzählt|speichert|zeigt|schickt|folgt|fragt|meldet|lasst|verratet"
                r"|könnt|seid|habt|wollt|dürft|müsst|wart(?! mal)"
                # "dass ihr wart", never "dass ihr Laden" (her shop)
                r"|(?:dass|ob|wenn|wie|was|wo) ihr(?= (?-i:[a-zäöüß]))"
                r"|(?:feiert|gratuliert|probiert|besucht) (?:mit|uns|dem|der|den)"
                r"|(?:komm|schau|hol|bring|sag|feier|probier|trink|lass|meld|schreib|ruf|schick"
                r"|teil|markier|geh)ts)\b"
            ),
        ),
        (
            "formal",
            re.compile(
                r"\b(?:Ihnen|\w+(?:en|rn|ln) Sie\b)|(?<![.!?:]\s)(?<!^)\bIhr(?:e[nmrs]?)?\b"
            ),
        ),
    ),
    "es": (
        (
            "tu",
            re.compile(
                r"(?i)\b(?:tú|ti|contigo|tu|tus|te)\b(?!\s+(?:de|del)\b)"
                # a reflexive imperative carries its accent ("apúntate", "llévate"), or is
                # the voseo's ("sumate"): "chocolate", "tomate", "billete" are things
                r"|\b(?:\w*[áéíóú]\w*[ae]te|sumate|anotate|acercate|llevate|animate|quedate"
                r"|fijate|unite|copate|bancate|prendete)\b"
                r"|\b(?:ven|pasa|descubre|reserva|escríbenos|cuéntanos|dinos|etiqueta|comparte"
                r"|guarda|síguenos|pregúntanos|apúntate|manda|envía|compártelo|compartilo"
                r"|etiquétala|etiquetala|etiquetá|envíaselo|mándaselo|guárdalo|guardalo|guardá"
                r"|cuéntamelo|contame|seguinos|escribinos|contanos|decinos|conseguilo|consíguelo"
                r"|dale|usá|comprá|entrá|preguntá|conoces|conocés|tienes|tenés|estás|vení"
                r"|reservá|compartí|mandá|quieres|puedes|podés|vas|consigue|conseguí|celebra"
                r"|celebrá|mándanos|mandanos|preguntanos|dínoslo|descubrí|doná"
                r"|déjalas|déjalos|déjanos|dales|felicitalos|felicítalos|dejalas|dejanos|mandáselo)\b"
                # a verb that is also a noun or a third person ("cada compra", "la tienda
                # dona", "el sol entra") is an imperative only opening its sentence
                r"|(?:^|(?<=[.!?¡¿:])\s*)(?:compra|usa|entra|dona)\b"
            ),
        ),
        (
            "plural",
            re.compile(
                r"(?i)\b(?:vosotr[oa]s|os|vuestr[oa]s?|mandad|enviad|venid|pasad|escribidnos"
                r"|contadnos|decidnos|reservad|etiquetad|compartid|guardad|apuntaos|seguidnos"
                r"|preguntadnos|descubrid|conocéis|vais|queréis|podéis|tenéis|pasaos|veníos|animaos"
                r"|acercaos|daos|traed|podáis"
                # the past and present of vosotros ("vinisteis", "ayudasteis", "sois",
                # "estáis", "habéis"): no other Spanish word ends in "-steis", "-áis", "-éis"
                # but the plurals of nouns in "-ái", "-éi" ("samuráis", "jerséis")
                r"|sois|\w{2,}(?:asteis|isteis)"
                r"|(?!(?:samur|bons|espr|paip|guirig)áis\b|(?:jers|yers)éis\b)\w+(?:áis|éis)"
                r"|\w+[aeií]dnos\w*|\w+[aei]d(?:lo|la|los|las|le|les))\b"
            ),
        ),
        # usted: never answered in Spain's vosotros; its imperatives ("Escríbanos",
        # "Llámenos", "Compártalo"), never "Escríbenos"
        (
            "formal",
            re.compile(
                r"(?i)\busted\b|\b(?:escríban|llámen|visíten|contácten|pídan"
                r"|consúlten|pregúnten|sígan|cuénten|dígan|acompáñen|avísen|envíen)os\w*"
                r"|\b(?:compártalo|guárdelo|celébrelo|pruébelo|resérvelo|envíeselo|no dude)\b"
                # the pronoun of usted before "we" ("Le pedimos disculpas", "El lunes lo
                # esperamos", "Le recordamos que …"), never one naming whom ("le pedimos a
                # la alcaldía") nor one standing for what its clause opened on: a person
                # after "a" ("A nuestro proveedor le pedimos") or a thing of its gender
                # ("La nueva colección la esperamos", "El camión lo esperamos"), a day or
                # an hour aside ("El viernes lo esperamos", "A las 10 le esperamos")
                r"|(?:^|(?<=[.,:;!?¡¿\n]))\s*"
                r"(?!\s*(?:a|al)\s+(?!(?:las|la una|partir|primera|última|\d+)\b)"
                rf"{_CLAUSE}\b(?:le|lo|la) {_USTED_VERBS})"
                r"(?!\s*(?:el|este|ese|aquel|nuestro|mi|un)\s+(?!(?:lunes|martes|miércoles|jueves"
                r"|viernes|sábado|domingo|día|fin|mes|año|próximo|verano|invierno|otoño)\b)"
                rf"{_CLAUSE}\blo {_USTED_VERBS})"
                r"(?!\s*(?:la|esta|esa|aquella|nuestra|mi|una)\s+(?!(?:semana|próxima|tarde|noche"
                r"|mañana|primavera|hora)\b)"
                rf"{_CLAUSE}\bla {_USTED_VERBS})"
                rf"{_CLAUSE}\b(?:le|lo|la) {_USTED_VERBS}"
            ),
        ),
        # thanks for "su" patience: usted's or ustedes', never said to readers addressed
        # as tú or vosotros ("Os devolvemos el importe … Gracias por su comprensión")
        (
            "polite",
            re.compile(r"(?i)\bgracias por su (?:paciencia|comprensión|confianza)\b"),
        ),
        # ustedes, the plural of the Americas (and Spain's polite plural): "¡Vengan!",
        # "Los esperamos", answered in it ("Déjennos", "Compártanlo"), never in the
        # singular usted ("Compártalo") nor in tú
        (
            "ustedes",
            re.compile(
                r"(?i)\bustedes\b|\b(?:vengan|pasen|visiten|compartan|etiqueten|reserven"
                r"|aprovechen|traigan|celebren|escriban|cuenten|dejen|festejen|no se lo pierdan"
                r"|avisen|pregunten"
                # the pronoun before "we" speaks to them: "¡Los esperamos!", and in the
                # Canaries and the Americas "¡Les esperamos!", "Les invitamos a …"
                r"|(?:los|las|les) (?:esperamos|invitamos|recordamos|agradecemos|informamos"
                r"|deseamos))\b"
                # a question that opens on their verb, with no one else named as its
                # subject: "¿Ya vieron la terraza?", "¿Conocen …?", "¿Se acuerdan de …?";
                # never one others ask ("Nos preguntan: ¿tienen pan sin gluten?"; the "Pregunta
                # del día" is the writer's) nor one
                # whose plural after the verb does what it asks ("¿Pueden los perros
                # comer uvas?", "¿Saben los niños de dónde …?": the object of "¿Conocen
                # los nuevos sabores?" stays)
                r"|(?:^|(?<=[.!?\n]))(?:(?!\b(?:preguntan|preguntaron|preguntó|nos pregunta"
                r"|me pregunta|dicen|dijo|nos dice|piden|escriben|nos escribe)\b)[^.!?\n¿])*"
                r"¿(?:ya |todavía |alguna vez |ustedes )?(?:se |les |los )?(?:vieron|probaron"
                r"|conocieron|visitaron|escucharon|leyeron|fueron|notaron|extrañaron|supieron"
                r"|pidieron|pasaron|conocen|saben|sabían|quieren|vienen|tienen|pueden|acuerdan"
                r"|animan|apuntan|imaginan|creen|recuerdan|prefieren|buscan|necesitan)\b"
                r"(?!\s+(?:los|las|sus|tus|mis|nuestros|nuestras|estos|estas|esos|esas)\s+\w+"
                r"(?:\s+\w+)?\s+(?:\w+(?:ar|er|ir|ír)|qué|cómo|dónde|de dónde|cuándo|cuánto"
                r"|por qué|si)\b)"
                # its imperative with a pronoun after it carries the accent ("acérquense",
                # "anímense", "déjennos", "compártanlo"): a verb of another person never does
                r"|\b\w*[áéíóú]\w*[ae]n(?:se|nos|lo|la|los|las|noslo|nosla|selo|sela)\b"
            ),
        ),
    ),
    "pt": (
        ("tu", re.compile(r"(?i)\b(?:tu|teu|tua|teus|tuas|contigo)\b")),
        # the singular "você" and its imperatives ("Partilhe", "Identifique", "a sua")
        (
            "singular",
            re.compile(
                r"(?i)\b(?:você|seu|sua|seus|suas|partilhe|compartilhe|identifique|envie"
                r"|marque|salve|guarde|deixe|conte|mande|siga|reserve|anote|mostre|comente"
                r"|responda|diga|use|compre|candidate-se|garanta|aproveite|venha|adote|pergunte"
                r"|corra|doe|saiba|celebre|usaria|dê|apareça|junte-se|traga|visite|experimente"
                r"|inscreva-se|ligue|descubra)\b|\bpasse (?:na|no|pel[oa]|por|cá|lá)\b"
                r"|(?<!quem )(?<!quem não )\bpode\b"
            ),
        ),
        (
            "plural",
            re.compile(
                r"(?i)\b(?:vocês|vos|vosso|vossa|vossos|vossas|convosco|enviem|partilhem|deixem"
                r"|venham|contem|marquem|compartilhem|reservem|escrevam|sigam|digam|passem"
                r"|mandem|guardem|salvem|identifiquem|comentem|perguntem|comemorem|celebrem"
                r"|conhecem|querem|provem|tragam|aproveitem|corram|visitem|garantam|comprem"
                r"|doem|adotem|experimentem|participem|ajudem|apareçam|cheguem|juntem-se|vejam"
                r"|fiquem|liguem|escolham|descubram|inscrevam-se|festejem|brindem)\b"
            ),
        ),
    ),
}


@functools.lru_cache(maxsize=4096)
def address_of(text: str, language: str) -> str | None:
    """The address ``text`` speaks to its readers in ("tu", "plural", "formal",
    "singular", "ustedes", or Spanish "polite": usted's or ustedes' "su"), or None when
    it shows none, or more than one."""
    found = {address for address, pattern in _CUES.get(language, ()) if pattern.search(text)}
    if found & {"formal", "ustedes"}:
        found.discard("polite")  # "su paciencia" is theirs too
    return found.pop() if len(found) == 1 else None


# the address a language's templates are written in unless marked otherwise (and the one
# a brief that shows none is answered in)
_DEFAULT = {"fr": "plural", "it": "plural", "de": "plural", "es": "tu", "pt": "singular"}


def same_address(brief: str | None, template: str | None, language: str) -> bool:
    """Whether a template in address ``template`` may follow a brief in ``brief``: the
    same, or either shows none; a template in another than the language's usual one
    ("vosotros" in Spanish, "tu" in Italian) only after a brief in it."""
    if template is None:
        return True
    if template == "polite":
        # Spanish "Gracias por su paciencia": usted's and ustedes' alike
        return brief in (None, "polite", "formal", "ustedes")
    if brief is None:
        return template == _DEFAULT.get(language, template)
    return brief == template
