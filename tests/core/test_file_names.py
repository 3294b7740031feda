"""The file name every export dialog proposes (services.file_names)."""

from __future__ import annotations

from datetime import date

import pytest

from forumdesk.services.file_names import export_file_name, file_part


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
