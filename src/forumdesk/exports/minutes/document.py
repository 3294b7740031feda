"""Minutes as the shared document model, ready for any writer.

Lives in exports/ (not services/) because services must not import the exports'
document model (docs/DESIGN.md §3, tests/core/test_layering.py).
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from forumdesk.exports.document.cover import CoverFields, cover_of
from forumdesk.exports.document.model import (
    Block,
    BulletList,
    Heading,
    OutputDocument,
    Paragraph,
    Run,
    Table,
)
from forumdesk.exports.minutes.notes import internal_marking, minutes_blocks
from forumdesk.services.common.messages import _, document_language, gettext_in, pgettext_in
from forumdesk.services.common.recorded_logins import person_or_none
from forumdesk.services.common.text_dates import long_date
from forumdesk.services.minutes.cover import minutes_cover
from forumdesk.services.minutes.html import (
    HtmlHeading,
    HtmlList,
    HtmlParagraph,
    HtmlRun,
    parse_minutes_html,
)
from forumdesk.services.minutes.workflow import MinutesError, latest, version_html
from forumdesk.services.programme.times import forum_day
from forumdesk.store.enums import MinutesState
from forumdesk.store.models import Forum, Minutes


def html_to_blocks(html: str) -> tuple[Block, ...]:
    """The editor's HTML (Qt's verbose kind included) as document blocks."""
    blocks: list[Block] = []
    for block in parse_minutes_html(html):
        if isinstance(block, HtmlHeading):
            # The minutes' h2 is a part (level 1 of the model), h3 a sub-part.
            blocks.append(Heading(level=max(1, min(4, block.level - 1)), title=block.text))
        elif isinstance(block, HtmlParagraph):
            blocks.append(Paragraph(runs=_runs(block.runs)))
        elif isinstance(block, HtmlList):
            blocks.append(
                BulletList(items=tuple(_runs(item) for item in block.items), ordered=block.ordered)
            )
        else:
            rows = [tuple(row) for row in block.rows]
            width = max(len(row) for row in rows)
            rows = [row + ("",) * (width - len(row)) for row in rows]
            header = rows[0] if block.header else ()
            blocks.append(Table(header=header, rows=tuple(rows[1:] if block.header else rows)))
    return tuple(blocks)


# The document's own words, in the forum's language (the minutes' text is the user's).
def _state_word(language: str, state: str) -> str:
    """The version's state as the subtitle says it: "Version 2 (draft)"."""
    return {
        "draft": pgettext_in(language, "minutes state", "draft"),
        "submitted": pgettext_in(language, "minutes state", "submitted for review"),
        "approved": pgettext_in(language, "minutes state", "approved"),
    }[state]


def minutes_document(
    session: Session, minutes_id: uuid.UUID, *, internal: bool = False
) -> OutputDocument:
    """The latest version of the minutes, with the approval line when it is approved.

    Published, it prints no internal note; `internal`: the secretariat's version, with
    every note, marked as such on every page (`exports.minutes_notes`)."""
    minutes = session.get(Minutes, minutes_id)
    if minutes is None or minutes.deleted_at is not None:
        raise MinutesError(_("no such minutes"))
    forum = session.get(Forum, minutes.forum_id)
    current = latest(session, minutes_id)
    language = document_language(forum.language if forum is not None else None)
    approval = approval_line(session, minutes, current.state, language)
    blocks = html_to_blocks(version_html(session, minutes_id))
    blocks = minutes_blocks(session, minutes, blocks, language, internal=internal)
    # The composed HTML opens with the segment's title, which is the document's title.
    if blocks and isinstance(blocks[0], Heading) and blocks[0].title in minutes.title:
        blocks = blocks[1:]
    subtitle = gettext_in(language, "Version {number} ({state})").format(
        number=current.number, state=_state_word(language, current.state.value)
    )
    # The cover: the minutes' own fields, the forum's and its summary's where empty.
    printed = minutes_cover(session, minutes_id).printed
    cover = cover_of(
        CoverFields(
            title=minutes.title,
            language=forum.language if forum else "en",
            subtitle=subtitle,
            **{name: getattr(printed, name) for name in _COVER_FIELDS},
        )
    )
    return OutputDocument(
        title=minutes.title,
        marking=internal_marking(language) if internal else None,
        language=forum.language if forum else "en",
        forum=forum.title if forum else "",
        symbol=printed.symbol,
        subtitle=subtitle,
        approval=approval,
        blocks=blocks,
        cover=cover,
    )


def approval_line(
    session: Session, minutes: Minutes, state: MinutesState, language: str
) -> str | None:
    """ "Approved by Ana Lima on 12 July 2006", saying when one person composed and
    approved; without the name when it is an operating-system login the history holds
    (older ForumDesk signed with it), never printing a login. None while not approved."""
    if state != MinutesState.APPROVED or not minutes.approved_by:
        return None
    name = person_or_none(session, minutes.approved_by)
    line = (
        gettext_in(language, "Approved by {name}").format(name=name)
        if name
        else gettext_in(language, "Approved")
    )
    if minutes.approved_alone:
        line += " " + gettext_in(language, "(one-person approval)")
    if minutes.approved_at:
        line += " " + gettext_in(language, "on {date}").format(
            date=long_date(
                forum_day(minutes.approved_at, session.get(Forum, minutes.forum_id)),
                language,
                weekday=False,
            )
        )
    return line


_COVER_FIELDS = (
    "organ",
    "symbol",
    "distribution",
    "issued_on",
    "original_language",
    "session_label",
    "agenda_item",
    "preamble",
)


def _runs(runs: list[HtmlRun]) -> tuple[Run, ...]:
    return tuple(Run(text, bold=bold, italic=italic) for text, bold, italic in runs)
