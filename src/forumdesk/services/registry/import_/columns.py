"""The column-mapping step of a registry import: which column holds what.

A file's headers are folded (case, accents and punctuation ignored) and matched
against English and French words offices use ("Nom", "Prénom", "Courriel"…).
Once the user has confirmed a mapping it is remembered in `import_mappings`
under the folded headers joined by "|", so the next file with the same headers
maps itself, category words included ("ONG" → NGO, "Syndicat" → trade union).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.services.common.messages import _
from forumdesk.services.registry.people import RegistryError, parse_category
from forumdesk.store.enums import OrganisationCategory
from forumdesk.store.models import ImportMapping

MAPPING_KIND = "representatives"
IGNORE = "ignore"
FIELDS = (
    "family_name",
    "given_name",
    "full_name",
    "title",
    "gender",
    "function",
    "languages",
    "email",
    "phone",
    "organisation",
    "acronym",
    "category",
    "country",
    "website",
    "notes",
    "badge_number",
    IGNORE,
)

# Folded header words per field. Order matters only between fields: the first field
# whose words contain the header wins ("Nom" is a family name in French lists).
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "family_name": (
        "nom",
        "nom de famille",
        "nom famille",
        "last name",
        "surname",
        "family name",
        "apellido",
        "apellidos",
    ),
    "given_name": ("prenom", "prenoms", "first name", "given name", "forename", "nombre"),
    "full_name": (
        "name",
        "full name",
        "nom complet",
        "nom et prenom",
        "nom prenom",
        "prenom et nom",
        "prenom nom",
        "participant",
        "representative",
        "representant",
        "representante",
        "delegate",
    ),
    "title": ("titre", "title", "civilite", "salutation", "honorific", "titre de civilite"),
    "gender": ("sexe", "genre", "gender", "sex"),
    "function": ("fonction", "position", "function", "job title", "poste", "role", "cargo"),
    "languages": ("langues", "langue", "languages", "language", "langues parlees", "idiomas"),
    "email": (
        "courriel",
        "email",
        "mel",
        "mail",
        "adresse electronique",
        "email address",
        "adresse email",
        "adresse courriel",
        "courrier electronique",
        "correo",
        "correo electronico",
    ),
    "phone": (
        "telephone",
        "phone",
        "tel",
        "mobile",
        "portable",
        "phone number",
        "numero de telephone",
        "telefono",
    ),
    "organisation": (
        "organisation",
        "organization",
        "organisme",
        "institution",
        "entite",
        "entity",
        "delegation",
        "structure",
        "organizacion",
        "employer",
    ),
    "acronym": ("sigle", "acronyme", "acronym", "abbreviation", "siglas"),
    "category": (
        "categorie",
        "category",
        "type",
        "type d organisation",
        "type organisation",
        "organisation type",
        "organization type",
        "categoria",
    ),
    "country": ("pays", "country", "code pays", "country code", "iso", "pais", "etat"),
    "website": ("site web", "site internet", "website", "web", "url", "site", "web site"),
    "notes": ("notes", "note", "remarques", "commentaires", "comments", "observations", "remarks"),
    "badge_number": ("badge", "numero de badge", "badge number", "badge no", "no badge", "n badge"),
}


def fold(text: str | None) -> str:
    """Lower case, no accents, punctuation as single spaces: "E-mail " → "e mail"."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[\W_]+", " ", bare).split())


def header_key(headers: Sequence[str]) -> str:
    """The remembered-mapping key: folded headers joined by "|" (cut to the column width)."""
    return "|".join(fold(h) for h in headers)[:2000]


def _compact(text: str) -> str:
    return text.replace(" ", "")


def header_words(synonyms: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """Folded header word → field, from each field's words (the first field wins)."""
    words: dict[str, str] = {}
    for name, said in synonyms.items():
        for word in said:
            words.setdefault(word, name)
            words.setdefault(_compact(word), name)  # "e mail", "email", "lastname"
    return words


@dataclass(frozen=True)
class Vocabulary:
    """What one kind of import maps columns to: its fields, the header words that name
    them, and the kind its confirmed mappings are remembered under."""

    kind: str
    fields: tuple[str, ...]
    words: Mapping[str, str]


REPRESENTATIVES = Vocabulary(MAPPING_KIND, FIELDS, header_words(_SYNONYMS))


class MappingError(ValueError):
    """A mapping that cannot be used: an unknown field, a column out of range."""


@dataclass
class ColumnMapping:
    """Column index → registry field, and the office's category words → categories.

    Columns not in `fields` are ignored. `default_category` serves rows whose
    organisation is new and whose category cell is empty.
    """

    fields: dict[int, str] = field(default_factory=dict)
    category_values: dict[str, OrganisationCategory] = field(default_factory=dict)
    default_category: OrganisationCategory | None = None
    phone_region: str | None = None
    remembered: bool = False

    def column_of(self, name: str) -> int | None:
        for index, mapped in self.fields.items():
            if mapped == name:
                return index
        return None

    def category(self, raw: str) -> OrganisationCategory:
        """The category this office meant by `raw`: its own words first, then the usual ones."""
        key = fold(raw)
        if key in self.category_values:
            return self.category_values[key]
        return parse_category(raw)

    def as_json(self, headers: Sequence[str] | None = None) -> dict[str, Any]:
        def name(index: int) -> str:
            return headers[index] if headers and index < len(headers) else str(index)

        return {
            "columns": {name(i): f for i, f in sorted(self.fields.items()) if f != IGNORE},
            "category_values": {k: v.value for k, v in sorted(self.category_values.items())},
            "default_category": self.default_category.value if self.default_category else None,
        }


def _check_field(name: str, fields: Sequence[str]) -> str:
    if name not in fields:
        raise MappingError(
            _("unknown field {name!r}; one of {known}").format(name=name, known=", ".join(fields))
        )
    return name


def _category(value: str) -> OrganisationCategory:
    try:
        return OrganisationCategory(value)
    except ValueError:
        try:
            return parse_category(value)
        except RegistryError as error:
            raise MappingError(_("unknown category {value!r}").format(value=value)) from error


def guess_fields(
    headers: Sequence[str], vocabulary: Vocabulary = REPRESENTATIVES
) -> dict[int, str]:
    """Fields from EN/FR header words; each field goes to its first column only."""
    fields: dict[int, str] = {}
    taken: set[str] = set()
    words = vocabulary.words
    for index, header in enumerate(headers):
        key = fold(header)
        guess = words.get(key) or words.get(_compact(key))
        if guess and guess not in taken:
            fields[index] = guess
            taken.add(guess)
    # A "Name" column is split only when the file has no separate name columns.
    if "full_name" in taken and taken & {"family_name", "given_name"}:
        fields = {i: f for i, f in fields.items() if f != "full_name"}
    return fields


def _remembered(session: Session, headers: Sequence[str], kind: str) -> ImportMapping | None:
    return session.scalars(
        select(ImportMapping).where(
            ImportMapping.kind == kind,
            ImportMapping.header_key == header_key(headers),
            ImportMapping.deleted_at.is_(None),
        )
    ).first()


def guess_mapping(
    headers: Sequence[str],
    session: Session | None = None,
    vocabulary: Vocabulary = REPRESENTATIVES,
) -> ColumnMapping:
    """The remembered mapping for exactly these headers, else a guess from their words."""
    if session is not None:
        stored = _remembered(session, headers, vocabulary.kind)
        if stored is not None:
            try:
                mapping = mapping_from_json(
                    {"columns": stored.columns, "category_values": stored.category_values},
                    headers,
                    vocabulary,
                )
            except MappingError:
                pass  # a stored row from an older vocabulary: guess afresh
            else:
                mapping.remembered = True
                return mapping
    return ColumnMapping(fields=guess_fields(headers, vocabulary))


def remember_mapping(
    session: Session,
    headers: Sequence[str],
    mapping: ColumnMapping,
    category_values: Mapping[str, OrganisationCategory | str] | None = None,
    vocabulary: Vocabulary = REPRESENTATIVES,
) -> None:
    """Store (or replace) the mapping for this header set, in the caller's transaction."""
    values = dict(mapping.category_values)
    values.update({fold(k): _category(str(v)) for k, v in (category_values or {}).items()})
    columns = {str(i): f for i, f in sorted(mapping.fields.items())}
    stored_values = {k: v.value for k, v in sorted(values.items())}
    row = _remembered(session, headers, vocabulary.kind)
    if row is None:
        session.add(
            ImportMapping(
                kind=vocabulary.kind,
                header_key=header_key(headers),
                columns=columns,
                category_values=stored_values,
            )
        )
    elif row.columns != columns or row.category_values != stored_values:
        row.columns = columns
        row.category_values = stored_values


def mapping_from_json(
    data: Mapping[str, Any], headers: Sequence[str], vocabulary: Vocabulary = REPRESENTATIVES
) -> ColumnMapping:
    """A mapping written by hand or stored: columns by header text or by 0-based index.

    {"columns": {"Nom": "family_name", "3": "organisation"},
     "category_values": {"ONG": "ngo_ecosoc"}, "default_category": "civil_society"}
    """
    by_header = {fold(h): i for i, h in reversed(list(enumerate(headers)))}
    fields: dict[int, str] = {}
    columns = data.get("columns", {})
    if not isinstance(columns, Mapping):
        raise MappingError(_('"columns" must map a header (or column number) to a field'))
    for column, name in columns.items():
        index = column_index(str(column), headers, by_header)
        fields[index] = _check_field(str(name), vocabulary.fields)
    values = data.get("category_values", {}) or {}
    if not isinstance(values, Mapping):
        raise MappingError(_('"category_values" must map words to categories'))
    default = data.get("default_category")
    return ColumnMapping(
        fields={i: f for i, f in fields.items() if f != IGNORE},
        category_values={fold(str(k)): _category(str(v)) for k, v in values.items()},
        default_category=_category(str(default)) if default else None,
        phone_region=str(data["phone_region"]) if data.get("phone_region") else None,
    )


def column_index(
    column: str, headers: Sequence[str], by_header: Mapping[str, int] | None = None
) -> int:
    """The column a header's text (folded) or a 0-based number names; MappingError if none."""
    if by_header is None:
        by_header = {fold(h): i for i, h in reversed(list(enumerate(headers)))}
    key = fold(column)
    if key in by_header:
        return by_header[key]
    if column.strip().isdigit() and int(column) < len(headers):
        return int(column)
    raise MappingError(_("the file has no column {column!r}").format(column=column))


def load_mapping_file(
    path: Path, headers: Sequence[str], vocabulary: Vocabulary = REPRESENTATIVES
) -> ColumnMapping:
    """Read a JSON mapping file (see mapping_from_json); MappingError names the file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise MappingError(
            _("cannot read the mapping {path}: {error}").format(path=path.name, error=error)
        ) from error
    if not isinstance(data, dict):
        raise MappingError(_("the mapping {path} must be a JSON object").format(path=path.name))
    try:
        return mapping_from_json(data, headers, vocabulary)
    except MappingError as error:
        raise MappingError(
            _("mapping {path}: {error}").format(path=path.name, error=error)
        ) from error


def suggest_categories(
    values: Iterable[str], mapping: ColumnMapping
) -> dict[str, OrganisationCategory | None]:
    """For the mapping step: each distinct category word and what it would become."""
    found: dict[str, OrganisationCategory | None] = {}
    for raw in values:
        text = raw.strip()
        if not text or text in found:
            continue
        try:
            found[text] = mapping.category(text)
        except RegistryError:
            found[text] = None
    return found
