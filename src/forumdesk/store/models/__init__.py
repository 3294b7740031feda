"""All mapped classes, so that `Base.metadata` knows every table."""

from forumdesk.store.base import Base
from forumdesk.store.models.attendance import CheckIn
from forumdesk.store.models.documents import (
    Document,
    Footnote,
    LanguageVersion,
    Paragraph,
    Section,
)
from forumdesk.store.models.imports import RegistryImport
from forumdesk.store.models.minutes import Minutes, MinutesVersion
from forumdesk.store.models.notes import Note, NoteLink, NoteTag, Tag
from forumdesk.store.models.practices import (
    FollowUp,
    Practice,
    PracticeLink,
    PracticeSubmitter,
    PracticeTheme,
    Recommendation,
    RecommendationPractice,
    Theme,
    Uptake,
)
from forumdesk.store.models.privacy import Erasure
from forumdesk.store.models.programme import (
    AgendaTemplate,
    Day,
    Forum,
    ForumSession,
    Intervention,
    Room,
    Segment,
    SegmentDocument,
    SegmentRole,
    SegmentSection,
)
from forumdesk.store.models.registry import (
    DuplicateDismissal,
    ImportMapping,
    Organisation,
    Registration,
    Representative,
)
from forumdesk.store.models.system import (
    AuditEntry,
    Device,
    MergeConflict,
    MergeRun,
    RecordedLogin,
)

__all__ = [
    "AgendaTemplate",
    "AuditEntry",
    "Base",
    "CheckIn",
    "Day",
    "Device",
    "Document",
    "DuplicateDismissal",
    "Erasure",
    "FollowUp",
    "Footnote",
    "Forum",
    "ForumSession",
    "ImportMapping",
    "Intervention",
    "LanguageVersion",
    "MergeConflict",
    "MergeRun",
    "Minutes",
    "MinutesVersion",
    "Note",
    "NoteLink",
    "NoteTag",
    "Organisation",
    "Paragraph",
    "Practice",
    "PracticeLink",
    "PracticeSubmitter",
    "PracticeTheme",
    "Recommendation",
    "RecommendationPractice",
    "RecordedLogin",
    "Registration",
    "RegistryImport",
    "Representative",
    "Room",
    "Section",
    "Segment",
    "SegmentDocument",
    "SegmentRole",
    "SegmentSection",
    "Tag",
    "Theme",
    "Uptake",
]
