"""Work on the interface's .ts catalogues without an XML rewrite (lupdate's layout stays).

    python packaging/ts_catalogue.py stats
    python packaging/ts_catalogue.py todo ar [--offset 0] [--limit 150] > todo.json
    python packaging/ts_catalogue.py check ar done.json
    python packaging/ts_catalogue.py apply ar done.json
    python packaging/ts_catalogue.py fill fr other_fr.ts [--any-context] [--any-mnemonic]

`todo` lists the unfinished messages of one language as JSON: a key, the context (the
class), the English source, the translator's comment and, for a `%n` message, how many
plural forms the language has. `apply` takes a JSON object {key: text} ({key: [forms]}
for a plural) and marks those messages finished. `fill` copies the finished messages of
another file of the same language into the unfinished ones (after a merge).
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "translations"
_CONTEXT = re.compile(r"(<context>\s*<name>)(.*?)(</name>)(.*?)(</context>)", re.S)
_MESSAGE = re.compile(r"<message( numerus=\"yes\")?>(.*?)</message>", re.S)
_TRANSLATION = re.compile(r"<translation([^>]*?)(/>|>(.*?)</translation>)", re.S)


@dataclass
class Message:
    context: str
    source: str
    comment: str
    plural: bool
    note: str
    forms: int
    finished: bool
    translation: str | list[str]

    @property
    def key(self) -> str:
        text = "\x1f".join((self.context, self.source, self.comment))
        return hashlib.sha1(text.encode()).hexdigest()[:10]


def _field(body: str, tag: str) -> str:
    found = re.search(rf"<{tag}>(.*?)</{tag}>", body, re.S)
    return html.unescape(found.group(1)) if found else ""


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _read(context: str, plural: bool, body: str) -> Message | None:
    found = _TRANSLATION.search(body)
    if found is None:
        return None
    attributes, inner = found.group(1), found.group(3) or ""
    if 'type="vanished"' in attributes or 'type="obsolete"' in attributes:
        return None
    forms = [html.unescape(f) for f in re.findall(r"<numerusform>(.*?)</numerusform>", inner, re.S)]
    numerus_slots = inner.count("<numerusform")
    return Message(
        context=context,
        source=_field(body, "source"),
        comment=_field(body, "comment"),
        plural=plural,
        note=_field(body, "extracomment"),
        forms=max(numerus_slots, 1) if plural else 0,
        finished='type="unfinished"' not in attributes,
        translation=forms if plural else html.unescape(inner),
    )


def messages(text: str) -> Iterator[Message]:
    for context in _CONTEXT.finditer(text):
        name = html.unescape(context.group(2))
        for message in _MESSAGE.finditer(context.group(4)):
            read = _read(name, bool(message.group(1)), message.group(2))
            if read is not None:
                yield read


def rewrite(text: str, change: Callable[[Message], str | list[str] | None]) -> tuple[str, int]:
    """`text` with each message for which `change` returns a translation marked finished."""
    changed = 0

    def one_message(found: re.Match[str], context: str) -> str:
        nonlocal changed
        message = _read(context, bool(found.group(1)), found.group(2))
        new = change(message) if message is not None else None
        if new is None or message is None:
            return found.group(0)
        if message.plural:
            forms = new if isinstance(new, list) else [new] * message.forms
            inner = "".join(f"\n            <numerusform>{_escape(f)}</numerusform>" for f in forms)
            element = f"<translation>{inner}\n        </translation>"
        else:
            element = f"<translation>{_escape(str(new))}</translation>"
        changed += 1
        body = _TRANSLATION.sub(lambda _m: element, found.group(2), count=1)
        return f"<message{found.group(1) or ''}>{body}</message>"

    def one_context(found: re.Match[str]) -> str:
        name = html.unescape(found.group(2))
        body = _MESSAGE.sub(lambda m: one_message(m, name), found.group(4))
        return found.group(1) + found.group(2) + found.group(3) + body + found.group(5)

    return _CONTEXT.sub(one_context, text), changed


def catalogue(language: str) -> Path:
    path = Path(language)
    return path if path.suffix == ".ts" else FOLDER / f"forumdesk_{language}.ts"


def stats() -> None:
    for path in sorted(FOLDER.glob("forumdesk_*.ts")):
        found = list(messages(path.read_text(encoding="utf-8")))
        done = sum(m.finished for m in found)
        share = 100 * done / len(found) if found else 100.0
        print(f"{path.name}: {done}/{len(found)} finished ({share:.1f}%)")


def todo(language: str, offset: int, limit: int) -> None:
    found = [m for m in messages(catalogue(language).read_text(encoding="utf-8")) if not m.finished]
    out = [
        {"key": m.key, "context": m.context, "source": m.source}
        | ({"comment": m.comment} if m.comment else {})
        | ({"note": m.note} if m.note else {})
        | ({"plural_forms": m.forms} if m.plural else {})
        for m in found[offset : offset + limit]
    ]
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print(f"\n{len(found)} unfinished in all", file=sys.stderr)


_PLACEHOLDERS = re.compile(r"\{[a-z_0-9]*\}|%L?n|%L?\d|<[^>]+>")


def _problems(message: Message, new: object) -> list[str]:
    """What is wrong with `new` as the translation of `message`."""
    if message.plural and (not isinstance(new, list) or len(new) != message.forms):
        return [f"needs a list of {message.forms} plural forms"]
    if not message.plural and not isinstance(new, str):
        return ["needs one string"]
    texts = new if isinstance(new, list) else [new]
    problems = []
    wanted = sorted(set(_PLACEHOLDERS.findall(message.source)))
    for text in texts:
        if not str(text).strip():
            problems.append("is empty")
        found = sorted(set(_PLACEHOLDERS.findall(str(text))))
        counted = {"%n", "%Ln"}
        if found != wanted and not (message.plural and set(found) == set(wanted) - counted):
            problems.append(f"placeholders {found} differ from the source's {wanted}")
        if _mnemonics(message.source) != _mnemonics(str(text)):
            problems.append("must keep exactly the source's & mnemonics")
    return problems


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&(?![a-z]+;|#|\s)", text.replace("&&", "")))


def check(language: str, files: list[str]) -> None:
    known = {m.key: m for m in messages(catalogue(language).read_text(encoding="utf-8"))}
    bad = 0
    for name in files:
        for key, new in json.loads(Path(name).read_text(encoding="utf-8")).items():
            message = known.get(key)
            problems = ["unknown key"] if message is None else _problems(message, new)
            for problem in problems:
                bad += 1
                source = message.source if message else ""
                print(f"{name}: {key} ({source[:60]!r}): {problem}")
    print(f"{bad} problems")


def apply(language: str, files: list[str]) -> None:
    wanted: dict[str, str | list[str]] = {}
    for name in files:
        wanted.update(json.loads(Path(name).read_text(encoding="utf-8")))
    path = catalogue(language)

    def change(message: Message) -> str | list[str] | None:
        new = wanted.get(message.key)
        if new is None:
            return None
        problems = _problems(message, new)
        if problems:
            print(f"{message.key}: {'; '.join(problems)}", file=sys.stderr)
            return None
        return new

    text, changed = rewrite(path.read_text(encoding="utf-8"), change)
    path.write_text(text, encoding="utf-8")
    print(f"{path.name}: {changed} messages finished")


def _unmarked(text: str) -> str:
    return re.sub(r"&(?=[^&\s])", "", text)


def fill(target: str, sources: list[str], any_context: bool, any_mnemonic: bool) -> None:
    """With `any_context`, a message moved to another class keeps its translation; with
    `any_mnemonic`, one whose English access key moved keeps it (and its own key)."""

    def key(message: Message) -> tuple[str, str, str]:
        source = _unmarked(message.source) if any_mnemonic else message.source
        return ("" if any_context else message.context, source, message.comment)

    known: dict[tuple[str, str, str], str | list[str]] = {}
    for source in sources:
        for m in messages(Path(source).read_text(encoding="utf-8")):
            if m.finished:
                known[key(m)] = m.translation
    path = catalogue(target)

    def change(message: Message) -> str | list[str] | None:
        if message.finished:
            return None
        found = known.get(key(message))
        return None if found is None or _problems(message, found) else found

    text, changed = rewrite(path.read_text(encoding="utf-8"), change)
    path.write_text(text, encoding="utf-8")
    print(f"{path.name}: {changed} messages filled")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("stats")
    listing = commands.add_parser("todo")
    listing.add_argument("language")
    listing.add_argument("--offset", type=int, default=0)
    listing.add_argument("--limit", type=int, default=100_000)
    checking = commands.add_parser("check")
    checking.add_argument("language")
    checking.add_argument("files", nargs="+")
    applying = commands.add_parser("apply")
    applying.add_argument("language")
    applying.add_argument("files", nargs="+")
    filling = commands.add_parser("fill")
    filling.add_argument("target")
    filling.add_argument("sources", nargs="+")
    filling.add_argument("--any-context", action="store_true")
    filling.add_argument("--any-mnemonic", action="store_true")
    options = parser.parse_args()
    if options.command == "stats":
        stats()
    elif options.command == "todo":
        todo(options.language, options.offset, options.limit)
    elif options.command == "check":
        check(options.language, options.files)
    elif options.command == "apply":
        apply(options.language, options.files)
    else:
        fill(options.target, options.sources, options.any_context, options.any_mnemonic)


if __name__ == "__main__":
    main()
