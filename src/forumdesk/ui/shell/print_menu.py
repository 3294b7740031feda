"""File > Print… (Ctrl+P) and File > Print Preview…: the current page's document.

The page says what it prints (`Page.printables`). Its PDF, the very file its export
writes, is made on the worker into a temporary folder, then drawn page by page on
the printer (ui/printing/pdf_printing.py) or in Qt's print preview, so paper and the
PDF export match. The temporary folder is deleted afterwards, whatever happens.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QProgressDialog

    from forumdesk.ui.common.shell_context import ShellContext
    from forumdesk.ui.pages.base import Page
    from forumdesk.ui.printing.printable import Printable


class PrintMenu(QObject):
    def __init__(self, context: ShellContext, current_page: Callable[[], Page | None]) -> None:
        super().__init__(context)
        self.context = context
        self.current_page = current_page
        window = context.window
        self.print_action = QAction(self.tr("&Print…"), window)
        self.print_action.setObjectName("print_action")
        self.print_action.setShortcuts(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(lambda _=False: self.print_current())
        self.preview_action = QAction(self.tr("Print Pre&view…"), window)
        self.preview_action.setObjectName("print_preview_action")
        self.preview_action.triggered.connect(lambda _=False: self.print_current(preview=True))
        # The PDF being prepared or printed, and whether the user cancelled its making.
        self._folder: Path | None = None
        self._cancelled = False

    def add_file_actions(self, menu: QMenu) -> None:
        menu.addSeparator()
        menu.addAction(self.print_action)
        menu.addAction(self.preview_action)
        menu.setToolTipsVisible(True)  # why Print is disabled on this page

    def page_shown(self, page: Page | None) -> None:
        """Print is offered only on a page that prints something."""
        prints = page is not None and page.printables() is not None
        tip = "" if prints else self.tr("This page has nothing to print.")
        for action in (self.print_action, self.preview_action):
            action.setEnabled(prints)
            action.setToolTip(tip)  # none: Qt shows the action's text

    # Choosing --------------------------------------------------------------------

    def print_current(self, *, preview: bool = False) -> None:
        page = self.current_page()
        offered = page.printables() if page is not None else None
        if not offered or self.context.ops.database is None:
            self.context.show_message(self.tr("Nothing to print here yet."))
            return
        chosen = offered[0] if len(offered) == 1 else self._choose(offered)
        if chosen is not None:
            self.prepare(chosen, preview=preview)

    def _choose(self, offered: list[Printable]) -> Printable | None:
        from PySide6.QtWidgets import QInputDialog

        titles = [printable.title for printable in offered]
        title, ok = QInputDialog.getItem(
            self.context.window, self.tr("Print"), self.tr("Which document?"), titles, 0, False
        )
        return offered[titles.index(title)] if ok else None

    # Making the PDF ----------------------------------------------------------------

    def prepare(self, printable: Printable, *, preview: bool) -> None:
        """Write the document's PDF on the worker, then open the print dialog or the
        preview. Cancel while it is written: the PDF is thrown away when it comes."""
        self._discard()
        folder = Path(tempfile.mkdtemp(prefix="forumdesk-print-"))
        self._folder, self._cancelled = folder, False
        path = folder / "document.pdf"
        waiting = self._progress(
            "print_preparing", self.tr("Preparing {document}…").format(document=printable.title)
        )
        waiting.canceled.connect(self._cancel)

        def done(_result: object) -> None:
            _close(waiting)
            if self._cancelled or self._folder != folder:
                shutil.rmtree(folder, ignore_errors=True)
                if self._folder == folder:
                    self._folder = None
                self.context.show_message(self.tr("Printing cancelled."))
                return
            # Once the job is delivered (the busy bar off), not inside its delivery.
            QTimer.singleShot(0, lambda: self._open(printable, path, preview=preview))

        def failed(error: Exception) -> None:
            _close(waiting)
            shutil.rmtree(folder, ignore_errors=True)
            if self._cancelled or self._folder != folder:
                return  # the user has moved on: no failure for a PDF no one waits for
            self._folder = None
            self._fail(self.tr("Cannot print {document}: {reason}"), printable, error)

        self.context.ops.query(lambda session: printable.write(session, path), done, failed)

    def _open(self, printable: Printable, path: Path, *, preview: bool) -> None:
        try:
            if preview:
                self.preview(printable, path)
            else:
                self.ask_and_print(printable, path)
        finally:
            self._discard()

    def _progress(self, name: str, label: str) -> QProgressDialog:
        """A progress with Cancel, shown only when the work takes over a second. Modal:
        while pages are drawn on the GUI thread, each setValue lets Cancel be pressed."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QProgressDialog

        progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, self.context.window)
        progress.setObjectName(name)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(1000)
        return progress

    def _cancel(self) -> None:
        self._cancelled = True

    def _discard(self) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None

    def _fail(self, template: str, printable: Printable, error: Exception | str) -> None:
        from forumdesk.services.common.failures import Failure
        from forumdesk.ui.common.errors import show_failure

        line = template.format(document=printable.title, reason=str(error).rstrip("."))
        self.context.show_message(line, 15000)
        show_failure(self.context.window, line, error.details if isinstance(error, Failure) else "")

    # Printing ----------------------------------------------------------------------

    def printer_for(self, printable: Printable, path: Path) -> QPrinter:
        """A printer at its best resolution, on the paper of the PDF (A4, or the card)."""
        from PySide6.QtPrintSupport import QPrinter

        from forumdesk.ui.printing.pdf_printing import match_paper

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(printable.title)
        printer.setCreator("ForumDesk")
        match_paper(printer, path)
        return printer

    def ask_and_print(self, printable: Printable, path: Path) -> None:
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinterInfo

        from forumdesk.ui.printing.pdf_printing import page_count

        if not QPrinterInfo.availablePrinters():
            self.context.show_message(
                self.tr("No printer is installed: you can still print to a PDF file."), 15000
            )
        printer = self.printer_for(printable, path)
        dialog = QPrintDialog(printer, self.context.window)
        dialog.setObjectName("print_dialog")
        dialog.setMinMax(1, page_count(path))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            self.context.show_message(self.tr("Printing cancelled."))
            return
        self.send(printable, path, printer)

    def send(self, printable: Printable, path: Path, printer: QPrinter) -> int:
        """Draw the PDF on the printer with a page count and Cancel; the pages drawn."""
        from forumdesk.ui.printing.pdf_printing import PrintingError, print_pdf

        progress = self._progress(
            "print_progress", self.tr("Printing {document}…").format(document=printable.title)
        )
        try:
            drawn = print_pdf(path, printer, lambda done, total: _step(progress, done, total))
        except PrintingError as error:
            self._fail(self.tr("Cannot start the printer {reason}."), printable, error)
            return 0
        finally:
            cancelled = progress.wasCanceled()
            _close(progress)
        where = printer.outputFileName() or printer.printerName()
        if cancelled:
            self.context.show_message(self.tr("Printing cancelled."))
        else:
            self.context.show_message(
                self.tr("%n page(s) of {document} sent to {printer}.", "", drawn).format(
                    document=printable.title, printer=where
                )
            )
        return drawn

    def preview(self, printable: Printable, path: Path) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        printer = self.printer_for(printable, path)  # kept: the dialog does not own it
        dialog = QPrintPreviewDialog(printer, self.context.window)
        dialog.setObjectName("print_preview")
        dialog.setWindowTitle(
            self.tr("Print Preview — {document}").format(document=printable.title)
        )
        dialog.paintRequested.connect(lambda printer: self.paint(path, printer))
        dialog.exec()

    def paint(self, path: Path, printer: QPrinter) -> int:
        """The preview's (and its Print button's) drawing: the same pages as on paper."""
        from forumdesk.ui.printing.pdf_printing import PrintingError, print_pdf

        try:
            return print_pdf(path, printer)
        except PrintingError as error:
            self.context.show_message(
                self.tr("Cannot start the printer {reason}.").format(reason=error), 15000
            )
            return 0


def _close(progress: QProgressDialog) -> None:
    progress.reset()
    progress.deleteLater()


def _step(progress: QProgressDialog, done: int, total: int) -> bool:
    """Move the progress on a page; False once the user pressed Cancel."""
    progress.setMaximum(total)
    progress.setValue(done)
    return not progress.wasCanceled()
