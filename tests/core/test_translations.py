"""The French interface is complete and keeps every placeholder of the English one.

English needs a catalogue only for plurals: forumdesk_en.ts holds the singular and plural
of every %n message, so that the interface reads "1 note" and "2 notes", not "1 note(s)".
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from forumdesk.paths import resources_dir

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
FOLDER = resources_dir() / "translations"


def _catalogue(language: str) -> list[tuple[str, ET.Element]]:
    """(context name, message) for every message of forumdesk_<language>.ts."""
    tree = ET.parse(FOLDER / f"forumdesk_{language}.ts")
    return [
        (context.findtext("name") or "", message)
        for context in tree.iter("context")
        for message in context.iter("message")
    ]


def _messages() -> list[tuple[str, ET.Element]]:
    return [
        (message.findtext("source") or "", message.find("translation"))  # type: ignore[misc]
        for _context, message in _catalogue("fr")
    ]


def _is_numerus(message: ET.Element) -> bool:
    return message.get("numerus") == "yes"


def _forms(message: ET.Element) -> list[str]:
    return [form.text or "" for form in message.iter("numerusform")]


def _numerus(language: str) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> plural forms, for every %n message of a catalogue."""
    return {
        (context, message.findtext("source") or ""): _forms(message)
        for context, message in _catalogue(language)
        if _is_numerus(message)
    }


def _placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def _translated_texts(translation: ET.Element) -> list[str]:
    """The translation's text, or its plural forms for a %n message."""
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms or [translation.text or ""]


def test_every_string_is_translated() -> None:
    missing = [
        source
        for source, translation in _messages()
        if translation is None
        or translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not all(text.strip() for text in _translated_texts(translation))
    ]
    assert missing == []


def test_placeholders_survive_translation() -> None:
    broken = [
        source
        for source, translation in _messages()
        for text in _translated_texts(translation)
        if _placeholders(source) != _placeholders(text)
    ]
    assert broken == []


def test_french_plurals_have_two_forms_keeping_placeholders() -> None:
    numerus = _numerus("fr")
    assert numerus, "the French file should hold the %n messages"
    broken = [
        (key, forms)
        for key, forms in numerus.items()
        if len(forms) != 2
        or not all(form.strip() for form in forms)
        or any(_placeholders(form) != _placeholders(key[1]) for form in forms)
        or any(not re.search(r"%L?n", form) for form in forms)
    ]
    assert broken == []


def test_english_catalogue_holds_only_plurals() -> None:
    assert [
        message.findtext("source")
        for _context, message in _catalogue("en")
        if not _is_numerus(message)
    ] == []


def test_english_plurals_cover_every_numerus_message() -> None:
    english = _numerus("en")
    assert sorted(english) == sorted(_numerus("fr"))
    broken = [
        (key, forms)
        for key, forms in english.items()
        if len(forms) != 2
        or forms[0] == forms[1]
        or not all(form.strip() and re.search(r"%L?n", form) for form in forms)
        or any(_placeholders(form) != _placeholders(key[1]) for form in forms)
    ]
    assert broken == []


def _lrelease() -> str | None:
    beside_python = Path(sys.executable).with_name("pyside6-lrelease")
    if beside_python.is_file():
        return str(beside_python)
    return shutil.which("pyside6-lrelease")


def test_compiled_english_catalogue_gives_singular_and_plural(tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    lrelease = _lrelease()
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    compiled = tmp_path / "forumdesk_en.qm"
    subprocess.run(
        [lrelease, "-silent", str(FOLDER / "forumdesk_en.ts"), "-qm", str(compiled)],
        check=True,
        timeout=60,
    )
    translator = QTranslator()
    assert translator.load(str(compiled))
    source = "%n result(s)"
    assert translator.translate("SearchDialog", source, "", 1) == "%n result"
    assert translator.translate("SearchDialog", source, "", 2) == "%n results"
    assert translator.translate("SearchDialog", source, "", 0) == "%n results"


# The other official languages of the United Nations, and the plural forms Qt gives them.
OTHER_LANGUAGES = {"ar": 6, "zh": 1, "ru": 3, "es": 2}


@pytest.mark.parametrize("language", sorted(OTHER_LANGUAGES))
def test_each_official_language_is_at_least_98_percent_finished(language: str) -> None:
    messages = [message.find("translation") for _context, message in _catalogue(language)]
    assert len(messages) == len(_catalogue("fr"))  # the same messages as French
    finished = [
        t
        for t in messages
        if t is not None
        and t.get("type") is None
        and all(text.strip() for text in _translated_texts(t))
    ]
    assert len(finished) / len(messages) >= 0.98


@pytest.mark.parametrize("language", sorted(OTHER_LANGUAGES))
def test_each_official_language_keeps_placeholders_and_its_plural_forms(language: str) -> None:
    broken = []
    for _context, message in _catalogue(language):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") is not None:
            continue
        texts = _translated_texts(translation)
        if _is_numerus(message):
            if len(texts) != OTHER_LANGUAGES[language]:
                broken.append((source, "plural forms", len(texts)))
            # Arabic's zero, one and two forms may say the number in words.
            if not any(re.search(r"%L?n", text) for text in texts):
                broken.append((source, "no %n in any form"))
        broken.extend(
            (source, text) for text in texts if _placeholders(text) != _placeholders(source)
        )
    assert broken == []
