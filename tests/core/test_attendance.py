"""The check-in desk's answers and the attendance they add up to, on the 2006 demo
without its morning of check-ins (tests/demo_day.py); the demo's own figures are in
tests/core/test_demo_forum.py."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from tests.demo_day import clear_check_ins

from forumdesk.cli import main
from forumdesk.services.attendance.checkin import (
    MAX_SCAN_LENGTH,
    Offer,
    Outcome,
    ScanError,
    check_in,
    read_scan,
    undo_check_in,
)
from forumdesk.services.attendance.counts import attendance, participation_sentence
from forumdesk.services.attendance.desk_actions import (
    accredit_and_check_in,
    undo_door_accreditation,
)
from forumdesk.services.common.refusals import Refused
from forumdesk.services.database.demo import demo_forum_id
from forumdesk.services.registry.edit import (
    create_organisation,
    create_representative,
    decide,
    register,
)
from forumdesk.services.registry.people import OrganisationInput, RepresentativeInput
from forumdesk.store.enums import AccreditationStatus, Gender, OrganisationCategory
from forumdesk.store.migrate import open_database
from forumdesk.store.models import AuditEntry, CheckIn, Registration, Segment

MORNING = datetime(2006, 7, 12, 14, 32, tzinfo=UTC)  # 10:32 at UN Headquarters, New York


@dataclass
class People:
    forum_id: uuid.UUID
    state: uuid.UUID  # a delegate of a Member State, accredited
    ngo: uuid.UUID  # an NGO representative, accredited, in her own script
    withdrawn: uuid.UUID
    requested: uuid.UUID  # asked for accreditation, not yet decided
    badge: str  # the NGO representative's badge number


def _person(
    session: Any,
    forum_id: uuid.UUID,
    organisation: uuid.UUID,
    given: str,
    family: str,
    gender: Gender,
    status: AccreditationStatus,
) -> uuid.UUID:
    person = create_representative(
        session,
        RepresentativeInput(given, family, organisation_id=organisation, gender=gender),
    )
    registration = register(session, forum_id, person)
    decide(session, [registration], AccreditationStatus.ACCREDITED, decided_by="Registrar")
    if status is not AccreditationStatus.ACCREDITED:
        decide(session, [registration], status, decided_by="Registrar")
    return registration


@pytest.fixture
def people(demo_db: Any) -> People:
    with demo_db.unit_of_work() as session:
        clear_check_ins(session)
        forum_id = demo_forum_id(session)
        assert forum_id is not None
        senegal = create_organisation(
            session,
            OrganisationInput("Mission permanente du Sénégal", OrganisationCategory.MEMBER_STATE,
                              country="SN"),
        )  # fmt: skip
        ngo = create_organisation(
            session, OrganisationInput("Réseau des migrantes", OrganisationCategory.NGO_ECOSOC)
        )
        state = _person(session, forum_id, senegal, "Awa", "Ndiaye", Gender.FEMALE,
                        AccreditationStatus.ACCREDITED)  # fmt: skip
        fatima = _person(session, forum_id, ngo, "فاطمة", "العلوي", Gender.FEMALE,
                         AccreditationStatus.ACCREDITED)  # fmt: skip
        gone = _person(session, forum_id, ngo, "Ivan", "Petrov", Gender.MALE,
                       AccreditationStatus.WITHDRAWN)  # fmt: skip
        waiting = create_representative(
            session,
            RepresentativeInput("Lena", "Schmidt", organisation_id=ngo, gender=Gender.FEMALE),
        )
        requested = register(session, forum_id, waiting)
        badge = session.get(Registration, fatima).badge_number
    return People(forum_id, state, fatima, gone, requested, badge)


def _segments(database: Any) -> list[uuid.UUID]:
    with database.reading() as session:
        return list(session.scalars(select(Segment.id).order_by(Segment.starts_at)))


def test_a_badge_is_checked_in_once_and_then_answered_already(demo_db: Any, people: People) -> None:
    with demo_db.unit_of_work() as session:
        first = check_in(session, people.forum_id, str(people.ngo), desk="Laptop B, side door",
                         now=MORNING)  # fmt: skip
    assert first.outcome is Outcome.CHECKED_IN and len(first.check_ins) == 1
    assert first.person is not None and first.person.family_name == "العلوي"
    assert first.person.organisation == "Réseau des migrantes"
    with demo_db.unit_of_work() as session:
        again = check_in(session, people.forum_id, f"  {people.badge}\n", desk="Main door")
    assert again.outcome is Outcome.ALREADY and not again.check_ins
    assert again.at == MORNING and again.desk == "Laptop B, side door"
    assert again.device  # the device that scanned first, by name
    with demo_db.reading() as session:
        assert session.scalar(select(func.count()).select_from(CheckIn)) == 1


def test_withdrawn_unknown_foreign_and_made_up_codes_are_refused(
    demo_db: Any, people: People
) -> None:
    cases = {
        str(people.withdrawn): "withdrawn",
        str(uuid.uuid4()): "unknown badge",
        "https://example.org/not-a-badge": "not a ForumDesk badge",
        "99999": "unknown badge",
        "x" * (MAX_SCAN_LENGTH + 1): "too long",
        " \t\n": "nothing was scanned",
    }
    for scan, reason in cases.items():
        with demo_db.unit_of_work() as session:
            answer = check_in(session, people.forum_id, scan)
        assert answer.outcome is Outcome.REFUSED, scan
        assert reason in answer.reason, (scan, answer.reason)
        assert not answer.check_ins
    with demo_db.reading() as session:
        assert session.scalar(select(func.count()).select_from(CheckIn)) == 0


def test_read_scan_tells_a_registration_from_a_badge_number() -> None:
    registration = uuid.uuid4()
    assert read_scan(f"{registration}\r\n").registration_id == registration
    assert read_scan("0042").badge_number == "0042"
    with pytest.raises(ScanError, match="not a ForumDesk badge"):
        read_scan("BEGIN:VCARD")


def test_a_segment_door_records_the_segment_and_the_forum_once(
    demo_db: Any, people: People
) -> None:
    first, second = _segments(demo_db)[:2]
    with demo_db.unit_of_work() as session:
        opening = check_in(session, people.forum_id, str(people.state), segment_id=first)
    assert opening.outcome is Outcome.CHECKED_IN and len(opening.check_ins) == 2
    with demo_db.unit_of_work() as session:
        later = check_in(session, people.forum_id, str(people.state), segment_id=second)
        repeat = check_in(session, people.forum_id, str(people.state), segment_id=second)
        forum_door = check_in(session, people.forum_id, str(people.state))
    assert later.outcome is Outcome.CHECKED_IN and len(later.check_ins) == 1
    assert repeat.outcome is Outcome.ALREADY
    assert forum_door.outcome is Outcome.ALREADY
    with demo_db.reading() as session:
        assert attendance(session, people.forum_id).present == 1
        assert attendance(session, people.forum_id, second).present == 1
        assert attendance(session, people.forum_id, first).scans == 1


def test_a_segment_of_another_forum_is_a_desk_mistake(demo_db: Any, people: People) -> None:
    with demo_db.unit_of_work() as session, pytest.raises(ScanError, match="no such segment"):
        check_in(session, people.forum_id, str(people.state), segment_id=uuid.uuid4())


def test_undo_takes_the_scan_back_and_the_next_scan_is_green_again(
    demo_db: Any, people: People
) -> None:
    with demo_db.unit_of_work() as session:
        answer = check_in(session, people.forum_id, str(people.ngo))
    with demo_db.unit_of_work() as session:
        undo_check_in(session, answer.check_ins)
    with demo_db.reading() as session:
        assert attendance(session, people.forum_id).present == 0
    with demo_db.unit_of_work() as session:
        assert check_in(session, people.forum_id, str(people.ngo)).outcome is Outcome.CHECKED_IN


def test_counts_by_category_group_gender_and_hour_and_the_french_sentence(
    demo_db: Any, people: People
) -> None:
    with demo_db.reading() as session:
        before = attendance(session, people.forum_id)
    with demo_db.unit_of_work() as session:
        check_in(session, people.forum_id, str(people.state), now=MORNING)
        check_in(session, people.forum_id, str(people.ngo), now=MORNING.replace(hour=15))
    with demo_db.reading() as session:
        counts = attendance(session, people.forum_id)

    # Against the demo's accredited people (the test's among them): present from nothing.
    assert counts.present == 2 and counts.registered == before.registered
    assert counts.by_category["member_state"] == (before.by_category["member_state"][0], 1)
    # The demo's 78 NGO people and the test's one: the withdrawn one is not counted.
    assert counts.by_category["ngo_ecosoc"] == (78 + 1, 1)
    assert counts.by_regional_group["african"] == (before.by_regional_group["african"][0], 1)
    assert counts.by_gender["female"] == (before.by_gender["female"][0], 2)
    assert counts.by_hour == {"10": 1, "11": 1}  # the venue's time
    assert counts.member_states == 1 and counts.civil_society == 1
    assert participation_sentence(counts, "fr") == (
        "Environ 1 représentants d'organisations non gouvernementales dotées du statut "
        "consultatif auprès du Conseil économique et social, d'organisations de la société "
        "civile et du secteur privé ont participé à ces rencontres; 1 États Membres y ont "
        "aussi assisté."
    )


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_cli_answers_checked_in_already_and_refused_with_their_exit_codes(
    demo_db: Any, demo_db_path: Path, people: People, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_db.dispose()
    db = ("--database", str(demo_db_path))
    code, out, _ = _cli(capsys, *db, "checkin", str(people.ngo), "--desk", "Door A", "--json")
    answer = json.loads(out)
    assert code == 0 and answer["result"] == "checked_in"
    assert answer["person"]["family_name"] == "العلوي" and answer["at"]
    code, out, _ = _cli(capsys, *db, "checkin", people.badge, "--json")
    assert code == 0 and json.loads(out)["result"] == "already"
    assert json.loads(out)["desk"] == "Door A"
    code, out, _ = _cli(capsys, *db, "checkin", str(people.withdrawn), "--json")
    assert code == 1 and json.loads(out)["result"] == "refused"
    code, out, _ = _cli(capsys, *db, "checkin", "not-a-badge")
    assert code == 1 and out.startswith("REFUSED: not a ForumDesk badge")
    code, out, _ = _cli(capsys, *db, "attendance", "--json")
    counts = json.loads(out)
    assert code == 0 and counts["present"] == 1 and counts["scans"] == 1
    code, out, _ = _cli(capsys, *db, "attendance", "--sentence")
    assert code == 0 and out.startswith("Environ 1 représentants d'organisations")


def test_the_cli_refuses_a_desk_at_a_segment_of_no_forum(
    demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def scans() -> int:
        database, _ = open_database(str(demo_db_path))
        try:
            with database.reading() as session:
                return session.scalar(select(func.count()).select_from(CheckIn)) or 0
        finally:
            database.dispose()

    before = scans()  # the demo's morning
    code, _, err = _cli(capsys, "--database", str(demo_db_path), "checkin", "0001",
                        "--segment", str(uuid.uuid4()))  # fmt: skip
    assert code == 1 and err.startswith("forumdesk: no such segment in this forum")
    assert scans() == before


def test_two_laptops_check_in_overlapping_people_and_the_office_counts_each_once(
    demo_db: Any, demo_db_path: Path, people: People, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    demo_db.dispose()
    office = str(demo_db_path)
    laptops = {"A": tmp_path / "laptop-a.db", "B": tmp_path / "laptop-b.db"}
    for name, path in laptops.items():
        prepare = ("prepare-laptop", str(path), "--forum", str(people.forum_id), "--no-encrypt")
        code, _, err = _cli(capsys, "--database", office, *prepare, "--name", f"Laptop {name}")
        assert code == 0, err
    scans = {"A": (people.state, people.ngo), "B": (people.ngo,)}  # the NGO's on both
    for name, registrations in scans.items():
        for registration in registrations:
            code, _, err = _cli(capsys, "--database", str(laptops[name]), "checkin",
                                str(registration), "--desk", f"Desk {name}")  # fmt: skip
            assert code == 0, err
    for path in laptops.values():
        code, _, err = _cli(capsys, "--database", office, "merge", str(path), "--json")
        assert code == 0, err
    code, out, _ = _cli(capsys, "--database", office, "attendance", "--json")
    counts = json.loads(out)
    assert code == 0 and counts["present"] == 2 and counts["scans"] == 3
    assert counts["by_category"]["ngo_ecosoc"]["present"] == 1
    database, _ = open_database(office)
    try:
        with database.reading() as session:
            desks = sorted(
                session.scalars(select(CheckIn.desk).where(CheckIn.registration_id == people.ngo))
            )
    finally:
        database.dispose()
    assert desks == ["Desk A", "Desk B"]  # one attendance, both scans kept
    for path in (office, *map(str, laptops.values())):
        code, _, err = _cli(capsys, "--database", path, "check")
        assert code == 0, (path, err)


def test_the_qr_codes_of_a_printed_badge_sheet_check_their_people_in(
    demo_db: Any, demo_db_path: Path, people: People, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    """The badges PDF, rendered by poppler and read by a real decoder (zxing-cpp): every
    accredited person's badge is read; a payload checks its person in once, then answers
    "already" (the test's people and a few of the demo's: 400 scans would take long)."""
    import subprocess

    import zxingcpp
    from PIL import Image

    demo_db.dispose()
    db = ("--database", str(demo_db_path))
    pdf = tmp_path / "badges.pdf"
    code, _, err = _cli(capsys, *db, "registry", "badges", str(pdf))
    assert code == 0, err
    subprocess.run(["pdftoppm", "-r", "96", "-png", str(pdf), str(tmp_path / "page")],
                   check=True, capture_output=True)  # fmt: skip
    payloads = sorted(
        found.text
        for page in sorted(tmp_path.glob("page*.png"))
        for found in zxingcpp.read_barcodes(Image.open(page))
        if found.format == zxingcpp.BarcodeFormat.QRCode
    )
    with demo_db.reading() as session:
        accredited = session.scalars(
            select(Registration.id).where(Registration.status == AccreditationStatus.ACCREDITED)
        ).all()
    assert payloads == sorted(str(r) for r in accredited)  # one badge each, each read
    assert str(people.withdrawn) not in payloads  # the withdrawn person has no badge
    ours = [str(people.state), str(people.ngo)]
    # Three of the demo's besides: sorted by a random id, one could be ours (scanned twice).
    scanned = [*ours, *[payload for payload in payloads if payload not in ours][:3]]
    for payload in scanned:
        code, out, err = _cli(capsys, *db, "checkin", payload, "--json")
        assert code == 0 and json.loads(out)["result"] == "checked_in", (payload, out, err)
        code, out, _ = _cli(capsys, *db, "checkin", payload, "--json")
        assert code == 0 and json.loads(out)["result"] == "already"
    code, out, _ = _cli(capsys, *db, "attendance", "--json")
    assert json.loads(out)["present"] == len(set(scanned))


def test_times_in_an_answer_are_on_the_venues_clock(demo_db: Any, people: People) -> None:
    with demo_db.unit_of_work() as session:
        first = check_in(session, people.forum_id, str(people.ngo), now=MORNING)
        again = check_in(session, people.forum_id, str(people.ngo))
    for answer in (first, again):
        assert answer.at == MORNING
        assert answer.at is not None and (answer.at.hour, answer.at.minute) == (10, 32)
        assert answer.at.utcoffset() == timedelta(hours=-4)  # New York, in summer
    assert first.scanned_at == MORNING and first.scanned_at.utcoffset() == timedelta(hours=-4)
    with demo_db.reading() as session:
        red = check_in(session, people.forum_id, "not-a-badge", now=MORNING)
    assert red.scanned_at is not None and red.scanned_at.hour == 10


def test_a_red_answer_offers_what_the_workflow_allows(demo_db: Any, people: People) -> None:
    with demo_db.unit_of_work() as session:
        refused = create_representative(session, RepresentativeInput("Ali", "Khan"))
        refused_registration = register(session, people.forum_id, refused)
        decide(session, [refused_registration], AccreditationStatus.REFUSED, decided_by="Registrar")
    offers = {
        str(people.requested): Offer.ACCREDIT,
        str(people.withdrawn): None,  # the accreditation office's decision, not the door's
        str(refused_registration): None,
        str(uuid.uuid4()): Offer.WALK_IN,
        "9999": Offer.WALK_IN,
        "https://example.org/invitation": Offer.WALK_IN,
    }
    for scan, offer in offers.items():
        with demo_db.reading() as session:
            answer = check_in(session, people.forum_id, scan)
        assert answer.outcome is Outcome.REFUSED and answer.offer is offer, scan
    with demo_db.reading() as session:
        withdrawn = check_in(session, people.forum_id, str(people.withdrawn))
    assert "accreditation office" in withdrawn.reason
    with demo_db.reading() as session:
        accredited = check_in(session, people.forum_id, str(people.ngo))
    assert accredited.offer is None


def _audited(database: Any, table: str, record: uuid.UUID) -> list[tuple[str, Any]]:
    """Who changed the record, and its values after, in the order of the audit log."""
    with database.reading() as session:
        return [
            (entry.actor, entry.after)
            for entry in session.scalars(
                select(AuditEntry)
                .where(AuditEntry.table_name == table, AuditEntry.record_id == record)
                .order_by(AuditEntry.sequence)
            )
        ]


def test_a_waiting_request_is_accredited_and_checked_in_at_the_door_then_undone(
    demo_db: Any, people: People
) -> None:
    with demo_db.reading() as session:
        red = check_in(session, people.forum_id, str(people.requested))
    assert red.offer is Offer.ACCREDIT and red.person is not None
    demo_db.actor = "Door Operator"
    with demo_db.unit_of_work() as session:
        done = accredit_and_check_in(
            session, people.forum_id, people.requested, version=red.person.version,
            decided_by="Door Operator", desk="Laptop B, side door", now=MORNING,
        )  # fmt: skip
    green = done.answer
    assert green.outcome is Outcome.CHECKED_IN and len(green.check_ins) == 1
    assert green.person is not None and green.person.status is AccreditationStatus.ACCREDITED
    with demo_db.reading() as session:
        registration = session.get_one(Registration, people.requested)
        assert registration.status is AccreditationStatus.ACCREDITED
        assert registration.decided_by == "Door Operator" and registration.badge_number
        rows = session.execute(
            select(CheckIn.id, CheckIn.desk).where(CheckIn.registration_id == people.requested)
        ).all()
        assert [desk for _, desk in rows] == ["Laptop B, side door"]
    decisions = _audited(demo_db, "registrations", people.requested)
    assert ("Door Operator", "accredited") in [(who, to.get("status")) for who, to in decisions]
    assert [actor for actor, _ in _audited(demo_db, "check_ins", rows[0].id)] == ["Door Operator"]

    with demo_db.unit_of_work() as session:
        undo_door_accreditation(session, people.forum_id, done)
    with demo_db.reading() as session:
        registration = session.get_one(Registration, people.requested)
        assert registration.status is AccreditationStatus.REQUESTED
        assert registration.badge_number is None
        assert attendance(session, people.forum_id).present == 0
        again = check_in(session, people.forum_id, str(people.requested))
    assert again.outcome is Outcome.REFUSED and again.offer is Offer.ACCREDIT


def test_the_door_accredits_only_a_waiting_request_as_it_was_scanned(
    demo_db: Any, people: People
) -> None:
    with demo_db.reading() as session:
        scanned = check_in(session, people.forum_id, str(people.requested)).person
        withdrawn = check_in(session, people.forum_id, str(people.withdrawn)).person
    assert scanned is not None and withdrawn is not None
    with demo_db.unit_of_work() as session:  # the office decides meanwhile
        decide(session, [people.requested], AccreditationStatus.REFUSED, decided_by="Office")
    cases = [
        (people.requested, scanned.version, "changed since the scan"),
        (people.withdrawn, withdrawn.version, "only a request waiting for a decision"),
        (uuid.uuid4(), 1, "unknown badge"),
    ]
    for registration, version, reason in cases:
        with pytest.raises(ScanError, match=reason), demo_db.unit_of_work() as session:
            accredit_and_check_in(
                session, people.forum_id, registration, version=version, decided_by="Door"
            )
    with demo_db.reading() as session:
        assert session.scalar(select(func.count()).select_from(CheckIn)) == 0
        assert session.get_one(Registration, people.withdrawn).status is (
            AccreditationStatus.WITHDRAWN
        )


def test_undo_at_the_door_leaves_a_decision_taken_since(demo_db: Any, people: People) -> None:
    with demo_db.reading() as session:
        person = check_in(session, people.forum_id, str(people.requested)).person
    assert person is not None
    with demo_db.unit_of_work() as session:
        done = accredit_and_check_in(
            session, people.forum_id, people.requested, version=person.version, decided_by="Door"
        )
    with demo_db.unit_of_work() as session:  # the office withdraws it meanwhile
        decide(session, [people.requested], AccreditationStatus.WITHDRAWN, decided_by="Office")
    with pytest.raises(Refused, match="decided again since"), demo_db.unit_of_work() as session:
        undo_door_accreditation(session, people.forum_id, done)
    with demo_db.reading() as session:
        assert session.get_one(Registration, people.requested).status is (
            AccreditationStatus.WITHDRAWN
        )
        live = select(func.count()).select_from(CheckIn).where(CheckIn.deleted_at.is_(None))
        assert session.scalar(live) == 1  # the undo changed nothing
