"""No lost update: two users edit one record from the same version (issue 14, point 3).

Each user is a `Database` of its own over one file (two engines: two connections, as
two processes would have), or a real second process; the same on PostgreSQL.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.core.conftest import open_as
from tests.core.postgres_db import ADMIN_URL, ENV, empty_database
from tests.core.test_sync import _edit_secretariat, _merge, pair  # noqa: F401 (a fixture)

from forumdesk.services.common.edit_conflicts import EditConflict, ReadAt, three_way
from forumdesk.services.registry.edit import (
    create_organisation,
    create_representative,
    update_organisation,
    update_representative,
)
from forumdesk.services.registry.organisation_detail import OrganisationDetail, organisation_detail
from forumdesk.services.registry.people import OrganisationInput, RepresentativeInput
from forumdesk.services.registry.representative_detail import representative_detail
from forumdesk.store.database import Database
from forumdesk.store.enums import OrganisationCategory
from forumdesk.store.models import Organisation

SRC = Path(__file__).resolve().parents[2] / "src"
SWITZERLAND = OrganisationInput(
    name="Mission permanente de la Suisse",
    category=OrganisationCategory.MEMBER_STATE,
    country="CHE",
    email="mission@eda.admin.ch",
    phone="+41227492424",
)


def _organisation(database: Database) -> uuid.UUID:
    with database.unit_of_work() as session:
        return create_organisation(session, SWITZERLAND)


def _read(database: Database, ident: uuid.UUID) -> OrganisationDetail:
    with database.reading() as session:
        return organisation_detail(session, ident)


def _save(database: Database, read: OrganisationDetail, **changes: object) -> int:
    with database.unit_of_work() as session:
        return update_organisation(
            session,
            read.id,
            dataclasses.replace(read.data, **changes),
            read=ReadAt(read.version, read.data),
        )


def _row(database: Database, ident: uuid.UUID) -> tuple[OrganisationInput, int]:
    detail = _read(database, ident)
    return detail.data, detail.version


def _both_edit_one_organisation(ana: Database, ben: Database) -> None:
    """The scenario of the issue, from the service: Ana and Ben read version v."""
    ident = _organisation(ana)
    ana_form, ben_form = _read(ana, ident), _read(ben, ident)
    assert ana_form.version == ben_form.version
    _save(ana, ana_form, phone="+41 22 749 24 25")

    # Ben changed only the e-mail: saved, and Ana's phone stays (no dialog needed).
    _save(ben, ben_form, email="geneve@eda.admin.ch")
    data, version = _row(ana, ident)
    assert data.phone == "+41227492425" and data.email == "geneve@eda.admin.ch"
    assert version == ben_form.version + 2

    # Another of Ben's forms, read at v too, changes the phone: refused, both values named.
    with pytest.raises(EditConflict) as refused:
        _save(ben, ben_form, phone="+41 22 749 00 00", notes="called")
    assert _row(ana, ident) == (data, version)  # nothing written by the refused save
    conflict = refused.value
    assert conflict.version == version and conflict.stored == data
    assert [c.field for c in conflict.conflicts] == ["phone"]
    (phone,) = conflict.conflicts
    assert (phone.read, phone.stored, phone.wanted) == (
        "+41227492424",
        "+41227492425",
        "+41227490000",
    )
    # The audit's actor: on a server, with the account Ana signed in with.
    assert phone.changed_by == ana.actor and phone.changed_at is not None and phone.device
    assert phone.changed_by.startswith("Ana")
    assert "phone" in str(conflict) and "Ana" in str(conflict)

    # Ben keeps his phone: the save goes through, at the newer version.
    read, wanted = conflict.resubmit(take_theirs=[])
    with ben.unit_of_work() as session:
        update_organisation(session, ident, wanted, read=read)
    data, _ = _row(ana, ident)
    assert (data.phone, data.email, data.notes) == ("+41227490000", "geneve@eda.admin.ch", "called")


def test_two_databases_on_one_file_merge_or_refuse(two_users: tuple[Database, Database]) -> None:
    _both_edit_one_organisation(*two_users)


def test_taking_theirs_keeps_the_stored_value(two_users: tuple[Database, Database]) -> None:
    ana, ben = two_users
    ident = _organisation(ana)
    ana_form, ben_form = _read(ana, ident), _read(ben, ident)
    _save(ana, ana_form, phone="+41 22 749 24 25", website="eda.admin.ch")
    with pytest.raises(EditConflict) as refused:
        _save(ben, ben_form, phone="+41 22 749 00 00", website="www.eda.ch", notes="x")
    assert {c.field for c in refused.value.conflicts} == {"phone", "website"}
    read, wanted = refused.value.resubmit(take_theirs=["phone"])
    with ben.unit_of_work() as session:
        update_organisation(session, ident, wanted, read=read)
    data, _ = _row(ben, ident)
    assert (data.phone, data.website, data.notes) == ("+41227492425", "www.eda.ch", "x")


def test_the_same_change_on_both_sides_is_no_conflict(
    two_users: tuple[Database, Database],
) -> None:
    ana, ben = two_users
    ident = _organisation(ana)
    ana_form, ben_form = _read(ana, ident), _read(ben, ident)
    _save(ana, ana_form, phone="+41 22 749 24 25")
    _save(ben, ben_form, phone="+41227492425")  # typed otherwise, stored alike
    assert _row(ben, ident)[0].phone == "+41227492425"


def test_an_edit_read_at_the_current_version_is_saved_as_is(
    two_users: tuple[Database, Database],
) -> None:
    ana, _ben = two_users
    ident = _organisation(ana)
    form = _read(ana, ident)
    new_version = _save(ana, form, phone="")
    assert _row(ana, ident) == (dataclasses.replace(form.data, phone=None), new_version)


def test_a_person_edited_twice(two_users: tuple[Database, Database]) -> None:
    ana, ben = two_users
    with ana.unit_of_work() as session:
        ident = create_representative(
            session, RepresentativeInput(given_name="Jean", family_name="Dupont", function="Chef")
        )
    with ana.reading() as session:
        ana_form = representative_detail(session, ident)
    with ben.reading() as session:
        ben_form = representative_detail(session, ident)

    def save(database: Database, form: object, **changes: object) -> None:
        with database.unit_of_work() as session:
            update_representative(
                session,
                ident,
                dataclasses.replace(form.data, **changes),  # type: ignore[attr-defined]
                read=ReadAt(form.version, form.data),  # type: ignore[attr-defined]
            )

    save(ana, ana_form, function="Ambassadeur")
    save(ben, ben_form, email="jean.dupont@eda.admin.ch")
    with pytest.raises(EditConflict) as refused:
        save(ben, ben_form, function="Conseiller")
    (function,) = refused.value.conflicts
    assert (function.read, function.stored, function.wanted) == (
        "Chef",
        "Ambassadeur",
        "Conseiller",
    )
    assert function.changed_by == "Ana"
    with ana.reading() as session:
        stored = representative_detail(session, ident).data
    assert (stored.function, stored.email) == ("Ambassadeur", "jean.dupont@eda.admin.ch")


def test_three_way_keeps_theirs_saves_mine_and_names_the_clashes() -> None:
    @dataclasses.dataclass(frozen=True)
    class Row:
        a: int
        b: int
        c: int
        d: int

    merged, clashes = three_way(Row(1, 1, 1, 1), Row(2, 1, 3, 1), Row(1, 5, 4, 1))
    assert merged == Row(2, 5, 4, 1) and clashes == ("c",)


# --- a real second process ------------------------------------------------------------

_OTHER_PROCESS = textwrap.dedent(
    """
    import sys, uuid
    from forumdesk.services.registry.organisation_detail import organisation_detail
    from forumdesk.services.common.edit_conflicts import ReadAt
    from forumdesk.services.registry.edit import update_organisation
    from forumdesk.store.migrate import open_database
    import dataclasses

    database, _ = open_database(sys.argv[1], backup=False)
    database.actor = "Ana"
    ident = uuid.UUID(sys.argv[2])
    with database.reading() as session:
        form = organisation_detail(session, ident)
    with database.unit_of_work() as session:
        update_organisation(
            session, ident, dataclasses.replace(form.data, phone=sys.argv[3]),
            read=ReadAt(form.version, form.data),
        )
    database.dispose()
    """
)


def _other_process_saves_phone(url: str, ident: uuid.UUID, phone: str) -> None:
    environment = {**os.environ, "PYTHONPATH": str(SRC)}
    subprocess.run(
        [sys.executable, "-c", _OTHER_PROCESS, url, str(ident), phone],
        check=True,
        env=environment,
        timeout=120,
    )


def _second_process_scenario(url: str) -> None:
    ben = open_as(url, "Ben")
    try:
        ident = _organisation(ben)
        email_form, phone_form = _read(ben, ident), _read(ben, ident)
        _other_process_saves_phone(url, ident, "+41 22 749 24 25")
        _save(ben, email_form, email="geneve@eda.admin.ch")
        data, version = _row(ben, ident)
        assert (data.phone, data.email) == ("+41227492425", "geneve@eda.admin.ch")
        with pytest.raises(EditConflict) as refused:
            _save(ben, phone_form, phone="")
        (phone,) = refused.value.conflicts
        assert (phone.read, phone.stored, phone.wanted) == ("+41227492424", "+41227492425", None)
        # On a server, the audit's actor also names the account (the same as Ben's here).
        account = f" ({ben.account})" if ben.account else ""
        assert phone.changed_by == f"Ana{account}"
        assert _row(ben, ident) == (data, version)
    finally:
        ben.dispose()


def test_a_second_process_on_one_sqlite_file(demo_db_path: Path) -> None:
    _second_process_scenario(str(demo_db_path))


# --- PostgreSQL: two users at the office ---------------------------------------------


def on_postgres(test: Any) -> Any:
    marked = pytest.mark.postgres(test)
    return pytest.mark.skipif(not ADMIN_URL, reason=f"{ENV} is not set")(marked)


@pytest.fixture
def pg_url() -> Iterator[str]:
    with empty_database("forumdesk_versions") as url:
        yield url


@on_postgres
def test_two_users_on_postgresql(pg_url: str) -> None:
    ana, ben = open_as(pg_url, "Ana"), open_as(pg_url, "Ben")
    try:
        _both_edit_one_organisation(ana, ben)
        with ana.reading() as session:
            assert session.query(Organisation).count() == 1
    finally:
        ana.dispose()
        ben.dispose()


@on_postgres
def test_a_second_process_on_postgresql(pg_url: str) -> None:
    _second_process_scenario(pg_url)


# --- settling a merge conflict after a newer edit -----------------------------------


def test_taking_theirs_over_an_edit_made_since_the_merge_is_refused(
    pair: tuple[Path, Path],  # noqa: F811 (the fixture of test_sync)
    capsys: pytest.CaptureFixture[str],
) -> None:
    from forumdesk.services.sync.conflicts import ConflictError, conflicts, resolve_conflict

    office_path, laptop_path = pair
    _merge(capsys, office_path, laptop_path)
    _edit_secretariat(office_path, "Carla", email="registry@un.org")
    office = open_as(str(office_path), "Chief of registration")
    try:
        with office.reading() as session:
            [row] = conflicts(session)
        with pytest.raises(ConflictError) as refused, office.unit_of_work() as session:
            resolve_conflict(session, row.id, "theirs", office.actor)
        assert "email was changed since the merge by Carla" in str(refused.value)
        with office.reading() as session:
            assert session.get_one(Organisation, row.record_id).email == "registry@un.org"
            [still] = conflicts(session)
            assert still.id == row.id
    finally:
        office.dispose()
