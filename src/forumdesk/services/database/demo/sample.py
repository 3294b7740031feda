"""The demo's fictional registrations, drawn by a seeded generator from the lists of
`resources/samples/demo-people.json`: real Member States with invented delegates, and
invented organisations of civil society and the private sector with their people.

No database here: the same seed gives the same organisations and people, in the same
order, on every machine. Who came is decided here too, in exact numbers (the file's
counts), so that the ¶4 sentence of the demo is known in advance.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from typing import Any

from forumdesk.paths import resources_dir
from forumdesk.services.registry.countries import country_name, regional_groups
from forumdesk.services.registry.text import fold
from forumdesk.store.enums import (
    AccreditationStatus,
    EcosocStatus,
    Gender,
    OrganisationCategory,
    RegionalGroup,
)

SAMPLE_FILE = "demo-people.json"
_STOP_WORDS = frozenset({"of", "for", "and", "the", "in", "from", "against"})


@dataclass
class SampleOrganisation:
    name: str
    category: OrganisationCategory
    country: str  # alpha-3
    acronym: str | None = None
    regional_group: RegionalGroup | None = None  # States only, as the registry keeps it
    ecosoc: tuple[EcosocStatus, int] | None = None
    email: str | None = None
    notes: str = ""
    domain: str = ""


@dataclass
class SamplePerson:
    organisation: SampleOrganisation
    gender: Gender
    given_name: str  # as typed, in the person's own script
    family_name: str
    given_name_latin: str
    family_name_latin: str
    title: str | None
    function: str
    email: str
    notes: str
    status: AccreditationStatus = AccreditationStatus.ACCREDITED
    present: bool = False
    requested_at: datetime = field(default_factory=lambda: datetime(2006, 6, 1, tzinfo=UTC))


@dataclass
class Sample:
    organisations: list[SampleOrganisation]
    people: list[SamplePerson]


@cache
def sample_data() -> dict[str, Any]:
    path = resources_dir() / "samples" / SAMPLE_FILE
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def draw_sample(rng: random.Random, day: date) -> Sample:
    """Every State and organisation with its people, in a fixed order for one seed;
    `day` is the forum's, which the requests came before."""
    data = sample_data()
    draw = _Draw(data, rng, _Names(data, rng), _members(data), Sample([], []))
    _draw_states(draw)
    _draw_civil_society(draw)
    _requested_dates(data, rng, day, draw.sample.people)
    return draw.sample


@dataclass(frozen=True)
class _Draw:
    """What every step of the drawing reads from and adds to."""

    data: dict[str, Any]
    rng: random.Random
    names: _Names
    members: dict[RegionalGroup, list[str]]  # the Member States of 2006 by group
    sample: Sample


def _members(data: dict[str, Any]) -> dict[RegionalGroup, list[str]]:
    """The Member States of 2006 by regional group, each list sorted."""
    left_out = set(data["not_members_in_2006"])
    groups: dict[RegionalGroup, list[str]] = {group: [] for group in RegionalGroup}
    for code, group in regional_groups().items():
        if code not in left_out:
            groups[group].append(code)
    return {group: sorted(codes) for group, codes in groups.items()}


def _draw_states(draw: _Draw) -> None:
    """The registered States, one or two delegates each; a few States send nobody who
    comes, and some second delegates stay away."""
    data, rng, names, members, sample = draw.data, draw.rng, draw.names, draw.members, draw.sample
    spec = data["states"]
    states: list[SampleOrganisation] = []
    for group in RegionalGroup:
        for code in rng.sample(members[group], spec["registered"][group.value]):
            states.append(
                SampleOrganisation(
                    name=country_name(code, "fr"),
                    category=OrganisationCategory.MEMBER_STATE,
                    country=code,
                    regional_group=group,
                    notes=data["notes"]["state"],
                    domain=f"mission-{code.lower()}",
                )
            )
    absent = {id(state) for state in rng.sample(states, spec["absent"])}
    functions = data["functions"]["member_state"]
    for state in states:
        delegates = 2 if rng.random() < spec["second_delegate_share"] else 1
        for rank in range(delegates):
            # The head of a delegation ranks higher than the second delegate.
            person = names.person(state, rng.choice(functions[:3] if rank == 0 else functions[3:]))
            person.present = id(state) not in absent and (
                rank == 0 or rng.random() >= spec["second_delegate_absent_share"]
            )
            sample.people.append(person)
    sample.organisations.extend(states)


def _draw_civil_society(draw: _Draw) -> None:
    """Organisations of every category, from countries of every group, until each
    category has its number of accredited people; then who stays away, who is still
    waiting for a decision and who withdrew."""
    data, rng, names, sample = draw.data, draw.rng, draw.names, draw.sample
    spec = data["civil_society"]
    accredited: list[SamplePerson] = []
    civil: list[SampleOrganisation] = []
    taken: set[str] = set()
    for category_name, wanted in spec["accredited"].items():
        category = OrganisationCategory(category_name)
        organisations: list[SampleOrganisation] = []
        while wanted > 0:
            organisation = _organisation(draw, category, taken)
            organisations.append(organisation)
            size = min(wanted, rng.choice(spec["organisation_sizes"]))
            functions = rng.sample(data["functions"]["civil_society"], size)
            accredited += [names.person(organisation, function) for function in functions]
            wanted -= size
        civil.extend(organisations)
    for person in accredited:
        person.present = True
    for person in rng.sample(accredited, spec["absent"]):
        person.present = False
    others: list[SamplePerson] = []
    for status in (AccreditationStatus.REQUESTED, AccreditationStatus.WITHDRAWN):
        for _ in range(spec[status.value]):
            organisation = rng.choice(civil)
            function = rng.choice(data["functions"]["civil_society"])
            person = names.person(organisation, function)
            person.status = status
            others.append(person)
    sample.organisations += civil
    sample.people += accredited + others


def _organisation(
    draw: _Draw, category: OrganisationCategory, taken: set[str]
) -> SampleOrganisation:
    """An invented organisation of `category`, from a country of any group, with a name
    no other organisation of the sample has."""
    data, rng, members = draw.data, draw.rng, draw.members
    while True:
        group = rng.choice(list(RegionalGroup))
        code = rng.choice(members[group])
        template = rng.choice(data["organisation_names"][category.value])
        plain = template.format(country=country_name(code, "en"))
        if plain not in taken:
            break
    taken.add(plain)
    domain = _slug(plain)
    ecosoc = None
    if category is OrganisationCategory.NGO_ECOSOC:
        status = rng.choice(
            [EcosocStatus.GENERAL, *[EcosocStatus.SPECIAL] * 4, EcosocStatus.ROSTER]
        )
        ecosoc = (status, rng.randint(1950, 2005))
    return SampleOrganisation(
        name=plain + data["organisation_suffix"],
        category=category,
        country=code,
        acronym=_acronym(plain),
        ecosoc=ecosoc,
        email=f"contact@{domain}.{data['email_domain']}",
        notes=data["notes"]["organisation"],
        domain=domain,
    )


def _acronym(name: str) -> str | None:
    letters = [w[0] for w in re.split(r"[\s,]+", name) if w and w.lower() not in _STOP_WORDS]
    initials = "".join(letter for letter in letters if letter.isalpha()).upper()
    return initials if 2 <= len(initials) <= 8 else None


def _slug(text: str, limit: int = 60) -> str:
    """Lower-case ASCII words joined by hyphens, cut at a word: a valid domain label."""
    words = fold(text).split()
    slug = ""
    for word in words:
        if len(slug) + len(word) + 1 > limit:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug


def _requested_dates(
    data: dict[str, Any], rng: random.Random, day: date, people: list[SamplePerson]
) -> None:
    """Requests came in over the weeks before the hearings; the badges follow their order."""
    first = date.fromisoformat(data["day"]["requested_from"])
    span = (day - first).days * 86400
    start = datetime.combine(first, time(13), tzinfo=UTC)
    for person in people:
        person.requested_at = start + timedelta(seconds=int(rng.random() * span * 0.9))


class _Names:
    """People's names from the pool of their organisation's country, each full name
    (in its Latin form) given once."""

    def __init__(self, data: dict[str, Any], rng: random.Random) -> None:
        self.data = data
        self.rng = rng
        self.used: set[tuple[str, str]] = set()
        self.by_country = {
            code: pool for pool, codes in data["name_pools_by_country"].items() for code in codes
        }
        groups = regional_groups()
        self.by_group = {
            code: data["name_pools_by_group"][group.value] for code, group in groups.items()
        }

    def person(self, organisation: SampleOrganisation, function: list[str]) -> SamplePerson:
        gender = self._gender()
        given, family = self._name(organisation.country, gender)
        native = isinstance(given, list) and self.rng.random() < self.data["native_script_share"]
        given_latin, family_latin = _latin(given), _latin(family)
        typed_given = given[0] if native and isinstance(given, list) else given_latin
        typed_family = family[0] if native and isinstance(family, list) else family_latin
        local = f"{_slug(given_latin, 30)}.{_slug(family_latin, 30)}".replace("-", "")
        return SamplePerson(
            organisation=organisation,
            gender=gender,
            given_name=typed_given,
            family_name=typed_family,
            given_name_latin=given_latin,
            family_name_latin=family_latin,
            title=self.data["titles"].get(gender.value),
            function=function[1] if gender is Gender.FEMALE else function[0],
            email=f"{local}@{organisation.domain}.{self.data['email_domain']}",
            notes=self.data["notes"]["person"],
        )

    def _gender(self) -> Gender:
        shares = self.data["gender_shares"]
        return Gender(self.rng.choices(list(shares), weights=list(shares.values()))[0])

    def _name(self, country: str, gender: Gender) -> tuple[Any, Any]:
        pool = self.data["name_pools"][self.by_country.get(country) or self.by_group[country]]
        # Someone who did not give a gender still has a first name from one list.
        side = gender.value if gender is not Gender.UNDISCLOSED else ""
        side = side or self.rng.choice(["female", "male"])
        while True:
            given = self.rng.choice(pool[side])
            family = self.rng.choice(pool.get(f"family_{side}") or pool["family"])
            # Names too alike would show up as likely duplicates ("Tomáš" and "Tomasz").
            key = (fold(_latin(family)), fold(_latin(given))[:4])
            if key not in self.used:
                self.used.add(key)
                return given, family


def _latin(entry: str | list[str]) -> str:
    """The Latin form of a name entry: the entry itself, or the second of [native, Latin]."""
    return entry if isinstance(entry, str) else entry[1]
