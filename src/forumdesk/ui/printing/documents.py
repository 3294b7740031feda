"""The PDF each printable document is: the same writers as the exports, imported when
the worker runs them (the window loads no reportlab before its first paint)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.exports.registry.badges import BadgeLayout

Writer = Callable[["Session", Path], object]


def badges_pdf(
    forum_id: uuid.UUID, registration_ids: Collection[uuid.UUID], layout: BadgeLayout
) -> Writer:
    """The badges of `registration_ids` (none: everyone accredited to the forum)."""

    def write(session: Session, path: Path) -> object:
        from forumdesk.exports.registry.badges import write_badge_sheet

        chosen = list(registration_ids) or None
        return write_badge_sheet(session, forum_id, path, chosen, layout=layout)

    return write


def programme_pdf(forum_id: uuid.UUID) -> Writer:
    def write(session: Session, path: Path) -> object:
        from forumdesk.exports.programme.pdf import write_programme_pdf

        return write_programme_pdf(session, forum_id, path)

    return write


def speakers_pdf(segment_id: uuid.UUID) -> Writer:
    def write(session: Session, path: Path) -> object:
        from forumdesk.exports.programme.speakers import write_speakers_pdf

        return write_speakers_pdf(session, segment_id, path)

    return write


def minutes_pdf(minutes_id: uuid.UUID) -> Writer:
    """The minutes as published (notes for the record only), as Export… writes them."""

    def write(session: Session, path: Path) -> object:
        from forumdesk.exports.minutes.files import export_one

        return export_one(session, minutes_id, path, "pdf")

    return write


def report_pdf(forum_id: uuid.UUID) -> Writer:
    def write(session: Session, path: Path) -> object:
        from forumdesk.exports.document.writers import write_document
        from forumdesk.exports.report.summary import report_document

        write_document(report_document(session, forum_id), path, "pdf")
        return path

    return write
