"""File > Import Document: choose a file, read it off the GUI thread, show the report,
then file it as a new document, another language, or a revised draft.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from forumdesk.services.documents.paragraph_refs import format_paragraph_refs
from forumdesk.ui.common.operations import Area, Operations
from forumdesk.ui.pages.documents.import_dialog import ImportDialog, ImportMode
from forumdesk.ui.pages.documents.revision_dialog import RevisionDialog

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.documents.documents import ImportReport
    from forumdesk.services.documents.parser import ParsedDocument
    from forumdesk.services.documents.revisions import RevisionProposal, RevisionResult

AREAS = frozenset({Area.DOCUMENTS, Area.NOTES})


class DocumentImport(QObject):
    #: A message for the status bar once the import is done.
    finished = Signal(str)
    #: A revised draft was applied (paragraph numbers may have changed).
    revised = Signal()

    def __init__(self, ops: Operations, parent: QWidget) -> None:
        super().__init__(parent)
        self.ops = ops
        self.window = parent
        self.dialog: ImportDialog | None = None
        self.revision_dialog: RevisionDialog | None = None

    def choose_file(
        self,
        forum_id: uuid.UUID | None,
        document_id: uuid.UUID | None,
        label: str | None,
        versions: dict[str, uuid.UUID],
    ) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import Document"),
            "",
            self.tr("Documents (*.txt *.docx *.odt *.md);;All files (*)"),
        )
        if path:
            self.read(Path(path), forum_id, document_id, label, versions)

    def read(
        self,
        path: Path,
        forum_id: uuid.UUID | None,
        document_id: uuid.UUID | None,
        label: str | None,
        versions: dict[str, uuid.UUID] | None = None,
    ) -> None:
        """Read `path` off the GUI thread, then ask how to file it.

        `versions` maps the current document's languages to their version ids.
        """
        known = dict(versions or {})

        def load() -> ParsedDocument:
            from forumdesk.services.documents.files import load_summary

            return load_summary(path)

        def loaded(parsed: ParsedDocument) -> None:
            from forumdesk.services.documents.documents import guess_language

            dialog = ImportDialog(
                self.window,
                source=path.name,
                parsed=parsed,
                language=guess_language(parsed.header.language),
                current_document=label,
                current_languages=tuple(known),
            )
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.accepted.connect(
                lambda: self._file(dialog, path.name, parsed, forum_id, document_id, known)
            )
            self.dialog = dialog
            dialog.open()

        self.ops.call(load, loaded, self._refused)

    def _refused(self, error: Exception) -> None:
        QMessageBox.warning(self.window, self.tr("Cannot import the document"), str(error))

    def _file(
        self,
        dialog: ImportDialog,
        source: str,
        parsed: ParsedDocument,
        forum_id: uuid.UUID | None,
        document_id: uuid.UUID | None,
        versions: dict[str, uuid.UUID],
    ) -> None:
        mode, language = dialog.mode, dialog.chosen_language
        if mode is ImportMode.REVISION:
            # A draft revises the version in its own language, never another one.
            version_id = versions.get(language)
            if version_id is None:
                self._refused(
                    Exception(
                        self.tr(
                            "The document has no {language} version to revise; import the "
                            "file as another language instead."
                        ).format(language=language)
                    )
                )
                return
            self._propose(source, parsed, version_id)
            return

        def store(session: Session) -> ImportReport:
            from forumdesk.services.documents.documents import import_summary

            return import_summary(
                session,
                parsed,
                language=language,
                forum_id=forum_id,
                source_name=source,
                document_id=document_id if mode is ImportMode.LANGUAGE else None,
            )

        def stored(report: ImportReport) -> None:
            message = self.tr("Imported {file}: {paragraphs} paragraphs.").format(
                file=source, paragraphs=report.paragraphs
            )
            extra = [w for w in report.warnings if w not in parsed.warnings]
            if extra:
                QMessageBox.information(self.window, message, "\n".join(extra))
            self.finished.emit(message)

        self.ops.change(store, AREAS, stored, self._refused)

    def _propose(self, source: str, parsed: ParsedDocument, version_id: uuid.UUID) -> None:
        def propose(session: Session) -> RevisionProposal:
            from forumdesk.services.documents.revisions import propose_revision

            return propose_revision(session, version_id, parsed)

        def proposed(proposal: RevisionProposal) -> None:
            dialog = RevisionDialog(self.window, proposal)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.accepted.connect(lambda: self._apply(source, parsed, proposal, dialog))
            self.revision_dialog = dialog
            dialog.open()

        self.ops.query(propose, proposed, self._refused)

    def _apply(
        self,
        source: str,
        parsed: ParsedDocument,
        proposal: RevisionProposal,
        dialog: RevisionDialog,
    ) -> None:
        confirmed = dialog.confirmed()

        def apply(session: Session) -> RevisionResult:
            from forumdesk.services.documents.revisions import apply_revision

            return apply_revision(session, proposal, parsed, confirmed, source_name=source)

        def applied(result: RevisionResult) -> None:
            message = self.tr(
                "Revised draft imported: {moved} note links moved, {orphaned} orphaned."
            ).format(moved=result.moved, orphaned=result.orphaned)
            self.revised.emit()
            self.finished.emit(message)
            if result.unconfirmed:
                QMessageBox.information(
                    self.window,
                    message,
                    self.tr(
                        "Notes on ¶{refs} were left on their old numbers, as you chose. "
                        "Check that these paragraphs still say what the notes discuss."
                    ).format(refs=format_paragraph_refs(result.unconfirmed)),
                )

        self.ops.change(apply, AREAS, applied, self._refused)
