"""The life of a segment's minutes: draft, submitted, approved, with every version kept.

Rules (one call = one user action; the caller's unit of work commits it):

- `start_minutes` (a segment) and `start_session_minutes` (a whole séance) compose
  draft version 1 from the programme.
- `save_draft` saves the editor's text. Over a composed draft, or a draft by another
  author, it adds a version (the composition stays as it was); over the same author's
  hand-edited draft it updates that draft in place. Over a *submitted* version it adds
  a new draft version: editing withdraws the submission, which must be made again.
  Over an *approved* version it adds a new draft version: the approved text is
  locked and stays as approved.
- `recompose` refuses (MinutesError) when the latest draft was edited by hand, unless
  `replace_edits` is given (the UI asks first); the hand edits stay in their version.
- `submit` moves the latest draft to submitted; `approve` a draft or a submitted
  version to approved, recording who and when. Whoever composed or last edited the
  version cannot approve it too, unless the forum allows one-person approval
  (`Forum.self_approval`); the minutes then say it was approved alone.
- Every action that records a person needs a name (`signer.session_signer`: the one
  given, else the database's user): with none it is refused, saying how to give one.
  Refusals are in the user's language (`messages._`).
- `edit_version` changes one draft in place; on an approved (or submitted) version it
  raises MinutesError saying why.

A composed version carries an HTML comment marker, which the editor drops on save:
that is how a hand edit is told from a composition.
"""

from __future__ import annotations

import difflib
import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.services.access.guard import require
from forumdesk.services.access.roles import Role
from forumdesk.services.common.edit_conflicts import ReadAt, reconcile
from forumdesk.services.common.messages import _
from forumdesk.services.common.signer import name_key, session_signer
from forumdesk.services.minutes.compose import (
    compose_minutes_html,
    compose_session_minutes_html,
    words,
)
from forumdesk.services.minutes.html import block_lines
from forumdesk.store.enums import MinutesState
from forumdesk.store.models import Day, Forum, ForumSession, Minutes, MinutesVersion, Segment
from forumdesk.store.types import utcnow

COMPOSED_MARK = "<!--forumdesk:composed-->"


class MinutesError(ValueError):
    """A change the minutes' state does not allow; the message says why."""


class HandEditsError(MinutesError):
    """Recomposing would replace a draft edited by hand; ask first."""

    def __init__(self, number: int, author: str | None) -> None:
        said = (
            _(
                "version {number} was edited by hand by {name}; recomposing would replace "
                "those edits (they would stay in that version)"
            )
            if author
            else _(
                "version {number} was edited by hand; recomposing would replace "
                "those edits (they would stay in that version)"
            )
        )
        super().__init__(said.format(number=number, name=author))
        self.number = number
        self.author = author


@dataclass(frozen=True)
class VersionRow:
    number: int
    state: MinutesState
    author: str | None
    created_at: datetime
    updated_at: datetime
    composed: bool


@dataclass(frozen=True)
class DiffLine:
    """One aligned line of a comparison; kind: same, changed, added, removed."""

    left: str
    right: str
    kind: str


def minutes_of_segment(session: Session, segment_id: uuid.UUID) -> uuid.UUID | None:
    return session.scalar(
        select(Minutes.id).where(Minutes.segment_id == segment_id, Minutes.deleted_at.is_(None))
    )


def start_minutes(session: Session, segment_id: uuid.UUID, author: str | None) -> uuid.UUID:
    """New minutes for the segment, with draft version 1 composed from the programme."""
    segment = session.get(Segment, segment_id)
    if segment is None or segment.deleted_at is not None:
        raise MinutesError(_("no such segment"))
    if minutes_of_segment(session, segment_id) is not None:
        raise MinutesError(
            _("the minutes of {title!r} are already started").format(title=segment.title)
        )
    author = session_signer(session, author)
    forum_id = session.scalar(
        select(Day.forum_id)
        .join(ForumSession, ForumSession.day_id == Day.id)
        .where(ForumSession.id == segment.session_id)
    )
    forum = session.get(Forum, forum_id) if forum_id else None
    assert forum is not None
    body = compose_minutes_html(session, segment_id)
    return _first_version(session, forum, segment.title, body, author, segment_id=segment_id)


def start_session_minutes(
    session: Session, forum_session_id: uuid.UUID, author: str | None
) -> uuid.UUID:
    """New minutes of a whole séance (all its segments), with draft version 1 composed."""
    forum_session = session.get(ForumSession, forum_session_id)
    if forum_session is None or forum_session.deleted_at is not None:
        raise MinutesError(_("no such session"))
    author = session_signer(session, author)
    exists = session.scalar(
        select(Minutes.id).where(
            Minutes.forum_session_id == forum_session_id, Minutes.deleted_at.is_(None)
        )
    )
    if exists is not None:
        raise MinutesError(
            _("the minutes of {title!r} are already started").format(title=forum_session.title)
        )
    day = session.get(Day, forum_session.day_id)
    forum = session.get(Forum, day.forum_id) if day else None
    assert forum is not None
    body = compose_session_minutes_html(session, forum_session_id)
    return _first_version(
        session, forum, forum_session.title, body, author, forum_session_id=forum_session_id
    )


def _first_version(
    session: Session, forum: Forum, title: str, body: str, author: str | None, **owner: Any
) -> uuid.UUID:
    """New minutes (of a segment or a session: `owner`) with composed draft version 1."""
    w = words(forum.language)
    minutes = Minutes(
        forum_id=forum.id,
        title=w["minutes"] + (" : " if w["lang"] == "fr" else ": ") + title,
        state=MinutesState.DRAFT,
        **owner,
    )
    session.add(minutes)
    minutes.versions.append(
        MinutesVersion(
            number=1, state=MinutesState.DRAFT, author=author, body_html=COMPOSED_MARK + body
        )
    )
    session.flush()
    return minutes.id


def approval(session: Session, minutes_id: uuid.UUID) -> tuple[str | None, datetime | None]:
    """Who approved the minutes, and when (None, None while not approved)."""
    minutes = _minutes(session, minutes_id)
    return minutes.approved_by, minutes.approved_at


def latest(session: Session, minutes_id: uuid.UUID) -> MinutesVersion:
    versions = _versions(session, _minutes(session, minutes_id))
    if not versions:
        raise MinutesError(_("these minutes have no version"))
    return versions[-1]


def is_composed(version: MinutesVersion) -> bool:
    return version.body_html.startswith(COMPOSED_MARK)


@dataclass(frozen=True)
class MinutesText:
    """The text an editor shows: which version it is, and its HTML (no marker)."""

    number: int
    body_html: str


def save_draft(
    session: Session,
    minutes_id: uuid.UUID,
    body_html: str,
    author: str | None,
    *,
    read: ReadAt[MinutesText] | None = None,
) -> int:
    """Save the editor's text (see the module's rules); returns the version number.

    `read`: the version the editor showed (its row's version and text). If the latest
    text is another one now (someone saved meanwhile), EditConflict gives both texts
    to choose from; an editor left unchanged saves nothing over theirs.
    """
    author = session_signer(session, author)
    minutes = _minutes(session, minutes_id)
    current = latest(session, minutes_id)
    body = body_html.replace(COMPOSED_MARK, "")
    if read is not None and (read.values.number, read.version) != (current.number, current.version):
        stored = MinutesText(current.number, current.body_html.replace(COMPOSED_MARK, ""))
        body = reconcile(
            session,
            table="minutes_versions",
            record_id=current.id,
            version=current.version,
            read=ReadAt(None, read.values),
            stored=lambda: stored,
            wanted=MinutesText(read.values.number, body),
            same={"body_html": lambda a, b: block_lines(a) == block_lines(b)},
        ).body_html
        if block_lines(body) == block_lines(stored.body_html):
            return current.number  # theirs, which this editor did not change: nothing to add
    if (
        current.state == MinutesState.DRAFT
        and not is_composed(current)
        and current.author == author
    ):
        current.body_html = body
        current.updated_at = utcnow()
        session.flush()
        return current.number
    return _add_version(session, minutes, body, author)


def edit_version(
    session: Session, minutes_id: uuid.UUID, number: int, body_html: str, author: str | None
) -> None:
    """Change one version in place: drafts only."""
    author = session_signer(session, author)
    minutes = _minutes(session, minutes_id)
    version = next((v for v in _versions(session, minutes) if v.number == number), None)
    if version is None:
        raise MinutesError(_("these minutes have no version {number}").format(number=number))
    _check_editable(minutes, version)
    version.body_html = body_html.replace(COMPOSED_MARK, "")
    version.author = author
    version.updated_at = utcnow()
    session.flush()


def recompose(
    session: Session, minutes_id: uuid.UUID, author: str | None, *, replace_edits: bool
) -> int:
    """Compose the minutes again from the programme; returns the version number."""
    author = session_signer(session, author)
    minutes = _minutes(session, minutes_id)
    current = latest(session, minutes_id)
    if minutes.segment_id is not None:
        body = COMPOSED_MARK + compose_minutes_html(session, minutes.segment_id)
    elif minutes.forum_session_id is not None:
        body = COMPOSED_MARK + compose_session_minutes_html(session, minutes.forum_session_id)
    else:
        raise MinutesError(_("these minutes belong to no segment or session"))
    if current.state == MinutesState.DRAFT and is_composed(current):
        current.body_html = body  # nothing written by hand is lost
        current.author = author
        current.updated_at = utcnow()
        session.flush()
        return current.number
    if current.state == MinutesState.DRAFT and not replace_edits:
        raise HandEditsError(current.number, current.author)
    return _add_version(session, minutes, body, author)


def submit(session: Session, minutes_id: uuid.UUID, author: str | None) -> None:
    session_signer(session, author)
    minutes = _minutes(session, minutes_id)
    current = latest(session, minutes_id)
    if current.state != MinutesState.DRAFT:
        raise MinutesError(
            _("version {number} is {state}, not a draft").format(
                number=current.number, state=_state_word(current.state)
            )
        )
    current.state = minutes.state = MinutesState.SUBMITTED
    current.updated_at = utcnow()
    session.flush()


def approve(
    session: Session,
    minutes_id: uuid.UUID,
    approver: str | None,
    *,
    seen: tuple[int, str] | None = None,
) -> int:
    """Approve the latest version (a draft or a submitted one); returns its number.

    Someone other than the version's author approves it, unless the forum allows
    one-person approval: the minutes then record that it was approved alone.
    `seen`: the version number and `text_digest` the approver confirmed; refused if
    the latest version is another one or its text changed since."""
    require(session, Role.APPROVER, _("Approving minutes"))
    approver = session_signer(session, approver)
    minutes = _minutes(session, minutes_id)
    current = latest(session, minutes_id)
    if seen is not None and seen != (current.number, text_digest(current)):
        raise MinutesError(
            _(
                "version {number} changed after you reviewed it; review it again before approving"
            ).format(number=current.number)
        )
    if current.state == MinutesState.APPROVED:
        raise MinutesError(
            _("version {number} is already {approval}").format(
                number=current.number, approval=_approval(minutes)
            )
        )
    alone = same_person(current.author, approver)
    if alone and not _allows_self_approval(session, minutes):
        raise MinutesError(alone_refusal(current.author, current.number))
    now = utcnow()
    current.state = minutes.state = MinutesState.APPROVED
    current.updated_at = now
    minutes.approved_by, minutes.approved_at = approver, now
    minutes.approved_alone = alone
    session.flush()
    return current.number


def text_digest(version: MinutesVersion) -> str:
    """A short fingerprint of a version's text: what an approver confirmed."""
    body = version.body_html.replace(COMPOSED_MARK, "")
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]


def alone_refusal(author: str | None, number: int) -> str:
    """Why the author of a version may not approve it too (in the user's language)."""
    return _(
        "{name} composed or last edited version {number}, so someone else must "
        "approve it (or allow one-person approval in the forum's settings)"
    ).format(name=author, number=number)


def same_person(author: str | None, approver: str) -> bool:
    """Whether the version's author is the approver (case, spacing, Unicode forms and
    invisible characters aside)."""
    if not author:
        return False
    return name_key(author) == name_key(approver)


def _allows_self_approval(session: Session, minutes: Minutes) -> bool:
    forum = session.get(Forum, minutes.forum_id)
    return bool(forum is not None and forum.self_approval)


def versions(session: Session, minutes_id: uuid.UUID) -> list[VersionRow]:
    return [
        VersionRow(v.number, v.state, v.author, v.created_at, v.updated_at, is_composed(v))
        for v in _versions(session, _minutes(session, minutes_id))
    ]


def version_html(session: Session, minutes_id: uuid.UUID, number: int | None = None) -> str:
    """A version's HTML (the latest by default), without the composition marker."""
    all_versions = _versions(session, _minutes(session, minutes_id))
    chosen = (
        all_versions[-1:] if number is None else [v for v in all_versions if v.number == number]
    )
    if not chosen:
        raise MinutesError(_("these minutes have no version {number}").format(number=number))
    return chosen[0].body_html.replace(COMPOSED_MARK, "")


def compare_versions(session: Session, minutes_id: uuid.UUID, a: int, b: int) -> list[DiffLine]:
    """Versions a and b side by side, one line per paragraph, differences marked."""
    left = block_lines(version_html(session, minutes_id, a))
    right = block_lines(version_html(session, minutes_id, b))
    out: list[DiffLine] = []
    matcher = difflib.SequenceMatcher(a=left, b=right, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out += [DiffLine(line, line, "same") for line in left[i1:i2]]
            continue
        olds, news = left[i1:i2], right[j1:j2]
        for k in range(max(len(olds), len(news))):
            old = olds[k] if k < len(olds) else ""
            new = news[k] if k < len(news) else ""
            kind = "changed" if k < len(olds) and k < len(news) else "removed" if old else "added"
            out.append(DiffLine(old, new, kind))
    return out


# --- helpers ---------------------------------------------------------------------------


def _minutes(session: Session, minutes_id: uuid.UUID) -> Minutes:
    minutes = session.get(Minutes, minutes_id)
    if minutes is None or minutes.deleted_at is not None:
        raise MinutesError(_("no such minutes"))
    return minutes


def _versions(session: Session, minutes: Minutes) -> list[MinutesVersion]:
    return list(
        session.scalars(
            select(MinutesVersion)
            .where(MinutesVersion.minutes_id == minutes.id, MinutesVersion.deleted_at.is_(None))
            .order_by(MinutesVersion.number)
        )
    )


def _add_version(session: Session, minutes: Minutes, body: str, author: str | None) -> int:
    numbers = session.scalars(
        select(MinutesVersion.number).where(MinutesVersion.minutes_id == minutes.id)
    ).all()
    number = max(numbers, default=0) + 1
    session.add(
        MinutesVersion(
            minutes_id=minutes.id,
            number=number,
            state=MinutesState.DRAFT,
            author=author,
            body_html=body,
        )
    )
    minutes.state = MinutesState.DRAFT
    session.flush()
    session.expire(minutes, ["versions"])
    return number


def _state_word(state: MinutesState) -> str:
    words = {
        MinutesState.DRAFT: _("draft"),
        MinutesState.SUBMITTED: _("submitted"),
        MinutesState.APPROVED: _("approved"),
    }
    return words.get(state, state.value)


def _approval(minutes: Minutes) -> str:
    when = minutes.approved_at.date().isoformat() if minutes.approved_at else _("an unknown date")
    return _("approved by {name} on {date}").format(
        name=minutes.approved_by or _("someone"), date=when
    )


def _check_editable(minutes: Minutes, version: MinutesVersion) -> None:
    if version.state == MinutesState.APPROVED:
        raise MinutesError(
            _("version {number} was {approval}; edit to start a new draft version").format(
                number=version.number, approval=_approval(minutes)
            )
        )
    if version.state == MinutesState.SUBMITTED:
        raise MinutesError(
            _(
                "version {number} is submitted for approval; edit to start a new draft version"
            ).format(number=version.number)
        )
