"""An opening that announces a notice ("Important notice:", "Wichtiger Hinweis:", "Aviso
importante:", "Avis important :", "Avviso importante:") is a label of its own, as "Sad
news." is: a notice's lead never goes before it ("A tutte le persone coinvolte: Avviso
importante." in blind review 17).

Posts invented for this test.
"""

from __future__ import annotations

import pytest

from tests.captions.helpers import captions_for, hooks_of

POSTS = [
    (
        "en",
        "Important notice",
        "Important notice: Harwick Dairy of Ludlow is recalling its 500 ml strawberry "
        "yoghurt, batch 7781, best before 03/02/2027, because it may contain undeclared "
        "peanuts. If you have an allergy, do not eat it. Bring it back to the shop for a "
        "full refund. Other flavours are safe. We are sorry.",
    ),
    (
        "de",
        "Wichtiger Hinweis",
        "Wichtiger Hinweis: Die Käserei Amselgrund aus Weilheim ruft ihren Bergkäse zurück, "
        "200-g-Packung, Charge 1150, mindestens haltbar bis 14.02.2027, weil er Spuren von "
        "Senf enthalten kann. Allergiker bitte nicht essen. Ihr könnt ihn im Laden "
        "zurückgeben. Andere Sorten sind nicht betroffen. Es tut uns leid.",
    ),
    (
        "es",
        "Aviso importante",
        "Aviso importante: Conservas La Garza de Vigo retira su paté de atún, lata de 120 g, "
        "lote 3391, consumo preferente 20/05/2027, porque puede contener trazas de cacahuete "
        "no declaradas. Si eres alérgico, no lo consumas. Puedes devolverlo en la tienda. "
        "Los demás lotes son seguros. Lo sentimos.",
    ),
    (
        "pt",
        "Aviso importante",
        "Aviso importante: a Padaria Sabiá de Braga retira o pão de centeio, embalagem de "
        "400 g, lote 5520, validade 10/01/2027, porque pode conter vestígios de sésamo não "
        "declarados. Se é alérgico, não o consuma. Pode devolvê-lo na loja. Os outros lotes "
        "são seguros. Pedimos desculpa.",
    ),
    (
        "fr",
        "Avis important",
        "Avis important : la Fromagerie du Héron, à Annecy, rappelle son reblochon de 450 g, "
        "lot 0911, à consommer avant le 02/02/2027, car il peut contenir des traces de noix "
        "non déclarées. Si vous êtes allergique, ne le mangez pas. Rapportez-le en boutique "
        "pour un remboursement complet. Nous sommes désolés.",
    ),
    (
        "it",
        "Avviso importante",
        "Avviso importante: la Gelateria Il Merlo di Cremona ritira il gelato al pistacchio, "
        "vaschetta da 500 g, lotto 2231 con scadenza 12/03/2027, perché può contenere tracce "
        "di arachidi non dichiarate. Chi è allergico non lo mangi. Potete riportarlo in "
        "negozio per il rimborso. Gli altri gusti sono sicuri. Ci scusiamo.",
    ),
]


@pytest.mark.parametrize(("language", "label", "content"), POSTS)
def test_no_lead_before_a_notice_opening(language: str, label: str, content: str) -> None:
    for hook in hooks_of(captions_for(content, language=language, tone="playful", length="medium")):
        assert hook.lstrip().startswith(label), hook
