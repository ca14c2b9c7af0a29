"""Whether a post lets a place to stay: a holiday cottage, a guest house, a B&B, a flat
on Airbnb with dates free.

"Our cottage in the Lakes has free dates in March, sleeps 4, book direct", "Unsere
Ferienwohnung am Bodensee hat im März noch freie Termine", "Il nostro agriturismo … ha
ancora date libere": the rooms, the sofa and the log burner it describes read as a home
of one's own, and it was asked "Save this for your next weekend project" and "What's
your favourite corner at home?" (or, read as a trip, "Where should we go next?"). A
listing names a lodging that is let (a holiday let, a gîte, a Ferienwohnung, an
agriturismo: the word says so) or a dwelling (a cottage, a flat, a chalet) with what
only a stay has: the guests it sleeps, nights or dates free, a price a night. A home
for sale or to rent for good ("for sale", "to let", "se vende", "zu vermieten") is
none.
"""

from __future__ import annotations

import re

__all__ = ["lets_a_stay"]

# a lodging that is let by the night, whatever else the post says
_LODGING = re.compile(
    r"(?i)\b(?:holiday (?:let|cottage|home|rental|flat|apartment)s?|vacation rentals?"
    r"|self[- ]catering|guest ?houses?|b&b|bnb|bed (?:and|&) breakfast|airbnb|shepherd's hut"
    r"|glamping|casa rural|casas rurales|apartamentos? turísticos?|alojamiento rural"
    r"|casa de huéspedes|ferienwohnung(?:en)?|ferienhaus|ferienhäuser|fewo|gästezimmer"
    r"|gästehaus|ferienzimmer|gîtes?|chambres? d'hôtes?|maison d'hôtes|location saisonnière"
    r"|meublé de tourisme|alojamento local|turismo rural|casa de férias|agriturismo"
    r"|casa vacanz[ae]|case vacanza|affittacamere)\b"
)
# a dwelling that may be one's own home: let only when the post says what a stay has
_DWELLING = re.compile(
    r"(?i)\b(?:cottage|cabin|chalet|lodge|flat|apartment|villa|annexe?|yurt|cabaña|apartamento"
    r"|piso|hütte|wohnung|apartment|appartement|maison|chalé|casa de campo|quinta|appartamento"
    r"|baita|casale|rustico)s?\b"
)
# what only a stay has: guests it sleeps, nights or dates free, a price a night, booking
_STAY_TERMS = re.compile(
    r"(?i)\bsleeps \d+|\bfree (?:dates|nights|weeks)|\b(?:dates|nights|weeks) (?:left|free"
    r"|available)|\bavailab(?:le|ility) (?:from|for|in|on|\d)|\bbook direct|\bbook your stay"
    r"|\bper night|\ba night\b|/night|\bminimum stay|\bshort breaks?|\bcheck-in"
    r"|\bfechas libres|\bcapacidad (?:para )?\d+|\bpara \d+ personas|\bpor noche|/noche"
    r"|\bestancia mínima|\blibre en (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto"
    r"|septiembre|octubre|noviembre|diciembre)"
    r"|\bfreie termine|\bnoch frei|\bfür \d+ personen|\bpro nacht|/nacht|\bmindestaufenthalt"
    r"|\bdates libres|\bnuits libres|\b\d+ couchages|\bpour \d+ personnes|\bla nuit\b|\bpar nuit"
    r"|/nuit|\bséjour minimum"
    r"|\bdatas livres|\bnoites livres|\bdorme \d+|\bpara \d+ pessoas|\bpor noite|/noite"
    r"|\bestadia mínima|\blivre em (?:janeiro|fevereiro|março|abril|maio|junho|julho|agosto"
    r"|setembro|outubro|novembro|dezembro)"
    r"|\bdate libere|\bnotti libere|\b\d+ posti letto|\bper \d+ persone|\ba notte|\bper notte"
    r"|/notte|\bsoggiorno minimo"
)
# a lodging's dates or booking ("free in March", "book direct", "Reserva directa",
# "disponibile da aprile"): a stay offered, not a meal ("book your table")
_BOOKED = re.compile(
    r"(?i)\b(?:book (?:direct|now|a stay|a break)|to book|booking|bookings|available|availability"
    r"|reserva\w*|disponible|buch\w*|verfügbar|réserv\w*|disponibles?|reserv\w*|disponíve(?:l|is)"
    r"|prenot\w*|disponibil[ei])\b(?![^.!?\n]{0,20}\b(?:table|mesa|tisch|tavolo))"
)
# a home sold or let for good: no stay
_FOR_GOOD = re.compile(
    r"(?i)\bfor sale\b|\bto let\b|\bfor rent\b|\bviewings?\b|\bmortgage|\bse vende|\ben venta"
    r"|\bse alquila|\bzu verkaufen|\bzu vermieten|\bà vendre|\bà louer\b|\bvende-se|\baluga-se"
    r"|\bvendesi|\baffittasi"
)


# a guest telling of a stay ("we stayed", "our host", "would book again"): a trip, not
# a listing
_GUEST = re.compile(
    r"(?i)\b(?:stayed|our hosts?|would (?:book|stay) again|nos alojamos|nos quedamos"
    r"|übernachtet\w*|unsere gastgeber\w*|nous avons séjourné|on a séjourné|nos hôtes"
    r"|ficámos|ficamos hospedad\w*|abbiamo soggiornato|abbiamo dormito)\b"
)


def lets_a_stay(text: str) -> bool:
    """Whether ``text`` lets a place to stay: a lodging's own word ("holiday let",
    "gîte", "agriturismo") with a date, a booking or a guest count, or a dwelling
    ("cottage", "flat") with what only a stay has ("sleeps 4", "free dates in March",
    "£120 a night"); never a home for sale or to let for good."""
    if _FOR_GOOD.search(text) or _GUEST.search(text):
        return False
    if _STAY_TERMS.search(text):
        return bool(_LODGING.search(text) or _DWELLING.search(text))
    return bool(_LODGING.search(text) and _BOOKED.search(text))
