"""Tone-specific phrase banks for the offline engine.

Slots: ``{k}`` the main key phrase as written, ``{K}`` the same capitalised,
``{k2}`` the second key phrase. Every template must read well with any noun
phrase in the slot, and none may contain a phrase of ``config/wordlists/cliches.txt``
(a test checks). Keys per tone: ``question``, ``statement``, ``list``, ``story``,
``one_liner`` (hooks per structure), ``close`` (a closing line for long bodies),
``cta``.
"""

from __future__ import annotations

__all__ = ["BANKS", "I18N", "NEUTRAL", "Bank"]

Bank = dict[str, tuple[str, ...]]

BANKS: dict[str, Bank] = {
    "casual": {
        "question": (
            "Who else could spend a whole day on {k}?",
            "Is there anything better than {k} done right?",
            "Ever noticed how {k} fixes almost everything?",
        ),
        "statement": (
            "{K} is exactly what this week needed.",
            "Today was all about {k}.",
            "Not much beats {k} with good company.",
        ),
        "list": ("{K}, in three parts:", "Quick {k} rundown:", "What made the {k} work:"),
        "story": ("So here is how {k} happened.", "It started with {k}.", "A small {k} story."),
        "one_liner": ("{K}, and nothing else on the agenda.", "{K} and zero regrets."),
        "close": ("Saving this one for later.", "Would do it again tomorrow."),
        "cta": (
            "Tell me your favourite {k} spot below.",
            "Tag someone who needs this.",
            "Save it for your next {k}.",
        ),
    },
    "professional": {
        "question": (
            "What does good {k} look like in practice?",
            "How much attention does {k} get on your team?",
            "Where does {k} fit in your plans this quarter?",
        ),
        "statement": (
            "{K} deserves a closer look.",
            "A short note on {k}.",
            "Here is what we learned about {k}.",
        ),
        "list": ("{K}: three takeaways.", "Key points on {k}:", "{K} at a glance:"),
        "story": ("A quick case study on {k}.", "How {k} played out for us.", "Behind {k}."),
        "one_liner": ("{K}, done properly.", "{K}: worth the investment."),
        "close": ("Details are in the link in bio.", "We will share results soon."),
        "cta": (
            "Share your experience with {k} in the comments.",
            "Follow for more on {k}.",
            "Send this to a colleague who works on {k}.",
        ),
    },
    "playful": {
        "question": (
            "Plot twist: could {k} be the main character?",
            "On a scale of one to {k}, how are we feeling?",
            "Did someone say {k}?",
        ),
        "statement": (
            "{K} just stole the show.",
            "Officially obsessed with {k}.",
            "{K} took over the feed today.",
        ),
        "list": ("Ranking today's {k} highlights:", "{K} scorecard:", "The {k} checklist:"),
        "story": ("Storytime: {k} edition.", "Once upon a {k}.", "This {k} story has a twist."),
        "one_liner": ("{K} said hello and we said yes.", "Zero chill about {k}."),
        "close": ("No regrets, only {k}.", "Sequel coming soon."),
        "cta": (
            "Drop a {e} if you are team {k}.",
            "Tag your {k} partner in crime.",
            "Comment your {k} rating below.",
        ),
    },
    "inspirational": {
        "question": (
            "What if {k} is the reminder you needed today?",
            "When did you last make time for {k}?",
            "What would change if you chose {k} more often?",
        ),
        "statement": (
            "{K} is proof that small steps add up.",
            "Some days, {k} is all the motivation you need.",
            "There is quiet strength in {k}.",
        ),
        "list": ("What {k} taught me:", "Three reminders from {k}:", "Lessons from {k}:"),
        "story": ("This is a story about {k}.", "{K} did not come easy.", "It began with {k}."),
        "one_liner": ("Choose {k}, again and again.", "Keep going. {K} is worth it."),
        "close": ("One step, then the next.", "Small wins count."),
        "cta": (
            "Share what {k} means to you.",
            "Save this for the day you need it.",
            "Send this to someone who is working on their {k}.",
        ),
    },
    "promotional": {
        "question": (
            "Looking for {k} that actually delivers?",
            "Ready for {k} made properly?",
            "Have you tried our {k} yet?",
        ),
        "statement": (
            "Meet {k}: made for you.",
            "{K} is here, and it is worth the wait.",
            "Our {k} just landed.",
        ),
        "list": ("Why people choose our {k}:", "{K} in three reasons:", "What you get with {k}:"),
        "story": ("How our {k} came to be.", "We spent months on {k}.", "The making of {k}."),
        "one_liner": ("{K}, now available.", "{K}: out now."),
        "close": ("Limited stock, so do not wait.", "Made in small batches."),
        "cta": (
            "Shop {k} through the link in bio.",
            "Order yours today via the link in bio.",
            "DM us to get your {k}.",
        ),
    },
    "educational": {
        "question": (
            "Did you know this about {k}?",
            "What is the most common mistake with {k}?",
            "How does {k} actually work?",
        ),
        "statement": (
            "Everything you need to know about {k}.",
            "A quick guide to {k}.",
            "{K}, explained simply.",
        ),
        "list": ("{K} basics:", "Three facts about {k}:", "Your {k} cheat sheet:"),
        "story": ("How I learned about {k}.", "The short history of {k}.", "Why {k} matters."),
        "one_liner": ("{K} in one sentence.", "Today's lesson: {k}."),
        "close": ("Questions welcome.", "More tips every week."),
        "cta": (
            "Save this {k} guide for later.",
            "Ask your {k} questions below.",
            "Share this with someone learning about {k}.",
        ),
    },
    "minimalist": {
        "question": ("{K}?", "Why not {k}?", "More {k}?"),
        "statement": ("{K}.", "Just {k}.", "{K}, simply."),
        "list": ("{K}:", "Notes on {k}:", "{K}, itemised:"),
        "story": ("{K}.", "About {k}.", "On {k}."),
        "one_liner": ("{K}. Nothing more.", "Only {k}."),
        "close": ("That is all.",),
        "cta": ("Save it.", "Share it."),
    },
}

# Non-English scaffolding for languages we hold phrases for; others use NEUTRAL.
I18N: dict[str, Bank] = {
    "es": {
        "question": ("¿Quién más se apunta a {k}?", "¿Hay algo mejor que {k}?"),
        "statement": ("{K}, justo lo que hacía falta.", "Hoy todo gira en torno a {k}."),
        "list": ("{K} en tres claves:", "Lo mejor de {k}:"),
        "story": ("Así empezó {k}.", "Una pequeña historia de {k}."),
        "one_liner": ("{K} y nada más.",),
        "close": ("Volveríamos mañana.",),
        "cta": ("Cuéntanos tu {k} favorito en comentarios.", "Guárdalo para después."),
    },
    "fr": {
        "question": ("Qui d'autre craque pour {k} ?", "Quoi de mieux que {k} ?"),
        "statement": ("{K}, exactement ce qu'il fallait.", "Aujourd'hui, place à {k}."),
        "list": ("{K} en trois points :", "Le meilleur de {k} :"),
        "story": ("Tout a commencé avec {k}.", "Petite histoire de {k}."),
        "one_liner": ("{K}, tout simplement.",),
        "close": ("On recommence demain.",),
        "cta": ("Dites-nous en commentaire ce que vous en pensez.", "Enregistrez pour plus tard."),
    },
    "de": {
        "question": ("Wer liebt {k} auch so sehr?", "Gibt es etwas Besseres als {k}?"),
        "statement": ("{K} war genau das Richtige.", "Heute dreht sich alles um {k}."),
        "list": ("{K} in drei Punkten:", "Das Beste an {k}:"),
        "story": ("So fing es mit {k} an.", "Eine kleine Geschichte über {k}."),
        "one_liner": ("{K}, sonst nichts.",),
        "close": ("Gerne wieder.",),
        "cta": ("Schreibt uns eure Meinung in die Kommentare.", "Speichern für später."),
    },
    "pt": {
        "question": ("Quem mais ama {k}?", "Existe algo melhor que {k}?"),
        "statement": ("{K}, exatamente o que faltava.", "Hoje o assunto é {k}."),
        "list": ("{K} em três pontos:", "O melhor de {k}:"),
        "story": ("Tudo começou com {k}.", "Uma pequena história sobre {k}."),
        "one_liner": ("{K} e mais nada.",),
        "close": ("Voltaríamos amanhã.",),
        "cta": ("Conta nos comentários o que achou.", "Salva para depois."),
    },
    "it": {
        "question": ("Chi altro ama {k}?", "C'è qualcosa di meglio di {k}?"),
        "statement": ("{K}, proprio quello che serviva.", "Oggi si parla di {k}."),
        "list": ("{K} in tre punti:", "Il meglio di {k}:"),
        "story": ("Tutto è iniziato con {k}.", "Una piccola storia su {k}."),
        "one_liner": ("{K} e nient'altro.",),
        "close": ("Da rifare domani.",),
        "cta": ("Raccontaci nei commenti cosa ne pensi.", "Salvalo per dopo."),
    },
}

# Language-free scaffolding: the content's own words carry the caption.
NEUTRAL: Bank = {
    "question": ("{K}?",),
    "statement": ("{K}.",),
    "list": ("{K}:",),
    "story": ("{K}.",),
    "one_liner": ("{K}.",),
    "close": ("",),
    "cta": ("👇",),
}
