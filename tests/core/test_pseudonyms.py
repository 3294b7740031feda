"""The pseudonym of an erased person and putting it where a text names them: in any
order, case, accents or script the naming rule reads, in plain text and HTML; a
family name alone, or another person's, is left."""

from __future__ import annotations

from forumdesk.services.privacy.naming import name_pattern
from forumdesk.services.privacy.pseudonyms import pseudonym, replace_name, replace_name_in_html

PATTERN = name_pattern([("José", "Núñez"), ("小明", "王")])
STAND_IN = "P (3)"


def test_each_way_of_naming_is_replaced_and_nothing_else() -> None:
    assert PATTERN is not None
    text = "Jose  NUÑEZ, then NÚÑEZ José; Mr. Núñez; José Núñezes; 王小明 and 王 小明."
    assert replace_name(PATTERN, text, STAND_IN) == (
        "P (3), then P (3); Mr. Núñez; José Núñezes; P (3) and P (3)."
    )


def test_in_html_between_the_tags_with_entities() -> None:
    assert PATTERN is not None
    markup = "<p>M. <b>Jos&eacute; N&uacute;&ntilde;ez</b> &amp; <i>Ana</i></p>"
    assert replace_name_in_html(PATTERN, markup, "R <d'une ONG> (1)") == (
        "<p>M. <b>R &lt;d'une ONG&gt; (1)</b> &amp; <i>Ana</i></p>"
    )


def test_the_pseudonym_speaks_the_forums_language() -> None:
    assert pseudonym("ngo_ecosoc", 3, "fr") == "Représentant·e d'une ONG (3)"
    assert pseudonym("ngo_ecosoc", 3, "en") == "Representative of an NGO (3)"
    assert pseudonym("", 1, "es") == "Participante (1)"
    assert pseudonym("no longer a category", 2, "en") == "Participant (2)"
