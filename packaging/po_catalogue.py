"""The services' catalogues (src/forumdesk/locale/<language>/LC_MESSAGES/forumdesk.po) as
JSON for translators, the twin of ts_catalogue.py for the interface's .ts files.

    python packaging/po_catalogue.py stats
    python packaging/po_catalogue.py todo ar [--offset 0] [--limit 150] > todo.json
    python packaging/po_catalogue.py check ar done.json
    python packaging/po_catalogue.py apply ar done.json

`todo` lists the untranslated messages: a key, the English (`source`, and `plural` for
a counted message with the number of `plural_forms` the language has), the context,
the translator's comments and the French. `apply` takes {key: text} ({key: [forms]}
for a counted message).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po, write_po

LOCALE = Path(__file__).resolve().parent.parent / "src" / "forumdesk" / "locale"
_FIELDS = re.compile(r"\{([a-z_0-9]*)(?:[:!][^}]*)?\}")  # the field names


def _path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / "forumdesk.po"


def _read(language: str) -> Catalog:
    with _path(language).open("rb") as stream:
        return read_po(stream, locale=language)


def _write(language: str, catalogue: Catalog) -> None:
    # As packaging/update_service_messages.py writes it, so that neither rewrites the other.
    with _path(language).open("wb") as stream:
        write_po(stream, catalogue, width=100, sort_by_file=False)


def _key(message: Message) -> str:
    ids = message.id if isinstance(message.id, tuple) else (message.id,)
    text = "\x1f".join((message.context or "", *ids))
    return hashlib.sha1(text.encode()).hexdigest()[:10]


def _finished(message: Message) -> bool:
    string = message.string
    return all(string) if isinstance(string, tuple | list) else bool(string)


def _entries(catalogue: Catalog) -> list[Message]:
    return [m for m in catalogue if m.id]


def stats() -> None:
    for po in sorted(LOCALE.glob("*/LC_MESSAGES/forumdesk.po")):
        language = po.parent.parent.name
        entries = _entries(_read(language))
        done = sum(_finished(m) for m in entries)
        print(f"{language}: {done}/{len(entries)} finished ({100 * done / len(entries):.1f}%)")


def todo(language: str, offset: int, limit: int) -> None:
    catalogue = _read(language)
    french = {_key(m): m.string for m in _entries(_read("fr"))}
    out: list[dict[str, Any]] = []
    for message in [m for m in _entries(catalogue) if not _finished(m)][offset : offset + limit]:
        entry: dict[str, Any] = {"key": _key(message)}
        if isinstance(message.id, tuple):
            entry |= {"source": message.id[0], "plural": message.id[1]}
            entry["plural_forms"] = catalogue.num_plurals
        else:
            entry["source"] = message.id
        if message.context:
            entry["context"] = message.context
        if message.auto_comments:
            entry["note"] = " ".join(message.auto_comments)
        entry["fr"] = french.get(_key(message))
        out.append(entry)
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print(file=sys.stdout)


def _problems(message: Message, new: object, forms: int) -> list[str]:
    if isinstance(message.id, tuple):
        if not isinstance(new, list) or len(new) != forms:
            return [f"needs a list of {forms} plural forms"]
        wanted = set(_FIELDS.findall(message.id[1]))
        texts = [str(t) for t in new]
    elif not isinstance(new, str):
        return ["needs one string"]
    else:
        wanted, texts = set(_FIELDS.findall(message.id)), [new]
    problems = []
    for text in texts:
        if not text.strip():
            problems.append("is empty")
        found = set(_FIELDS.findall(text))
        # A counted message's one-form may leave the count out ("une note").
        if found != wanted and not (isinstance(message.id, tuple) and found < wanted):
            problems.append(f"fields {sorted(found)} differ from the source's {sorted(wanted)}")
    return problems


def _wanted(files: list[str]) -> dict[str, Any]:
    wanted: dict[str, Any] = {}
    for name in files:
        wanted.update(json.loads(Path(name).read_text(encoding="utf-8")))
    return wanted


def check(language: str, files: list[str]) -> None:
    catalogue = _read(language)
    known = {_key(m): m for m in _entries(catalogue)}
    bad = 0
    for key, new in _wanted(files).items():
        message = known.get(key)
        problems = (
            ["unknown key"] if message is None else _problems(message, new, catalogue.num_plurals)
        )
        for problem in problems:
            bad += 1
            print(f"{key}: {problem}")
    print(f"{bad} problems")


def apply(language: str, files: list[str]) -> None:
    catalogue = _read(language)
    wanted = _wanted(files)
    changed = 0
    for message in _entries(catalogue):
        new = wanted.get(_key(message))
        if new is None:
            continue
        problems = _problems(message, new, catalogue.num_plurals)
        if problems:
            print(f"{_key(message)}: {'; '.join(problems)}", file=sys.stderr)
            continue
        message.string = tuple(new) if isinstance(new, list) else new
        changed += 1
    _write(language, catalogue)
    print(f"{language}: {changed} messages translated")


def fill(language: str, sources: list[str]) -> None:
    """Unfinished messages take their translation from other .po files of the same
    language (another branch's catalogue, after a merge)."""
    catalogue = _read(language)
    known: dict[str, Any] = {}
    for source in sources:
        with Path(source).open("rb") as stream:
            for message in _entries(read_po(stream, locale=language)):
                if _finished(message):
                    known.setdefault(_key(message), message.string)
    changed = 0
    for message in _entries(catalogue):
        if not _finished(message) and _key(message) in known:
            message.string = known[_key(message)]
            changed += 1
    _write(language, catalogue)
    print(f"{language}: {changed} messages filled")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("stats")
    listing = commands.add_parser("todo")
    listing.add_argument("language")
    listing.add_argument("--offset", type=int, default=0)
    listing.add_argument("--limit", type=int, default=100_000)
    for name in ("check", "apply", "fill"):
        command = commands.add_parser(name)
        command.add_argument("language")
        command.add_argument("files", nargs="+")
    options = parser.parse_args()
    if options.command == "stats":
        stats()
    elif options.command == "todo":
        todo(options.language, options.offset, options.limit)
    elif options.command == "check":
        check(options.language, options.files)
    elif options.command == "fill":
        fill(options.language, options.files)
    else:
        apply(options.language, options.files)


if __name__ == "__main__":
    main()
