"""What data protection leaves behind: the tombstone of an erased person."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from forumdesk.store.base import Base, MergeReady


class Erasure(MergeReady, Base):
    """A record whose personal data was erased (issue 19), with the pseudonym that now
    stands for the person. It holds no personal value: it travels in merges so that a
    laptop copy made before the erasure cannot bring the person back.

    Its id is `link_uuid("erasure", record_id)`: two laptops erasing one person make
    one tombstone. The pseudonym's number counts per category and never changes.
    """

    __tablename__ = "erasures"

    table_name: Mapped[str] = mapped_column(String(64))
    # No foreign key: the tombstone outlives whatever becomes of the record.
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    #: The organisation category the pseudonym names ("" for a person without one).
    category: Mapped[str] = mapped_column(String(32), default="")
    number: Mapped[int]
    erased_at: Mapped[datetime]
