"""Badges as a PDF: the people selected in the list, or everyone accredited; on A4
sheets of 8 to cut, or one a card for a badge printer."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from forumdesk.ui.common.output_check import output_refused, proposed_name
from forumdesk.ui.printing.documents import badges_pdf
from forumdesk.ui.printing.printable import Printable

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.exports.registry.badges import BadgeLayout
    from forumdesk.ui.pages.registry.page import RegistryPage


def _layouts() -> dict[BadgeLayout, str]:
    # The strings keep the page's translation context.
    return {
        "sheet": QCoreApplication.translate("RegistryPage", "A4 sheets of 8 badges"),
        "card": QCoreApplication.translate("RegistryPage", "One badge per card (95 × 70 mm)"),
    }


def badge_printables(forum_id: uuid.UUID, chosen: list[uuid.UUID]) -> list[Printable]:
    """What File > Print… offers on the Registry page: the sheets first, then the cards."""
    if chosen:
        who = QCoreApplication.translate(
            "RegistryPage", "Badges of the %n selected person(s)", "", len(chosen)
        )
    else:
        who = QCoreApplication.translate("RegistryPage", "Badges of everyone accredited")
    return [
        Printable(f"{who}: {label}", badges_pdf(forum_id, chosen, layout))
        for layout, label in _layouts().items()
    ]


def print_badge_sheet(
    page: RegistryPage,
    forum_id: uuid.UUID,
    chosen: list[uuid.UUID],
    path: str | None,
    layout: BadgeLayout = "sheet",
) -> None:
    """Write the badges of the `chosen` registrations (none: all accredited); the page
    says how many. The save dialog's file type picks the layout."""
    if path is None:
        name = proposed_name(
            page.forum.title, QCoreApplication.translate("RegistryPage", "badges"), "pdf"
        )
        layouts = _layouts()
        filters = {f"{label} (*.pdf)": key for key, label in layouts.items()}
        path, picked = QFileDialog.getSaveFileName(
            page,
            QCoreApplication.translate("RegistryPage", "Print Badges"),
            name,
            ";;".join(filters),
        )
        if not path:
            return
        layout = filters.get(picked, "sheet")
    target = Path(path)
    if output_refused(page, target, page.ops.database):
        return

    def write(session: Session) -> int:
        from forumdesk.exports.registry.badges import write_badge_sheet

        return write_badge_sheet(session, forum_id, target, chosen or None, layout=layout)

    page.ops.query(
        write,
        lambda count: page.message.emit(
            QCoreApplication.translate(
                "RegistryPage", "%Ln badge(s) written to {file}", "", count
            ).format(file=target.name)
        ),
    )
