"""Whether a post gives advice as a run of commands, with no word that says "tips".

"Check your smoke alarms this weekend. Never leave candles burning. Keep a torch by the
bed." was read as a home post ("Share this with someone who loves a cosy space",
#homedecor) and "Wear a helmet. Use lights after dark. Never ride with headphones in."
as one's own ride ("Share your little joy of the day"); "Controllate i rilevatori di
fumo … Non lasciate mai candele accese …" as home, "Verifique os detetores de fumo …
Nunca deixe velas acesas …" as a day. A post whose sentences mostly tell the reader
what to do, one of them saying "never", "always" or "your", is advice, whatever it is
advice about (candles, bikes, bread).

A sentence tells the reader what to do when it opens with "never"/"always" ("Nunca
dejes", "Non lasciate mai", "Ne laissez jamais"), with a verb on the reader's own
things ("Check your", "Revisa tus", "Prüft eure"), with a common English verb of advice
("Keep", "Unplug", "Wear"), or with a command built on an infinitive the language knows
("Vérifiez" vérifier, "Controllate" controllare, "Verifique" verificar, "Revisad"
revisar). A shop's invitations ("Book your table. Bring your friends.") are calls to
action, never advice.
"""

from __future__ import annotations

import functools
import re

__all__ = ["gives_advice", "numbered_instructions"]


def _words(words: str) -> frozenset[str]:
    return frozenset(words.split())


# "never" and "always" opening a command, and the negation that takes "never" after it
_NEVER = re.compile(
    r"(?i)^\W*(?:never|always|don't|do not|avoid|nunca|jamás|siempre|evita|nie|niemals|immer"
    r"|jamais|toujours|évitez|sempre|evite|mai)\b"
    r"|^\W*(?:no|non|ne|n'|não)\b[^.!?]{0,25}\b(?:nunca|jamás|mai|jamais|pas|nie)\b"
    r"|^\W*\w+\s+(?:\w+\s+){0,2}(?:nie|niemals)\b"
)
# a verb on the reader's own things ("Check your", "Revisa tus", "Prüft eure")
_YOUR = re.compile(
    r"(?i)^\W*([^\W\d_]+)\s+(?:your|tus|tu|tes|ton|ta|vos|votre|deine[nrms]?|dein|eure[nrms]?"
    r"|euer|suas|seus|tuas|teus|tua|teu|vostr[oaie]|i vostri|le vostre|il vostro|la vostra)\b"
)
# the verbs of a call to action: an invitation, never advice ("Book your table")
_CTA = _words(
    """meet grab book get shop order treat tag join bring save mark follow visit come enjoy
    pick reserve buy secure claim discover say share celebrate send thank reserva compra
    reservez réservez commandez venez buch bestellt bestell sichert sichere kommt prenota
    prenotate ordina garanta taggate condividete seguite venite passate scoprite encarga
    encargad pide pedid ordinate encomende encomendem encomenda"""
)
# common English verbs of advice, opening a sentence ("Keep a torch by the bed")
_EN_ADVICE = _words(
    """check keep turn unplug wear use lock store test clean wash replace switch charge write
    pack drink stretch sleep bleed cover fit install clear label dry water feed brush trim
    soak rinse defrost freeze put leave close empty fill set plan mind wipe ventilate open
    swap take make tie tape stock park slow stop carry tighten move practise practice
    drive run"""
)
# an imperative's ending and the infinitive endings it comes from, per language
_ENDINGS = {
    "fr": (("ez", ("er", "ir", "re")),),
    "it": (("ate", ("are",)), ("ete", ("ere",)), ("ite", ("ire",))),
    "es": (("ad", ("ar",)), ("ed", ("er",)), ("id", ("ir",)), ("a", ("ar",)), ("e", ("er", "ir"))),
    "pt": (
        ("que", ("car",)),
        ("gue", ("gar",)),
        ("em", ("ar",)),
        ("e", ("ar",)),
        ("a", ("er", "ir")),
    ),
}
# the pronouns a command takes after it ("provatele", "fermatevi", "probadlas",
# "arrêtez-vous", "coloque-as"): the command is the word without them
_CLITICS = {
    "it": re.compile(r"(?:le|li|la|lo|vi|ci|ne|gli|si|mi)$"),
    "es": re.compile(r"(?:las|los|la|lo|les|le|os|nos|se)$"),
}
# words of those endings that are no command ("Chez", "Estate", "Nada")
_NOT_COMMANDS = _words(
    """chez assez nez rez estate patate date nate state nada cada esta este ese esa toda todo
    que para pare sobre entre mesa casa hoje nesse nessa desde sempre"""
)
_KNOWN_ZIPF = 2.5


@functools.cache
def _known(word: str, language: str) -> bool:
    import wordfreq  # read on first use only, as captions._verbs reads it

    return float(wordfreq.zipf_frequency(word, language, wordlist="small")) >= _KNOWN_ZIPF


def _command_form(word: str, language: str) -> bool:
    """Whether ``word`` is a command built on an infinitive ``language`` knows."""
    low = word.lower().split("-")[0]
    if low in _NOT_COMMANDS or len(low) < 4:
        return False
    clitic = _CLITICS.get(language)
    bare = clitic.sub("", low) if clitic else low
    if bare != low and len(bare) >= 4 and _command_form(bare, language):
        return True
    for end, infinitives in _ENDINGS.get(language, ()):
        if low.endswith(end):
            stem = low[: -len(end)]
            if any(_known(stem + i, language) for i in infinitives):
                return True
    return False


def _command(sentence: str, language: str) -> tuple[bool, bool]:
    """Whether ``sentence`` tells the reader what to do, and whether it says "never",
    "always" or "your" doing so."""
    words = re.findall(r"[^\W\d_][\w'\u2019-]*", sentence)
    if not words:
        return False, False
    first = words[0].lower()
    if first in _CTA and not (first == "check" and _YOUR.match(sentence)):
        return False, False
    if _NEVER.search(sentence):
        return True, True
    own = _YOUR.match(sentence)
    if own:
        return True, True  # a verb on the reader's own things ("Check your smoke alarms")
    if language == "en":
        return first in _EN_ADVICE, bool(own)
    if language == "de":
        # "Prüft eure Rauchmelder", "Legt eine Taschenlampe ans Bett": a verb first in the
        # "ihr" form, a sentence of its own
        return bool(re.fullmatch(r"[a-zäöü]{3,}t", first) and words[0][:1].isupper()), bool(own)
    return _command_form(words[0], language), bool(own)


def gives_advice(sentences: list[str], language: str) -> bool:
    """Whether ``sentences`` give advice as commands: two or more of them, at least half
    of all, tell the reader what to do, one of them saying "never", "always" or "your"."""
    told = [_command(s, language) for s in sentences if s.strip()]
    commands = [marked for command, marked in told if command]
    return len(commands) >= 2 and 2 * len(commands) >= len(told) and any(commands)


# a numbered item ("1. Tie down …", "2) Fill the bath …"): its number and what it says
_ITEM = re.compile(r"^\s*\d{1,2}[.)]\s+(.+)$")


def numbered_instructions(text: str, language: str) -> bool:
    """Whether ``text`` numbers instructions to the reader: three items or more, numbered
    one a line, at least two of them and half of all told as commands ("1. Tie down the
    furniture. 2. Fill the bath. 3. Test the genny.", "1. provatele in cortile … 4. mai
    oltre i 50 km/h")."""
    items = [m.group(1) for m in map(_ITEM.match, text.splitlines()) if m]
    if len(items) < 3:
        return False
    commands = sum(_command(item, language)[0] for item in items)
    return commands >= 2 and 2 * commands >= len(items)
