"""Bring the services' message catalogues (src/forumdesk/locale/*/LC_MESSAGES/forumdesk.po)
up to date with the messages marked in src/forumdesk/services, exports and cli: new
messages are added untranslated, gone ones dropped, translations kept. A catalogue is
made for each UN language that has none yet. Then translate the empty `msgstr`s;
tests/core/test_service_messages.py fails while a French one is missing.

    python packaging/update_service_messages.py

The marks (services/common/messages.py): `_(m)`, `N_(m)`, `gettext_in(language, m)`,
`pgettext(context, m)`, `pgettext_in(language, context, m)`, `ngettext(singular,
plural, n)` and `ngettext_in(language, singular, plural, n)`. A `# TRANSLATORS:`
comment just above a message goes into the catalogue for the translator.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

SRC = Path(__file__).resolve().parent.parent / "src" / "forumdesk"
#: Where the marked messages live: the layers without Qt, and the command line.
ROOTS = ("services", "exports", "cli")
#: The UN's official languages besides the source's (English).
LANGUAGES = ("ar", "es", "fr", "ru", "zh")
KEYWORDS = {
    "_": None,
    "N_": None,
    "gettext_in": (2,),
    "pgettext": ((1, "c"), 2),
    "pgettext_in": ((2, "c"), 3),
    "ngettext": (1, 2),
    "ngettext_in": (2, 3),
}
COMMENT_TAGS = ("TRANSLATORS:",)


def extract() -> Iterator[tuple[str, int, str | tuple[str, ...], list[str], str | None]]:
    """(file under src/forumdesk, line, message, translator comments, context), in order."""
    for root in ROOTS:
        for filename, line, message, comments, context in extract_from_dir(
            str(SRC / root),
            method_map=[("**.py", "python")],
            keywords=KEYWORDS,
            comment_tags=COMMENT_TAGS,
            strip_comment_tags=True,
        ):
            yield f"{root}/{filename}", line, message, comments, context


def main() -> None:
    found = list(extract())
    for language in LANGUAGES:
        po = SRC / "locale" / language / "LC_MESSAGES" / "forumdesk.po"
        kept: dict[tuple[object, str | None], object] = {}
        created = None  # kept, so that a run that finds nothing new changes nothing
        if po.is_file():
            with po.open("rb") as stream:
                old = read_po(stream)
            kept = {(m.id, m.context): m.string for m in old if m.id and m.string}
            created = old.creation_date
        po.parent.mkdir(parents=True, exist_ok=True)
        catalogue = Catalog(
            locale=language, domain="forumdesk", project="ForumDesk", creation_date=created
        )
        for filename, line, message, comments, context in found:
            catalogue.add(
                message,
                kept.get((message, context), "" if isinstance(message, str) else ()),
                locations=[(filename, line)],
                auto_comments=comments,
                flags=("python-brace-format",) if "{" in str(message) else (),
                context=context,
            )
        with po.open("wb") as stream:
            write_po(stream, catalogue, width=100, sort_by_file=False)
        missing = sum(1 for m in catalogue if m.id and not _finished(m.string))
        print(f"{po.relative_to(SRC.parent.parent)}: {missing} to translate")


def _finished(string: object) -> bool:
    if isinstance(string, tuple | list):
        return bool(string) and all(string)
    return bool(string)


if __name__ == "__main__":
    main()
