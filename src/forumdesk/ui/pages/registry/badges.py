"""Badges as a PDF: the people selected in the list, or everyone accredited."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from forumdesk.ui.common.output_check import output_refused, proposed_name

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.ui.pages.registry.page import RegistryPage


def print_badge_sheet(
    page: RegistryPage, forum_id: uuid.UUID, chosen: list[uuid.UUID], path: str | None
) -> None:
    """Write the badges of the `chosen` registrations (none: all accredited); the page
    says how many."""
    if path is None:
        # The strings keep the page's translation context.
        name = proposed_name(
            page.forum.title, QCoreApplication.translate("RegistryPage", "badges"), "pdf"
        )
        path, _ = QFileDialog.getSaveFileName(
            page,
            QCoreApplication.translate("RegistryPage", "Print Badges"),
            name,
            QCoreApplication.translate("RegistryPage", "PDF (*.pdf)"),
        )
        if not path:
            return
    target = Path(path)
    if output_refused(page, target, page.ops.database):
        return

    def write(session: Session) -> int:
        from forumdesk.exports.registry.badges import write_badge_sheet

        return write_badge_sheet(session, forum_id, target, chosen or None)

    page.ops.query(
        write,
        lambda count: page.message.emit(
            QCoreApplication.translate(
                "RegistryPage", "%Ln badge(s) written to {file}", "", count
            ).format(file=target.name)
        ),
    )
