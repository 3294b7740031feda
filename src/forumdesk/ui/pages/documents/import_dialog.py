"""Importing a document: the report of what was read, then how to file it.

A file can become a new document, another language of the current document, or a
revised draft of the current language version; a revised draft goes on to the
renumbering dialog, where the user confirms how notes move.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from forumdesk.services.documents.parser import ParsedDocument

LANGUAGES = ("fr", "en", "es", "ar", "ru", "zh")


class ImportMode(enum.Enum):
    NEW_DOCUMENT = "new"
    LANGUAGE = "language"
    REVISION = "revision"


class ImportDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        source: str,
        parsed: ParsedDocument,
        language: str,
        current_document: str | None,
        current_languages: tuple[str, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Import {file}").format(file=source))
        self.setAccessibleName(self.windowTitle())
        self.resize(720, 620)
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_summary(source, parsed))
        layout.addWidget(self._build_outline(parsed), 2)

        self.warnings = QListWidget(self)
        self.warnings.setObjectName("import_warnings")
        self.warnings.setAccessibleDescription(self.tr("What the import noticed in the file."))
        self.warnings.setAccessibleName(self.tr("Warnings"))
        for warning in parsed.warnings:
            self.warnings.addItem("⚠ " + warning)
        if not parsed.warnings:
            self.warnings.addItem(self.tr("No problem found: numbering and contents agree."))
        layout.addWidget(QLabel(self.tr("Warnings:"), self))
        layout.addWidget(self.warnings, 1)

        layout.addLayout(self._build_modes(language, current_document, current_languages))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("Import"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _build_summary(self, source: str, parsed: ParsedDocument) -> QLabel:
        numbers = [p.number for p in parsed.paragraphs]
        summary = QLabel(
            self.tr(
                "<b>{title}</b><br/>{paragraphs} numbered paragraphs (¶{first}–{last}), "
                "{sections} headings, {footnotes} footnote(s){annex}."
            ).format(
                title=parsed.header.title or source,
                paragraphs=len(numbers),
                first=min(numbers, default=0),
                last=max(numbers, default=0),
                sections=len(parsed.sections),
                footnotes=len(parsed.footnotes),
                annex=self.tr(", an annex") if parsed.annex_body else "",
            ),
            self,
        )
        summary.setObjectName("import_summary")
        summary.setWordWrap(True)
        return summary

    def _build_outline(self, parsed: ParsedDocument) -> QTreeWidget:
        """The sections found, each with its paragraphs in the body and in the contents."""
        self.outline = QTreeWidget(self)
        self.outline.setObjectName("import_outline")
        self.outline.setAccessibleDescription(self.tr("The sections found in the document."))
        self.outline.setAccessibleName(self.tr("Sections found"))
        self.outline.setHeaderLabels([self.tr("Section"), self.tr("¶ in the body"), self.tr("TOC")])
        self.outline.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.outline.header().setStretchLastSection(False)
        toc = {(e.label, e.title): e for e in parsed.toc}
        items: list[QTreeWidgetItem] = []
        for section in parsed.sections:
            entry = toc.get((section.label, section.title))
            body = _span(section.first_paragraph, section.last_paragraph)
            item = QTreeWidgetItem(
                [
                    f"{section.label}. {section.title}" if section.label else section.title,
                    body,
                    _span(entry.first_paragraph, entry.last_paragraph) if entry else "",
                ]
            )
            items.append(item)
            if section.parent is None:
                self.outline.addTopLevelItem(item)
            else:
                items[section.parent].addChild(item)
        self.outline.expandToDepth(0)
        return self.outline

    def _build_modes(
        self, language: str, current_document: str | None, current_languages: tuple[str, ...]
    ) -> QFormLayout:
        """How to file the import; the likeliest choice is made for the user."""
        form = QFormLayout()
        self.modes = QButtonGroup(self)
        self.new_button = self._mode(self.tr("A &new document"), ImportMode.NEW_DOCUMENT)
        self.language_button = self._mode(
            self.tr("Another &language of {document}").format(document=current_document or "—"),
            ImportMode.LANGUAGE,
        )
        self.revision_button = self._mode(
            self.tr("A &revised draft of {document}").format(document=current_document or "—"),
            ImportMode.REVISION,
        )
        for button in (self.language_button, self.revision_button):
            button.setEnabled(current_document is not None)
        form.addRow(self.tr("Import as:"), self.new_button)
        form.addRow("", self.language_button)
        form.addRow("", self.revision_button)
        self.language = QComboBox(self)
        self.language.setObjectName("import_language")
        self.language.setAccessibleName(self.tr("Language of the file"))
        self.language.setEditable(True)
        self.language.addItems(list(LANGUAGES))
        self.language.setCurrentText(language)
        form.addRow(self.tr("Lan&guage:"), self.language)
        self._current_languages = current_languages
        self.new_button.setChecked(True)
        if current_document is not None and language not in current_languages:
            self.language_button.setChecked(True)
        elif current_document is not None:
            self.revision_button.setChecked(True)
        return form

    def _mode(self, text: str, mode: ImportMode) -> QRadioButton:
        button = QRadioButton(text, self)
        button.setObjectName(f"import_mode_{mode.value}")
        button.setAccessibleName(text.replace("&", ""))
        button.setProperty("mode", mode.value)
        self.modes.addButton(button)
        return button

    @property
    def mode(self) -> ImportMode:
        checked = self.modes.checkedButton()
        return ImportMode(checked.property("mode")) if checked else ImportMode.NEW_DOCUMENT

    @property
    def chosen_language(self) -> str:
        return self.language.currentText().strip() or "fr"


def _span(first: int | None, last: int | None) -> str:
    if first is None:
        return ""
    return str(first) if first == last else f"{first}–{last}"
