"""The summary parser on the seed document and on small synthetic inputs."""

from __future__ import annotations

import re
from datetime import date, time

import pytest

from forumdesk.paths import seed_document
from forumdesk.services.documents.parser import ParsedDocument, ParsedSection, parse_summary
from forumdesk.services.programme.annex import parse_annex_programme
from forumdesk.store.enums import SectionLevel, SegmentKind, SessionKind


@pytest.fixture(scope="module")
def seed() -> ParsedDocument:
    return parse_summary(seed_document().read_text(encoding="utf-8"))


def _paragraph(doc: ParsedDocument, number: int) -> str:
    (text,) = [p.text for p in doc.paragraphs if p.number == number]
    return text


def _section(doc: ParsedDocument, level: SectionLevel, title_start: str) -> ParsedSection:
    (section,) = [s for s in doc.sections if s.level is level and s.title.startswith(title_start)]
    return section


def test_seed_has_76_paragraphs_in_order_and_no_warnings(seed: ParsedDocument) -> None:
    assert [p.number for p in seed.paragraphs] == list(range(1, 77))
    assert seed.warnings == []
    assert _paragraph(seed, 1).startswith("Les rencontres interactives informelles")
    assert _paragraph(seed, 76).startswith("Plusieurs participants ont souligné les incidences")


def test_seed_sections_and_their_ranges_match_the_toc(seed: ParsedDocument) -> None:
    top = [s for s in seed.sections if s.level is SectionLevel.SECTION]
    assert [(s.label, s.first_paragraph, s.last_paragraph) for s in top] == [
        ("I", 1, 7),
        ("II", 8, 22),
        ("III", 23, 29),
        ("IV", 30, 64),
        ("V", 65, 76),
    ]
    assert top[0].title == "Introduction" and top[1].title == "Principaux résultats"
    assert all(s.parent is None for s in top)
    iii = seed.sections.index(top[2])
    under_iii = [s for s in seed.sections if s.parent == iii]
    assert [(s.label, s.first_paragraph, s.last_paragraph) for s in under_iii] == [
        ("A", 23, 25),
        ("B", 26, 26),
        ("C", 27, 27),
        ("D", 28, 28),
        ("E", 29, 29),
    ]
    assert all(s.level is SectionLevel.SUBSECTION for s in under_iii)
    assert under_iii[1].title == "Égalité des sexes"
    toc = {(e.label, e.first_paragraph, e.last_paragraph, e.page) for e in seed.toc}
    assert {("I", 1, 7, 3), ("II", 8, 22, 4), ("III", 23, 29, 7), ("IV", 30, 64, 9)} <= toc
    assert ("V", 65, 76, 17) in toc
    assert seed.toc[-1].title == "Annexe" and seed.toc[-1].page == 21


def test_a_numbered_heading_is_told_from_a_paragraph(seed: ParsedDocument) -> None:
    impact = _section(seed, SectionLevel.SUBSUBSECTION, "Impact économique")
    assert impact.label == "1"
    assert impact.title == "Impact économique des migrations au niveau mondial"
    assert (impact.first_paragraph, impact.last_paragraph) == (31, 31)
    parent = seed.sections[impact.parent or 0]
    assert (parent.level, parent.label, parent.title) == (
        SectionLevel.SUBSECTION,
        "B",
        "Liens entre migration et développement",
    )
    assert _paragraph(seed, 31).startswith("L'effet positif")
    assert seed.paragraphs[30].section == seed.sections.index(impact)
    assert not any(p.text.startswith("Impact économique") for p in seed.paragraphs)


def test_unnumbered_headings_sit_under_their_sub_section(seed: ParsedDocument) -> None:
    groups = _section(seed, SectionLevel.SUBSUBSECTION, "Groupes vulnérables")
    headings = [s for s in seed.sections if s.level is SectionLevel.HEADING]
    assert [(s.title, s.label, s.first_paragraph, s.last_paragraph) for s in headings] == [
        ("Migrantes", None, 45, 46),
        ("Enfants migrants", None, 47, 49),
        ("Peuples autochtones", None, 50, 50),
    ]
    assert {s.parent for s in headings} == {seed.sections.index(groups)}


def test_page_breaks_are_rejoined(seed: ParsedDocument) -> None:
    assert "le Comité des droits économiques, sociaux et culturels" in _paragraph(seed, 11)
    assert "des enfants et des jeunes migrants, dans les pays d'accueil" in _paragraph(seed, 15)
    p23 = _paragraph(seed, 23)
    assert p23.endswith("étaient donc tenus juridiquement de les appliquer tous.")
    assert "de toutes les personnes et s'appliquent donc" in p23
    assert "A/60/871" not in p23 and "¹" not in p23
    for number in (27, 30, 33, 54, 60, 72, 76):
        assert "\n" not in _paragraph(seed, number)
        assert "  " not in _paragraph(seed, number)


def test_the_footnote_is_attached_to_paragraph_22(seed: ParsedDocument) -> None:
    assert [(f.marker, f.text, f.paragraph) for f in seed.footnotes] == [("¹", "A/60/871.", 22)]
    assert "rapport¹" in _paragraph(seed, 22)


def test_paragraph_5_keeps_its_list(seed: ParsedDocument) -> None:
    lead, *items = _paragraph(seed, 5).split("\n")
    assert lead == "Les rencontres étaient respectivement consacrées aux trois thèmes suivants :"
    markers = [re.match(r"^-?\s*([a-z])\)\s", item) for item in items]
    assert [m.group(1) if m else item for m, item in zip(markers, items, strict=True)] == [
        "a",
        "b",
        "c",
    ]
    assert items[2].endswith("dans l'intérêt des pays et des migrants.")
    assert _paragraph(seed, 6).startswith("Le Président par intérim")


def test_the_header(seed: ParsedDocument) -> None:
    header = seed.header
    assert header.organ == "Assemblée générale"
    assert header.distribution == "Distr. générale"
    assert header.issued_on == date(2006, 7, 27)
    assert header.language == "Français"
    assert header.original_language == "anglais"
    assert header.session_label == "Soixante et unième session"
    assert header.agenda_item == "Point 54 b) de l'ordre du jour provisoire"
    assert header.title == (
        "Mondialisation et interdépendance : migrations internationales et développement"
    )
    assert header.subtitle is not None
    assert header.subtitle.startswith("Résumé des rencontres interactives informelles")
    assert header.preamble is not None
    assert header.preamble.startswith("Note du Président de l'Assemblée générale")


def test_the_annex_programme(seed: ParsedDocument) -> None:
    assert seed.annex_title is not None and seed.annex_title.startswith("Programme de rencontres")
    sessions, warnings = parse_annex_programme(seed.annex_body or "")
    assert warnings == []
    assert [(s.kind, s.starts_at, s.ends_at) for s in sessions] == [
        (SessionKind.MORNING, time(10, 0), time(13, 0)),
        (SessionKind.AFTERNOON, time(15, 0), time(18, 0)),
    ]
    segments = [segment for s in sessions for segment in s.segments]
    assert [(g.starts_at, g.ends_at) for g in segments] == [
        (time(10, 0), time(10, 30)),
        (time(10, 35), time(11, 45)),
        (time(11, 50), time(13, 0)),
        (time(15, 0), time(16, 15)),
        (time(16, 20), time(17, 30)),
        (time(17, 30), time(18, 0)),
    ]
    assert [g.kind for g in segments] == [SegmentKind.OPENING] + [SegmentKind.THEMATIC] * 4 + [
        SegmentKind.CLOSING
    ]
    assert [len(s.segments) for s in sessions] == [3, 3]
    opening = segments[0]
    assert opening.title == "Séance inaugurale"
    assert len(opening.addresses) == 3
    assert opening.addresses[2].startswith("Allocution du Représentant spécial")
    assert segments[1].title == "Première partie"
    assert segments[1].theme is not None and segments[1].theme.startswith("Promotion")


# Small synthetic documents -------------------------------------------------------------

HEADER = """Assemblée générale

Distr. générale
27 juillet 2006
Français
Original : anglais

Soixante et unième session

Point 54 b) de l'ordre du jour provisoire

**Un titre de document**

Table des matières

\tParagraphes\tPage
I. Introduction\t{toc_i}\t3
II. Suite\t3–4\t4

"""
BODY = """I. Introduction

1. Premier paragraphe.
2. Deuxième paragraphe qui continue

sur la page suivante.

II. Suite

{body}
"""


def _doc(body: str = "3. Troisième.\n4. Quatrième.", toc_i: str = "1–2") -> str:
    return HEADER.format(toc_i=toc_i) + BODY.format(body=body)


def test_a_clean_synthetic_document_parses_without_warnings() -> None:
    doc = parse_summary(_doc())
    assert doc.warnings == []
    assert [p.number for p in doc.paragraphs] == [1, 2, 3, 4]
    assert doc.paragraphs[1].text == "Deuxième paragraphe qui continue sur la page suivante."
    assert doc.header.title == "Un titre de document"
    assert [(s.label, s.first_paragraph, s.last_paragraph) for s in doc.sections] == [
        ("I", 1, 2),
        ("II", 3, 4),
    ]


def test_crlf_bom_and_nbsp_parse_like_plain_text() -> None:
    plain = _doc()
    noisy = "\ufeff" + (
        plain.replace("Original : anglais", "Original\u00a0: anglais")
        .replace("1. Premier", "1.\u00a0Premier")
        .replace("II. Suite\n\n3.", "II.\u00a0Suite\n\n3.")
        .replace("\n", "\r\n")
    )
    assert "\u00a0" in noisy and "\r\n" in noisy
    assert parse_summary(noisy) == parse_summary(plain)


def test_a_gap_in_numbering_is_a_warning() -> None:
    doc = parse_summary(_doc(body="3. Troisième.\n5. Cinquième."))
    assert [p.number for p in doc.paragraphs] == [1, 2, 3, 5]
    assert "paragraph 5 follows paragraph 3" in doc.warnings
    assert "missing paragraph numbers: 4" in doc.warnings


def test_a_duplicate_number_is_a_warning() -> None:
    doc = parse_summary(_doc(body="3. Troisième.\n3. Encore trois.\n4. Quatrième."))
    assert [p.number for p in doc.paragraphs] == [1, 2, 3, 3, 4]
    assert "paragraph 3 appears twice" in doc.warnings
    assert "paragraph 3 follows paragraph 3" in doc.warnings


def test_a_toc_range_that_disagrees_with_the_body_is_a_warning() -> None:
    doc = parse_summary(_doc(toc_i="1–3"))
    assert len(doc.warnings) == 1
    assert "¶1–3" in doc.warnings[0] and "'Introduction'" in doc.warnings[0]
    assert "the body has ¶1–2" in doc.warnings[0]


def test_a_footnote_without_marker_and_stray_text_are_warnings() -> None:
    doc = parse_summary(_doc(body="3. Troisième.\n4. Quatrième.\n\n² Note orpheline."))
    assert doc.footnotes[0].paragraph is None
    assert "footnote ² has no marker in any paragraph" in doc.warnings


@pytest.mark.parametrize("raw", ["", "\n\n", "Juste une ligne sans numéro"])
def test_degenerate_input_never_raises(raw: str) -> None:
    doc = parse_summary(raw)
    assert doc.paragraphs == []
    assert "no numbered paragraph found" in doc.warnings


# Robustness: what word processors, PDF copies and hurried typists produce -----------------


def test_list_items_may_start_with_a_dash_or_bullet_and_need_no_blank_lines() -> None:
    body = "3. Trois thèmes :\n– a) le premier ;\n• b) le deuxième ;\nc) le dernier.\n4. Quatre."
    doc = parse_summary(_doc(body=body))
    assert doc.warnings == []
    assert doc.paragraphs[2].text == (
        "Trois thèmes :\n– a) le premier ;\n• b) le deuxième ;\nc) le dernier."
    )


def test_a_closing_quote_after_a_full_stop_ends_the_paragraph() -> None:
    body = "3. Il a conclu : “Agissons.”\nPeuples autochtones\n4. Quatre."
    doc = parse_summary(_doc(body=body))
    assert doc.paragraphs[2].text == "Il a conclu : “Agissons.”"
    heading = doc.sections[doc.paragraphs[3].section or 0]
    assert (heading.level, heading.title) == (SectionLevel.HEADING, "Peuples autochtones")


def test_form_feeds_tabs_and_odd_spaces_are_whitespace() -> None:
    body = "3.\tTrois\u2009:\u00a0un  texte\fqui con\u00adtinue.\n4. Qua\u200btre."
    doc = parse_summary(_doc(body=body))
    assert [p.text for p in doc.paragraphs[2:]] == ["Trois : un texte qui continue.", "Quatre."]


def test_tabbed_body_lines_do_not_extend_the_toc() -> None:
    raw = _doc().replace("I. Introduction\n\n1. Premier", "I.\tIntroduction\n1.\tPremier")
    doc = parse_summary(raw)
    assert [e.label for e in doc.toc] == ["I", "II"]
    assert [p.number for p in doc.paragraphs] == [1, 2, 3, 4]
    assert doc.warnings == []


def test_a_toc_copied_without_tabs_and_with_leaders() -> None:
    raw = _doc().replace("I. Introduction\t1–2\t3", "I. Introduction ........ 1–2 3")
    raw = raw.replace("II. Suite\t3–4\t4", "II.\tSuite\t3-4\t4")
    doc = parse_summary(raw)
    assert [(e.label, e.title, e.first_paragraph, e.last_paragraph, e.page) for e in doc.toc] == [
        ("I", "Introduction", 1, 2, 3),
        ("II", "Suite", 3, 4, 4),
    ]
    assert doc.warnings == []


def test_a_toc_title_without_rows_does_not_swallow_the_body() -> None:
    raw = _doc().replace("\tParagraphes\tPage\nI. Introduction\t1–2\t3\nII. Suite\t3–4\t4\n", "")
    doc = parse_summary(raw)
    assert doc.toc == []
    assert [p.number for p in doc.paragraphs] == [1, 2, 3, 4]


def test_a_header_laid_out_as_a_table_row() -> None:
    raw = _doc().replace("Distr. générale\n27 juillet 2006\n", "Distr. générale\t27 juillet 2006\n")
    doc = parse_summary(raw)
    assert (doc.header.distribution, doc.header.issued_on) == ("Distr. générale", date(2006, 7, 27))
