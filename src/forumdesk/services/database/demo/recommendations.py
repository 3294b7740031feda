"""The demo forum's recommendations: one from each paragraph of the seed's section II
(principaux résultats, ¶¶ 8–22) and of its section V on partnerships (¶¶ 65–76), in the
words of the summary as loaded, each under a theme of the seed's vocabulary; and a
second one from a sentence of a few paragraphs, as a secretariat picks a precise call.

No follow-up status: a status belongs to a later forum, and the demo holds one forum.
"""

from __future__ import annotations

import re
import uuid

from sqlalchemy.orm import Session

from forumdesk.services.practices.recommending.recommendation_views import recommendations_of
from forumdesk.services.practices.recommending.recommendations import paragraph_texts, recommend
from forumdesk.services.practices.themes import ensure_themes, theme_id

#: Paragraph → the theme (a code of `SEED_THEMES`) its recommendation is filed under.
PARAGRAPH_THEMES: dict[int, str] = {
    8: "stakeholders",
    9: "migrant_rights",
    10: "ratification",
    11: "migrant_rights",
    12: "policy_coherence",
    13: "remittances",
    14: "gender",
    15: "integration",
    16: "brain_drain",
    17: "diaspora",
    18: "return",
    19: "root_causes",
    20: "civil_society",
    21: "data",
    22: "civil_society",
    65: "civil_society",
    66: "stakeholders",
    67: "diaspora",
    68: "vulnerable_groups",
    69: "integration",
    70: "data",
    71: "intergovernmental",
    72: "capacity_building",
    73: "policy_coherence",
    74: "ratification",
    75: "intergovernmental",
    76: "partnerships",
}

#: A sentence made a recommendation of its own: (paragraph, how it begins, theme).
SENTENCES: tuple[tuple[int, str, str], ...] = (
    (10, "Les États Membres ont été instamment priés de ratifier", "ratification"),
    (13, "À cette fin", "remittances"),
    (21, "Ils ont souligné qu'il importait de disposer de données", "data"),
)

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def add_recommendations(session: Session, forum_id: uuid.UUID, document_id: uuid.UUID) -> int:
    """The demo's recommendations; how many were made."""
    ensure_themes(session, forum_id)
    for number, theme in PARAGRAPH_THEMES.items():
        _add(session, forum_id, document_id, number, theme)
    for number, opening, theme in SENTENCES:
        texts = paragraph_texts(session, document_id, number)
        sentence = next(
            (
                s
                for _lang, text in texts[:1]
                for s in _SENTENCE_END.split(text)
                if s.startswith(opening)
            ),
            None,
        )
        if sentence is not None:  # a seed worded otherwise keeps the paragraph's alone
            _add(session, forum_id, document_id, number, theme, sentence)
    return len(recommendations_of(session, forum_id))


def _add(
    session: Session,
    forum_id: uuid.UUID,
    document_id: uuid.UUID,
    number: int,
    theme: str,
    sentence: str | None = None,
) -> None:
    recommend(session, document_id, number, sentence=sentence, theme_id=theme_id(forum_id, theme))
