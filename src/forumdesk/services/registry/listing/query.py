"""The representatives list at 100k rows: filtered, sorted and paged in SQL.

Type-ahead matches the start of the folded Latin sort key ("family given"), of
the e-mail address, or of the organisation's sort key (one or two letters: the
family name only). Each of those is a range
on an indexed column, so SQLite answers from its indexes instead of scanning
every row as `LIKE '%…%'` would. From three letters, or from the first one in a
script other than Latin, it also finds any word of the name in its own script or
its Latin form ("علوي" finds العلوي, "小明" finds 王小明) through the search index's
entries of people (`services/search/people.py`). The ways to match are the parts of
one union, each read from an index that holds live people's sort keys and ids
(revision 0015): counting and a page in name order read the table only for the few
people matched through their organisation. For a page in name order of a name typed
as one word, the search index's part is one part per matching word instead, its
people in name order from `name_words` (revision 0017): the union merges them and
stops at the page's end, where the search index gave every match to sort.

A page never waits for a count: at a million people counting the whole list takes
longer than its first page, so the list shows the page and counts afterwards
(`ui/pages/registry/representatives_panel.py`).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Select,
    String,
    and_,
    exists,
    func,
    or_,
    select,
    type_coerce,
    union,
)
from sqlalchemy.orm import Session

from forumdesk.services.common.messages import _
from forumdesk.services.common.refusals import Refused
from forumdesk.services.registry.listing.rows import (
    RepresentativeRow,
    core_connection,
    details_statement,
    list_row,
    registered_to,
)
from forumdesk.services.registry.people import sort_key
from forumdesk.services.registry.scripts import Script, script_of
from forumdesk.services.search.index import search_table
from forumdesk.services.search.name_words import matching_words, word_people
from forumdesk.services.search.names import name_query
from forumdesk.services.search.people import REPRESENTATIVE, matching_ids
from forumdesk.services.search.terms import SearchQuery, Term
from forumdesk.store.enums import AccreditationStatus, Gender, OrganisationCategory, RegionalGroup
from forumdesk.store.models import Organisation, Registration, Representative

SORTS = ("name", "organisation", "country", "status")
#: From this many letters, type-ahead also matches organisations and e-mail addresses.
ORGANISATION_FROM = 3
# Above any character a folded key can hold: "abc" ≤ key < "abc" + HIGH is a prefix.
HIGH = "\U0010ffff"
# Text in these scripts (or none) matches names by the sort key alone up to two letters.
LATIN = (Script.LATIN, None)


@dataclass(frozen=True)
class RepresentativeQuery:
    text: str = ""
    category: OrganisationCategory | None = None
    country: str | None = None  # alpha-3
    regional_group: RegionalGroup | None = None
    status: AccreditationStatus | None = None  # needs forum_id
    gender: Gender | None = None
    forum_id: uuid.UUID | None = None
    sort: str = "name"
    descending: bool = False


def _prefix(column: Any, text: str) -> ColumnElement[bool]:
    return and_(column >= text, column < text + HIGH)


def _names(typed: str, folded: str) -> SearchQuery | None:
    """What is looked for in any word of the names; None when too short (one or two
    Latin letters)."""
    names = name_query(typed, prefix_last=True)
    if names.is_empty or (len(folded) < ORGANISATION_FROM and script_of(typed) in LATIN):
        return None
    return names


def _by_name(dialect: str, typed: str, folded: str) -> Select[Any] | None:
    """The ids of people with any word of the name matching, as the search index
    matches it; None when too short."""
    names = _names(typed, folded)
    return None if names is None else matching_ids(dialect, REPRESENTATIVE, names)


def _text_matches(
    query: RepresentativeQuery, dialect: str, *, names: bool = True
) -> list[ColumnElement[bool]]:
    """What the typed text may match, each on its own index: any one of them will do
    (without a match by any word of the name unless `names`)."""
    text = sort_key(query.text)
    by_name = _by_name(dialect, query.text, text) if names else None
    matches: list[ColumnElement[bool]] = []
    if by_name is not None:
        matches.append(Representative.id.in_(by_name))
    if text:
        matches.append(_prefix(Representative.sort_key, text))
    if len(text) >= ORGANISATION_FROM:
        # Not from one or two letters (family names only): organisations and e-mails
        # starting with them would be noise, and cost thousands of rows per key press.
        organisations = select(Organisation.id).where(_prefix(Organisation.sort_key, text))
        matches += [
            _prefix(Representative.email, query.text.strip().lower()),
            Representative.organisation_id.in_(organisations),
        ]
    return matches


def _filters(query: RepresentativeQuery) -> list[ColumnElement[bool]]:
    """The filters other than the typed text, on the representatives table alone.

    Facets of the organisation or the registration are `IN (subquery)` rather than
    joins, so that counting and ordering by name need no join: the join is made
    for the hundred rows of a page only.
    """
    conditions: list[ColumnElement[bool]] = [
        Representative.deleted_at.is_(None),
        Representative.merged_into_id.is_(None),
    ]
    facets: list[ColumnElement[bool]] = []
    if query.category is not None:
        facets.append(Organisation.category == query.category)
    if query.country is not None:
        facets.append(Organisation.country_code == query.country)
    if query.regional_group is not None:
        facets.append(Organisation.regional_group == query.regional_group)
    if facets:
        chosen = select(Organisation.id).where(Organisation.deleted_at.is_(None), *facets)
        conditions.append(Representative.organisation_id.in_(chosen))
    if query.gender is not None:
        conditions.append(Representative.gender == query.gender)
    if query.status is not None and query.forum_id is not None:
        registered = select(Registration.representative_id).where(
            Registration.forum_id == query.forum_id,
            Registration.status == query.status,
            Registration.deleted_at.is_(None),
        )
        conditions.append(Representative.id.in_(registered))
    return conditions


def _matching(query: RepresentativeQuery, dialect: str) -> CompoundSelect[Any] | None:
    """The sort key and id of every person the typed text matches (all filters applied);
    None when it needs no union (no text, or one way to match it).

    A union of the ways to match, each part read from its own index with every filter
    applied: an OR of them walks every row, and the filters applied once to the union
    would read each matching row a second time. Each index holds the sort key and id,
    so that a page in name order is taken from the union without reading the table.
    """
    matches = _text_matches(query, dialect)
    if len(matches) < 2:
        return None
    filters = _filters(query)
    columns = (Representative.sort_key, Representative.id)
    parts = [select(*columns).where(*filters, match) for match in matches]
    return union(*parts)


def _word_terms(query: RepresentativeQuery) -> tuple[Term, ...] | None:
    """The terms of a name typed as one word, when `name_words` can stand for the search
    index in the union: each term one word that the sort key's part of the union
    matches too when it is a word a sort key starts with (those are not in the table:
    ASCII, as sort keys are). None otherwise (several words, a phrase of CJK)."""
    text = sort_key(query.text)
    names = _names(query.text, text)
    if names is None:
        return None
    groups = names.groups
    if len(groups) != 1 or any(len(term.tokens) != 1 for term in groups[0]):
        return None
    words = [term.tokens[0] for term in groups[0]]
    if all(not word.isascii() or (text and word.startswith(text)) for word in words):
        return groups[0]
    return None


def _by_words(
    session: Session, query: RepresentativeQuery, needed: int
) -> CompoundSelect[Any] | None:
    """The union of `_matching` for the first `needed` rows in name order, each word of
    the name read from `name_words`: the people of each word that matches, in name
    order, which SQLite merges and stops reading at the page's end. None when the text
    is not one word, or matches too many words."""
    dialect = session.get_bind().dialect.name
    terms = _word_terms(query)
    if terms is None:
        return None
    words: set[str] = set()
    for term in terms:
        found = matching_words(session, term.tokens[0], term.prefix)
        if found is None:
            return None
        words.update(found)
    filters = _filters(query)
    parts: list[Select[Any]] = []
    for word in sorted(words):
        part = word_people(word).where(*filters)
        if dialect != "sqlite":
            # No merge that stops early elsewhere: each word gives no more than needed.
            found = part.order_by(*_in_order(part.selected_columns, query)).limit(needed)
            part = select(*found.subquery().c)
        parts.append(part)
    columns: tuple[Any, ...] = (Representative.sort_key, Representative.id)
    live = [Representative.deleted_at.is_(None), Representative.merged_into_id.is_(None)]
    unsorted = [*live, Representative.sort_key.is_(None)]
    unsorted_one = select(type_coerce(Representative.id, String)).where(*unsorted).limit(1)
    if core_connection(session).execute(unsorted_one).first() is not None:
        # People without a sort key have no words in the table: the search index finds
        # them, asked of each such person (EXISTS), not of each match.
        names = matching_ids(dialect, REPRESENTATIVE, name_query(query.text, prefix_last=True))
        named = exists(names.where(search_table.c.target_id == Representative.id))
        parts.append(select(*columns).where(*filters, *unsorted, named))
    others = _text_matches(query, dialect, names=False)
    parts += [select(*columns).where(*filters, match) for match in others]
    return union(*parts) if parts else None


def _in_order(columns: Any, query: RepresentativeQuery) -> list[Any]:
    keys = (columns.sort_key, columns.id)
    return [c.desc() if query.descending else c.asc() for c in keys]


def _conditions(query: RepresentativeQuery, dialect: str) -> list[ColumnElement[bool]]:
    """Every filter, the typed text's as one condition, on the representatives table."""
    matching = _matching(query, dialect)
    if matching is not None:
        return [*_filters(query), Representative.id.in_(select(matching.subquery().c.id))]
    return [*_filters(query), *_text_matches(query, dialect)]


def count_representatives(session: Session, query: RepresentativeQuery) -> int:
    dialect = session.get_bind().dialect.name
    matching = _matching(query, dialect)
    if matching is None:
        where = _conditions(query, dialect)
        statement = select(func.count()).select_from(Representative).where(*where)
    else:
        statement = select(func.count()).select_from(matching.subquery())
    return int(session.scalar(statement) or 0)


def _page_ids(
    session: Session, query: RepresentativeQuery, sort: str, needed: int
) -> Select[Any] | CompoundSelect[Any]:
    """The ids of the list in the chosen order, from the representatives table (and a
    join only when the order needs one): the details are read for one page only."""
    dialect = session.get_bind().dialect.name
    matching = _by_words(session, query, needed) if sort == "name" else None
    if sort == "name" and matching is None:
        matching = _matching(query, dialect)
    if matching is not None:
        # In name order from the union itself, which holds the sort keys: SQLite merges
        # its parts in order and stops at the page's end.
        return matching.order_by(*_in_order(matching.selected_columns, query))
    order: list[Any] = {
        "name": [Representative.sort_key],
        "organisation": [Organisation.sort_key, Representative.sort_key],
        "country": [Organisation.country_code, Representative.sort_key],
        "status": [Registration.status, Representative.sort_key],
    }[sort]
    # The id last, so that equal keys keep one order from page to page.
    columns = [c.desc() if query.descending else c.asc() for c in [*order, Representative.id]]
    ids = select(Representative.id).where(*_conditions(query, dialect))
    if sort in ("organisation", "country"):
        ids = ids.outerjoin(Organisation, Organisation.id == Representative.organisation_id)
    elif sort == "status":
        ids = ids.outerjoin(Registration, registered_to(query.forum_id))
    return ids.order_by(*columns)


def representative_page(
    session: Session, query: RepresentativeQuery, offset: int, limit: int
) -> list[RepresentativeRow]:
    """Rows `offset` … `offset + limit` of the filtered list, in the chosen order."""
    if query.sort not in SORTS:
        raise Refused(
            _("unknown sort {sort!r}; one of {known}").format(
                sort=query.sort, known=", ".join(SORTS)
            )
        )
    sort = query.sort if query.sort != "status" or query.forum_id else "name"
    ordered = _page_ids(session, query, sort, offset + limit).offset(offset).limit(limit)
    # Ids as the database holds them (hex on SQLite, native on PostgreSQL): they only go
    # back into the details' statement, and a page of uuid objects each way is a third
    # of a page's time at a million people.
    page_ids = ordered.subquery()
    connection = core_connection(session)
    page = [row[0] for row in connection.execute(select(type_coerce(page_ids.c.id, String)))]
    if not page:
        return []
    registration = query.forum_id is not None
    statement = details_statement(registration)
    values: dict[str, Any] = {"page": page}
    if registration:
        values["forum"] = query.forum_id
    position = {raw: index for index, raw in enumerate(page)}
    # Values as stored: SQLAlchemy's processing of each value costs more than reading.
    found = sorted(connection.execute(statement, values).all(), key=lambda r: position[r[0]])
    return [list_row(row) for row in found]


def countries_in_use(session: Session, language: str = "en") -> list[tuple[str, str]]:
    """(alpha-3, name) of the countries the registry's organisations are from, by name."""
    from forumdesk.services.registry.people import country_name

    codes: Sequence[str | None] = session.scalars(
        select(Organisation.country_code)
        .where(Organisation.country_code.is_not(None), Organisation.deleted_at.is_(None))
        .distinct()
    ).all()
    named: list[tuple[str, str]] = []
    for code in filter(None, codes):
        try:
            named.append((code, country_name(code, language)))
        except (KeyError, LookupError, ValueError):
            named.append((code, code))  # a code pycountry does not know: shown as stored
    return sorted(named, key=lambda pair: sort_key(pair[1]))


@dataclass(frozen=True)
class OrganisationRow:
    id: uuid.UUID
    name: str
    acronym: str | None
    category: OrganisationCategory
    country_code: str | None
    representatives: int


def _organisation_conditions(text: str) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [
        Organisation.deleted_at.is_(None),
        Organisation.merged_into_id.is_(None),
    ]
    typed = text.strip()
    if typed:
        # Some 20k organisations: a contains-match on name or acronym stays quick.
        escaped = typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{escaped}%"
        conditions.append(
            or_(
                Organisation.name.ilike(pattern, escape="\\"),
                Organisation.acronym.ilike(pattern, escape="\\"),
                _prefix(Organisation.sort_key, sort_key(typed)),
            )
        )
    return conditions


def count_organisations(session: Session, text: str = "") -> int:
    statement = select(func.count()).select_from(Organisation)
    return int(session.scalar(statement.where(*_organisation_conditions(text))) or 0)


def organisation_page(
    session: Session, text: str, offset: int, limit: int
) -> list[OrganisationRow]:
    """Organisations in name order, each with how many live people it has."""
    people = (
        select(func.count(Representative.id))
        .where(
            Representative.organisation_id == Organisation.id,
            Representative.deleted_at.is_(None),
            Representative.merged_into_id.is_(None),
        )
        .scalar_subquery()
    )
    statement = (
        select(
            Organisation.id,
            Organisation.name,
            Organisation.acronym,
            Organisation.category,
            Organisation.country_code,
            people,
        )
        .where(*_organisation_conditions(text))
        .order_by(Organisation.sort_key, Organisation.id)
        .offset(offset)
        .limit(limit)
    )
    return [
        OrganisationRow(row[0], row[1], row[2], row[3], row[4], int(row[5] or 0))
        for row in (tuple(r) for r in session.execute(statement))
    ]
