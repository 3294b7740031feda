"""A form's field named in a one-line refusal, in the user's language.

Refusals name the field at fault by its key ("email: …", "family_name: required"),
which English keeps as it is; other languages name it in words ("adresse électronique :
…"). The keys are the services' own (a record's attributes, a form's inputs).
"""

from __future__ import annotations

import functools

from forumdesk.services.common.messages import _, language, pgettext


def field_name(field: str) -> str:
    """`field` as the user's language names it; the key itself when it has no name there."""
    return _names(language()).get(field, field)


@functools.cache
def _names(_language: str) -> dict[str, str]:
    """The names in the current language (`_language` keys the cache): a long import
    with a bad value on every row names the same few fields again and again."""
    # TRANSLATORS: the name of a form's field; English keeps the key, translate it in words.
    return {
        "email": pgettext("form field", "email"),
        "phone": pgettext("form field", "phone"),
        "country": pgettext("form field", "country"),
        "category": pgettext("form field", "category"),
        "name": pgettext("form field", "name"),
        "acronym": pgettext("form field", "acronym"),
        "family_name": pgettext("form field", "family_name"),
        "given_name": pgettext("form field", "given_name"),
        "family_name_latin": pgettext("form field", "family_name_latin"),
        "given_name_latin": pgettext("form field", "given_name_latin"),
        "title": pgettext("form field", "title"),
        "gender": pgettext("form field", "gender"),
        "function": pgettext("form field", "function"),
        "languages": pgettext("form field", "languages"),
        "organisation": pgettext("form field", "organisation"),
        "notes": pgettext("form field", "notes"),
        "website": pgettext("form field", "website"),
        "address": pgettext("form field", "address"),
        "ecosoc_status": pgettext("form field", "ecosoc_status"),
        "ecosoc_year": pgettext("form field", "ecosoc_year"),
        "regional_group": pgettext("form field", "regional_group"),
        "status": pgettext("form field", "status"),
        "badge_number": pgettext("form field", "badge_number"),
        "representative": pgettext("form field", "representative"),
        "registration": pgettext("form field", "registration"),
        "intervention": pgettext("form field", "intervention"),
        "segment": pgettext("form field", "segment"),
        "room": pgettext("form field", "room"),
        "roles": pgettext("form field", "roles"),
        "documents": pgettext("form field", "documents"),
        "sections": pgettext("form field", "sections"),
        "kind": pgettext("form field", "kind"),
        "used_seconds": pgettext("form field", "used_seconds"),
        "started_at": pgettext("form field", "started_at"),
        "ended_at": pgettext("form field", "ended_at"),
        "starts_at": pgettext("form field", "starts_at"),
        "ends_at": pgettext("form field", "ends_at"),
        "text": pgettext("form field", "text"),
        "tags": pgettext("form field", "tags"),
        "paragraphs": pgettext("form field", "paragraphs"),
        "theme": pgettext("form field", "theme"),
        "import": pgettext("form field", "import"),
        "forum": pgettext("form field", "forum"),
    }


def field_refusal(field: str, reason: str) -> str:
    """ "email: not a valid e-mail address", the field named in the user's language."""
    return _("{field}: {reason}").format(field=field_name(field), reason=reason)


class FieldRefused(ValueError):
    """A value a form cannot take; `field` names the input at fault, `reason` says why,
    and the one line names both in the user's language."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(field_refusal(field, reason))
        self.field = field
        self.reason = reason
