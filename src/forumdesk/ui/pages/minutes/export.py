"""The Export All dialog: which format, a folder or one .zip file, and which version
(the published minutes, or the internal version with every note).

The export itself is exports/minutes/files.py, run on the worker through
`Operations.query`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QWidget,
)

if TYPE_CHECKING:
    pass


class ExportAllDialog(QDialog):
    """Which format, a folder or one .zip file, published or internal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("minutes_export_all")
        self.setWindowTitle(self.tr("Export all minutes"))
        self.setAccessibleName(self.tr("Export all minutes"))
        form = QFormLayout(self)
        self.form_combo = QComboBox(self)
        self.form_combo.setObjectName("minutes_export_all_format")
        self.form_combo.setAccessibleName(self.tr("File format"))
        for name, label in form_labels(self).items():
            self.form_combo.addItem(label, name)
        form.addRow(self.tr("&Format:"), self.form_combo)
        self.into_combo = QComboBox(self)
        self.into_combo.setObjectName("minutes_export_all_into")
        self.into_combo.setAccessibleName(self.tr("Write the files into"))
        self.into_combo.addItem(self.tr("A folder"), "folder")
        self.into_combo.addItem(self.tr("One .zip file"), "zip")
        form.addRow(self.tr("&Into:"), self.into_combo)
        self.version_combo = QComboBox(self)
        self.version_combo.setObjectName("minutes_export_all_version")
        self.version_combo.setAccessibleName(self.tr("Which version"))
        self.version_combo.addItem(self.tr("Published: notes for the record only"), False)
        self.version_combo.addItem(
            self.tr("Internal: with the internal notes, marked not for distribution"), True
        )
        form.addRow(self.tr("&Version:"), self.version_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @property
    def form(self) -> str:
        return str(self.form_combo.currentData())

    @property
    def as_zip(self) -> bool:
        return self.into_combo.currentData() == "zip"

    @property
    def internal(self) -> bool:
        return bool(self.version_combo.currentData())


def form_labels(widget: QWidget) -> dict[str, str]:
    """Each format's name as the file dialogs show it."""
    return {
        "pdf": widget.tr("PDF document (*.pdf)"),
        "docx": widget.tr("Word document (*.docx)"),
        "odt": widget.tr("OpenDocument text (*.odt)"),
        "html": widget.tr("Web page (*.html)"),
        "md": widget.tr("Markdown (*.md)"),
    }
