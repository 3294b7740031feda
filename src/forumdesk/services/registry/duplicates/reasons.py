"""Why two records look alike, in the user's language.

The finder gives its reasons as fixed English keys ("same email", "similar name 87"):
code compares them and JSON carries them as they are. They become words of the user's
language only where a person reads them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from forumdesk.services.common.messages import N_, _

_WORDS = {
    "same email": N_("same email"),
    "different email": N_("different email"),
    "same organisation": N_("same organisation"),
    "different organisation": N_("different organisation"),
    "same name": N_("same name"),
    "initials match": N_("initials match"),
}
_SIMILAR = re.compile(r"similar name (\d+)")


def reason_text(reason: str) -> str:
    """One reason key in words ("similar name 87" → "nom voisin (87 %)" in French)."""
    if similar := _SIMILAR.fullmatch(reason):
        return _("similar name {score}").format(score=similar.group(1))
    words = _WORDS.get(reason)
    return _(words) if words is not None else reason


def reasons_text(reasons: Iterable[str]) -> str:
    """The reasons of one match, in words, as a list for a table cell or a line."""
    return ", ".join(reason_text(reason) for reason in reasons)
