"""Failures the user sees: one line in a dialog, the details behind Copy Details."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from forumdesk import APP_NAME


def tr(text: str) -> str:
    return QCoreApplication.translate("Failures", text)


def show_failure(parent: QWidget | None, line: str, details: str = "") -> None:
    """A warning with the one line; Copy Details puts the traceback on the clipboard
    (for the person who supports the user) without ever showing it in the window."""
    from PySide6.QtWidgets import QMessageBox  # here: this module loads before the first paint

    text = line[:1].upper() + line[1:]  # the CLI's "forumdesk: the disk is full…" as a sentence
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, QMessageBox.StandardButton.Ok)
    box.setAccessibleName(tr("Something went wrong"))
    if parent is not None:
        box.setParent(parent, box.windowFlags())
    copy = None
    if details:
        copy = box.addButton(tr("Copy Details"), QMessageBox.ButtonRole.ActionRole)
        copy.setAccessibleName(tr("Copy Details"))
    box.exec()
    if copy is not None and box.clickedButton() is copy:
        QApplication.clipboard().setText(details)


def install_exception_hook(parent: QWidget) -> None:
    """Any error that escapes a slot is logged and shown as one line, never printed."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        from forumdesk.services.common.failures import failure_line

        error.__traceback__ = trace
        line, details = failure_line(error)
        show_failure(parent, line, details)

    sys.excepthook = hook


def read_only_banner(parent: QWidget) -> QLabel:
    """The strip over the pages that says the open database cannot be changed (hidden
    until a read-only database opens)."""
    banner = QLabel(
        tr(
            "This database is read-only: you can look, search and export, but every change "
            "will be refused. Copy it to a folder you may write to, or ask for write access."
        ),
        parent,
    )
    banner.setObjectName("read_only_banner")
    banner.setAccessibleName(tr("Read-only database"))
    banner.setWordWrap(True)
    banner.setStyleSheet("QLabel { background: #fff4c2; color: #3d3000; padding: 6px 10px; }")
    banner.hide()
    return banner
