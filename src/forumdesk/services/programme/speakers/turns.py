"""The speaking clock, kept in the database as it runs, so that a quit or a crash
loses no speaking time.

A turn goes listed → speaking (`start_turn`, with `started_at`) → spoke
(`finish_turn`, with `ended_at`). While it is speaking, `used_seconds` holds the
time spoken so far: written on start, pause and resume, and every few seconds of
speaking (`checkpoint_turn`, one row). After a restart, `turn_in_progress` finds the
turn that had the floor, with the time it had.

The clock on screen saves through `save_clock`, which writes the whole state the
clock shows (who has spoken, who has the floor, with what time) and does nothing
more when part of it is already written. So a save that failed (the database busy,
say) is made good by the next one, and no time is lost in between.

Each function is one user action in one transaction: the caller (a unit of work)
commits.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.services.common.messages import _
from forumdesk.services.programme.speakers.clock import TurnState
from forumdesk.services.programme.speakers.lists import (
    MAX_SPEAKING_SECONDS,
    SpeakerError,
    SpeakerLine,
    record_speech,
    speakers_list,
)
from forumdesk.store.enums import InterventionStatus
from forumdesk.store.models import Intervention


def save_clock(session: Session, turns: Sequence[TurnState]) -> None:
    """Make the database say what the clock says, whatever an earlier save left undone:
    turns that have spoken are closed first (one already closed or withdrawn is left as
    it is), then each turn with the floor is started if still listed, else its time is
    saved. Saving the same state twice writes nothing the second time."""
    for state in turns:
        if state.ended_at is None:
            continue
        turn = session.get(Intervention, state.id)
        if turn is None or turn.deleted_at is not None:
            continue
        if turn.status in (InterventionStatus.SPOKE, InterventionStatus.WITHDRAWN):
            continue
        started = turn.started_at or state.started_at
        used = min(state.used_seconds, MAX_SPEAKING_SECONDS)
        record_speech(session, state.id, started, max(state.ended_at, started), used)
    for state in turns:
        if state.ended_at is not None:
            continue
        used = min(state.used_seconds, MAX_SPEAKING_SECONDS)
        if _turn(session, state.id).status == InterventionStatus.SPEAKING:
            checkpoint_turn(session, state.id, used)
        else:
            start_turn(session, state.id, state.started_at, used)


def turn_in_progress(session: Session, segment_id: uuid.UUID) -> SpeakerLine | None:
    """The segment's turn that has the floor (status speaking), with the time spoken so
    far in `used_seconds`; None if nobody is speaking."""
    return next(
        (
            line
            for line in speakers_list(session, segment_id)
            if line.status == InterventionStatus.SPEAKING
        ),
        None,
    )


def start_turn(
    session: Session, intervention_id: uuid.UUID, at: datetime, used_seconds: int = 0
) -> None:
    """The speaker has the floor (again, after a pause): the turn is speaking, with the
    time spoken so far. The first start sets `started_at`; a resume keeps it."""
    _check_used(used_seconds)
    if at.tzinfo is None:
        raise SpeakerError("started_at", _("times must be UTC instants, not naive"))
    turn = _turn(session, intervention_id)
    if turn.status == InterventionStatus.SPOKE:
        raise SpeakerError("intervention", _("this speaker has already spoken"))
    if turn.status == InterventionStatus.WITHDRAWN:
        raise SpeakerError("intervention", _("this speaker has withdrawn"))
    other = session.execute(
        select(Intervention.id, Intervention.speaker_label).where(
            Intervention.segment_id == turn.segment_id,
            Intervention.id != turn.id,
            Intervention.status == InterventionStatus.SPEAKING,
            Intervention.deleted_at.is_(None),
        )
    ).first()
    if other is not None:
        who = other.speaker_label or "another speaker"
        raise SpeakerError(
            "intervention",
            _("{who} still has the floor: resume or close that turn first").format(who=who),
        )
    if turn.status != InterventionStatus.SPEAKING:
        turn.status = InterventionStatus.SPEAKING
        turn.started_at = at
        turn.ended_at = None
    turn.used_seconds = used_seconds
    session.flush()


def checkpoint_turn(session: Session, intervention_id: uuid.UUID, used_seconds: int) -> None:
    """Save the time spoken so far by the speaker who has the floor (one row updated,
    and nothing at all if the time saved is already this)."""
    _check_used(used_seconds)
    turn = _turn(session, intervention_id)
    if turn.status != InterventionStatus.SPEAKING:
        raise SpeakerError("intervention", _("this speaker does not have the floor"))
    if turn.used_seconds != used_seconds:
        turn.used_seconds = used_seconds
        session.flush()


def finish_turn(
    session: Session, intervention_id: uuid.UUID, used_seconds: int, at: datetime
) -> SpeakerLine:
    """The speaker has spoken: the turn is closed with its time (pauses left out)."""
    turn = _turn(session, intervention_id)
    started = turn.started_at or at
    return record_speech(session, intervention_id, started, max(at, started), used_seconds)


def _turn(session: Session, intervention_id: uuid.UUID) -> Intervention:
    turn = session.get(Intervention, intervention_id)
    if turn is None or turn.deleted_at is not None:
        raise SpeakerError("intervention", _("no such intervention on the speakers list"))
    return turn


def _check_used(seconds: int) -> None:
    if not 0 <= seconds <= MAX_SPEAKING_SECONDS:
        raise SpeakerError(
            "used_seconds",
            _("must be between 0 and {max_speaking_seconds}").format(
                max_speaking_seconds=MAX_SPEAKING_SECONDS
            ),
        )
