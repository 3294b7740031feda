"""Names in any script: which script, which Latin form (never a consonant skeleton), and
the normalisation the search index, the type-ahead and the command line share."""

from __future__ import annotations

import pytest

from forumdesk.services.registry.scripts import (
    Script,
    isolated,
    latin_form,
    made_up,
    needs_latin_form,
    romanise,
    script_of,
)
from forumdesk.services.search.names import name_query, name_tokens, normalise, without_article
from forumdesk.services.search.terms import Term


@pytest.mark.parametrize(
    ("name", "script", "latin"),
    [
        ("Nguyễn Thị", Script.LATIN, "Nguyễn Thị"),  # Latin names as typed
        ("  Jean   Pierre ", Script.LATIN, "Jean Pierre"),
        ("Иванова", Script.CYRILLIC, "Ivanova"),  # ICAO Doc 9303
        ("Сергей Щукин", Script.CYRILLIC, "Sergei Shchukin"),
        ("Юлия Ёлкина", Script.CYRILLIC, "Iuliia Elkina"),
        ("Ілля Їжак", Script.CYRILLIC, "Illia Izhak"),  # Ukrainian letters of the same table
        ("Ђорђе", Script.CYRILLIC, None),  # Serbian: not in the table, no half-romanised name
        ("王", Script.HAN, "Wang"),  # pinyin, one word per name
        ("小明", Script.HAN, "Xiaoming"),
        ("欧阳", Script.HAN, "Ouyang"),
        ("曾", Script.HAN, "Zeng"),  # a family name read otherwise than the character alone
        ("西安", Script.HAN, "Xi'an"),
        ("吕", Script.HAN, "Lü"),
        ("Γιώργος Παπαδόπουλος", Script.GREEK, "Giorgos Papadopoulos"),  # ELOT 743
        ("ΕΥΑΓΓΕΛΟΣ", Script.GREEK, "Evangelos"),
        ("Αύρα", Script.GREEK, "Avra"),
        ("Ευτυχία", Script.GREEK, "Eftychia"),
        ("Χρήστος Θεοδωράκης", Script.GREEK, "Christos Theodorakis"),
        ("Μπακογιάννης", Script.GREEK, "Mpakogiannis"),
        ("فاطمة", Script.ARABIC, None),  # abjads: no made-up Latin form
        ("العلوي", Script.ARABIC, None),
        ("محمدی", Script.ARABIC, None),  # Persian
        ("شاہد", Script.ARABIC, None),  # Urdu
        ("שלום", Script.HEBREW, None),
        ("山田たろう", Script.OTHER, None),  # Japanese: kana beside the kanji
        ("김민준", Script.OTHER, None),
        ("", None, None),
        ("—", None, None),
    ],
)
def test_scripts_and_their_latin_forms(name: str, script: Script | None, latin: str | None) -> None:
    assert script_of(name) is script
    assert romanise(name) == latin
    assert needs_latin_form(name) is (script not in (None, Script.LATIN) and latin is None)


def test_a_typed_latin_form_wins_and_none_is_made_up() -> None:
    assert latin_form(" Fatima ", "فاطمة") == "Fatima"
    assert latin_form(None, "فاطمة") is None
    assert latin_form("", "Анна") == "Anna"
    assert made_up("ftmh", "فاطمة") and made_up("l`lwy", "العلوي")
    assert not made_up("Fatima", "فاطمة") and not made_up("Anna", "Анна")
    assert isolated("العلوي") == "\u2068العلوي\u2069"


@pytest.mark.parametrize(
    ("name", "tokens"),
    [
        # harakat, shadda, sukun and tanwin off
        ("فَاطِمَةُ", "فاطمه"),
        ("مُحَمَّدٌ", "محمد"),
        # tatweel off
        ("العلـــوي", "العلوي علوي"),
        # alef forms, hamza carriers, ta marbuta, alef maqsura, Persian letters
        ("أحمد إبراهيم آمنة ٱلسيد", "احمد ابراهيم امنه السيد سيد"),
        ("مؤمن رئيس", "مومن رييس"),
        ("ليلى", "ليلي"),
        ("کریمی", "كريمي"),
        # the article: the word with and without it; a short word keeps it
        ("عبد الله", "عبد الله له"),
        ("ال", "ال"),
        # Latin, Greek, Cyrillic: case and accents off
        ("Müller O'Brien", "muller o brien"),
        ("Ἀλέξανδρος ΠΑΠΑΔΟΠΟΎΛΟΥ", "αλεξανδροσ παπαδοπουλου"),
        ("Ёлкина", "елкина"),
        # Chinese, Japanese, Korean: a word per character
        ("王小明", "王 小 明"),
        ("김민준", "김 민 준"),
        ("がっこう", "が っ こ う"),  # kana voicing is part of the letter
        # bidi controls pasted with a name
        ("\u2068العلوي\u2069", "العلوي علوي"),
    ],
)
def test_names_are_normalised_for_the_index(name: str, tokens: str) -> None:
    assert name_tokens(name) == tokens


def test_the_article_is_optional_on_both_sides() -> None:
    assert without_article("العلوي") == "علوي" and without_article("علوي") is None
    assert name_query("علوي").groups == ((Term(("علوي",)),),)
    typed = name_query("العلوي")
    assert typed.groups == ((Term(("العلوي",)), Term(("علوي",))),)
    assert normalise("ﻻ") == "لا"  # a presentation form, as some keyboards send it


def test_chinese_is_matched_by_any_run_of_characters() -> None:
    assert name_query("小明").groups == ((Term(("小", "明")),),)
    assert name_query("王 Wei").groups == ((Term(("王",)),), (Term(("wei",)),))
    typing = name_query("Iva", prefix_last=True)
    assert typing.groups == ((Term(("iva",), prefix=True),),)
    assert not name_query("Iva ", prefix_last=True).groups[0][0].prefix
