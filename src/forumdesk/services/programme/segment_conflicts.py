"""A segment saved over a newer version (see `edit_conflicts`), the segment's way.

The editor's values live in the segment's row and in rows of their own (roles, links
to sections, background documents), which the row's version does not count: they are
always compared with what is stored. Linked sections merge as a set; the roles and the
documents are one field each. A room typed by name is a change of the room.
"""

from __future__ import annotations

import dataclasses
import uuid
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.services.common.edit_conflicts import ReadAt, merged_set, reconcile
from forumdesk.store.models import Segment, SegmentDocument, SegmentRole, SegmentSection

if TYPE_CHECKING:  # the editor calls this module: no import back at run time
    from forumdesk.services.programme.segment_editor import SegmentInput

#: Stands for "a room made from the typed name" while rooms are compared.
_NEW_ROOM = uuid.UUID("00000000-0000-4000-8000-00000000600d")


def reconcile_segment(
    session: Session,
    segment: Segment,
    read: ReadAt[SegmentInput],
    stored: SegmentInput,
    wanted: SegmentInput,
) -> SegmentInput:
    """The values to store for an edit read at `read` (`wanted` already checked);
    `stored`: the segment's values as they are now."""
    sections = merged_set(
        read.values.section_ids, stored.section_ids, wanted.section_ids, key=lambda i: i
    )
    wanted = dataclasses.replace(
        wanted,
        section_ids=sections,
        room_id=_NEW_ROOM if wanted.new_room else wanted.room_id,
    )
    base = dataclasses.replace(read.values, section_ids=stored.section_ids, new_room="")

    def rows(model: type[SegmentRole | SegmentSection | SegmentDocument]) -> list[uuid.UUID]:
        return list(session.scalars(select(model.id).where(model.segment_id == segment.id)))

    merged = reconcile(
        session,
        table="segments",
        record_id=segment.id,
        version=segment.version,
        read=ReadAt(read.version, base),
        stored=lambda: stored,
        wanted=wanted,
        sources={
            "roles": (rows(SegmentRole), None),
            "documents": (rows(SegmentDocument), None),
        },
        whole_row=False,
        follows={"new_room": "room_id"},
    )
    return dataclasses.replace(merged, room_id=None) if merged.room_id == _NEW_ROOM else merged
