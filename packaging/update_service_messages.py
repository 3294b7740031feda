"""Bring the services' message catalogues (src/forumdesk/locale/*/LC_MESSAGES/forumdesk.po)
up to date with the `_()` messages in src/forumdesk/services: new messages are added
untranslated, gone ones dropped, translations kept. Then translate the empty `msgstr`s;
tests/core/test_service_messages.py fails while one is missing.

    python packaging/update_service_messages.py
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

SRC = Path(__file__).resolve().parent.parent / "src" / "forumdesk"


def main() -> None:
    found = list(
        extract_from_dir(
            str(SRC / "services"),
            method_map=[("**.py", "python")],
            keywords={"_": None, "gettext_in": (2,)},
        )
    )
    for po in sorted((SRC / "locale").glob("*/LC_MESSAGES/forumdesk.po")):
        language = po.parent.parent.name
        with po.open("rb") as stream:
            kept = {m.id: m.string for m in read_po(stream) if m.id and m.string}
        catalogue = Catalog(locale=language, domain="forumdesk", project="ForumDesk")
        for filename, line, message, _comments, _context in found:
            catalogue.add(
                message,
                kept.get(message, ""),
                locations=[(f"services/{filename}", line)],
                flags=("python-brace-format",) if "{" in message else (),
            )
        with po.open("wb") as stream:
            write_po(stream, catalogue, width=100)
        missing = sum(1 for m in catalogue if m.id and not m.string)
        print(f"{po.relative_to(SRC.parent.parent)}: {missing} to translate")


if __name__ == "__main__":
    main()
