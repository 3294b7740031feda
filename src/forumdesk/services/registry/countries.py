"""Countries: ISO 3166 codes from any code or English/French name, names, UN regional groups."""

from __future__ import annotations

import gettext
import json
from functools import cache

import pycountry

from forumdesk.paths import resources_dir
from forumdesk.services.common.messages import _, base_language
from forumdesk.services.registry.text import RegistryError
from forumdesk.services.registry.text import fold as _fold
from forumdesk.store.enums import RegionalGroup


@cache
def _names_in(language: str) -> gettext.NullTranslations:
    """pycountry's catalogue of country names in `language` (a base code: "zh" is zh_CN)."""
    code = {"zh": "zh_CN"}.get(language, language)
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[code], fallback=True)


def _french() -> gettext.NullTranslations:
    return _names_in("fr")


# Usual names pycountry does not carry (renamed countries, office abbreviations).
_COUNTRY_ALIASES = {
    "uk": "GBR",
    "great britain": "GBR",
    "turkey": "TUR",
    "rdc": "COD",
    "drc": "COD",
    "rd congo": "COD",
    "south korea": "KOR",
    "coree du sud": "KOR",
    "north korea": "PRK",
    "coree du nord": "PRK",
    "ivory coast": "CIV",
    "swaziland": "SWZ",
    "macedonia": "MKD",
    "czech republic": "CZE",
    "republique tcheque": "CZE",
    "burma": "MMR",
    "birmanie": "MMR",
    "cape verde": "CPV",
    "east timor": "TLS",
    "vatican": "VAT",
}


def _unique(index: dict[str, set[str]]) -> dict[str, str]:
    return {key: next(iter(codes)) for key, codes in index.items() if len(codes) == 1 and key}


@cache
def _country_index() -> dict[str, str]:
    """Folded code or name (English or French) → alpha-3.

    Full names and codes win; the short forms before a comma or bracket ("Russie,
    Fédération de" → "Russie") are added only where unambiguous, so "Congo" stays the
    Republic of the Congo and "Korea" matches neither Korea.
    """
    full: dict[str, set[str]] = {}
    short: dict[str, set[str]] = {}
    french = _french()
    for country in pycountry.countries:
        code = country.alpha_3
        names = {
            country.name,
            getattr(country, "common_name", ""),
            getattr(country, "official_name", ""),
        }
        names = {name for name in names if name}
        names |= {french.gettext(name) for name in names}
        for key in names | {country.alpha_2, country.alpha_3, country.numeric}:
            full.setdefault(_fold(key), set()).add(code)
        for name in names:
            for part in (name.split(",")[0], name.split("(")[0]):
                short.setdefault(_fold(part), set()).add(code)
    index = _unique(short)
    index.update(_unique(full))
    index.update(_COUNTRY_ALIASES)
    return index


def country_code(raw: str | None) -> str | None:
    """Alpha-3 from any code or English/French name; None for empty, RegistryError if unknown."""
    text = (raw or "").strip()
    if not text:
        return None
    key = _fold(text)
    index = _country_index()
    if key in index:
        return index[key]
    # A short form that begins exactly one known name: "Royaume-Uni" → the long French name.
    starts = {code for name, code in index.items() if len(key) > 3 and name.startswith(key + " ")}
    if len(starts) == 1:
        return starts.pop()
    try:
        found = pycountry.countries.search_fuzzy(text)
    except LookupError:
        found = []
    # search_fuzzy also matches subdivisions ("Paris" → France): keep only a name match.
    named = [c for c in found if any(key in _fold(n) for n in _names(c))]
    if len(found) == 1 and named:
        return str(named[0].alpha_3)
    raise RegistryError("country", _("unknown country {raw!r}").format(raw=raw))


def _names(country: pycountry.db.Country) -> list[str]:
    fields = ("name", "common_name", "official_name")
    return [str(getattr(country, field)) for field in fields if getattr(country, field, None)]


def _country(alpha3: str) -> pycountry.db.Country:
    country = pycountry.countries.get(alpha_3=alpha3.upper())
    if country is None:
        raise RegistryError("country", _("unknown country {alpha3!r}").format(alpha3=alpha3))
    return country


def alpha2(alpha3: str) -> str:
    return str(_country(alpha3).alpha_2)


def country_name(alpha3: str, language: str = "en") -> str:
    """The short English name ("Bolivia"), or pycountry's name in another language."""
    country = _country(alpha3)
    short = str(getattr(country, "common_name", None) or country.name)
    code = base_language(language)
    if code != "en":
        # The short name where the catalogue has one ("Bolivie"), else the full one.
        names = _names_in(code)
        translated = names.gettext(short)
        return translated if translated != short else names.gettext(str(country.name))
    return short


@cache
def _regional_groups() -> dict[str, RegionalGroup]:
    path = resources_dir() / "data" / "un_regional_groups.json"
    groups: dict[str, list[str]] = json.loads(path.read_text(encoding="utf-8"))
    return {code: RegionalGroup(group) for group, codes in groups.items() for code in codes}


def regional_groups() -> dict[str, RegionalGroup]:
    """Alpha-3 of every Member State → its UN regional group (a copy)."""
    return dict(_regional_groups())


def regional_group(alpha3: str | None) -> RegionalGroup | None:
    """The UN regional group of a Member State; None for others (observers, territories)."""
    if not alpha3:
        return None
    return _regional_groups().get(alpha3.upper())
