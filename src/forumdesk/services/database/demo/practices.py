"""The demo forum's practices (issue 20): a handful of invented submissions, marked as
fictional in their data and their titles, from the demo's invented organisations, on
the seed's themes, answering summary paragraphs (¶32 on remittances, ¶37, ¶45, ¶54,
¶61–64, ¶67) and presented in its segments, at every step of their review."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.services.practices.practices import ParagraphRef, PracticeInput, create_practice
from forumdesk.services.practices.review import review_practice
from forumdesk.services.practices.themes import ensure_themes, theme_id
from forumdesk.store.enums import OrganisationCategory, PracticeType, ReviewState, WorldRegion
from forumdesk.store.models import Forum, Organisation

REVIEWER = "Secrétariat des rencontres"
MARK = " (fictional example)"
_RECEIVED = date(2006, 6, 30)
#: The review steps that lead to each state, and the reason of the last where one is due.
_STEPS: dict[ReviewState, tuple[ReviewState, ...]] = {
    ReviewState.RECEIVED: (),
    ReviewState.UNDER_REVIEW: (ReviewState.UNDER_REVIEW,),
    ReviewState.PUBLISHED: (ReviewState.UNDER_REVIEW, ReviewState.PUBLISHED),
    ReviewState.DECLINED: (ReviewState.UNDER_REVIEW, ReviewState.DECLINED),
}


@dataclass(frozen=True)
class _Demo:
    title: str
    practice_type: PracticeType
    summary: str
    region: WorldRegion
    #: (category, the organisation's name): the first of the category when the name is
    #: not in the sample (the sample is drawn with a fixed seed, so it is).
    submitters: tuple[tuple[OrganisationCategory, str], ...]
    themes: tuple[str, ...]
    paragraphs: tuple[int, ...]
    segments: tuple[str, ...]
    state: ReviewState
    period: tuple[int | None, int | None] = (None, None)
    results: str = ""
    partners: str = ""
    reason: str | None = None


_C = OrganisationCategory
PRACTICES = (
    _Demo(
        "Remittance price comparison service" + MARK,
        PracticeType.DATA_TOOL,
        "A website and text-message service comparing the cost of sending money home "
        "through banks, money transfer operators and post offices, updated every month.",
        WorldRegion.GLOBAL,
        (
            (_C.MIGRANT_ASSOCIATION, "Algeria Diaspora Federation (fictional)"),
            (_C.PRIVATE_SECTOR, "Bahrain Chamber of Commerce and Mobility (fictional)"),
        ),
        ("remittances",),
        (32, 67),
        ("Deuxième partie",),
        ReviewState.PUBLISHED,
        (2004, 2007),
        "Average fees on the corridors covered fell by a fifth in two years.",
        "Two postal services; a consumers' association",
    ),
    _Demo(
        "Start-up loans for returning migrants" + MARK,
        PracticeType.PROGRAMME,
        "Small loans and business training for migrants who return of their own accord, "
        "with a savings account opened before departure.",
        WorldRegion.AMERICAS,
        ((_C.NGO_ECOSOC, "Bolivia Foundation for Family Reunification (fictional)"),),
        ("return", "remittances"),
        (37,),
        ("Troisième partie",),
        ReviewState.PUBLISHED,
        (2003, None),
        "About 300 small businesses started; four in five still open after two years.",
    ),
    _Demo(
        "Municipal welcome desks for newcomers" + MARK,
        PracticeType.POLICY,
        "One desk at the town hall where newcomers find language classes, the recognition "
        "of their diplomas and legal advice, staffed together with migrant associations.",
        WorldRegion.EUROPE,
        ((_C.CIVIL_SOCIETY, "Belarus Women's Forum on Migration (fictional)"),),
        ("integration", "migrant_rights"),
        (54,),
        ("Première partie",),
        ReviewState.PUBLISHED,
        (2005, None),
    ),
    _Demo(
        "Migration data partnership for countries of origin" + MARK,
        PracticeType.PARTNERSHIP_OFFER,
        "Research centres offer statistical offices of countries of origin training and "
        "shared survey tools to measure emigration, return and remittances.",
        WorldRegion.GLOBAL,
        (
            (_C.RESEARCH, "Centre for Population and Mobility Research, Cabo Verde (fictional)"),
            (_C.RESEARCH, "Centre for Population and Mobility Research, Denmark (fictional)"),
        ),
        ("data", "capacity_building"),
        (61, 63, 64),
        ("Quatrième partie",),
        ReviewState.PUBLISHED,
        (2006, 2009),
        partners="Two national statistical offices",
    ),
    _Demo(
        "Survey of skills gained abroad and used on return" + MARK,
        PracticeType.RESEARCH,
        "A panel survey following 2,000 migrants before departure, abroad and after their "
        "return, on the skills they gain and whether they use them at home.",
        WorldRegion.EUROPE,
        ((_C.RESEARCH, "Centre for Population and Mobility Research, Latvia (fictional)"),),
        ("brain_drain", "return"),
        (62,),
        ("Troisième partie",),
        ReviewState.UNDER_REVIEW,
        (2006, 2010),
    ),
    _Demo(
        "Hometown associations co-funding village projects" + MARK,
        PracticeType.PARTNERSHIP_OFFER,
        "Hometown associations offer to match, dollar for dollar, what local governments "
        "spend on water, schools and clinics in the villages their members come from.",
        WorldRegion.ASIA,
        ((_C.MIGRANT_ASSOCIATION, "Armenia Hometown Associations Council (fictional)"),),
        ("diaspora", "partnerships"),
        (67,),
        ("Quatrième partie",),
        ReviewState.RECEIVED,
    ),
    _Demo(
        "Recruitment fee refunds for seafarers" + MARK,
        PracticeType.PROGRAMME,
        "A union fund that refunds recruitment fees charged to seafarers in breach of "
        "their contracts.",
        WorldRegion.EUROPE,
        ((_C.TRADE_UNION, "Albania Seafarers' and Dockers' Union (fictional)"),),
        ("migrant_rights",),
        (),
        ("Première partie",),
        ReviewState.DECLINED,
        reason="Submitted twice: the same programme is entered under the union's federation.",
    ),
)


def add_practices(session: Session, forum: Forum, document_id: uuid.UUID) -> list[uuid.UUID]:
    """The demo's practices, reviewed as a reviewer would; returns their ids."""
    ensure_themes(session, forum.id)
    segments = {s.title: s.id for d in forum.days for x in d.sessions for s in x.segments}
    made = []
    for demo in PRACTICES:
        practice_id = create_practice(
            session,
            forum.id,
            PracticeInput(
                title=demo.title,
                practice_type=demo.practice_type,
                summary=demo.summary,
                region=demo.region,
                countries=_countries(session, demo),
                partners=demo.partners,
                period_from=demo.period[0],
                period_to=demo.period[1],
                results=demo.results,
                submitters=tuple(_organisation(session, *s) for s in demo.submitters),
                themes=tuple(theme_id(forum.id, code) for code in demo.themes),
                segments=tuple(segments[title] for title in demo.segments),
                paragraphs=tuple(ParagraphRef(document_id, n) for n in demo.paragraphs),
                fictional=True,
            ),
            received_on=_RECEIVED,
        )
        steps = _STEPS[demo.state]
        for step, target in enumerate(steps, start=1):
            reason = demo.reason if step == len(steps) else None
            review_practice(session, practice_id, target, reason=reason, reviewer=REVIEWER)
        made.append(practice_id)
    return made


def _organisation(session: Session, category: OrganisationCategory, name: str) -> uuid.UUID:
    named = session.scalars(select(Organisation.id).where(Organisation.name == name)).first()
    if named is not None:
        return named
    return session.scalars(
        select(Organisation.id)
        .where(Organisation.category == category)
        .order_by(Organisation.sort_key)
        .limit(1)
    ).one()


def _countries(session: Session, demo: _Demo) -> tuple[str, ...]:
    """The submitters' countries."""
    names = [name for _category, name in demo.submitters]
    codes = session.scalars(
        select(Organisation.country_code).where(
            Organisation.name.in_(names), Organisation.country_code.is_not(None)
        )
    ).all()
    return tuple(dict.fromkeys(code for code in codes if code))
