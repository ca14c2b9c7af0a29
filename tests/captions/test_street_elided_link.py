"""An elided link after a street's kind opens no name: "in corso d'opera" is "under way"
(seen on main: 'in corso d'opera.' got "in corso D'opera."); in a street's name the link
keeps its lower case and the word after it takes the capital ("via dell'Annunziata 12",
"rue d'Alsace 3").
"""

from __future__ import annotations

from captions._propercase import proper_capitals


def test_an_elided_link_opens_no_street_name() -> None:
    # "in corso d'opera" is "under way"; "via dell'annunziata" keeps its link's lower case
    assert proper_capitals("lavori in corso d'opera.", "it") == "lavori in corso d'opera."
    written = proper_capitals("ci vediamo in via dell'annunziata 12.", "it")
    assert "via dell'Annunziata 12" in written


def test_a_french_street_after_an_elided_link() -> None:
    assert "rue d'Alsace 3" in proper_capitals("rendez-vous rue d'alsace 3", "fr")
