"""What a user reads in a window, and which of it is still the English of a catalogue.

`visible_texts` gathers the words on screen: labels, buttons, titles, placeholders,
combo items, tab names, column headers, the first rows of every list, the menus.
`EnglishLeft` knows every English message of the interface (.ts) and the services
(.po) and what a language makes of it; a visible text that is such a message, where
the language has its own words, was left in English.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from forumdesk.paths import resources_dir

ROWS_READ = 30
_FIELD = re.compile(r"\{[a-z_0-9]*\}|%L?n|%L?\d")
_TAG = re.compile(r"<[^>]+>")


def _lines(text: str) -> Iterator[str]:
    text = html.unescape(_TAG.sub("\n", text)) if "<" in text else text
    for line in text.splitlines():
        line = " ".join(line.split())
        if line:
            yield line


def _menu_texts(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        yield f"{where} > menu", action.text()
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), where)


def _view_texts(view: QAbstractItemView, where: str) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    root = view.rootIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model: one column, its count not public
        columns = 1
    for column in range(columns):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        if isinstance(header, str):
            yield f"{where} header", header
        for row in range(min(model.rowCount(root), ROWS_READ)):
            value = model.index(row, column, root).data()
            if isinstance(value, str):
                yield f"{where} row {row}", value


def _widget_texts(widget: QWidget) -> Iterator[str]:
    if isinstance(widget, (QLabel, QAbstractButton)):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
        yield widget.placeholderText()
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    elif isinstance(widget, QTabBar):
        yield from (widget.tabText(i) for i in range(widget.count()))


def visible_texts(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every line a user can read in the window (or dialog) and its
    menus."""
    found: list[tuple[str, str]] = [("title", window.windowTitle())]
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            found.append(("menu bar", action.text()))
            if action.menu() is not None:
                found.extend(_menu_texts(action.menu(), action.text()))
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        where = widget.objectName() or type(widget).__name__
        found.extend((where, text) for text in _widget_texts(widget))
        if isinstance(widget, QAbstractItemView):
            found.extend(_view_texts(widget, where))
    return [(where, line) for where, text in found if text for line in _lines(text)]


def _plain(text: str) -> str:
    """As shown: no mnemonic ampersand, one space between words."""
    return " ".join(re.sub(r"&(?=[^&\s])", "", text).replace("&&", "&").split())


class EnglishLeft:
    """Which visible texts are English messages that `language` words otherwise."""

    def __init__(self, language: str) -> None:
        self.exact: set[str] = set()
        self.patterns: list[re.Pattern[str]] = []
        # The language's own wording: a text that reads as one of these is not English
        # left, even where English has the same words ("organisations").
        self.own = EnglishLeft.__new__(EnglishLeft)
        self.own.exact, self.own.patterns = set(), []
        self._read_interface(language)
        self._read_services(language)

    def _add(self, source: str, translations: list[str]) -> None:
        """`source` counts as English left when the language words it otherwise, or has
        not worded it at all (`translations` empty)."""
        english = _plain(source)
        for translation in translations:
            self.own._learn(_plain(translation))
        if translations and all(_plain(t) == english for t in translations):
            return  # the language writes it the same way (a name, "PDF")
        self._learn(english)

    def _learn(self, text: str) -> None:
        if not _FIELD.search(text):
            self.exact.add(text)
        elif sum(c.isalpha() for c in _FIELD.sub("", text)) >= 8:
            parts = [re.escape(part) for part in _FIELD.split(text)]
            self.patterns.append(re.compile(".+?".join(parts)))

    def _read_interface(self, language: str) -> None:
        folder = resources_dir() / "translations"
        english_plurals = _plural_sources(folder / "forumdesk_en.ts")
        tree = ET.parse(folder / f"forumdesk_{language}.ts")
        for message in tree.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            texts: list[str] = []
            if translation is not None and translation.get("type") != "unfinished":
                forms = [f.text or "" for f in translation.iter("numerusform")]
                texts = forms or [translation.text or ""]
            for english in [source, *english_plurals.get(source, [])]:
                self._add(english, [t for t in texts if t])

    def _read_services(self, language: str) -> None:
        from babel.messages.pofile import read_po

        po = Path(__file__).parents[2] / "src/forumdesk/locale" / language / "LC_MESSAGES"
        if not (po / "forumdesk.po").is_file():
            return
        with (po / "forumdesk.po").open("rb") as stream:
            for entry in read_po(stream):
                if isinstance(entry.id, str) and entry.id:
                    self._add(entry.id, [str(entry.string)] if entry.string else [])

    def source_of(self, text: str) -> str | None:
        """The English message `text` is, if it is one the language words otherwise."""
        plain = _plain(text)
        found = self._match(plain)
        return None if found is None or self.own._match(plain) else found

    def _match(self, plain: str) -> str | None:
        if plain in self.exact:
            return plain
        for pattern in self.patterns:
            if pattern.fullmatch(plain):
                return pattern.pattern
        return None


def _plural_sources(english: Path) -> dict[str, list[str]]:
    """%n source → its English forms ("%n note(s)" → ["%n note", "%n notes"])."""
    tree = ET.parse(english)
    return {
        message.findtext("source") or "": [f.text or "" for f in message.iter("numerusform")]
        for message in tree.iter("message")
        if message.get("numerus") == "yes"
    }
