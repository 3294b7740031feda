"""A practice's region: the UN's geographic regions (M49), named in any language by
CLDR (through babel), and found from the practice's countries when not given."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache

from babel import Locale, UnknownLocaleError

from forumdesk.paths import resources_dir
from forumdesk.services.common.messages import base_language, language
from forumdesk.store.enums import WorldRegion

#: The M49 code CLDR names each region by ("001" is the world).
_M49 = {
    WorldRegion.AFRICA: "002",
    WorldRegion.AMERICAS: "019",
    WorldRegion.ASIA: "142",
    WorldRegion.EUROPE: "150",
    WorldRegion.OCEANIA: "009",
    WorldRegion.GLOBAL: "001",
}


@cache
def _regions() -> dict[str, WorldRegion]:
    path = resources_dir() / "data" / "m49_regions.json"
    data: dict[str, list[str]] = json.loads(path.read_text(encoding="utf-8"))
    return {
        code: WorldRegion(region)
        for region, codes in data.items()
        if not region.startswith("_")
        for code in codes
    }


def country_region(alpha3: str) -> WorldRegion | None:
    """The region of one country (None for Antarctica or an unknown code)."""
    return _regions().get(alpha3.upper())


def region_of(countries: Iterable[str]) -> WorldRegion | None:
    """The one region all the countries lie in; "global" when they span several;
    None when there is no country."""
    found = {country_region(code) for code in countries} - {None}
    if not found:
        return None
    return found.pop() if len(found) == 1 else WorldRegion.GLOBAL


def region_label(region: WorldRegion, language_code: str | None = None) -> str:
    """ "Africa", "Afrique", "أفريقيا"…: CLDR's name of the region in the language."""
    code = base_language(language_code or language())
    try:
        locale = Locale.parse(code)
    except (ValueError, UnknownLocaleError):
        locale = Locale.parse("en")
    m49 = _M49[WorldRegion(region)]
    name = str(locale.territories.get(m49) or Locale.parse("en").territories[m49])
    return name[:1].upper() + name[1:]  # CLDR writes "world" in lower case in English
