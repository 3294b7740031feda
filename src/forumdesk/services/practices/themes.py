"""A forum's themes: the seed's vocabulary first (the three themes of its ¶5 and the
sub-themes of its sections III–V), then whatever the secretariat adds or renames."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.services.common.messages import N_, _, gettext_in
from forumdesk.services.common.refusals import NotFound, Refused
from forumdesk.store.models import Forum, PracticeTheme, Recommendation, Theme
from forumdesk.store.types import link_uuid, utcnow

#: (code, label, parent code): the first vocabulary of every forum, in the seed's order.
SEED_THEMES: tuple[tuple[str, str, str | None], ...] = (
    ("rights", N_("A rights-based approach to international migration"), None),
    ("migrant_rights", N_("Rights of migrants"), "rights"),
    ("gender", N_("Gender equality"), "rights"),
    ("vulnerable_groups", N_("Women migrants, migrant children and indigenous peoples"), "rights"),
    ("youth", N_("Young migrants"), "rights"),
    ("irregular_migration", N_("Migrants in an irregular situation"), "rights"),
    ("integration", N_("Integration of migrants"), "rights"),
    ("civil_society", N_("Participation of civil society"), "rights"),
    ("ratification", N_("Ratification of human rights instruments"), "rights"),
    ("development", N_("International migration and development"), None),
    ("root_causes", N_("Root causes of migration"), "development"),
    ("remittances", N_("Remittances"), "development"),
    ("brain_drain", N_("Highly skilled migration and brain drain"), "development"),
    ("diaspora", N_("Transnational communities and diaspora"), "development"),
    ("return", N_("Return and reintegration"), "development"),
    ("policy_coherence", N_("Coherent migration and development policies"), "development"),
    ("data", N_("Data and evidence"), "development"),
    ("partnerships", N_("Partnerships, capacity-building and best practices"), None),
    ("stakeholders", N_("Role of the main stakeholders"), "partnerships"),
    ("intergovernmental", N_("Intergovernmental cooperation"), "partnerships"),
    ("capacity_building", N_("Capacity-building"), "partnerships"),
)

_CODE = re.compile(r"[a-z0-9_]{1,80}")


@dataclass(frozen=True)
class ThemeView:
    id: uuid.UUID
    code: str
    label: str
    parent_id: uuid.UUID | None
    position: int

    @property
    def is_top(self) -> bool:
        return self.parent_id is None


def theme_id(forum_id: uuid.UUID, code: str) -> uuid.UUID:
    return link_uuid(f"theme:{code}", forum_id)


def ensure_themes(session: Session, forum_id: uuid.UUID) -> int:
    """Give the forum the seed's vocabulary, in its language, if it has no theme yet;
    the number of themes added."""
    forum = session.get(Forum, forum_id)
    if forum is None:
        raise NotFound(_("that forum no longer exists"))
    if session.scalar(select(Theme.id).where(Theme.forum_id == forum_id).limit(1)):
        return 0
    ids: dict[str, uuid.UUID] = {}
    for position, (code, label, parent) in enumerate(SEED_THEMES):
        ids[code] = theme_id(forum_id, code)
        session.add(
            Theme(
                id=ids[code],
                forum_id=forum_id,
                code=code,
                label=gettext_in(forum.language, label),
                parent_id=ids[parent] if parent else None,
                position=position,
            )
        )
    session.flush()
    return len(SEED_THEMES)


def themes_of(session: Session, forum_id: uuid.UUID) -> list[ThemeView]:
    """The forum's live themes, each top theme followed by its sub-themes."""
    rows = session.scalars(
        select(Theme)
        .where(Theme.forum_id == forum_id, Theme.deleted_at.is_(None))
        .order_by(Theme.position, Theme.label)
    ).all()
    views = [ThemeView(t.id, t.code, t.label, t.parent_id, t.position) for t in rows]
    tops = [v for v in views if v.parent_id is None or v.parent_id not in {w.id for w in views}]
    ordered: list[ThemeView] = []
    for top in tops:
        ordered.append(top)
        ordered.extend(v for v in views if v.parent_id == top.id and v is not top)
    return ordered


def theme_by_code(session: Session, forum_id: uuid.UUID, code: str) -> Theme | None:
    return session.scalar(
        select(Theme).where(
            Theme.forum_id == forum_id, Theme.code == code, Theme.deleted_at.is_(None)
        )
    )


def add_theme(
    session: Session,
    forum_id: uuid.UUID,
    code: str,
    label: str,
    parent_code: str | None = None,
) -> ThemeView:
    """A theme of the forum's own; a code already used is refused, one removed comes back."""
    code = code.strip().lower()
    label = " ".join(label.split())
    if not _CODE.fullmatch(code):
        raise Refused(
            _(
                "theme code {code!r}: use lower-case letters, digits and underscores (up to 80)"
            ).format(code=code)
        )
    if not label:
        raise Refused(_("a theme needs a label"))
    parent = None
    if parent_code:
        parent = theme_by_code(session, forum_id, parent_code)
        if parent is None:
            raise NotFound(_("no theme {code!r} in this forum").format(code=parent_code))
    ident = theme_id(forum_id, code)
    theme = session.get(Theme, ident)
    if theme is not None and theme.deleted_at is None:
        raise Refused(_("this forum already has a theme {code!r}").format(code=code))
    last = session.scalar(
        select(Theme.position).where(Theme.forum_id == forum_id).order_by(Theme.position.desc())
    )
    if theme is None:
        theme = Theme(id=ident, forum_id=forum_id, code=code)
        session.add(theme)
    theme.deleted_at = None
    theme.label = label
    theme.parent_id = parent.id if parent else None
    theme.position = (last or 0) + 1
    session.flush()
    return ThemeView(theme.id, code, label, theme.parent_id, theme.position)


def rename_theme(session: Session, theme_uuid: uuid.UUID, label: str) -> None:
    label = " ".join(label.split())
    if not label:
        raise Refused(_("a theme needs a label"))
    theme = session.get(Theme, theme_uuid)
    if theme is None or theme.deleted_at is not None:
        raise NotFound(_("that theme no longer exists"))
    theme.label = label
    session.flush()


def remove_theme(session: Session, theme_uuid: uuid.UUID) -> None:
    """Tombstone a theme no live practice or recommendation uses, nor a live sub-theme."""
    theme = session.get(Theme, theme_uuid)
    if theme is None or theme.deleted_at is not None:
        raise NotFound(_("that theme no longer exists"))
    children = session.scalar(
        select(Theme.id).where(Theme.parent_id == theme.id, Theme.deleted_at.is_(None)).limit(1)
    )
    if children is not None or theme_in_use(session, theme.id):
        raise Refused(_("theme {label!r} is still in use; it was kept").format(label=theme.label))
    theme.deleted_at = utcnow()
    session.flush()


def theme_in_use(session: Session, theme_uuid: uuid.UUID) -> bool:
    """A live practice or recommendation is filed under the theme."""
    practice = session.scalar(
        select(PracticeTheme.id)
        .where(PracticeTheme.theme_id == theme_uuid, PracticeTheme.deleted_at.is_(None))
        .limit(1)
    )
    recommendation = session.scalar(
        select(Recommendation.id)
        .where(Recommendation.theme_id == theme_uuid, Recommendation.deleted_at.is_(None))
        .limit(1)
    )
    return practice is not None or recommendation is not None
