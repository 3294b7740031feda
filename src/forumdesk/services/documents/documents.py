"""Summary documents: import a parsed document, and read one back for the page."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.services.common.messages import _
from forumdesk.services.documents.paragraph_refs import format_paragraph_refs
from forumdesk.services.documents.parser import ParsedDocument
from forumdesk.services.search.query import index_language_version
from forumdesk.store.enums import SectionLevel
from forumdesk.store.models import Document, Footnote, LanguageVersion, Paragraph, Section

# The six official UN languages, as a document header names them (in English,
# French, or the language itself).
_LANGUAGE_NAMES = {
    "ar": ("arabic", "arabe", "عربي", "العربية"),
    "zh": ("chinese", "chinois", "中文"),
    "en": ("english", "anglais"),
    "fr": ("french", "français", "francais"),
    "ru": ("russian", "russe", "русский"),
    "es": ("spanish", "espagnol", "español", "espanol"),
}


def guess_language(named: str | None, default: str = "fr") -> str:
    """The language code for a header's language line ("Français" → "fr")."""
    key = (named or "").strip().casefold()
    for code, names in _LANGUAGE_NAMES.items():
        if key in names or key == code:
            return code
    return default


class DocumentError(ValueError):
    """A document operation that cannot be done as asked; the message says why."""


@dataclass(frozen=True)
class ImportReport:
    document_id: uuid.UUID
    language_version_id: uuid.UUID
    paragraphs: int
    sections: int
    footnotes: int
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class VersionSummary:
    id: uuid.UUID
    language: str
    is_original: bool


@dataclass(frozen=True)
class DocumentSummary:
    id: uuid.UUID
    title: str
    symbol: str | None
    versions: tuple[VersionSummary, ...]


@dataclass(frozen=True)
class OutlineNode:
    id: uuid.UUID
    parent_id: uuid.UUID | None
    level: SectionLevel
    label: str | None
    title: str
    first_paragraph: int | None
    last_paragraph: int | None


@dataclass(frozen=True)
class FootnoteView:
    marker: str
    text: str


@dataclass(frozen=True)
class ParagraphView:
    number: int
    text: str
    section_id: uuid.UUID | None
    footnotes: tuple[FootnoteView, ...] = ()


@dataclass(frozen=True)
class DocumentView:
    language_version_id: uuid.UUID
    language: str
    title: str
    subtitle: str | None
    symbol: str | None
    issued_on: date | None
    outline: tuple[OutlineNode, ...]
    paragraphs: tuple[ParagraphView, ...]
    annex_title: str | None = None
    annex_body: str | None = None
    header_lines: tuple[str, ...] = field(default=())


def import_summary(
    session: Session,
    parsed: ParsedDocument,
    *,
    language: str,
    forum_id: uuid.UUID | None = None,
    source_name: str | None = None,
    document_id: uuid.UUID | None = None,
) -> ImportReport:
    """Store a parsed summary as a new document, or as another language of `document_id`.

    Paragraph N of one language is paragraph N of every other, so a new language
    whose numbers differ from the existing ones is imported with a warning.
    """
    header = parsed.header
    warnings = list(parsed.warnings)
    if document_id is None:
        document = Document(forum_id=forum_id, symbol=header.symbol, title=header.title)
    else:
        found = session.get(Document, document_id)
        if found is None or found.deleted_at is not None:
            raise DocumentError(
                _("there is no document {document_id}").format(document_id=document_id)
            )
        document = found
        live = [v for v in document.versions if v.deleted_at is None]
        if any(v.language == language for v in live):
            raise DocumentError(
                _("the document already has a {language!r} version").format(language=language)
            )
        warnings += _numbering_differences(live, parsed)
    version = LanguageVersion(
        document=document,
        language=language,
        is_original=False,
        original_language=header.original_language,
        title=header.title,
        subtitle=header.subtitle,
        symbol=header.symbol,
        organ=header.organ,
        distribution=header.distribution,
        issued_on=header.issued_on,
        session_label=header.session_label,
        agenda_item=header.agenda_item,
        preamble=header.preamble,
        source_name=source_name,
    )
    session.add(document)
    write_version_content(session, version, parsed)
    index_language_version(session, version.id)
    return ImportReport(
        document_id=document.id,
        language_version_id=version.id,
        paragraphs=len(parsed.paragraphs),
        sections=len(parsed.sections),
        footnotes=len(parsed.footnotes),
        warnings=tuple(warnings),
    )


def _numbering_differences(versions: list[LanguageVersion], parsed: ParsedDocument) -> list[str]:
    new = {p.number for p in parsed.paragraphs}
    warnings = []
    for version in versions:
        old = {p.number for p in version.paragraphs if p.deleted_at is None}
        if old != new:
            only_old = format_paragraph_refs(old - new) or _("none")
            only_new = format_paragraph_refs(new - old) or _("none")
            warnings.append(
                _(
                    "paragraph numbers differ from the {language!r} version: only there "
                    "¶{only_old}; only here ¶{only_new}"
                ).format(language=version.language, only_old=only_old, only_new=only_new)
            )
    return warnings


def write_version_content(
    session: Session, version: LanguageVersion, parsed: ParsedDocument
) -> None:
    """Add the sections, paragraphs and footnotes of `parsed` to `version`."""
    toc = {(entry.label, entry.title.replace("’", "'")): entry for entry in parsed.toc}
    sections: list[Section] = []
    for position, parsed_section in enumerate(parsed.sections):
        entry = toc.get((parsed_section.label, parsed_section.title.replace("’", "'")))
        section = Section(
            language_version=version,
            level=parsed_section.level,
            label=parsed_section.label,
            title=parsed_section.title,
            position=position,
            toc_first_paragraph=entry.first_paragraph if entry else None,
            toc_last_paragraph=entry.last_paragraph if entry else None,
            toc_page=entry.page if entry else None,
        )
        sections.append(section)
    if parsed.annex_body is not None:
        annex_entry = next((e for e in parsed.toc if e.title.lower().startswith("annex")), None)
        sections.append(
            Section(
                language_version=version,
                level=SectionLevel.ANNEX,
                label=None,
                title=parsed.annex_title or "Annex",
                position=len(sections),
                toc_page=annex_entry.page if annex_entry else None,
                body=parsed.annex_body,
            )
        )
    session.add_all(sections)
    session.flush()
    for parsed_section, section in zip(parsed.sections, sections, strict=False):
        if parsed_section.parent is not None:
            section.parent_id = sections[parsed_section.parent].id
    paragraphs: dict[int, Paragraph] = {}
    for position, parsed_paragraph in enumerate(parsed.paragraphs):
        paragraph = Paragraph(
            language_version=version,
            section_id=(
                sections[parsed_paragraph.section].id
                if parsed_paragraph.section is not None
                else None
            ),
            number=parsed_paragraph.number,
            position=position,
            text=parsed_paragraph.text,
        )
        session.add(paragraph)
        paragraphs.setdefault(parsed_paragraph.number, paragraph)
    session.flush()
    for position, parsed_footnote in enumerate(parsed.footnotes):
        carrier = paragraphs.get(parsed_footnote.paragraph or -1)
        session.add(
            Footnote(
                language_version=version,
                paragraph_id=carrier.id if carrier else None,
                marker=parsed_footnote.marker,
                text=parsed_footnote.text,
                position=position,
            )
        )
    session.flush()


def documents_of_forum(session: Session, forum_id: uuid.UUID) -> list[DocumentSummary]:
    documents = session.scalars(
        select(Document)
        .where(Document.forum_id == forum_id, Document.deleted_at.is_(None))
        .order_by(Document.created_at)
    ).all()
    return [
        DocumentSummary(
            id=document.id,
            title=document.title,
            symbol=document.symbol,
            versions=tuple(
                VersionSummary(v.id, v.language, v.is_original)
                for v in sorted(document.versions, key=lambda v: v.created_at)
                if v.deleted_at is None
            ),
        )
        for document in documents
    ]


def document_view(session: Session, language_version_id: uuid.UUID) -> DocumentView:
    version = session.get_one(LanguageVersion, language_version_id)
    sections = [s for s in version.sections if s.deleted_at is None]
    annex = next((s for s in sections if s.level is SectionLevel.ANNEX), None)
    notes_by_paragraph: dict[uuid.UUID, list[FootnoteView]] = {}
    for footnote in version.footnotes:
        if footnote.paragraph_id is not None and footnote.deleted_at is None:
            notes_by_paragraph.setdefault(footnote.paragraph_id, []).append(
                FootnoteView(footnote.marker, footnote.text)
            )
    ranges = _section_ranges(sections, version.paragraphs)
    outline = tuple(
        OutlineNode(
            id=s.id,
            parent_id=s.parent_id,
            level=s.level,
            label=s.label,
            title=s.title,
            first_paragraph=ranges.get(s.id, (None, None))[0],
            last_paragraph=ranges.get(s.id, (None, None))[1],
        )
        for s in sections
        if s.level is not SectionLevel.ANNEX
    )
    paragraphs = tuple(
        ParagraphView(
            number=p.number,
            text=p.text,
            section_id=p.section_id,
            footnotes=tuple(notes_by_paragraph.get(p.id, ())),
        )
        for p in version.paragraphs
        if p.deleted_at is None
    )
    header_lines = tuple(
        line
        for line in (version.organ, version.symbol, version.session_label, version.agenda_item)
        if line
    )
    return DocumentView(
        language_version_id=version.id,
        language=version.language,
        title=version.title,
        subtitle=version.subtitle,
        symbol=version.symbol,
        issued_on=version.issued_on,
        outline=outline,
        paragraphs=paragraphs,
        annex_title=annex.title if annex else None,
        annex_body=annex.body if annex else None,
        header_lines=header_lines,
    )


def _section_ranges(
    sections: list[Section], paragraphs: list[Paragraph]
) -> dict[uuid.UUID, tuple[int, int]]:
    """First and last paragraph under each section, as the body has them."""
    parents = {s.id: s.parent_id for s in sections}
    ranges: dict[uuid.UUID, tuple[int, int]] = {}
    for paragraph in paragraphs:
        section_id = paragraph.section_id
        while section_id is not None:
            first, last = ranges.get(section_id, (paragraph.number, paragraph.number))
            ranges[section_id] = (min(first, paragraph.number), max(last, paragraph.number))
            section_id = parents.get(section_id)
    return ranges


@dataclass(frozen=True)
class ParagraphDetail:
    document_id: uuid.UUID
    language: str
    number: int
    text: str
    section_path: tuple[str, ...]
    footnotes: tuple[FootnoteView, ...]


def paragraph_detail(
    session: Session,
    number: int,
    *,
    document_id: uuid.UUID | None = None,
    language: str | None = None,
) -> ParagraphDetail:
    """Paragraph `number` with the path of headings above it ("IV. …", "B. …", "2. …")."""
    query = select(LanguageVersion).where(LanguageVersion.deleted_at.is_(None))
    if document_id is not None:
        query = query.where(LanguageVersion.document_id == document_id)
    if language is not None:
        query = query.where(LanguageVersion.language == language)
    versions = session.scalars(query.order_by(LanguageVersion.created_at)).all()
    if not versions:
        raise DocumentError(_("no document to look in: import one first"))
    if len({v.document_id for v in versions}) > 1:
        raise DocumentError(_("several documents exist: say which one"))
    view = document_view(session, versions[0].id)
    paragraph = next((p for p in view.paragraphs if p.number == number), None)
    if paragraph is None:
        raise DocumentError(_("the document has no paragraph {number}").format(number=number))
    nodes = {node.id: node for node in view.outline}
    path: list[str] = []
    section_id = paragraph.section_id
    while section_id is not None and section_id in nodes:
        node = nodes[section_id]
        path.insert(0, f"{node.label}. {node.title}" if node.label else node.title)
        section_id = node.parent_id
    return ParagraphDetail(
        document_id=versions[0].document_id,
        language=view.language,
        number=number,
        text=paragraph.text,
        section_path=tuple(path),
        footnotes=paragraph.footnotes,
    )


def document_of_version(session: Session, language_version_id: uuid.UUID) -> uuid.UUID:
    """The document a language version belongs to."""
    return session.get_one(LanguageVersion, language_version_id).document_id
