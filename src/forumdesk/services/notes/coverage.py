"""Coverage: which sections and paragraphs of a document nothing cites yet.

A paragraph is covered when a note cites it or a practice answers it (issue 20: the
practices are linked to paragraphs as notes are)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from forumdesk.services.documents.documents import document_view
from forumdesk.services.documents.paragraph_refs import format_paragraph_refs
from forumdesk.services.notes.notes import paragraph_backlinks
from forumdesk.services.practices.citations import practices_by_paragraph
from forumdesk.store.enums import SectionLevel
from forumdesk.store.models import LanguageVersion


@dataclass(frozen=True)
class SectionCoverage:
    section_id: uuid.UUID
    parent_id: uuid.UUID | None
    level: SectionLevel
    label: str | None
    title: str
    paragraphs: tuple[int, ...]
    uncovered: tuple[int, ...]

    @property
    def covered(self) -> bool:
        return not self.uncovered

    @property
    def untouched(self) -> bool:
        """No paragraph of the section is cited at all."""
        return bool(self.paragraphs) and len(self.uncovered) == len(self.paragraphs)

    @property
    def uncovered_refs(self) -> str:
        return format_paragraph_refs(self.uncovered)


@dataclass(frozen=True)
class Coverage:
    paragraphs: int
    covered: int
    uncovered: tuple[int, ...]
    sections: tuple[SectionCoverage, ...]
    #: Paragraphs a note cites, and paragraphs a practice answers (the two may overlap).
    by_notes: int = 0
    by_practices: int = 0

    @property
    def share(self) -> float:
        return self.covered / self.paragraphs if self.paragraphs else 0.0

    @property
    def uncovered_refs(self) -> str:
        return format_paragraph_refs(self.uncovered)


def coverage(session: Session, language_version_id: uuid.UUID) -> Coverage:
    version = session.get_one(LanguageVersion, language_version_id)
    view = document_view(session, language_version_id)
    noted = set(paragraph_backlinks(session, version.document_id))
    answered = set(practices_by_paragraph(session, version.document_id))
    cited = noted | answered
    numbers = [p.number for p in view.paragraphs]
    under: dict[uuid.UUID, list[int]] = {}
    parents = {node.id: node.parent_id for node in view.outline}
    for paragraph in view.paragraphs:
        section_id = paragraph.section_id
        while section_id is not None:
            under.setdefault(section_id, []).append(paragraph.number)
            section_id = parents.get(section_id)
    sections = tuple(
        SectionCoverage(
            section_id=node.id,
            parent_id=node.parent_id,
            level=node.level,
            label=node.label,
            title=node.title,
            paragraphs=tuple(under.get(node.id, ())),
            uncovered=tuple(n for n in under.get(node.id, ()) if n not in cited),
        )
        for node in view.outline
    )
    uncovered = tuple(n for n in numbers if n not in cited)
    return Coverage(
        paragraphs=len(numbers),
        covered=len(numbers) - len(uncovered),
        uncovered=uncovered,
        sections=sections,
        by_notes=sum(1 for n in numbers if n in noted),
        by_practices=sum(1 for n in numbers if n in answered),
    )
