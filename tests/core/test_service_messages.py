"""The services' own sentences and the documents' fixed words through gettext: the
catalogues are complete and stable, plurals follow each language's rules, and under
French the refusals, the import's errors, the duplicate reasons and a French forum's
badges speak French."""

from __future__ import annotations

import gettext
import importlib.util
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from babel.messages.pofile import read_po

from forumdesk.services.common import messages
from forumdesk.services.common.messages import (
    available_languages,
    document_language,
    gettext_in,
    ngettext_in,
    plural_index,
    set_language,
)
from forumdesk.services.common.refusals import Refused

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "src" / "forumdesk" / "locale"
FIELDS = re.compile(r"\{(\w+)")


def _updater() -> Any:
    spec = importlib.util.spec_from_file_location(
        "update_service_messages", ROOT / "packaging" / "update_service_messages.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _catalogue(language: str) -> Any:
    with (LOCALE / language / "LC_MESSAGES" / "forumdesk.po").open("rb") as stream:
        return read_po(stream, locale=language)


@pytest.fixture
def french() -> Iterator[None]:
    assert set_language("fr") == "fr"
    try:
        yield
    finally:
        set_language("en")


# --- the catalogues ---------------------------------------------------------------------


def test_every_marked_message_has_a_french_translation_with_the_same_fields() -> None:
    marked = {(message, context) for _f, _l, message, _c, context in _updater().extract()}
    catalogue = _catalogue("fr")
    french = {(m.id, m.context): m.string for m in catalogue if m.id}
    assert marked and marked <= set(french), sorted(map(str, marked - set(french)))
    for message, context in marked:
        translated = french[message, context]
        sources = message if isinstance(message, tuple) else (message,)
        forms = translated if isinstance(translated, tuple | list) else (translated,)
        assert all(forms), f"untranslated: {message!r}"
        assert len(forms) == (catalogue.num_plurals if isinstance(message, tuple) else 1)
        wanted = set(FIELDS.findall(sources[-1]))
        for form in forms:
            assert set(FIELDS.findall(form)) == wanted, message


def test_each_un_language_has_a_catalogue_of_the_same_messages() -> None:
    """Each of ar, es, ru and zh holds every message, finished, keeping its fields; a
    plural form may say its number in words and leave the count out ("ملاحظة واحدة")."""
    assert available_languages() == ["ar", "es", "fr", "ru", "zh"]
    french = {(m.id, m.context) for m in _catalogue("fr") if m.id}
    for language in ("ar", "es", "ru", "zh"):
        catalogue = _catalogue(language)
        assert {(m.id, m.context) for m in catalogue if m.id} == french, language
        for entry in catalogue:
            forms = entry.string if isinstance(entry.string, tuple | list) else (entry.string,)
            source = entry.id[-1] if isinstance(entry.id, tuple) else entry.id
            assert all(forms), (language, entry.id)
            wanted = set(FIELDS.findall(source))
            for form in forms:
                found = set(FIELDS.findall(form))
                plural_without_count = isinstance(entry.id, tuple) and found < wanted
                assert found == wanted or plural_without_count, (language, entry.id)


def test_running_the_updater_again_changes_nothing(tmp_path: Path) -> None:
    before = {p: p.read_bytes() for p in LOCALE.glob("*/LC_MESSAGES/forumdesk.po")}
    try:
        _updater().main()
        after = {p: p.read_bytes() for p in LOCALE.glob("*/LC_MESSAGES/forumdesk.po")}
        assert after == before
    finally:
        for path, content in before.items():
            path.write_bytes(content)


# --- plurals ----------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["ar", "es", "fr", "ru", "zh"])
def test_plural_forms_follow_the_catalogue_header(language: str) -> None:
    """Babel's CLDR rules pick the same msgstr[i] as the .po file's Plural-Forms."""
    rule = gettext.c2py(_catalogue(language).plural_expr)
    for count in [*range(0, 130), 1000, 1001, 1_000_000, 2_000_000]:
        assert plural_index(language, count) == rule(count), (language, count)


def test_french_says_one_registered_in_the_singular() -> None:
    singular, plural = (
        "{count} broken foreign key reference",
        "{count} broken foreign key references",
    )
    assert ngettext_in("fr", singular, plural, 1).format(count=1) == (
        "1 référence de clé étrangère rompue"
    )
    assert ngettext_in("fr", singular, plural, 0).format(count=0).endswith("rompue")
    assert ngettext_in("fr", singular, plural, 3).format(count=3).endswith("rompues")
    assert ngettext_in("en", singular, plural, 1).format(count=1) == (
        "1 broken foreign key reference"
    )
    assert ngettext_in("ru", singular, plural, 5).format(count=5) == (
        "5 нарушенных ссылок по внешнему ключу"
    )
    assert ngettext_in("de", singular, plural, 5) == plural  # no catalogue: English


# --- under French -----------------------------------------------------------------------


def test_an_import_with_a_bad_email_says_so_in_french_naming_row_and_column(
    french: None, empty_db_path: Path, tmp_path: Path
) -> None:
    from forumdesk.services.registry.import_.columns import guess_mapping
    from forumdesk.services.registry.import_.files import read_rows
    from forumdesk.services.registry.import_.importer import run_import
    from forumdesk.store.migrate import open_database

    path = tmp_path / "liste.csv"
    path.write_text(
        "Nom;Prénom;Organisation;Catégorie;Courriel\n"
        "Martin;Zoé;CGT;Syndicat;zoe-at-cgt.fr\n"
        "Dupont;Jérôme;Médecins du Monde;ONG;jerome@example.org\n",
        encoding="utf-8",
    )
    database, _ = open_database(str(empty_db_path), backup=False)
    try:
        headers, _rows = read_rows(path)
        with database.unit_of_work() as session:
            report = run_import(session, path, guess_mapping(headers, session), dry_run=True)
    finally:
        database.dispose()
    (problem,) = report.errors
    assert problem.message() == "ligne 2, Courriel : l’adresse électronique n’est pas valide"
    assert "@-sign" not in problem.reason  # the library's English stays in the log


def test_duplicate_reasons_are_worded_in_french(french: None) -> None:
    from forumdesk.services.registry.duplicates.reasons import reasons_text

    assert reasons_text(("same email", "similar name 87", "different organisation")) == (
        "même adresse électronique, nom proche (87 %), organisation différente"
    )
    assert reasons_text(("a key from elsewhere",)) == "a key from elsewhere"


def test_merge_and_workflow_refusals_are_in_french(french: None, empty_db_path: Path) -> None:
    from forumdesk.exports.minutes.document import minutes_document
    from forumdesk.services.minutes.workflow import MinutesError
    from forumdesk.services.registry.merge import merge_representatives
    from forumdesk.store.migrate import open_database

    database, _ = open_database(str(empty_db_path), backup=False)
    same = uuid.uuid4()
    try:
        with pytest.raises(Refused) as refused, database.unit_of_work() as session:
            merge_representatives(session, same, same)
        assert str(refused.value) == "une fiche ne peut pas être fusionnée avec elle-même"
        with pytest.raises(MinutesError) as minutes, database.unit_of_work() as session:
            minutes_document(session, uuid.uuid4())
        assert str(minutes.value) == "ce compte rendu n’existe pas"
    finally:
        database.dispose()


def test_an_english_interface_still_prints_a_french_forums_words() -> None:
    """Documents take their words from the forum's language, not the interface's."""
    from forumdesk.services.registry.people import category_label
    from forumdesk.store.enums import OrganisationCategory

    assert messages.language() == "en"
    assert category_label(OrganisationCategory.CIVIL_SOCIETY, "fr") == (
        "Organisation de la société civile"
    )
    assert gettext_in("fr-CH", "Page {page} of {total}").format(page=3, total=21) == (
        "Page 3 sur 21"
    )
    assert document_language("fr-CH") == "fr"
    assert document_language("de") == "en"  # no catalogue: English


def test_a_french_forums_badges_carry_french_category_labels(demo_db: Any, tmp_path: Path) -> None:
    import pypdfium2

    from forumdesk.exports.registry.badges import write_badges
    from forumdesk.services.registry.badges import Badge, badges_for
    from forumdesk.store.enums import OrganisationCategory as C

    with demo_db.reading() as session:
        from sqlalchemy import select

        from forumdesk.store.models import Forum

        forum = session.scalars(select(Forum)).one()
        assert forum.language.startswith("fr")
        listed = badges_for(session, forum.id)
    assert listed and {badge.language for badge in listed} == {"fr"}
    badges = [
        Badge(uuid.uuid4(), "Amina", "Diallo", "", "Mission", C.MEMBER_STATE, "1", "F", "fr"),
        Badge(uuid.uuid4(), "Ana", "Lima", "", "ONG", C.CIVIL_SOCIETY, "2", "F", "fr"),
        Badge(uuid.uuid4(), "Sam", "Doe", "", None, None, "3", "F", "fr"),
    ]
    path = tmp_path / "badges.pdf"
    write_badges(badges, path)
    document = pypdfium2.PdfDocument(str(path))
    try:
        text = document[0].get_textpage().get_text_range()
    finally:
        document.close()
    for label in ("ÉTAT MEMBRE", "SOCIÉTÉ CIVILE", "PARTICIPANT(E)"):
        assert label in text, text
    assert "MEMBER STATE" not in text and "CIVIL SOCIETY" not in text


@pytest.mark.parametrize(
    ("language", "refused", "withdrawn"),
    [
        ("fr", "refusée", "retirée"),
        ("ru", "«отказано»", "«отозвана»"),
        ("en", "refused", "withdrawn"),
    ],
)
def test_an_accreditation_status_is_worded_in_the_language_not_left_as_a_code(
    language: str, refused: str, withdrawn: str
) -> None:
    """A refusal naming a status says it in words ("impossible de passer de refusée à
    retirée"), and the status "withdrawn" is not the speaker's ("выступление снято")."""
    from forumdesk.services.registry.edit import status_word
    from forumdesk.store.enums import AccreditationStatus

    set_language(language)
    try:
        assert status_word(AccreditationStatus.REFUSED) == refused
        assert status_word(AccreditationStatus.WITHDRAWN) == withdrawn
    finally:
        set_language("en")


def test_a_clash_names_what_someone_does_in_the_language(french: None) -> None:
    """ "… en tant que président(e) et …", not the stored code "chair"."""
    from forumdesk.services.programme.clashes import _role_word
    from forumdesk.store.enums import SegmentRoleKind

    assert _role_word(SegmentRoleKind.CHAIR) == "président(e)"
    assert _role_word(SegmentRoleKind.FLOOR_SPEAKER) == "intervenant(e) de la salle"
