"""Registry vocabulary: names in any script, emails, phones, countries, categories, genders.

Pure functions (no session): the editor, the importers and the CLI all validate and
normalise through here so that a record means the same thing whichever way it came in.
Text is kept exactly as typed; only surrounding whitespace is trimmed. Latin forms and
sort keys are derived alongside, never in place of, the typed text.
"""

from __future__ import annotations

import functools
import logging
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import phonenumbers
from email_validator import EmailNotValidError, validate_email

# Countries and the basics live in their own modules; this one re-exports them so
# callers have one place to import the registry vocabulary from.
from forumdesk.services.common.messages import N_, _, available_languages, gettext_in
from forumdesk.services.registry.countries import (
    alpha2,
    country_code,
    country_name,
    regional_group,
    regional_groups,
)
from forumdesk.services.registry.text import (
    FieldProblem,
    RegistryError,
    RegistryProblems,
    clean_text,
    latin,
    sort_key,
)
from forumdesk.services.registry.text import fold as _fold
from forumdesk.store.enums import EcosocStatus, Gender, OrganisationCategory

_log = logging.getLogger(__name__)

STATE_CATEGORIES = frozenset(
    {OrganisationCategory.MEMBER_STATE, OrganisationCategory.OBSERVER_STATE}
)
FIRST_ECOSOC_YEAR = 1946  # ECOSOC granted the first consultative statuses in 1946.


# --- email and phone ---------------------------------------------------------------------


def normalise_email(raw: str | None) -> str | None:
    text = (raw or "").strip()
    if not text:
        return None
    try:
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError as error:
        # The library's reason is English and technical: the log keeps it, the user reads ours.
        _log.info("e-mail address refused: %s", error)
        raise RegistryError("email", _("not a valid e-mail address")) from error


def normalise_phone(raw: str | None, region: str | None = None) -> str | None:
    """E.164 form; `region` (alpha-2, or alpha-3) reads national numbers without a + prefix."""
    text = (raw or "").strip()
    if not text:
        return None
    if region and len(region) == 3:
        region = alpha2(region)
    try:
        number = phonenumbers.parse(text, region.upper() if region else None)
    except phonenumbers.NumberParseException as error:
        _log.info("phone number refused: %s", error)
        reason = (
            _("no country: write it with +code")
            if not region
            else _("not a valid number: {text!r}").format(text=text)
        )
        raise RegistryError("phone", reason) from error
    # Validity (not mere length) catches typos such as a digit too many or a wrong prefix.
    if not phonenumbers.is_valid_number(number):
        raise RegistryError("phone", _("not a valid number: {text!r}").format(text=text))
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


# --- categories --------------------------------------------------------------------------

_LABELS: dict[OrganisationCategory, str] = {
    OrganisationCategory.MEMBER_STATE: N_("Member State"),
    OrganisationCategory.OBSERVER_STATE: N_("Observer State"),
    OrganisationCategory.INTERGOVERNMENTAL: N_("Intergovernmental organisation"),
    OrganisationCategory.UN_ENTITY: N_("UN entity or agency"),
    OrganisationCategory.NGO_ECOSOC: N_("NGO in consultative status with ECOSOC"),
    OrganisationCategory.CIVIL_SOCIETY: N_("Civil-society organisation"),
    OrganisationCategory.TRADE_UNION: N_("Trade union"),
    OrganisationCategory.MIGRANT_ASSOCIATION: N_("Migrant association or diaspora network"),
    OrganisationCategory.PRIVATE_SECTOR: N_("Private sector"),
    OrganisationCategory.FINANCIAL_INSTITUTION: N_("Financial institution"),
    OrganisationCategory.RESEARCH: N_("Research and academia"),
    OrganisationCategory.YOUTH: N_("Youth organisation"),
}

# Words offices write in their lists, tried in order: the more specific phrases first
# ("Observer State" before "State", "ECOSOC" before "NGO").
_CATEGORY_WORDS: tuple[tuple[OrganisationCategory, tuple[str, ...]], ...] = (
    (OrganisationCategory.NGO_ECOSOC, ("ecosoc", "statut consultatif", "consultative status")),
    (OrganisationCategory.OBSERVER_STATE, ("observateur", "observer", "observatrice")),
    (
        OrganisationCategory.UN_ENTITY,
        ("nations unies", "united nations", "un agency", "un entity", "onu", "un", "agence onu"),
    ),
    (
        OrganisationCategory.INTERGOVERNMENTAL,
        ("intergouvernementale", "intergouvernemental", "intergovernmental", "igo", "oig"),
    ),
    (
        OrganisationCategory.FINANCIAL_INSTITUTION,
        ("institution financiere", "financial institution", "bank", "banque", "financiere"),
    ),
    (
        OrganisationCategory.TRADE_UNION,
        ("syndicat", "syndicale", "syndical", "trade union", "union", "labour", "labor"),
    ),
    (
        OrganisationCategory.MIGRANT_ASSOCIATION,
        ("diaspora", "association de migrants", "migrant association", "migrants", "migrant"),
    ),
    (OrganisationCategory.YOUTH, ("jeunesse", "youth", "jeunes")),
    (
        OrganisationCategory.RESEARCH,
        (
            "universite",
            "university",
            "universitaire",
            "recherche",
            "research",
            "academia",
            "academic",
            "think tank",
        ),
    ),
    (
        OrganisationCategory.PRIVATE_SECTOR,
        ("secteur prive", "private sector", "entreprise", "business", "company", "societe privee"),
    ),
    (
        OrganisationCategory.MEMBER_STATE,
        ("etat membre", "member state", "state", "etat", "gouvernement", "government"),
    ),
    (
        OrganisationCategory.CIVIL_SOCIETY,
        ("ong", "ngo", "societe civile", "civil society", "cso", "osc", "association"),
    ),
)


def parse_category(raw: str) -> OrganisationCategory:
    """The category an office meant: enum value, its label in any catalogue's language, or
    usual words."""
    key = _fold(raw or "")
    if not key:
        raise RegistryError("category", _("required"))
    if key in _label_keys():
        return _label_keys()[key]
    padded = f" {key} "
    for category, words in _CATEGORY_WORDS:
        if any(f" {word} " in padded for word in words):
            return category
    raise RegistryError("category", _("unknown category {raw!r}").format(raw=raw))


@functools.cache
def _label_keys() -> dict[str, OrganisationCategory]:
    """Folded enum values and labels, in English and every catalogue's language."""
    keys: dict[str, OrganisationCategory] = {}
    for language in ["en", *available_languages()]:
        for category, label in _LABELS.items():
            keys.setdefault(_fold(gettext_in(language, label)), category)
    for category in _LABELS:
        keys[_fold(category.value)] = category
    return keys


def category_label(category: OrganisationCategory, language: str = "en") -> str:
    """The category's name in `language` (a document's), from the services' catalogue."""
    return gettext_in(language, _LABELS[category])


# --- gender ------------------------------------------------------------------------------

_GENDER_WORDS: dict[str, Gender] = {
    **dict.fromkeys(
        (
            "f",
            "female",
            "femme",
            "woman",
            "w",
            "mme",
            "ms",
            "mrs",
            "madame",
            "mlle",
            "miss",
            "feminin",
        ),
        Gender.FEMALE,
    ),
    **dict.fromkeys(("m", "male", "homme", "man", "mr", "monsieur", "masculin", "h"), Gender.MALE),
    **dict.fromkeys(("other", "autre", "non binary", "non binaire", "x"), Gender.OTHER),
    **dict.fromkeys(
        ("undisclosed", "non communique", "non precise", "prefer not to say", "n a", "na"),
        Gender.UNDISCLOSED,
    ),
}


def parse_gender(raw: str | None) -> Gender:
    """Empty → undisclosed; an unknown word is an error rather than a silent guess."""
    key = _fold(raw or "")
    if not key:
        return Gender.UNDISCLOSED
    for gender in Gender:
        if key == gender.value:
            return gender
    if key in _GENDER_WORDS:
        return _GENDER_WORDS[key]
    raise RegistryError("gender", _("unknown gender {raw!r}").format(raw=raw))


# --- records -----------------------------------------------------------------------------


@dataclass(frozen=True)
class OrganisationInput:
    name: str
    category: OrganisationCategory
    acronym: str | None = None
    country: str | None = None  # raw: any form country_code accepts
    ecosoc_status: EcosocStatus | None = None
    ecosoc_year: int | None = None
    website: str | None = None
    address: str | None = None
    email: str | None = None
    phone: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class RepresentativeInput:
    given_name: str
    family_name: str
    organisation_id: uuid.UUID | None = None
    title: str | None = None
    gender: Gender = Gender.UNDISCLOSED
    function: str | None = None
    languages: str | None = None
    email: str | None = None
    phone: str | None = None
    given_name_latin: str | None = None
    family_name_latin: str | None = None
    notes: str | None = None


_WEBSITE = re.compile(r"^(https?://)?[^\s/@:]+(\.[^\s/@:.]+)+(:\d+)?(/\S*)?$", re.IGNORECASE)


def _too_long(problems: list[FieldProblem], field: str, value: str | None, limit: int) -> None:
    if value and len(value.strip()) > limit:
        problems.append(FieldProblem(field, _("at most {limit} characters").format(limit=limit)))


def _check(problems: list[FieldProblem], action: Callable[[], object]) -> None:
    try:
        action()
    except RegistryError as error:
        problems.append(FieldProblem(error.field, error.reason))


def check_organisation(data: OrganisationInput) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if not (data.name or "").strip():
        problems.append(FieldProblem("name", _("required")))
    _too_long(problems, "name", data.name, 400)
    _too_long(problems, "acronym", data.acronym, 40)
    _too_long(problems, "website", data.website, 400)
    if data.category in STATE_CATEGORIES and not (data.country or "").strip():
        problems.append(FieldProblem("country", _("required for a State")))
    _check(problems, lambda: country_code(data.country))
    if data.ecosoc_year is not None:
        if data.ecosoc_status is None:
            problems.append(FieldProblem("ecosoc_year", _("only with an ECOSOC status")))
        elif not FIRST_ECOSOC_YEAR <= data.ecosoc_year <= date.today().year:
            problems.append(
                FieldProblem(
                    "ecosoc_year",
                    _("between {first_ecosoc_year} and {year}").format(
                        first_ecosoc_year=FIRST_ECOSOC_YEAR, year=date.today().year
                    ),
                )
            )
    website = (data.website or "").strip()
    if website and not _WEBSITE.match(website):
        problems.append(
            FieldProblem("website", _("not a web address: {website!r}").format(website=website))
        )
    # Empty ones are valid: skipping them spares an import a country look-up per row.
    if data.email:
        _check(problems, lambda: normalise_email(data.email))
    if data.phone:
        _check(problems, lambda: normalise_phone(data.phone, _region_or_none(data.country)))
    return problems


def _region_or_none(country: str | None) -> str | None:
    try:
        code = country_code(country)
    except RegistryError:
        return None
    return alpha2(code) if code else None


_REPRESENTATIVE_LIMITS = (
    ("given_name", 200),
    ("family_name", 200),
    ("given_name_latin", 200),
    ("family_name_latin", 200),
    ("title", 80),
    ("function", 120),
    ("languages", 120),
)


def check_representative(
    data: RepresentativeInput, region: str | None = None
) -> list[FieldProblem]:
    """All problems; the given name may be empty (mononyms), the family name may not."""
    problems: list[FieldProblem] = []
    if not (data.family_name or "").strip():
        problems.append(FieldProblem("family_name", _("required")))
    for field, limit in _REPRESENTATIVE_LIMITS:
        value = getattr(data, field)
        # As _too_long, inlined: an import checks every field of 100k rows.
        if value and len(value) > limit and len(value.strip()) > limit:
            problems.append(
                FieldProblem(field, _("at most {limit} characters").format(limit=limit))
            )
    if data.email:  # empty ones are valid
        _check(problems, lambda: normalise_email(data.email))
    if data.phone:
        _check(problems, lambda: normalise_phone(data.phone, region))
    return problems


__all__ = [
    "FIRST_ECOSOC_YEAR",
    "STATE_CATEGORIES",
    "FieldProblem",
    "OrganisationInput",
    "RegistryError",
    "RegistryProblems",
    "RepresentativeInput",
    "alpha2",
    "category_label",
    "check_organisation",
    "check_representative",
    "clean_text",
    "country_code",
    "country_name",
    "latin",
    "normalise_email",
    "normalise_phone",
    "parse_category",
    "parse_gender",
    "regional_group",
    "regional_groups",
    "sort_key",
]
