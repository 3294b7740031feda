"""The record of each registry import: what it read, who ran it, what it did, and
whether it was taken back.

The rows an import creates (organisations, people, registrations) carry its id in
their `import_id`; the fields it updated on people already listed keep their
before-values here, so that an undo can put them back. The record is shared data:
it travels in a merge, and so does its undo.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from forumdesk.store.base import Base, MergeReady


class RegistryImport(MergeReady, Base):
    __tablename__ = "registry_imports"

    # No foreign key: a laptop copy limited to one forum keeps every import record.
    forum_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    file_name: Mapped[str] = mapped_column(String(400))
    file_sha256: Mapped[str] = mapped_column(String(64))
    imported_by: Mapped[str] = mapped_column(String(200), default="")
    imported_at: Mapped[datetime]
    #: {"organisations": n, "representatives": n, "registrations": n, "updated": n,
    #:  "skipped": n, "invalid": n}
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: People the import updated: {id: {"version": version after, "before": {field: value}}},
    #: and under the reserved key "~undo" the versions its last undo or redo left behind.
    updated: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    undone_at: Mapped[datetime | None]
    undone_by: Mapped[str | None] = mapped_column(String(200))
