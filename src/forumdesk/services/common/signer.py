"""Who signs: the user's name and initials, never the operating-system login.

The name is kept on this computer in one small JSON file in the user's configuration
folder (`paths.user_config_dir()`), which the window and the command line both read;
Preferences and the first-start dialog write it. On the command line `--by NAME`
comes first, then $FORUMDESK_USER, then the stored name.

An action that records a person (composing, submitting, approving minutes; writing
a note) calls `require_signer`: with no name it is refused, saying how to give one.
Changes that sign nothing still work while unnamed, and the audit log then records
an empty actor, which the history shows as an unnamed user.
"""

from __future__ import annotations

import json
import os
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from forumdesk.paths import user_config_dir
from forumdesk.services.common.messages import _

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

SIGNER_FILE = "signer.json"
MAX_NAME = 200
MAX_INITIALS = 8


class UnnamedSigner(ValueError):
    """A signed action with no name to sign it with."""

    def __init__(self) -> None:
        super().__init__(
            _("No name is set: give --by NAME, set FORUMDESK_USER, or set your name in Preferences")
        )


@dataclass(frozen=True)
class Signer:
    name: str
    initials: str


# Joiners shape some scripts' names (Persian, Indic); other format characters only hide.
_JOINERS = frozenset("\u200c\u200d")


def clean_name(text: str | None) -> str:
    """One line, single spaces, composed (NFC), without control or invisible
    characters: what a name field's text is kept as. "" unless a letter or digit is
    left: an invisible or punctuation-only name names nobody."""
    text = unicodedata.normalize("NFC", text or "")
    kept = "".join(
        c for c in text if c.isspace() or c in _JOINERS or unicodedata.category(c)[0] != "C"
    )
    name = " ".join(kept.split())[:MAX_NAME]
    return name if any(c.isalnum() for c in name) else ""


def name_key(name: str | None) -> str:
    """What two spellings of one name share: "Ana Lima", " ana  LIMA ", "ＡＮＡ ＬＩＭＡ",
    a decomposed "José" and one with a zero-width space all compare equal."""
    folded = unicodedata.normalize("NFKC", name or "").casefold()
    visible = "".join(c for c in folded if c.isspace() or unicodedata.category(c)[0] != "C")
    return " ".join(visible.split())


def propose_initials(name: str) -> str:
    """ "Ana Lima" → "AL", "Jean-Pierre Dupont" → "JPD": the first letter of each part."""
    parts = clean_name(name).replace("-", " ").split()
    return "".join(part[0].upper() for part in parts if part[0].isalpha())[:MAX_INITIALS]


def signer_path() -> Path:
    return user_config_dir() / SIGNER_FILE


def stored_signer() -> Signer | None:
    """The name kept on this computer; None when there is none (or the file is unreadable:
    the user is then asked again rather than stopped)."""
    try:
        data = json.loads(signer_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("name"), str):
        return None
    name = clean_name(data["name"])
    if not name:
        return None
    initials = data.get("initials")
    initials = (clean_name(initials) if isinstance(initials, str) else "") or propose_initials(name)
    return Signer(name, initials[:MAX_INITIALS])


def store_signer(name: str, initials: str | None = None) -> Signer | None:
    """Keep the user's name (initials proposed from it unless given); an empty name
    forgets it. Written to a new file then renamed over the old: never half a file."""
    path = signer_path()
    name = clean_name(name)
    if not name:
        path.unlink(missing_ok=True)
        return None
    signer = Signer(name, (clean_name(initials) or propose_initials(name))[:MAX_INITIALS])
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"name": signer.name, "initials": signer.initials}, ensure_ascii=False)
    handle, temporary = tempfile.mkstemp(prefix=".signer-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text + "\n")
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return signer


def signer_name(by: str | None = None) -> str:
    """Who signs here: `by` (the command line's --by), else $FORUMDESK_USER, else the
    stored name; "" when none is known (never the login)."""
    for candidate in (by, os.environ.get("FORUMDESK_USER")):
        name = clean_name(candidate)
        if name:
            return name
    stored = stored_signer()
    return stored.name if stored else ""


def require_signer(name: str | None) -> str:
    """`name`, cleaned, for an action that records who did it; refused when empty."""
    cleaned = clean_name(name)
    if not cleaned:
        raise UnnamedSigner
    return cleaned


def session_signer(session: Session, name: str | None = None) -> str:
    """Who signs an action in `session`: `name` if given, else the name the database
    records changes under (the user's); refused when neither is known."""
    # "signer": the user's name alone, where the audit's actor also names the account.
    signed = session.info.get("signer", session.info.get("actor"))
    return require_signer(name or str(signed or ""))
