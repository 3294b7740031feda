"""Likely duplicate representatives, proposed on entry and on import; never merged here.

Scoring, 0–100 (a match is proposed from `THRESHOLD` up):

- Names are compared on their Latin, casefolded, accent-free words (so "Иванова Мария"
  meets "Ivanova Maria"), sorted before a rapidfuzz ratio so that "Smith John" and
  "John Smith" score 100. A given name written as initials ("J. Smith", "J P Smith")
  scores `INITIALS_SCORE` against a full given name with those initials and the same
  family name.
- The same organisation (by folded name or acronym) adds `ORG_BONUS`; two different
  known organisations take `ORG_PENALTY` off, as do two different known emails.
- The same email (trimmed, casefolded) is a strong match whatever the names:
  at least 90, up to 100 as the names agree.

Placeholder names ("Participant 00012", "TBC", "N/A": services.placeholders) are
never compared by name, only by email. A block takes at most `BLOCK_CAP` records, an
exact name or email `SAME_CAP`: a check is bounded whatever the names.

Speed: `DuplicateFinder.load` reads the live, unmerged registry once; each record is
filed under a block key (first 3 letters of the family name + first letter of the
given name) and by email. A check scores only the records of its own and the swapped
block, so it compares tens of names, not the whole registry. A name that repeats reuses
its scores until a record joins the entries they came from; equal matches are shared.
"""

from __future__ import annotations

import gc
import heapq
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import Select, String, select, type_coerce
from sqlalchemy.orm import Session

from forumdesk.services.registry.duplicates.placeholders import is_placeholder
from forumdesk.services.registry.people import latin
from forumdesk.store.models import Organisation, Representative

THRESHOLD = 85.0
ORG_BONUS = 5.0
ORG_PENALTY = 5.0
EMAIL_PENALTY = 5.0
EMAIL_SCORE = 90.0
INITIALS_SCORE = 86.0
# Lowest raw name score that the bonus could still lift over the threshold.
_CUTOFF = THRESHOLD - ORG_BONUS
# Records of one name that take part in the whole-registry review.
PAIRS_PER_NAME = 12
# Bounds of the per-finder caches (query names, matches): memory, not correctness.
_CACHED = 20_000

#: Records a block (3 letters of the family name, 1 of the given name) takes at most.
BLOCK_CAP = 1000
CANDIDATES = 20  # the best name scores a check keeps from its blocks (look-alike lists)
SAME_CAP = 100  # records filed under one exact name, one email, one set of initials
_WORD = re.compile(r"[0-9a-z]+")
_Scores = dict[int, tuple[float, str]]  # record index -> (name score, how the names compare)


@dataclass(frozen=True, slots=True)
class DuplicateMatch:
    representative_id: uuid.UUID | None
    row: int | None  # set when the match is an earlier row of the same import
    score: float
    reasons: tuple[str, ...]
    label: str


@lru_cache(maxsize=65536)
def _words(text: str | None) -> tuple[str, ...]:
    """Latin, casefolded words, as in `people.sort_key`, without its punctuation."""
    # Names repeat across an import: each is split and transliterated once.
    # Most names are already ASCII: skip transliteration, the costly step, for them.
    ascii_text = (text if text.isascii() else latin(text)) if text else ""
    return tuple(_WORD.findall(ascii_text.casefold()))


def placeholder_name(given: str | None, family: str | None) -> bool:
    return is_placeholder(_words(given) + _words(family))


@lru_cache(maxsize=65536)
def _org_key(text: str | None) -> str:
    return " ".join(_words(text))


def email_key(email: str | None) -> str:
    return (email or "").strip().casefold()


def _label(given: str, family: str, organisation: str | None) -> str:
    name = f"{family.strip().upper()}, {given.strip()}" if given.strip() else family.upper()
    return f"{name} — {organisation}" if organisation else name


class _Name:
    """A name cut into words, with what the index needs from it computed once."""

    __slots__ = ("family", "family_word", "given", "given_word", "key", "placeholder", "reads",
                 "scores", "stamp")  # fmt: skip

    def __init__(self, given: tuple[str, ...], family: tuple[str, ...]) -> None:
        self.given = given
        self.family = family
        self.placeholder = is_placeholder(given + family)
        self.given_word = "".join(given)
        self.family_word = "".join(family)
        # Sorted words: a plain ratio on these is rapidfuzz's token_sort_ratio.
        self.key = " ".join(sorted(given + family))
        # Name scores as of `stamp` (a finder generation), and the index entries read.
        self.stamp = -1
        self.scores: _Scores = {}
        self.reads: tuple[str, ...] = ()

    @property
    def initials(self) -> str | None:
        """The given name's letters when it is written as initials only ("J. P.")."""
        if self.given and len(self.given_word) == len(self.given):
            return self.given_word
        return None

    def blocks(self, query: bool) -> list[str]:
        given, family = self.given_word, self.family_word
        if given and family:
            if not query:
                return [f"{family[:3]}|{given[0]}"]
            # Also the records that only have a family name. The swapped order is
            # found through the exact sorted words, at a fraction of a fuzzy block's cost.
            return [f"{family[:3]}|{given[0]}", f"{family[:3]}|"]
        # One part only, perhaps holding the whole name: file it under its first and
        # last words in both orders as well.
        words = self.given + self.family
        keys = [f"{(given or family)[:3]}|"]
        if len(words) > 1:
            keys += [f"{words[-1][:3]}|{words[0][0]}", f"{words[0][:3]}|{words[-1][0]}"]
        return keys


class DuplicateFinder:
    """An in-memory index of people, built once, then asked about each new entry."""

    def __init__(self) -> None:
        # Ids as the driver returns them (hex text on SQLite): UUID objects are made
        # only for matches, which saves a good part of a 100k-row load.
        self._ids: list[object] = []
        self._rows: list[int | None] = []
        self._names: list[_Name] = []
        self._emails: list[str] = []
        self._orgs: list[frozenset[str]] = []
        self._display: list[tuple[str, str, str | None]] = []
        # block key -> (sorted name keys, record indexes), parallel lists for rapidfuzz.
        self._blocks: dict[str, tuple[list[str], list[int]]] = {}
        self._by_email: dict[str, list[int]] = {}
        # sorted words -> records: the same words in another order ("Smith John").
        self._by_words: dict[str, list[int]] = {}
        # (family, first initial) -> records whose given name is initials only.
        self._initials: dict[tuple[str, str], list[int]] = {}
        self._org_cache: dict[object, tuple[frozenset[str], str | None]] = {}
        # Index entry -> generation (records filed so far) when it last changed. Entries:
        # block keys ("smi|j"), sorted words ("john smith"), initials ("smith/j").
        self._generation = 0
        self._changed: dict[str, int] = {}
        self._queries: dict[tuple[str, str], _Name] = {}
        self._made: dict[tuple[int, float, tuple[str, ...]], DuplicateMatch] = {}

    def __len__(self) -> int:
        return len(self._names)

    @classmethod
    def load(cls, session: Session) -> DuplicateFinder:
        """Every live, unmerged representative, with its organisation's name and acronym."""
        finder = cls()
        finder._load_rows(session, people_query())
        return finder

    def _load_rows(self, session: Session, query: Select[*tuple[Any, ...]]) -> None:
        # 100k rows make ~1M small objects, none in a cycle: the collector's repeated
        # full passes over them would double the load time for nothing.
        paused = gc.isenabled()
        gc.disable()
        try:
            self._read(session, query)
        finally:
            if paused:
                gc.enable()

    def _read(self, session: Session, query: Select[*tuple[Any, ...]]) -> None:
        for row in session.execute(query):
            (rid, given, family, given_latin, family_latin, email, org_id, org_name, acronym) = row
            keys, org_label = self._organisation(org_id, org_name, acronym)
            self._add(
                _Name(_words(given_latin or given), _words(family_latin or family)),
                email=email_key(email),
                orgs=keys,
                display=(given, family, org_label),
                representative_id=rid,
                row=None,
            )

    def _organisation(
        self, org_id: object, name: str | None, acronym: str | None
    ) -> tuple[frozenset[str], str | None]:
        if org_id is None:
            return frozenset(), None
        cached = self._org_cache.get(org_id)
        if cached is None:
            keys = frozenset(k for k in (_org_key(name), _org_key(acronym)) if k)
            cached = self._org_cache[org_id] = (keys, name)
        return cached

    def add(
        self,
        given_name: str,
        family_name: str,
        *,
        organisation: str | None = None,
        email: str | None = None,
        representative_id: uuid.UUID | None = None,
        row: int | None = None,
    ) -> None:
        """File one more person (an import row, a record just created) for later checks."""
        self._add(
            _Name(_words(given_name), _words(family_name)),
            email=email_key(email),
            orgs=frozenset((org,)) if (org := _org_key(organisation)) else frozenset(),
            display=(given_name, family_name, organisation),
            representative_id=representative_id,
            row=row,
        )

    def _add(
        self,
        name: _Name,
        *,
        email: str,
        orgs: frozenset[str],
        display: tuple[str, str, str | None],
        representative_id: object,
        row: int | None,
    ) -> None:
        index = len(self._names)
        self._generation = generation = self._generation + 1
        self._ids.append(representative_id)
        self._rows.append(row)
        self._names.append(name)
        self._emails.append(email)
        self._orgs.append(orgs)
        self._display.append(display)
        if email:
            _file(self._by_email.setdefault(email, []), index)
        if name.placeholder:
            return  # found by its email only
        key = name.key
        for block in name.blocks(query=False):
            keys, indexes = self._blocks.setdefault(block, ([], []))
            if len(keys) < BLOCK_CAP:
                keys.append(key)
                indexes.append(index)
                self._changed[block] = generation
        if key and _file(self._by_words.setdefault(key, []), index):
            self._changed[key] = generation
        initials = name.initials
        if initials and name.family:
            filed = _file(self._initials.setdefault((name.family_word, initials[0]), []), index)
            if filed:
                self._changed[f"{name.family_word}/{initials[0]}"] = generation

    def largest_block(self) -> int:
        """The most records any block holds: what one check compares at most, per block."""
        return max((len(keys) for keys, _ in self._blocks.values()), default=0)

    def check(
        self,
        given_name: str,
        family_name: str,
        *,
        organisation: str | None = None,
        email: str | None = None,
        limit: int = 3,
        exclude: uuid.UUID | None = None,
    ) -> list[DuplicateMatch]:
        """The best `limit` likely duplicates of this person, best first."""
        name = self._queries.get((given_name, family_name))
        if name is None:
            if len(self._queries) >= _CACHED:
                self._queries.clear()
            name = _Name(_words(given_name), _words(family_name))
            self._queries[given_name, family_name] = name
        orgs = frozenset((org,)) if (org := _org_key(organisation)) else frozenset()
        # One more than asked, in case the best is the excluded record itself.
        found = self._scored(name, self._name_scores(name), orgs, email_key(email), limit + 1)
        matches = [m for _, m in found if exclude is None or m.representative_id != exclude]
        return matches[:limit]

    def narrowed(self, per_name: int) -> DuplicateFinder:
        """A finder of the first `per_name` records of each name, and of shared emails."""
        shared = {mail for mail, records in self._by_email.items() if len(records) > 1}
        seen: dict[str, int] = {}
        narrow = DuplicateFinder()
        narrow._org_cache = self._org_cache
        for index, name in enumerate(self._names):
            seen[name.key] = count = seen.get(name.key, 0) + 1
            if count <= per_name or self._emails[index] in shared:
                narrow._add(
                    name,
                    email=self._emails[index],
                    orgs=self._orgs[index],
                    display=self._display[index],
                    representative_id=self._ids[index],
                    row=self._rows[index],
                )
        return narrow

    def pairs(
        self, limit: int = 200, tick: Callable[[int, int], None] | None = None
    ) -> list[tuple[DuplicateMatch, DuplicateMatch]]:
        """Likely duplicate pairs among the filed records, best first.

        `tick(done, total)` is called every thousand records; it may raise to stop.
        """
        best: dict[tuple[int, int], DuplicateMatch] = {}
        for index, name in enumerate(self._names):
            if tick is not None and index % 1000 == 0:
                tick(index, len(self._names))
            named = self._fresh_scores(name)[0]  # each name once: nothing to keep
            for other, match in self._scored(name, named, self._orgs[index], self._emails[index]):
                pair = (min(index, other), max(index, other))
                if other != index and (pair not in best or best[pair].score < match.score):
                    best[pair] = match
        ranked = sorted(best.items(), key=lambda item: -item[1].score)[:limit]
        return [
            (self._match(a, m.score, m.reasons), self._match(b, m.score, m.reasons))
            for (a, b), m in ranked
        ]

    def _scored(
        self, name: _Name, named: _Scores, orgs: frozenset[str], mail: str, limit: int | None = None
    ) -> list[tuple[int, DuplicateMatch]]:
        """(record index, match) for the records over the threshold, best first.

        `named`: the name's scores, read only. With `limit`, only the best `limit` become
        matches: a common name has hundreds of namesakes, and building a match for each
        was most of an import.
        """
        scores: Iterable[tuple[int, tuple[float, str]]] = named.items()
        if mail and (same_mail := self._by_email.get(mail)):  # after the name matches
            ratio, key, names = fuzz.ratio, name.key, self._names
            extra = [(i, (ratio(key, names[i].key), "")) for i in same_mail if i not in named]
            scores = [*scores, *extra]
        over: list[tuple[float, int, tuple[str, ...]]] = []
        all_orgs, emails = self._orgs, self._emails
        for index, (name_score, why) in scores:
            reasons = [why] if why else []
            score = name_score
            theirs = all_orgs[index]
            if orgs and theirs:
                if orgs & theirs:
                    score += ORG_BONUS
                    reasons.append("same organisation")
                else:
                    score -= ORG_PENALTY
                    reasons.append("different organisation")
            their_mail = emails[index]
            if mail and their_mail:
                if mail == their_mail:
                    score = max(score, EMAIL_SCORE + name_score / 10)
                    reasons.insert(0, "same email")
                else:
                    score -= EMAIL_PENALTY
                    reasons.append("different email")
            if score >= THRESHOLD:
                over.append((min(score, 100.0), index, tuple(reasons)))
        if limit is not None and len(over) > limit:
            over = heapq.nsmallest(limit, over, key=lambda item: (-item[0], item[1]))
        found = [(index, self._match(index, score, why)) for score, index, why in over]
        if len(found) > 1:
            found.sort(key=lambda item: (-item[1].score, item[1].label))
        return found

    def _name_scores(self, name: _Name) -> _Scores:
        """Kept on the name until an index entry it read changes: not to be changed."""
        if name.stamp < max(map(self._changed.get, name.reads, repeat(0)), default=0):
            name.scores, name.reads = self._fresh_scores(name)
            name.stamp = self._generation
        return name.scores

    def _fresh_scores(self, name: _Name) -> tuple[_Scores, tuple[str, ...]]:
        """Plausible records' name scores, and the index entries read to find them."""
        scores: _Scores = {}
        key = name.key
        if not key or name.placeholder:
            return scores, ()
        query_blocks = name.blocks(query=True)
        blocks = [b for b in map(self._blocks.get, query_blocks) if b is not None]
        if not blocks:
            keys: list[str] = []
            indexes: list[int] = []
        elif len(blocks) == 1:
            keys, indexes = blocks[0]
        else:  # one rapidfuzz call over all the blocks costs less than one each
            keys = [k for block in blocks for k in block[0]]
            indexes = [i for block in blocks for i in block[1]]
        for _, score, position in process.extract(
            key, keys, scorer=fuzz.ratio, score_cutoff=_CUTOFF, limit=CANDIDATES
        ):
            index = indexes[position]
            if score > scores.get(index, (0.0, ""))[0]:
                scores[index] = (score, f"similar name {score:.0f}")
        for index in self._by_words.get(key, ()):
            scores[index] = (100.0, "same name")
        return scores, (*query_blocks, key, *self._initial_scores(name, scores))

    def _initial_scores(self, name: _Name, scores: _Scores) -> tuple[str, ...]:
        """Adds the initials matches; returns the index entry read, as `_add` marks it."""
        family = name.family_word
        if not family or not name.given:
            return ()
        initials = name.initials
        if initials:  # "J. Smith": every John, Jane… Smith of the block
            found = self._blocks.get(read := f"{family[:3]}|{initials[0]}")
            candidates: Iterable[int] = found[1] if found else ()
        else:  # "John Smith": records written "J. Smith"
            initials = "".join(word[0] for word in name.given)
            candidates = self._initials.get((family, initials[0]), ())
            read = f"{family}/{initials[0]}"
        for index in candidates:
            other = self._names[index]
            if other.family_word != family:
                continue
            theirs = "".join(word[0] for word in other.given)
            agree = theirs.startswith(initials) or initials.startswith(theirs)
            if agree and scores.get(index, (0.0, ""))[0] < INITIALS_SCORE:
                scores[index] = (INITIALS_SCORE, "initials match")
        return (read,)

    def _match(self, index: int, score: float, reasons: tuple[str, ...]) -> DuplicateMatch:
        # One object per distinct match: thousands of rows meet the same filed record.
        if made := self._made.get((index, score, reasons)):
            return made
        if len(self._made) >= _CACHED:
            self._made.clear()
        given, family, organisation = self._display[index]
        rid = self._ids[index]
        self._made[index, score, reasons] = made = DuplicateMatch(
            rid if rid is None or isinstance(rid, uuid.UUID) else uuid.UUID(str(rid)),
            self._rows[index],
            round(score, 1),
            reasons,
            _label(given, family, organisation),
        )
        return made


def _file(records: list[int], index: int) -> bool:
    """Add `index` unless `records` holds `SAME_CAP` already; whether it was added."""
    if len(records) >= SAME_CAP:
        return False
    records.append(index)
    return True


def people_query() -> Select[*tuple[Any, ...]]:
    return (
        select(
            type_coerce(Representative.id, String),
            Representative.given_name,
            Representative.family_name,
            Representative.given_name_latin,
            Representative.family_name_latin,
            Representative.email,
            type_coerce(Representative.organisation_id, String),
            Organisation.name,
            Organisation.acronym,
        )
        .outerjoin(Organisation, Organisation.id == Representative.organisation_id)
        .where(Representative.deleted_at.is_(None), Representative.merged_into_id.is_(None))
    )


def duplicate_pairs(
    session: Session,
    limit: int = 200,
    *,
    per_name: int = PAIRS_PER_NAME,
    tick: Callable[[int, int], None] | None = None,
) -> list[tuple[DuplicateMatch, DuplicateMatch]]:
    """A review list of likely duplicate pairs over the whole registry, best first.

    Only the first `per_name` records of each name take part (plus every record whose
    email another shares): a name borne by hundreds would make the review quadratic,
    and its namesakes still show, paired with those first records.
    """
    return DuplicateFinder.load(session).narrowed(per_name).pairs(limit, tick)
