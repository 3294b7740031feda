"""Badges: who gets one, in what order, and the PDF sheets (8 a page, any script)."""

from __future__ import annotations

import re
import uuid
from pathlib import Path
from typing import Any

import pytest

from forumdesk.exports.document import fonts as badge_fonts
from forumdesk.exports.registry import badges as badge_pdf
from forumdesk.services.registry.badges import Badge, badges_for
from forumdesk.store.enums import AccreditationStatus, OrganisationCategory
from forumdesk.store.models import Forum, Organisation, Registration, Representative
from forumdesk.store.types import utcnow

C = OrganisationCategory
LONG_ORGANISATION = (
    "International Confederation of Free Trade Unions and Allied Workers' Federations "
    "of the Northern and Southern Hemispheres for the Rights of Migrant Workers"
)
SQLISH = "O'Brien'); DROP TABLE representatives;--"

# family, given, family (Latin), given (Latin), sort key (None: an old row), organisation
PEOPLE: list[tuple[str, str, str | None, str | None, str | None, str | None, C | None]] = [
    ("Dupont", "Marie-Claire", None, None, "dupont marie-claire", "OIM", C.INTERGOVERNMENTAL),
    ("Иванов", "Сергей", "Ivanov", "Sergey", "ivanov sergey", "Миссия России", C.MEMBER_STATE),
    (
        "العمري",
        "محمد",
        "Al-Omari",
        "Mohammed",
        "al-omari mohammed",
        "جمعية المهاجرين",
        C.NGO_ECOSOC,
    ),
    ("王", "小明", "Wang", "Xiaoming", "wang xiaoming", "中国移民研究中心", C.PRIVATE_SECTOR),
    ("Müller", "Jürgen", None, None, "muller jurgen", LONG_ORGANISATION, C.TRADE_UNION),
    (SQLISH, "Robert", None, None, "o'brien robert", "Bobby Tables' NGO; --", C.CIVIL_SOCIETY),
    ("García Márquez", "José", None, None, None, "Red de Migrantes", C.MIGRANT_ASSOCIATION),
    ("Nguyễn", "Thị Minh", None, None, None, "Youth for Migration", C.YOUTH),
    ("Okafor", "Chiamaka", None, None, "okafor chiamaka", "University of Lagos", C.RESEARCH),
    ("Smith", "Ann", None, None, "smith ann", None, None),
    ("Ξενάκης", "Ιάννης", "Xenakis", "Iannis", "xenakis iannis", "Banque", C.OBSERVER_STATE),
]


def _fill(database: Any) -> tuple[uuid.UUID, dict[str, uuid.UUID], uuid.UUID]:
    """The forum, registration ids by family name, and one not-yet-accredited registration."""
    with database.unit_of_work() as session:
        forum = Forum(title="Informal interactive hearings on migration and development, 2006")
        session.add(forum)
        session.flush()
        ids: dict[str, uuid.UUID] = {}
        for number, (family, given, family_l, given_l, key, org, category) in enumerate(
            PEOPLE, start=1
        ):
            organisation = None
            if org is not None:
                assert category is not None
                organisation = Organisation(name=org, category=category)
            person = Representative(
                organisation=organisation,
                family_name=family,
                given_name=given,
                family_name_latin=family_l,
                given_name_latin=given_l,
                sort_key=key,
            )
            registration = Registration(
                forum_id=forum.id,
                representative=person,
                status=AccreditationStatus.ACCREDITED,
                badge_number=f"B-{number:04d}",
            )
            session.add_all([person, registration])
            session.flush()
            ids[family] = registration.id
        pending = Registration(
            forum_id=forum.id,
            representative=Representative(family_name="Pending", given_name="Paula"),
            status=AccreditationStatus.REQUESTED,
        )
        gone = Registration(
            forum_id=forum.id,
            representative=Representative(family_name="Gone", given_name="Gus"),
            status=AccreditationStatus.ACCREDITED,
            deleted_at=utcnow(),
        )
        session.add_all([pending, gone])
        session.flush()
        return forum.id, ids, pending.id


@pytest.fixture
def filled(empty_db_path: Path) -> Any:
    from forumdesk.store.migrate import open_database

    database, _ = open_database(str(empty_db_path), backup=False)
    forum_id, ids, pending = _fill(database)
    yield database, forum_id, ids, pending
    database.dispose()


def _order_key(row: tuple[Any, ...]) -> tuple[str, str]:
    return (row[4] or row[0].lower(), row[1].lower())


def test_badges_for_lists_accredited_people_by_family_name(filled: Any) -> None:
    database, forum_id, ids, _ = filled
    with database.unit_of_work() as session:
        badges = badges_for(session, forum_id)
    assert [b.family_name for b in badges] == [p[0] for p in sorted(PEOPLE, key=_order_key)]
    ivanov = next(b for b in badges if b.family_name == "Иванов")
    assert ivanov.latin_name == "Sergey IVANOV"
    assert ivanov.category is C.MEMBER_STATE
    assert ivanov.registration_id == ids["Иванов"]
    assert ivanov.forum_title.startswith("Informal interactive hearings")
    smith = next(b for b in badges if b.family_name == "Smith")
    assert (smith.organisation, smith.category, smith.latin_name) == (None, None, "")
    wang = next(b for b in badges if b.family_name == "王")
    assert wang.latin_name == "WANG Xiaoming"  # family name first, as in Chinese


def test_a_selection_prints_exactly_those_whatever_their_status(filled: Any) -> None:
    database, forum_id, ids, pending = filled
    chosen = [ids["Dupont"], pending]
    with database.unit_of_work() as session:
        badges = badges_for(session, forum_id, chosen)
        assert badges_for(session, forum_id, []) == []
        with pytest.raises(LookupError):
            badges_for(session, uuid.uuid4())
    assert [b.family_name for b in badges] == ["Dupont", "Pending"]


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page(?!s)", pdf))


def test_pdf_has_eight_badges_a_page_with_numbers_and_qr_payloads(
    filled: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database, forum_id, ids, _ = filled
    payloads: list[str] = []
    make_qr = badge_pdf.segno.make_qr

    def recording(content: str, **kwargs: Any) -> Any:
        payloads.append(content)
        return make_qr(content, **kwargs)

    monkeypatch.setattr(badge_pdf.segno, "make_qr", recording)
    with database.unit_of_work() as session:
        badges = badges_for(session, forum_id)
    path = tmp_path / "badges.pdf"
    assert badge_pdf.write_badges(badges, path, compress=False) == len(PEOPLE)
    pdf = path.read_bytes()
    assert pdf.startswith(b"%PDF")
    assert _pages(pdf) == 2  # 8 + 3
    for number in range(1, len(PEOPLE) + 1):
        assert f"(No B-{number:04d})".encode() in pdf
    assert sorted(payloads) == sorted(str(i) for i in ids.values())
    assert all(badge_pdf.qr_payload(b) == str(b.registration_id) for b in badges)


def test_write_badge_sheet_reads_the_database(filled: Any, tmp_path: Path) -> None:
    database, forum_id, ids, _ = filled
    path = tmp_path / "selection.pdf"
    with database.unit_of_work() as session:
        written = badge_pdf.write_badge_sheet(session, forum_id, path, [ids["王"]])
    assert written == 1
    assert path.read_bytes().startswith(b"%PDF")


def test_names_no_font_can_show_are_printed_transliterated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A machine with no TrueType font at all: only the PDF's own Helvetica.
    helvetica = (badge_fonts._Face("Helvetica", badge_fonts._helvetica_covers),)
    bold = (badge_fonts._Face("Helvetica-Bold", badge_fonts._helvetica_covers),)
    monkeypatch.setattr(badge_fonts, "_faces", lambda is_bold: bold if is_bold else helvetica)
    badge = Badge(uuid.uuid4(), "Сергей", "Иванов", "", "Миссия", C.MEMBER_STATE, "7", "Forum")
    path = tmp_path / "fallback.pdf"
    badge_pdf.write_badges([badge], path, compress=False)
    pdf = path.read_bytes()
    assert b"(IVANOV)" in pdf
    assert b"(Sergei)" in pdf  # ICAO Doc 9303, as in passports


def _drawn_text(pdf: bytes) -> str:
    """Every string drawn on the page, in order (uncompressed PDF)."""
    return " ".join(s.decode("latin-1") for s in re.findall(rb"\((.*?)\) Tj", pdf))


def test_a_name_without_a_latin_form_gets_no_second_line(tmp_path: Path) -> None:
    arabic = Badge(uuid.uuid4(), "فاطمة", "العلوي", "", "Réseau", C.NGO_ECOSOC, "8", "Forum")
    typed = Badge(uuid.uuid4(), "فاطمة", "العلوي", "Fatima ALAOUI", None, None, "9", "Forum")
    path = tmp_path / "arabic.pdf"
    badge_pdf.write_badges([arabic, typed], path, compress=False)
    drawn = _drawn_text(path.read_bytes())
    assert "Fatima ALAOUI" in drawn
    for skeleton in ("ftmh", "lwy", "FTMH", "LWY"):
        assert skeleton not in drawn


def test_a_consonant_skeleton_stored_by_an_older_version_is_not_printed(
    filled: Any,
) -> None:
    database, forum_id, ids, _ = filled
    with database.unit_of_work() as session:
        registration = session.get(Registration, ids["العمري"])
        person = registration.representative
        person.given_name_latin, person.family_name_latin = "mhmd", "l`mry"  # anyascii's
        session.flush()
        (badge,) = badges_for(session, forum_id, [ids["العمري"]])
    assert badge.latin_name == ""


def test_fonts_cover_every_script_when_installed() -> None:
    assert badge_fonts.font_for("Dupont") is not None
    if badge_fonts.font_for("Иванов") is None or badge_fonts.font_for("王小明") is None:
        pytest.skip("no TrueType font with Cyrillic and CJK glyphs on this machine")
    assert badge_fonts.font_for("العمري") is not None


def test_arabic_is_shaped_and_drawn_right_to_left() -> None:
    # م ح م د: initial, medial, medial, final; then reversed for left-to-right drawing.
    assert badge_fonts.visual("محمد") == "\ufeaa\ufee4\ufea4\ufee3"
    assert badge_fonts.visual("لا") == "\ufefb"  # lam-alef ligature
    assert badge_fonts.visual("Dupont") == "Dupont"
    assert badge_fonts.upper("Ξενάκης") == "ΞΕΝΑΚΗΣ"
    assert badge_fonts.upper("García") == "GARCÍA"
    assert badge_fonts.is_latin("Nguyễn Thị") and not badge_fonts.is_latin("Иванов")


def test_category_colours_are_distinct_and_complete() -> None:
    colours = badge_pdf.CATEGORY_COLOURS
    assert set(colours) == set(OrganisationCategory)
    assert len(set(colours.values())) == len(colours)
    assert badge_pdf.NO_CATEGORY_COLOUR not in colours.values()
    assert all(re.fullmatch(r"#[0-9A-F]{6}", c) for c in colours.values())


def test_latin_words_numbers_and_brackets_inside_arabic_keep_their_order() -> None:
    # Drawn left to right: the Arabic words reversed and shaped, "MRN" and "2006" as
    # written, the brackets mirrored (the bidirectional algorithm, not run reversal).
    drawn = badge_fonts.visual("جمعية MRN 2006 (فرع)")
    assert drawn == f"({badge_fonts.visual('فرع')}) MRN 2006 {badge_fonts.visual('جمعية')}"
    assert badge_fonts.visual("Réseau الجمعية 2006").startswith("Réseau 2006 ")
