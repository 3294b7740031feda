"""A venue typed as text → its IANA time zone ("Palais des Nations, Genève" → Europe/Zurich).

Three sources of place names, tried in this order:
1. `resources/data/venue_zones.json`: UN duty stations and conference cities in
   several spellings (Geneva, Genève, Ginebra, Женева, جنيف…);
2. the zones' own cities: Europe/Zurich → "Zurich", America/Port_of_Spain →
   "Port of Spain";
3. a country (pycountry, names in the UN languages and a few more) that has a
   single zone in the tz database's `zone.tab`: "Suisse" → Europe/Zurich.

Names are compared folded (case, accents and script ignored) and as whole words,
so "Genève" matches "geneve" but "Romania" does not match "Rom". When the text
names several places, a city beats a country ("Cancún, Mexico"), then the one
written last wins, as in an address ("Geneva Room, UN Headquarters, New York" →
America/New_York), and a longer name beats one it contains ("Saint Petersburg"
over Indiana's "Petersburg").
"""

from __future__ import annotations

import gettext
import json
import unicodedata
import zoneinfo
from functools import cache
from importlib import resources
from pathlib import Path

import pycountry

from forumdesk.paths import resources_dir
from forumdesk.services.registry.text import fold

__all__ = ["all_zones", "venue_zone"]

#: Longest place name, in words, looked up in the venue ("Ciudad de Mexico" is 3).
_MAX_WORDS = 5
#: Zone cities and countries that are ordinary words in a venue's text ("Reunion
#: Room", "Conference Center", "New Jersey") or villages no venue means.
_NOT_PLACES = frozenset(
    {"center", "christmas", "easter", "wake", "midway", "reunion", "jersey", "stanley",
     "knox", "marengo", "vevay", "winamac", "beulah", "monticello", "tell city"}
)  # fmt: skip
#: Country-name languages beyond English: the UN's and those of many delegates.
_LANGUAGES = ("fr", "es", "ru", "ar", "zh_CN", "de", "it", "pt")
#: Regions of zone names that hold cities (not Etc/GMT+5, US/Eastern…).
_REGIONS = frozenset(
    {"Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"}
)


def all_zones() -> list[str]:
    """Every IANA zone a forum may use, sorted: region/city names and UTC."""
    return sorted(z for z in zoneinfo.available_timezones() if "/" in z or z == "UTC")


def venue_zone(venue: str | None) -> str | None:
    """The IANA zone of the place a venue names, or None when it names no known place."""
    text = (venue or "").strip()
    if not text:
        return None
    words = fold(text).split()
    # A city beats a country ("Cancún, Mexico"); then the one written last, the longer
    # name, the better source. The largest key wins.
    best: tuple[bool, int, int, int] | None = None
    zone: str | None = None
    for rank, names in enumerate(reversed(_sources())):
        for start in range(len(words)):
            for count in range(1, min(_MAX_WORDS, len(words) - start) + 1):
                found = names.get(" ".join(words[start : start + count]))
                key = (rank > 0, start + count, count, rank)
                if found is not None and (best is None or key > best):
                    best, zone = key, found
    if zone is None:
        # Chinese and Japanese write no spaces between words: look for the name itself.
        squeezed = _squeeze(text)
        zone = next((z for name, z in _unspaced().items() if name in squeezed), None)
    return zone


@cache
def _sources() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Folded name → zone: the venue list, zone cities, one-zone countries (best first)."""
    return _listed(), _zone_cities(), _countries()


def _listed_raw() -> dict[str, list[str]]:
    path = resources_dir() / "data" / "venue_zones.json"
    data: dict[str, list[str]] = json.loads(path.read_text(encoding="utf-8"))
    return {zone: names for zone, names in data.items() if not zone.startswith("_")}


@cache
def _listed() -> dict[str, str]:
    return {
        key: zone
        for zone, names in _listed_raw().items()
        for key in (fold(name) for name in names)
        if key
    }


def _squeeze(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


@cache
def _unspaced() -> dict[str, str]:
    """The listed names written in scripts without spaces (北京 → Asia/Shanghai)."""
    return {
        _squeeze(name): zone
        for zone, names in _listed_raw().items()
        for name in names
        if any(unicodedata.name(c, "").startswith("CJK") for c in name)
    }


@cache
def _zone_cities() -> dict[str, str]:
    """A zone's last part as a place name ("Europe/Zurich" → "zurich"); the canonical
    zone of `zone.tab` wins over a legacy one naming the same city."""
    canonical = {zone for zones in _country_zones().values() for zone in zones}
    found: dict[str, str] = {}
    for zone in sorted(zoneinfo.available_timezones(), key=lambda z: (z in canonical, z)):
        parts = zone.split("/")
        if len(parts) < 2 or parts[0] not in _REGIONS:
            continue
        key = fold(parts[-1].replace("_", " "))
        if key and key not in _NOT_PLACES:
            found[key] = zone
    return found


@cache
def _countries() -> dict[str, str]:
    """A country's names → its zone, when it has one."""
    zones = _country_zones()
    translations = [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in _LANGUAGES
    ]
    found: dict[str, str] = {}
    for country in pycountry.countries:
        own = zones.get(country.alpha_2, [])
        if len(own) != 1:
            continue
        names = {
            str(getattr(country, field))
            for field in ("name", "common_name", "official_name")
            if getattr(country, field, None)
        }
        names |= {t.gettext(name) for t in translations for name in names}
        for name in names:  # not the codes: "AND" is Andorra, "and" a word
            key = fold(name.split(",")[0])
            if key and key not in _NOT_PLACES:
                found[key] = own[0]
    return found


def _zone_tab() -> str:
    """The tz database's `zone.tab`: from the tzdata package, else the system's."""
    try:
        return (resources.files("tzdata") / "zoneinfo" / "zone.tab").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        for folder in zoneinfo.TZPATH:
            path = Path(folder) / "zone.tab"
            if path.is_file():
                return path.read_text(encoding="utf-8")
    return ""


@cache
def _country_zones() -> dict[str, list[str]]:
    """ISO 3166 alpha-2 → the zones `zone.tab` gives that country."""
    zones: dict[str, list[str]] = {}
    for line in _zone_tab().splitlines():
        if line.startswith("#") or not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) >= 3:
            zones.setdefault(fields[0], []).append(fields[2])
    return zones
