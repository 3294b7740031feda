"""One person's programme as iCalendar, from their detail form."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from forumdesk.ui.common.operations import Operations
from forumdesk.ui.common.output_check import output_refused, proposed_name

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.ui.pages.registry.page import RegistryPage


def export_person_calendar(
    page: RegistryPage,
    ops: Operations,
    forum_id: uuid.UUID,
    person_id: uuid.UUID,
    path: str | None = None,
) -> None:
    """The segments where the person has a role or speaks; the page says how many."""
    if path is None:
        path, _ = QFileDialog.getSaveFileName(
            page,
            QCoreApplication.translate("RegistryPage", "Export Their Programme"),
            proposed_name(
                page.forum.title, QCoreApplication.translate("RegistryPage", "programme"), "ics"
            ),
            "iCalendar (*.ics)",
        )
        if not path:
            return
    target = Path(path)
    if output_refused(page, target, ops.database):
        return

    def write(session: Session) -> int:
        from forumdesk.exports.programme.ics import write_programme_ics

        return write_programme_ics(session, forum_id, target, person_id)

    ops.query(
        write,
        lambda count: page.message.emit(
            QCoreApplication.translate(
                "RegistryPage", "%n segment(s) written to {file}", "", count
            ).format(file=target.name)
        ),
    )
