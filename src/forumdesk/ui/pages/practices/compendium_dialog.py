"""Export Compendium… and Export Open Data…: the Practices page's two publications.

One dialog for both: the format, the file (checked before anything is written:
`ui.common.output_check`), and for the compendium its language and whether the
fictional examples are in it; for the open data whether only published practices
are. The file is written on the worker (`Operations.query`) while a busy progress
dialog shows; the dialog closes when it is written and says so on `written`, and
stays open with the reason when it is not.

The page wires `open_compendium_export` and `open_open_data_export` to its toolbar,
and `written` to its status message.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from forumdesk.exports.document.cover import language_line
from forumdesk.exports.document.writers import FORMATS
from forumdesk.ui.common.output_check import output_refused, proposed_name

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.ui.common.context import ForumContext
    from forumdesk.ui.common.operations import Operations

COMPENDIUM, OPEN_DATA = "compendium", "open_data"
# The six official languages, each offered in its own name.
_LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")


class CompendiumExportDialog(QDialog):
    """Which format, which file, and what goes in; then the export, off the GUI thread."""

    # The sentence saying what was written, for the page's status line.
    written = Signal(str)

    def __init__(
        self, ops: Operations, forum: ForumContext, kind: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.forum = forum
        self.kind = kind
        self.progress: QProgressDialog | None = None
        compendium = kind == COMPENDIUM
        self.setObjectName(f"practices_{kind}_export")
        title = self.tr("Export Compendium") if compendium else self.tr("Export Open Data")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        form = QFormLayout(self)
        self.format_combo = self._combo("format", self.tr("File format"))
        for name, label in self._formats().items():
            self.format_combo.addItem(label, name)
        form.addRow(self.tr("&Format:"), self.format_combo)
        self.language_combo = self._combo("language", self.tr("Language of the compendium"))
        self.language_combo.addItem(self.tr("The forum's language"), None)
        for code in _LANGUAGES:
            self.language_combo.addItem(language_line(code), code)
        self.fictional_check = QCheckBox(self.tr("Include the fictional examples, marked as such"))
        self.fictional_check.setObjectName("practices_export_fictional")
        self.published_check = QCheckBox(self.tr("Published practices only"))
        self.published_check.setObjectName("practices_export_published_only")
        self.published_check.setChecked(True)
        if compendium:
            form.addRow(self.tr("&Language:"), self.language_combo)
            form.addRow("", self.fictional_check)
            self.published_check.hide()
        else:
            form.addRow("", self.published_check)
            self.language_combo.hide()
            self.fictional_check.hide()
        row = self._file_row()
        file_label = QLabel(self.tr("F&ile:"), self)
        file_label.setBuddy(self.file_edit)
        form.addRow(file_label, row)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("practices_export_status")
        self.status_label.setWordWrap(True)
        form.addRow(self.status_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("practices_export_button")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.format_combo.currentIndexChanged.connect(self._format_changed)

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(f"practices_export_{name}")
        combo.setAccessibleName(accessible)
        return combo

    def _formats(self) -> dict[str, str]:
        if self.kind == OPEN_DATA:
            return {"csv": self.tr("CSV table (*.csv)"), "json": self.tr("JSON (*.json)")}
        labels = {
            "pdf": self.tr("PDF document (*.pdf)"),
            "docx": self.tr("Word document (*.docx)"),
            "odt": self.tr("OpenDocument text (*.odt)"),
            "html": self.tr("Web page (*.html)"),
            "md": self.tr("Markdown (*.md)"),
        }
        return {form: labels[form] for form in FORMATS if form in labels}

    def _file_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("practices_export_file")
        self.file_edit.setAccessibleName(self.tr("File to write"))
        self.file_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        self.file_edit.setText(str(Path.home() / self._proposed(self.form)))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setObjectName("practices_export_browse")
        browse.clicked.connect(self._browse)
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        return row

    @property
    def form(self) -> str:
        return str(self.format_combo.currentData())

    @property
    def path(self) -> Path:
        return Path(self.file_edit.text().strip()).expanduser()

    def _proposed(self, form: str) -> str:
        what = self.tr("compendium") if self.kind == COMPENDIUM else self.tr("practices")
        return proposed_name(self.forum.title, what, form)

    def _format_changed(self) -> None:
        """The file's extension follows the format chosen."""
        text = self.file_edit.text().strip()
        if text:
            self.file_edit.setText(str(Path(text).with_suffix("." + self.form)))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.windowTitle(), str(self.path), self.format_combo.currentText()
        )
        if path:
            self.file_edit.setText(path)

    def accept(self) -> None:
        """Check the file, then write it on the worker; closes once it is written."""
        forum_id = self.forum.forum_id
        if forum_id is None or self.progress is not None or not self.file_edit.text().strip():
            return
        target = self.path
        if output_refused(self, target, self.ops.database):
            return
        self.status_label.clear()
        self.export_button.setEnabled(False)
        self.progress = QProgressDialog(self._busy_text(), "", 0, 0, self)
        self.progress.setObjectName("practices_export_progress")
        self.progress.setWindowTitle(self.windowTitle())
        self.progress.setCancelButton(None)  # a writer cannot be stopped half-way
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.show()
        self.ops.query(self._work(forum_id, target), self._done, self._failed)

    def _busy_text(self) -> str:
        if self.kind == COMPENDIUM:
            return self.tr("Writing the compendium…")
        return self.tr("Writing the open data…")

    def _work(self, forum_id: uuid.UUID, target: Path) -> Callable[[Session], tuple[Path, int]]:
        form, kind = self.form, self.kind
        language = self.language_combo.currentData()
        fictional, published_only = (
            self.fictional_check.isChecked(),
            self.published_check.isChecked(),
        )

        def work(session: Session) -> tuple[Path, int]:
            if kind == COMPENDIUM:
                from forumdesk.exports.practices.compendium import write_compendium

                count = write_compendium(
                    session, forum_id, target, form, language=language, include_fictional=fictional
                )
            else:
                from forumdesk.services.practices.open_data import write_open_data

                count = write_open_data(
                    session, forum_id, target, form, published_only=published_only
                )
            return target, count

        return work

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.export_button.setEnabled(True)

    def _done(self, result: tuple[Path, int]) -> None:
        self._close_progress()
        target, count = result
        self.written.emit(
            self.tr("%n practice(s) written to {file}", "", count).format(file=target.name)
        )
        super().accept()

    def _failed(self, error: Exception) -> None:
        self._close_progress()
        self.status_label.setText(self.tr("Not written: {reason}").format(reason=error))


def open_compendium_export(
    parent: QWidget, ops: Operations, forum_context: ForumContext
) -> CompendiumExportDialog:
    """Open Export Compendium… over `parent` (window-modal); connect its `written`."""
    return _open(parent, ops, forum_context, COMPENDIUM)


def open_open_data_export(
    parent: QWidget, ops: Operations, forum_context: ForumContext
) -> CompendiumExportDialog:
    """Open Export Open Data… (CSV or JSON) over `parent`; connect its `written`."""
    return _open(parent, ops, forum_context, OPEN_DATA)


def _open(
    parent: QWidget, ops: Operations, forum: ForumContext, kind: str
) -> CompendiumExportDialog:
    dialog = CompendiumExportDialog(ops, forum, kind, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
