"""Revised drafts of a document: propose where each old paragraph went, then apply.

A new draft often renumbers paragraphs (one inserted after ¶10 shifts every later
number), and notes hold on to paragraph numbers. Proposing compares the texts and
writes nothing; applying takes only the mapping the user confirmed, keeps the old
paragraphs as tombstones, and flags the notes whose paragraph disappeared as
orphans. A link the user did not confirm is left exactly where it was.
"""

from __future__ import annotations

import bisect
import re
import uuid
from collections import Counter, defaultdict, deque
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from rapidfuzz import fuzz
from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from forumdesk.services.common.messages import _, ngettext
from forumdesk.services.common.refusals import Refused
from forumdesk.services.documents.documents import write_version_content
from forumdesk.services.documents.parser import SUPERSCRIPTS, ParsedDocument
from forumdesk.services.search.query import index_language_version, index_note
from forumdesk.store.base import MergeReady
from forumdesk.store.models import LanguageVersion, Note, NoteLink, Paragraph
from forumdesk.store.types import utcnow

DEFAULT_THRESHOLD = 60.0
# Fuzzy candidates looked at per old paragraph: the best few by shared word pairs,
# plus the unmatched new paragraphs standing where the old one stood.
_CANDIDATES = 5
_GAP_NEIGHBOURS = 6
_ROUNDS = 3
_PREVIEW_LENGTH = 120
_HEADER_FIELDS = (
    *("title", "subtitle", "symbol", "organ", "distribution", "issued_on"),
    *("session_label", "agenda_item", "preamble", "original_language"),
)
_WORD = re.compile(rf"[^\W{SUPERSCRIPTS}]+")


@dataclass(frozen=True)
class ParagraphMatch:
    old_number: int
    new_number: int | None
    score: float
    old_text: str
    new_text: str | None
    notes: int  # live, non-orphaned note links on the old number


@dataclass(frozen=True)
class RevisionProposal:
    language_version_id: uuid.UUID
    document_id: uuid.UUID
    matches: tuple[ParagraphMatch, ...]
    new_numbers: tuple[int, ...]
    warnings: tuple[str, ...]

    @property
    def renumbered(self) -> tuple[ParagraphMatch, ...]:
        return tuple(
            m for m in self.matches if m.new_number is not None and m.new_number != m.old_number
        )

    @property
    def gone(self) -> tuple[ParagraphMatch, ...]:
        return tuple(m for m in self.matches if m.new_number is None)

    @property
    def orphans(self) -> tuple[ParagraphMatch, ...]:
        return tuple(m for m in self.gone if m.notes > 0)

    @property
    def added(self) -> tuple[int, ...]:
        taken = {m.new_number for m in self.matches}
        return tuple(n for n in self.new_numbers if n not in taken)

    @property
    def unchanged(self) -> int:
        return sum(
            1 for m in self.matches if m.new_number == m.old_number and m.new_text == m.old_text
        )

    @property
    def mapping(self) -> dict[int, int | None]:
        """The proposal as `apply_revision` takes it, for the user to confirm or edit."""
        result: dict[int, int | None] = {}
        for match in self.matches:
            result.setdefault(match.old_number, match.new_number)
        return result


@dataclass(frozen=True)
class RevisionResult:
    moved: int  # links now on another number
    kept: int  # links confirmed on the same number
    orphaned: int
    unconfirmed: tuple[int, ...]  # old numbers whose links were left untouched
    paragraphs: int


@dataclass(frozen=True)
class OrphanLink:
    link_id: uuid.UUID
    note_id: uuid.UUID
    old_number: int
    orphaned_text: str | None
    orphaned_at: datetime
    preview: str


def propose_revision(
    session: Session,
    language_version_id: uuid.UUID,
    parsed: ParsedDocument,
    *,
    threshold: float = DEFAULT_THRESHOLD,
) -> RevisionProposal:
    """Where each live paragraph of the version went in `parsed`. Writes nothing."""
    version = _live_version(session, language_version_id)
    old = _live_paragraphs(session, version.id)
    pairs = match_paragraphs(
        [p.text for p in old], [p.text for p in parsed.paragraphs], threshold=threshold
    )
    counts = _link_counts(session, version.document_id)
    matches = []
    for index, paragraph in enumerate(old):
        found = pairs.get(index)
        new = parsed.paragraphs[found[0]] if found else None
        matches.append(
            ParagraphMatch(
                old_number=paragraph.number,
                new_number=new.number if new else None,
                score=found[1] if found else 0.0,
                old_text=paragraph.text,
                new_text=new.text if new else None,
                notes=counts.get(paragraph.number, 0),
            )
        )
    return RevisionProposal(
        language_version_id=version.id,
        document_id=version.document_id,
        matches=tuple(matches),
        new_numbers=tuple(p.number for p in parsed.paragraphs),
        warnings=(*parsed.warnings, *_other_languages(version)),
    )


def match_paragraphs(
    old: Sequence[str], new: Sequence[str], *, threshold: float = DEFAULT_THRESHOLD
) -> dict[int, tuple[int, float]]:
    """One-to-one pairs old index → (new index, score 0–100) by text similarity.

    Texts are compared word by word: two unrelated paragraphs of the same French
    report share so many letters that a character ratio scores them up to ~75,
    while by words they stay under ~45, far from the threshold.
    """
    vocabulary: dict[str, str] = {}
    old_keys = [_encode(text, vocabulary) for text in old]
    new_keys = [_encode(text, vocabulary) for text in new]
    pairs: dict[int, tuple[int, float]] = {}
    # Identical texts first, in document order, so repeated texts pair up in order.
    waiting: dict[str, deque[int]] = defaultdict(deque)
    for j, key in enumerate(new_keys):
        waiting[key].append(j)
    for i, key in enumerate(old_keys):
        if waiting.get(key):
            pairs[i] = (waiting[key].popleft(), 100.0)
    # A paragraph whose few candidates all went to better pairs gets fresh ones
    # among the new paragraphs still free (near-duplicate paragraphs need this).
    for _round in range(_ROUNDS):
        taken = {j for j, _score in pairs.values()}
        free_old = [i for i in range(len(old_keys)) if i not in pairs and old_keys[i]]
        free_new = [j for j in range(len(new_keys)) if j not in taken and new_keys[j]]
        if not free_old or not free_new:
            break
        scored: list[tuple[float, int, int, int]] = []
        for i, js in _candidates(old_keys, new_keys, free_old, free_new, pairs).items():
            for j in js:
                score = fuzz.ratio(old_keys[i], new_keys[j], score_cutoff=threshold)
                if score >= threshold:
                    scored.append((-score, abs(j - i), i, j))
        # Greedy by best score; on a tie the pair that moved least wins, which keeps order.
        before = len(pairs)
        for negative, _moved, i, j in sorted(scored):
            if i not in pairs and j not in taken:
                pairs[i] = (j, -negative)
                taken.add(j)
        if len(pairs) == before:
            break
    return pairs


def apply_revision(
    session: Session,
    proposal: RevisionProposal,
    parsed: ParsedDocument,
    confirmed: Mapping[int, int | None],
    *,
    source_name: str | None = None,
) -> RevisionResult:
    """Replace the version's content with `parsed` and move the confirmed note links.

    Everything is checked before the first write; the caller's unit of work
    commits or rolls back the whole revision.
    """
    version = _live_version(session, proposal.language_version_id)
    old = _live_paragraphs(session, version.id)
    _validate(proposal, parsed, confirmed, [(p.number, p.text) for p in old])
    old_text = {p.number: p.text for p in reversed(old)}  # the first of a repeated number
    links = session.scalars(select(NoteLink).where(*_anchored(version.document_id))).all()
    # Every target is decided from the old numbers before any link is written,
    # so a swap (¶3→¶4, ¶4→¶3) cannot move a link twice.
    plan: list[tuple[NoteLink, int, int | None]] = []
    unconfirmed: set[int] = set()
    new_numbers = {p.number for p in parsed.paragraphs}
    for link in links:
        number = link.paragraph_number
        assert number is not None
        if number in confirmed:
            plan.append((link, number, confirmed[number]))
        elif number not in new_numbers:
            # Left unticked, but the new draft has no such number: the link would
            # point at nothing, so it is orphaned with its text, never re-anchored.
            plan.append((link, number, None))
            unconfirmed.add(number)
        else:
            unconfirmed.add(number)

    now = utcnow()
    # History is kept: the old draft stays in the tables as tombstones.
    rows: list[MergeReady] = [*version.sections, *version.paragraphs, *version.footnotes]
    for row in rows:
        if row.deleted_at is None:
            row.deleted_at = now
    write_version_content(session, version, parsed)
    _update_header(version, parsed, source_name)

    moved = kept = orphaned = 0
    for link, number, target in plan:
        if target is None:
            link.orphaned_at = now
            link.orphaned_text = old_text.get(number)
            orphaned += 1
        elif target != number:
            link.paragraph_number = target
            moved += 1
        else:
            kept += 1
    session.flush()
    _reindex(session, version.id, {link.note_id for link, _, _ in plan})
    return RevisionResult(
        moved=moved,
        kept=kept,
        orphaned=orphaned,
        unconfirmed=tuple(sorted(unconfirmed)),
        paragraphs=len(parsed.paragraphs),
    )


def orphan_links(session: Session, document_id: uuid.UUID) -> list[OrphanLink]:
    """Links whose paragraph a revision dropped, for the user to re-anchor or leave."""
    rows = session.execute(
        select(NoteLink, Note.body_text)
        .join(Note, Note.id == NoteLink.note_id)
        .where(
            NoteLink.document_id == document_id,
            NoteLink.orphaned_at.is_not(None),
            NoteLink.deleted_at.is_(None),
            Note.deleted_at.is_(None),
        )
        .order_by(NoteLink.orphaned_at, NoteLink.paragraph_number)
    ).all()
    return [
        OrphanLink(link.id, link.note_id, number, link.orphaned_text, orphaned_at, _preview(body))
        for link, body in rows
        if (number := link.paragraph_number) is not None
        and (orphaned_at := link.orphaned_at) is not None
    ]


def reanchor_orphan(session: Session, link_id: uuid.UUID, new_number: int) -> None:
    """Put an orphaned link on a paragraph of the current draft (a user's decision)."""
    link = session.get(NoteLink, link_id)
    if link is None or link.deleted_at is not None:
        raise Refused(_("this note link no longer exists"))
    if link.orphaned_at is None or link.document_id is None:
        raise Refused(_("this note link is not orphaned"))
    exists = session.scalar(
        select(func.count(Paragraph.id))
        .join(LanguageVersion, LanguageVersion.id == Paragraph.language_version_id)
        .where(
            LanguageVersion.document_id == link.document_id,
            LanguageVersion.deleted_at.is_(None),
            Paragraph.deleted_at.is_(None),
            Paragraph.number == new_number,
        )
    )
    if not exists:
        raise Refused(_("the document has no paragraph {new_number}").format(new_number=new_number))
    link.paragraph_number = new_number
    link.orphaned_at = None
    link.orphaned_text = None
    session.flush()
    _reindex(session, None, {link.note_id})


def _reindex(
    session: Session, version_id: uuid.UUID | None, note_ids: Collection[uuid.UUID]
) -> None:
    """Paragraphs changed, and a note's entry carries the paragraph it is anchored to."""
    if version_id is not None:
        index_language_version(session, version_id)
    for note_id in sorted(note_ids):
        index_note(session, note_id)


def _validate(
    proposal: RevisionProposal,
    parsed: ParsedDocument,
    confirmed: Mapping[int, int | None],
    live: list[tuple[int, str]],
) -> None:
    if not parsed.paragraphs:
        raise Refused(_("the new draft has no numbered paragraph"))
    if live != [(m.old_number, m.old_text) for m in proposal.matches]:
        raise Refused(_("the document changed since the proposal was made; propose again"))
    if tuple(p.number for p in parsed.paragraphs) != proposal.new_numbers:
        raise Refused(_("the proposal was made for another draft; propose again"))
    unknown_old = sorted(set(confirmed) - {number for number, _ in live})
    if unknown_old:
        raise Refused(
            _("the current draft has no paragraph {numbers}").format(
                numbers=", ".join(map(str, unknown_old))
            )
        )
    available = set(proposal.new_numbers)
    unknown_new = sorted({n for n in confirmed.values() if n is not None} - available)
    if unknown_new:
        raise Refused(
            _("the new draft has no paragraph {numbers}").format(
                numbers=", ".join(map(str, unknown_new))
            )
        )
    targets = Counter(n for n in confirmed.values() if n is not None)
    doubled = sorted(n for n, count in targets.items() if count > 1)
    if doubled:
        raise Refused(
            _("several old paragraphs are mapped to new paragraph {numbers}").format(
                numbers=", ".join(map(str, doubled))
            )
        )


def _update_header(version: LanguageVersion, parsed: ParsedDocument, source: str | None) -> None:
    """Header fields the new draft gives replace the old; the ones it lacks are kept."""
    header = parsed.header
    document = version.document
    # The document's own title and symbol follow this version only if they came from it.
    follows = (document.title, document.symbol) == (version.title, version.symbol)
    for name in _HEADER_FIELDS:
        value = getattr(header, name) or None
        if value is not None:
            setattr(version, name, value)
    if source is not None:
        version.source_name = source
    if follows:
        document.title = version.title
        document.symbol = version.symbol


def _live_version(session: Session, version_id: uuid.UUID) -> LanguageVersion:
    version = session.get(LanguageVersion, version_id)
    if version is None or version.deleted_at is not None:
        raise Refused(_("this language version no longer exists"))
    if version.document.deleted_at is not None:
        raise Refused(_("this document no longer exists"))
    return version


def _other_languages(version: LanguageVersion) -> list[str]:
    # Links are shared by every language: moving them here misaligns the others.
    others = [v.language for v in version.document.versions if v.deleted_at is None]
    others = sorted(language for language in others if language != version.language)
    if not others:
        return []
    return [
        ngettext(
            "notes follow the new numbering; revise the {languages} version too",
            "notes follow the new numbering; revise the {languages} versions too",
            len(others),
        ).format(languages=", ".join(others))
    ]


def _live_paragraphs(session: Session, version_id: uuid.UUID) -> list[Paragraph]:
    return list(
        session.scalars(
            select(Paragraph)
            .where(Paragraph.language_version_id == version_id, Paragraph.deleted_at.is_(None))
            .order_by(Paragraph.position)
        )
    )


def _link_counts(session: Session, document_id: uuid.UUID) -> dict[int, int]:
    rows = session.execute(
        select(NoteLink.paragraph_number, func.count(NoteLink.id))
        .where(*_anchored(document_id))
        .group_by(NoteLink.paragraph_number)
    ).all()
    return {number: count for number, count in rows if number is not None}


def _anchored(document_id: uuid.UUID) -> tuple[ColumnElement[bool], ...]:
    """Live links on a paragraph of the current draft; orphans name an older draft."""
    return (
        NoteLink.document_id == document_id,
        NoteLink.paragraph_number.is_not(None),
        NoteLink.deleted_at.is_(None),
        NoteLink.orphaned_at.is_(None),
    )


def _encode(text: str, vocabulary: dict[str, str]) -> str:
    """A paragraph as one character per word, so rapidfuzz compares whole words fast.

    Case, punctuation and footnote markers do not count.
    """
    get = vocabulary.get
    chars = []
    for word in _WORD.findall(text.casefold()):
        char = get(word)
        if char is None:
            # Skip the surrogate block, which a Python string cannot hold on its own.
            code = len(vocabulary)
            char = vocabulary[word] = chr(code if code < 0xD800 else code + 0x800)
        chars.append(char)
    return "".join(chars)


def _candidates(
    old_keys: list[str],
    new_keys: list[str],
    free_old: list[int],
    free_new: list[int],
    pairs: dict[int, tuple[int, float]],
) -> dict[int, set[int]]:
    """Which unmatched new paragraphs are worth scoring against each unmatched old one.

    Scoring every pair would be quadratic (1000×1000 paragraphs take seconds), so
    only new paragraphs sharing uncommon word pairs, and those in the same gap
    between matched paragraphs, are scored. `free_new` is in ascending order.
    """
    postings: dict[str, list[int]] = defaultdict(list)
    for j in free_new:
        for feature in _features(new_keys[j]):
            postings[feature].append(j)
    common = max(8, len(free_new) // 10)
    anchors = sorted(pairs.items())
    anchor_old = [i for i, _ in anchors]
    result: dict[int, set[int]] = {}
    for i in free_old:
        hits: list[int] = []
        for feature in _features(old_keys[i]):
            found = postings.get(feature)
            if found is not None and len(found) <= common:
                hits.extend(found)
        chosen = {j for j, _ in Counter(hits).most_common(_CANDIDATES)}
        # The new paragraphs between the matched neighbours of this one.
        k = bisect.bisect_left(anchor_old, i)
        low = anchors[k - 1][1][0] if k > 0 else -1
        high = anchors[k][1][0] if k < len(anchors) else len(new_keys)
        if low < high:
            start = bisect.bisect_right(free_new, low)
            stop = bisect.bisect_left(free_new, high)
            chosen.update(free_new[start : min(stop, start + _GAP_NEIGHBOURS)])
        result[i] = chosen
    return result


def _features(key: str) -> set[str]:
    """Word pairs; a one-word paragraph is its own feature."""
    return {key[k : k + 2] for k in range(len(key) - 1)} or ({key} if key else set())


def _preview(body: str) -> str:
    text = " ".join(body.split())
    return text if len(text) <= _PREVIEW_LENGTH else text[: _PREVIEW_LENGTH - 1] + "…"
