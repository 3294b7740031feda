"""Placeholder names: a list's "Participant 00012", "TBC", "N/A" or "XXX" names nobody
yet. Duplicate detection treats them as their own case (services.duplicates)."""

from __future__ import annotations

#: Words that hold the place of a name not known yet (Latin, casefolded, any number
#: after them: "participant12"). One-letter words, numbers and one letter repeated
#: ("xxx") hold a place too.
PLACEHOLDER_WORDS = frozenset(
    [
        "participant",
        "participants",
        "delegate",
        "delegue",
        "delegee",
        "delegates",
        "representative",
        "representant",
        "representante",
        "member",
        "membre",
        "speaker",
        "orateur",
        "guest",
        "invite",
        "invitee",
        "observer",
        "observateur",
        "person",
        "personne",
        "attendee",
        "name",
        "nom",
        "prenom",
        "firstname",
        "lastname",
        "surname",
        "given",
        "family",
        "unknown",
        "inconnu",
        "inconnue",
        "anonymous",
        "anonyme",
        "tbc",
        "tba",
        "tbd",
        "tbn",
        "na",
        "nn",
        "nd",
        "none",
        "null",
        "nil",
        "test",
        "vacant",
        "vacancy",
        "placeholder",
        "seat",
        "siege",
        "badge",
        "staff",
        "extra",
        "reserve",
        "reserved",
        "mr",
        "mrs",
        "ms",
        "mme",
        "mlle",
        "dr",
    ]
)


def _holds_a_place(word: str) -> bool:
    stem = word.rstrip("0123456789")
    return len(stem) <= 1 or stem in PLACEHOLDER_WORDS or len(set(stem)) == 1


def is_placeholder(words: tuple[str, ...]) -> bool:
    """A name of place-holding words only (see the module doc); False for no words."""
    return bool(words) and all(map(_holds_a_place, words))
