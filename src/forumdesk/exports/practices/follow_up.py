"""The follow-up report: for each recommendation of a forum, what became of it by a later
forum (the next one unless another is chosen): its code and paragraph, its words, the
stakeholders who took it up and their commitments, the practices that answer it, and
its status there with the evidence.

Worded in the forum's language (as its summary is), and written by `exports.document`
in any of its formats, as the minutes are.
"""

from __future__ import annotations

import uuid
from collections import Counter
from pathlib import Path

from sqlalchemy.orm import Session

from forumdesk.exports.document.model import (
    Block,
    BulletList,
    Heading,
    OutputDocument,
    Paragraph,
    Run,
    Table,
    plain,
)
from forumdesk.services.common.messages import N_, _, document_language, gettext_in
from forumdesk.services.common.refusals import NotFound
from forumdesk.services.common.text_dates import long_date
from forumdesk.services.practices.recommending.follow_up import (
    STATUS_LABELS,
    ForumRef,
    later_forums,
)
from forumdesk.services.practices.recommending.recommendation_views import (
    FollowUpView,
    RecommendationView,
    recommendation_view,
    recommendations_of,
)
from forumdesk.store.models import Forum

_WORDS = {
    "title": N_("Follow-up of the recommendations"),
    "at": N_("Status at {forum}"),
    "no_later": N_("No later forum yet: no status can be given."),
    "summary": N_("Summary"),
    "none": N_("The forum has no recommendation."),
    "code": N_("Code"),
    "paragraph": N_("Paragraph"),
    "theme": N_("Theme"),
    "uptake": N_("Stakeholders"),
    "practices": N_("Practices"),
    "status": N_("Status"),
    "not_assessed": N_("not assessed"),
    "recommendations": N_("Recommendations"),
    "stakeholders": N_("Stakeholders and their commitments"),
    "no_stakeholder": N_("No stakeholder has taken it up."),
    "answering": N_("Practices answering it"),
    "no_practice": N_("No practice answers it yet."),
    "evidence": N_("Evidence"),
    "assessed": N_("Assessed by {name} on {date}"),
    "committed": N_("committed on {date}"),
    "fictional": N_("fictional"),
}


def follow_up_document(
    session: Session,
    forum_id: uuid.UUID,
    *,
    at_forum: uuid.UUID | None = None,
    language: str | None = None,
) -> OutputDocument:
    """The report of the forum's recommendations at `at_forum` (default: the next
    forum; none when no forum starts after it, and the report says so)."""
    forum = session.get(Forum, forum_id)
    if forum is None or forum.deleted_at is not None:
        raise NotFound(_("that forum no longer exists"))
    lang = document_language(language or forum.language)
    words = {key: gettext_in(lang, text) for key, text in _WORDS.items()}
    target = _target(session, forum_id, at_forum)
    views = [recommendation_view(session, row.id) for row in recommendations_of(session, forum_id)]
    statuses = [view.follow_up_at(target.id) if target else None for view in views]
    blocks: list[Block] = [Heading(2, words["summary"])]
    if not views:
        blocks.append(Paragraph(plain(words["none"])))
    else:
        blocks.append(_counts(lang, statuses))
        blocks.append(_summary_table(views, statuses, words, lang))
        blocks.append(Heading(2, words["recommendations"]))
        for view, status in zip(views, statuses, strict=True):
            blocks.extend(_recommendation(view, status, words, lang))
    return OutputDocument(
        title=words["title"],
        language=lang,
        forum=forum.title,
        subtitle=words["at"].format(forum=target.title) if target else words["no_later"],
        blocks=tuple(blocks),
    )


def export_follow_up(
    session: Session,
    forum_id: uuid.UUID,
    path: Path,
    form: str,
    *,
    at_forum: uuid.UUID | None = None,
    database_path: Path | None = None,
) -> OutputDocument:
    """Write the report to `path` as `form` (one of `FORMATS`); never over a database."""
    from forumdesk.exports.document.writers import write_document
    from forumdesk.services.common.output_files import check_output_path

    check_output_path(path, database_path)
    document = follow_up_document(session, forum_id, at_forum=at_forum)
    write_document(document, path, form)
    return document


def _target(session: Session, forum_id: uuid.UUID, at_forum: uuid.UUID | None) -> ForumRef | None:
    later = later_forums(session, forum_id)
    if at_forum is None:
        return later[0] if later else None
    chosen = session.get(Forum, at_forum)
    if chosen is None or chosen.deleted_at is not None:
        raise NotFound(_("that forum no longer exists"))
    return ForumRef(chosen.id, chosen.short_title or chosen.title, chosen.starts_on)


def _status_word(status: FollowUpView | None, words: dict[str, str], lang: str) -> str:
    if status is None or status.status is None:
        return words["not_assessed"]
    return gettext_in(lang, STATUS_LABELS[status.status])


def _counts(lang: str, statuses: list[FollowUpView | None]) -> Paragraph:
    """ "done: 3; under way: 5; not assessed: 20" in the report's language."""
    counts = Counter(s.status if s is not None else None for s in statuses)
    parts = []
    for status, label in (*STATUS_LABELS.items(), (None, _WORDS["not_assessed"])):
        if counts[status]:
            parts.append(f"{gettext_in(lang, label)}: {counts[status]}")
    return Paragraph(plain("; ".join(parts)))


def _summary_table(
    views: list[RecommendationView],
    statuses: list[FollowUpView | None],
    words: dict[str, str],
    lang: str,
) -> Table:
    header = tuple(
        words[key] for key in ("code", "paragraph", "theme", "uptake", "practices", "status")
    )
    rows = tuple(
        (
            view.values.code,
            _paragraph(view),
            view.theme or "",
            str(len(view.uptakes)),
            str(len(view.practices)),
            _status_word(status, words, lang),
        )
        for view, status in zip(views, statuses, strict=True)
    )
    return Table(header, rows, widths=(1, 0.9, 2.8, 1.3, 1.1, 1.9))


def _paragraph(view: RecommendationView) -> str:
    return f"¶ {view.paragraph_number}" if view.paragraph_number is not None else ""


def _recommendation(
    view: RecommendationView, status: FollowUpView | None, words: dict[str, str], lang: str
) -> list[Block]:
    title = (
        f"{view.values.code} ({_paragraph(view)})" if view.paragraph_number else view.values.code
    )
    blocks: list[Block] = [Heading(3, title), Paragraph(plain(view.values.text))]
    if view.theme:
        blocks.append(Paragraph((Run(f"{words['theme']}: ", bold=True), Run(view.theme))))
    blocks.append(Heading(4, words["stakeholders"]))
    if view.uptakes:
        items = []
        for uptake in view.uptakes:
            line = uptake.organisation
            if uptake.commitment:
                line += f": {uptake.commitment}"
            if uptake.committed_on:
                line += (
                    " ("
                    + words["committed"].format(
                        date=long_date(uptake.committed_on, lang, weekday=False)
                    )
                    + ")"
                )
            items.append(plain(line))
        blocks.append(BulletList(tuple(items)))
    else:
        blocks.append(Paragraph((Run(words["no_stakeholder"], italic=True),)))
    blocks.append(Heading(4, words["answering"]))
    if view.practices:
        blocks.append(
            BulletList(
                tuple(
                    plain(f"{p.title} ({words['fictional']})" if p.fictional else p.title)
                    for p in view.practices
                )
            )
        )
    else:
        blocks.append(Paragraph((Run(words["no_practice"], italic=True),)))
    blocks.append(
        Paragraph((Run(f"{words['status']}: ", bold=True), Run(_status_word(status, words, lang))))
    )
    if status is not None and status.status is not None:
        if status.evidence:
            blocks.append(
                Paragraph((Run(f"{words['evidence']}: ", bold=True), Run(status.evidence)))
            )
        if status.assessed_by and status.assessed_on:
            assessed = words["assessed"].format(
                name=status.assessed_by, date=long_date(status.assessed_on, lang, weekday=False)
            )
            blocks.append(Paragraph((Run(assessed, italic=True),)))
    return blocks
