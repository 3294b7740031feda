"""Copy CHANGELOG.md's releases into the AppStream metadata, so the two never disagree.

    python packaging/metainfo.py            # rewrite the <releases> block
    python packaging/metainfo.py --check    # exit 1 when it is out of date

Only the block between <releases> and </releases> is rewritten; the rest of
org.forumdesk.ForumDesk.metainfo.xml is edited by hand.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent / "bundle"))

from assemble import version as current_version  # `__version__`, read without importing

ROOT = Path(__file__).resolve().parent.parent
CHANGELOG = ROOT / "CHANGELOG.md"
METAINFO = ROOT / "packaging" / "org.forumdesk.ForumDesk.metainfo.xml"

_RELEASE = re.compile(r"^## \[(?P<version>[^\]]+)\] - (?P<date>\d{4}-\d{2}-\d{2})\s*$")
_BLOCK = re.compile(r"(?P<indent>[ \t]*)<releases>.*?</releases>", re.DOTALL)
# Each release publishes its screenshots under its own version.
_SCREENSHOT_VERSION = re.compile(r"(/screenshots/)[^/<]+(/)")


@dataclass
class Release:
    version: str
    date: str
    intro: list[str] = field(default_factory=list)
    #: (heading, its changes), in the changelog's order.
    groups: list[tuple[str, list[str]]] = field(default_factory=list)


class ChangelogError(ValueError):
    """CHANGELOG.md is not in the form the header describes; the message names the line."""


def releases(text: str) -> list[Release]:
    """The releases of CHANGELOG.md, newest first as written."""
    found: list[Release] = []
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        heading = _RELEASE.match(stripped)
        if heading:
            found.append(Release(heading["version"], heading["date"]))
        elif not found or not stripped:
            continue
        elif stripped.startswith("## "):
            raise ChangelogError(f"CHANGELOG.md line {number}: a release is '## [X.Y.Z] - DATE'")
        elif stripped.startswith("### "):
            found[-1].groups.append((stripped[4:], []))
        elif stripped.startswith("- "):
            if not found[-1].groups:
                raise ChangelogError(f"CHANGELOG.md line {number}: a change before any '### '")
            found[-1].groups[-1][1].append(stripped[2:])
        else:
            found[-1].intro.append(stripped)
    if not found:
        raise ChangelogError("CHANGELOG.md has no release heading")
    return found


def _plain(markdown: str) -> str:
    return escape(markdown.replace("`", ""))


def releases_xml(found: list[Release], indent: str = "  ") -> str:
    """The <releases> element, indented as it sits in the metadata."""
    step = "  "
    lines = [f"{indent}<releases>"]
    for release in found:
        inner = indent + step * 2
        lines.append(f'{indent}{step}<release version="{release.version}" date="{release.date}">')
        lines.append(f"{inner}<description>")
        if release.intro:
            lines.append(f"{inner}{step}<p>{_plain(' '.join(release.intro))}</p>")
        for heading, changes in release.groups:
            lines.append(f"{inner}{step}<p>{_plain(heading)}:</p>")
            lines.append(f"{inner}{step}<ul>")
            lines.extend(f"{inner}{step * 2}<li>{_plain(change)}</li>" for change in changes)
            lines.append(f"{inner}{step}</ul>")
        lines.append(f"{inner}</description>")
        lines.append(f"{indent}{step}</release>")
    lines.append(f"{indent}</releases>")
    return "\n".join(lines)


def updated_metainfo(metainfo: str, changelog: str, version: str) -> str:
    block = _BLOCK.search(metainfo)
    if block is None:
        raise ChangelogError(f"{METAINFO.name} has no <releases> element")
    found = releases(changelog)
    if found[0].version != version:
        raise ChangelogError(
            f"CHANGELOG.md's newest release is {found[0].version}, the code's is {version}"
        )
    rendered = releases_xml(found, block["indent"])
    updated = metainfo[: block.start()] + rendered + metainfo[block.end() :]
    return _SCREENSHOT_VERSION.sub(rf"\g<1>{version}\g<2>", updated)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only say whether it is current")
    args = parser.parse_args(argv)
    current = METAINFO.read_text(encoding="utf-8")
    try:
        changelog = CHANGELOG.read_text(encoding="utf-8")
        wanted = updated_metainfo(current, changelog, current_version())
    except ChangelogError as error:
        print(f"metainfo.py: {error}", file=sys.stderr)
        return 2
    if wanted == current:
        return 0
    if args.check:
        print(f"metainfo.py: {METAINFO.name} is behind CHANGELOG.md; run it", file=sys.stderr)
        return 1
    temporary = METAINFO.with_suffix(".tmp")
    temporary.write_text(wanted, encoding="utf-8")
    temporary.replace(METAINFO)
    return 0


if __name__ == "__main__":
    sys.exit(main())
