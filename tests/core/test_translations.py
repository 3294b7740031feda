"""The French interface is complete and keeps every placeholder of the English one."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from forumdesk.paths import resources_dir

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _messages() -> list[tuple[str, ET.Element]]:
    tree = ET.parse(resources_dir() / "translations" / "forumdesk_fr.ts")
    return [
        (message.findtext("source") or "", message.find("translation"))  # type: ignore[misc]
        for message in tree.iter("message")
    ]


def test_every_string_is_translated() -> None:
    missing = [
        source
        for source, translation in _messages()
        if translation is None
        or translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not (translation.text or "").strip()
    ]
    assert missing == []


def test_placeholders_survive_translation() -> None:
    broken = [
        source
        for source, translation in _messages()
        if sorted(PLACEHOLDER.findall(source))
        != sorted(PLACEHOLDER.findall(translation.text or ""))
    ]
    assert broken == []
