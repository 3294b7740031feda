"""The file name every export dialog proposes (services.file_names)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from forumdesk.services.common.file_names import export_file_name, file_part


def test_forum_segment_document_and_date() -> None:
    name = export_file_name(["Forum 2027", "Segment 1", "minutes"], "PDF", on=date(2027, 7, 12))
    assert name == "Forum-2027_Segment-1_minutes_2027-07-12.pdf"


def test_characters_file_systems_refuse_become_dashes() -> None:
    name = export_file_name(['Forum: "A/61/187" <draft>?', "a\\b|c*d", "x\ty"], "docx")
    assert name == "Forum-A-61-187-draft_a-b-c-d_x-y.docx"
    assert not set('/\\:*?"<>|\t') & set(name)


def test_accents_and_other_scripts_are_kept_in_nfc() -> None:
    decomposed = "Se\u0301ance d'ouverture"  # é as e + combining accent (macOS)
    assert file_part(decomposed) == "Séance-d-ouverture"
    assert file_part("Заседание 1") == "Заседание-1"


def test_a_long_title_is_cut_at_a_word() -> None:
    title = (
        "Rencontres interactives informelles de l'Assemblée générale avec des "
        "représentants d'organisations non gouvernementales"
    )
    part = file_part(title)
    assert len(part) <= 60 and title.replace("'", " ").replace(" ", "-").startswith(part)
    assert not part.endswith("-")


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        ([], "export.md"),
        (["", None, "  ", "***"], "export.md"),
        (["CON"], "CON_.md"),
        (["nul"], "nul_.md"),
        (["report."], "report.md"),
        (["__a__b__"], "a-b.md"),
    ],
)
def test_empty_reserved_and_odd_names(parts: list[str | None], expected: str) -> None:
    assert export_file_name(parts, ".md") == expected


def test_the_whole_name_is_bounded() -> None:
    name = export_file_name(["x" * 80] * 5, "pdf", on=date(2027, 1, 1))
    assert len(name) <= 154 and name.endswith(".pdf")


@pytest.mark.parametrize(
    "title",
    [
        "联合国大会国际移徙与发展问题高级别对话与民间社会非正式互动听证会第二部分专题会议" * 2,
        "الحوار الرفيع المستوى بشأن الهجرة الدولية والتنمية جلسة استماع غير رسمية " * 3,
        "Международный форум по миграции и развитию, неофициальные слушания " * 3,
    ],
)
def test_a_long_title_in_a_wide_script_fits_the_file_system_and_keeps_the_date(
    title: str, tmp_path: Path
) -> None:
    name = export_file_name([title, title, "minutes"], "docx", on=date(2027, 7, 12))
    assert len(name.encode("utf-8")) <= 220  # ext4 and Btrfs take 255 bytes
    assert name.endswith("_2027-07-12.docx")
    (tmp_path / name).write_bytes(b"")  # the file system takes it
    assert (tmp_path / name).exists()


def test_the_date_survives_three_long_parts() -> None:
    name = export_file_name(["x" * 100, "y" * 100, "z" * 100], "pdf", on=date(2027, 7, 12))
    assert name.endswith("_2027-07-12.pdf") and len(name) <= 160
