"""Recommendations carried by the laptop merge: the same stakeholder's uptake and the
same forum's follow-up, made on two laptops, are one record each (their ids are the
link's); a follow-up both assessed differently is a conflict for a person to settle."""

from __future__ import annotations

import shutil
import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import select

from forumdesk.services.practices.recommending.follow_up import Assessment, set_follow_up
from forumdesk.services.practices.recommending.recommendations import recommendation_by_code
from forumdesk.services.practices.recommending.uptake import Commitment, add_uptake
from forumdesk.services.sync.sync import sync_from
from forumdesk.store.enums import FollowUpStatus
from forumdesk.store.migrate import open_database
from forumdesk.store.models import FollowUp, Forum, Organisation, Uptake


def _with_later_forum(path: Path) -> None:
    database, _ = open_database(str(path), backup=False)
    try:
        with database.unit_of_work() as session:
            session.add(
                Forum(title="Forum mondial 2007", language="fr", starts_on=date(2007, 7, 9))
            )
    finally:
        database.dispose()


def _assess(path: Path, actor: str, status: FollowUpStatus, commitment: str) -> uuid.UUID:
    database, _ = open_database(str(path), backup=False)
    database.actor = actor
    try:
        with database.unit_of_work() as session:
            forum, later = session.scalars(select(Forum.id).order_by(Forum.starts_on)).all()
            r13 = recommendation_by_code(session, forum, "R13").id
            organisation = session.scalars(
                select(Organisation.id).order_by(Organisation.name)
            ).first()
            assert organisation is not None
            add_uptake(session, r13, organisation, Commitment(commitment))
            set_follow_up(session, r13, later, Assessment(status, f"{actor}'s evidence"))
            return r13
    finally:
        database.dispose()


def test_two_laptops_uptake_and_follow_up_merge_as_one_record(
    demo_db_path: Path, tmp_path: Path
) -> None:
    _with_later_forum(demo_db_path)
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    shutil.copyfile(demo_db_path, a)
    shutil.copyfile(demo_db_path, b)
    r13 = _assess(a, "Ana", FollowUpStatus.UNDER_WAY, "Halve the costs")
    _assess(b, "Ben", FollowUpStatus.DONE, "Halve the costs")
    office, _ = open_database(str(a), backup=False)
    try:
        result = sync_from(office, str(b))
        with office.reading() as session:
            uptakes = session.scalars(select(Uptake).where(Uptake.recommendation_id == r13)).all()
            follow_ups = session.scalars(
                select(FollowUp).where(FollowUp.recommendation_id == r13)
            ).all()
            assert len(uptakes) == 1 and uptakes[0].commitment == "Halve the costs"
            assert len(follow_ups) == 1
            assert follow_ups[0].status is FollowUpStatus.UNDER_WAY  # ours kept
        fields = {(c.table, c.field) for c in result.conflicts}
        assert ("follow_ups", "status") in fields
    finally:
        office.dispose()
