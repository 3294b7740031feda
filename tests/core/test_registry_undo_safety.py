"""An import's undo and redo never take back, or overwrite, work done since: an edited
organisation, a person later put on a speakers list or registered elsewhere, a person
edited between undo and redo; and undo, redo, undo again works."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from forumdesk.services.registry.import_.columns import guess_mapping
from forumdesk.services.registry.import_.files import read_rows
from forumdesk.services.registry.import_.history import redo_import, undo_import
from forumdesk.services.registry.import_.importer import run_import
from forumdesk.services.registry.import_.listed import LikelyPolicy
from forumdesk.services.registry.import_.report import ImportReport
from forumdesk.services.registry.text import RegistryError
from forumdesk.store.database import Database
from forumdesk.store.enums import SegmentRoleKind
from forumdesk.store.models import (
    DuplicateDismissal,
    Forum,
    Intervention,
    Organisation,
    Registration,
    Representative,
    Segment,
    SegmentRole,
)

NEW_ORG = """Prénom,Nom,Organisation,Catégorie,Courriel,Fonction
Amina,Diallo,Fondation Baobab,ONG,amina.diallo@baobab.org,
Jean,Dupont,Fondation Baobab,ONG,jean.dupont@baobab.org,
"""
AMINA_AGAIN = """Prénom,Nom,Organisation,Catégorie,Courriel,Fonction
Amina,Diallo,Fondation Baobab,ONG,a.diallo@baobab.org,Coordinator
Ana,Souza,Fondation Baobab,ONG,ana.souza@baobab.org,
"""


def _import(
    db: Database,
    folder: Path,
    text: str,
    *,
    forum_id: uuid.UUID | None = None,
    likely: LikelyPolicy = LikelyPolicy.SKIP,
    name: str = "list.csv",
) -> ImportReport:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    headers, _rows = read_rows(path)
    with db.unit_of_work() as session:
        return run_import(
            session, path, guess_mapping(headers, session), forum_id=forum_id, likely=likely
        )


def _import_id(report: ImportReport) -> uuid.UUID:
    assert report.import_id is not None
    return report.import_id


def _person_id(db: Database, family: str, given: str = "Amina") -> uuid.UUID:
    with db.reading() as session:
        return session.scalars(
            select(Representative.id).where(
                Representative.family_name == family,
                Representative.given_name == given,
                Representative.deleted_at.is_(None),
            )
        ).one()


def _forum_id(db: Database) -> uuid.UUID:
    with db.reading() as session:
        return session.scalars(select(Forum.id)).first()  # type: ignore[return-value]


def _live(db: Database, family: str) -> int:
    with db.reading() as session:
        return len(
            session.scalars(
                select(Representative.id).where(
                    Representative.family_name == family, Representative.deleted_at.is_(None)
                )
            ).all()
        )


def test_an_organisation_the_import_created_and_someone_edited_is_not_taken_back(
    demo_db: Database, tmp_path: Path
) -> None:
    import_id = _import_id(_import(demo_db, tmp_path, NEW_ORG))
    with demo_db.unit_of_work() as session:
        organisation = session.scalars(
            select(Organisation).where(Organisation.name == "Fondation Baobab")
        ).one()
        organisation.phone = "+221 33 800 00 00"
    with (
        demo_db.unit_of_work() as session,
        pytest.raises(RegistryError, match="Fondation Baobab, an organisation the import"),
    ):
        undo_import(session, import_id, by="me")
    assert _live(demo_db, "Diallo") == 1


def test_a_person_put_on_a_speakers_list_since_stops_the_undo(
    demo_db: Database, tmp_path: Path
) -> None:
    import_id = _import_id(_import(demo_db, tmp_path, NEW_ORG))
    amina = _person_id(demo_db, "Diallo")
    with demo_db.unit_of_work() as session:
        segment = session.scalars(select(Segment).order_by(Segment.title)).first()
        assert segment is not None
        title = segment.title
        session.add(Intervention(segment_id=segment.id, representative_id=amina, position=900))
    with demo_db.unit_of_work() as session, pytest.raises(RegistryError) as refused:
        undo_import(session, import_id, by="me")
    message = str(refused.value)
    assert f"Amina DIALLO is on the speakers list of {title}" in message
    assert "nothing was undone" in message
    assert _live(demo_db, "Diallo") == 1 and _live(demo_db, "Dupont") >= 1


def test_a_person_registered_to_another_forum_since_stops_the_undo(
    demo_db: Database, tmp_path: Path
) -> None:
    import_id = _import_id(_import(demo_db, tmp_path, NEW_ORG))
    amina = _person_id(demo_db, "Diallo")
    with demo_db.unit_of_work() as session:
        forum = Forum(title="Hearings 2007", starts_on=date(2007, 7, 12))
        session.add(forum)
        session.flush()
        session.add(Registration(forum_id=forum.id, representative_id=amina))
    with demo_db.unit_of_work() as session, pytest.raises(RegistryError) as refused:
        undo_import(session, import_id, by="me")
    assert "Amina DIALLO is registered to Hearings 2007" in str(refused.value)
    assert _live(demo_db, "Diallo") == 1


def test_undo_redo_undo_works_and_redo_refuses_to_overwrite_an_edit(
    demo_db: Database, tmp_path: Path
) -> None:
    _import(demo_db, tmp_path, NEW_ORG, name="first.csv")
    amina = _person_id(demo_db, "Diallo")
    second = _import_id(
        _import(demo_db, tmp_path, AMINA_AGAIN, likely=LikelyPolicy.UPDATE, name="second.csv")
    )
    for _ in range(2):  # Edit → Undo, Redo, Undo, Redo
        with demo_db.unit_of_work() as session:
            undo_import(session, second, by="me")
        with demo_db.reading() as session:
            person = session.get(Representative, amina)
            assert person is not None and person.function is None
        assert _live(demo_db, "Souza") == 0
        with demo_db.unit_of_work() as session:
            redo_import(session, second)
        with demo_db.reading() as session:
            person = session.get(Representative, amina)
            assert person is not None and person.function == "Coordinator"
        assert _live(demo_db, "Souza") == 1
    with demo_db.unit_of_work() as session:
        undo_import(session, second, by="me")
    with demo_db.unit_of_work() as session:
        person = session.get(Representative, amina)
        assert person is not None
        person.phone = "+221 77 000 00 00"
    with (
        demo_db.unit_of_work() as session,
        pytest.raises(RegistryError, match=r"Amina, updated by the import of second\.csv, was"),
    ):
        redo_import(session, second)
    with demo_db.reading() as session:
        person = session.get(Representative, amina)
        assert person is not None
        assert person.phone == "+221 77 000 00 00" and person.function is None


def test_an_edit_after_a_redo_still_stops_the_next_undo(demo_db: Database, tmp_path: Path) -> None:
    import_id = _import_id(_import(demo_db, tmp_path, NEW_ORG))
    with demo_db.unit_of_work() as session:
        undo_import(session, import_id, by="me")
    with demo_db.unit_of_work() as session:
        redo_import(session, import_id)
    amina = _person_id(demo_db, "Diallo")
    with demo_db.unit_of_work() as session:
        person = session.get(Representative, amina)
        assert person is not None
        person.function = "Chair"
    with (
        demo_db.unit_of_work() as session,
        pytest.raises(RegistryError, match="edited since"),
    ):
        undo_import(session, import_id, by="me")


def test_a_list_imported_again_after_its_undo_registers_the_listed_people_again(
    demo_db: Database, tmp_path: Path
) -> None:
    _import(demo_db, tmp_path, NEW_ORG, name="people.csv")  # listed, no forum
    forum = _forum_id(demo_db)
    first = _import_id(_import(demo_db, tmp_path, NEW_ORG, forum_id=forum))
    with demo_db.unit_of_work() as session:
        undo_import(session, first, by="me")

    def live_registrations() -> int:
        with demo_db.reading() as session:
            return len(
                session.scalars(
                    select(Registration.id).where(
                        Registration.forum_id == forum,
                        Registration.deleted_at.is_(None),
                        Registration.representative_id.in_(
                            [_person_id(demo_db, "Diallo"), _person_id(demo_db, "Dupont", "Jean")]
                        ),
                    )
                ).all()
            )

    assert live_registrations() == 0
    again = _import(demo_db, tmp_path, NEW_ORG, forum_id=forum)
    assert again.registrations_created == 2
    assert live_registrations() == 2
    # Its own undo withdraws them again; its redo brings them back.
    with demo_db.unit_of_work() as session:
        undo_import(session, _import_id(again), by="me")
    assert live_registrations() == 0
    with demo_db.unit_of_work() as session:
        redo_import(session, _import_id(again))
    assert live_registrations() == 2


def test_a_list_with_badges_imported_again_after_its_undo_is_not_refused(
    demo_db: Database, tmp_path: Path
) -> None:
    forum = _forum_id(demo_db)
    badges = "Prénom,Nom,Organisation,Catégorie,Badge\nZora,Quist,Fondation Baobab,ONG,B-901\n"
    first = _import_id(_import(demo_db, tmp_path, badges, forum_id=forum))
    with demo_db.unit_of_work() as session:
        undo_import(session, first, by="me")
    again = _import(demo_db, tmp_path, badges, forum_id=forum)
    assert again.errors == [] and again.registrations_created == 1
    with demo_db.reading() as session:
        held = session.execute(
            select(Registration.badge_number, Registration.deleted_at).where(
                Registration.forum_id == forum, Registration.badge_number == "B-901"
            )
        ).all()
    assert [deleted for _badge, deleted in held] == [None]


def _role(session: Session, person: uuid.UUID) -> str:
    segment = session.scalars(select(Segment).order_by(Segment.title)).first()
    assert segment is not None
    session.add(
        SegmentRole(segment_id=segment.id, role=SegmentRoleKind.MODERATOR, representative_id=person)
    )
    return f"has a role in {segment.title}"


def _kept_apart(session: Session, person: uuid.UUID) -> str:
    other = session.scalars(
        select(Representative).where(Representative.import_id.is_(None)).limit(1)
    ).one()
    first, second = sorted([person, other.id], key=str)
    session.add(DuplicateDismissal(first_id=first, second_id=second, decided_at=datetime.now(UTC)))
    return f"was decided not to be a duplicate of {other.family_name}"


def _merged_in(session: Session, person: uuid.UUID) -> str:
    other = session.scalars(
        select(Representative).where(Representative.import_id.is_(None)).limit(1)
    ).one()
    other.merged_into_id = person
    other.deleted_at = datetime.now(UTC)
    return f"took in the merged record of {other.family_name}"


@pytest.mark.parametrize("later", [_role, _kept_apart, _merged_in])
def test_later_work_on_a_person_the_import_created_stops_the_undo(
    demo_db: Database, tmp_path: Path, later: Callable[[Session, uuid.UUID], str]
) -> None:
    import_id = _import_id(_import(demo_db, tmp_path, NEW_ORG))
    amina = _person_id(demo_db, "Diallo")
    with demo_db.unit_of_work() as session:
        said = later(session, amina)
    with demo_db.unit_of_work() as session, pytest.raises(RegistryError) as refused:
        undo_import(session, import_id, by="me")
    assert f"Amina DIALLO {said}" in str(refused.value)
    assert _live(demo_db, "Diallo") == 1


def test_an_organisation_the_import_created_that_a_speaker_stands_for_is_kept(
    demo_db: Database, tmp_path: Path
) -> None:
    import_id = _import_id(_import(demo_db, tmp_path, NEW_ORG))
    with demo_db.unit_of_work() as session:
        organisation = session.scalars(
            select(Organisation.id).where(Organisation.name == "Fondation Baobab")
        ).one()
        segment = session.scalars(select(Segment)).first()
        assert segment is not None
        session.add(Intervention(segment_id=segment.id, organisation_id=organisation, position=901))
    with demo_db.unit_of_work() as session:
        result = undo_import(session, import_id, by="me")
    assert result.kept_organisations == 1 and result.representatives == 2
    with demo_db.reading() as session:
        baobab = session.get(Organisation, organisation)
        assert baobab is not None and baobab.deleted_at is None
    # Undo, redo, undo again: the kept organisation's version does not upset it.
    with demo_db.unit_of_work() as session:
        redo_import(session, import_id)
    with demo_db.unit_of_work() as session:
        assert undo_import(session, import_id, by="me").representatives == 2
