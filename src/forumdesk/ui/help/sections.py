"""The user guide's sections: where they are (resources/help/<language>/<section>.html),
in which order the contents list them, and which section each page and dialog opens on F1."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import NamedTuple

from forumdesk.paths import resources_dir

#: The guide's own language; a language without a guide reads this one.
FALLBACK_LANGUAGE = "en"

#: In the order of the contents: the tasks, roughly as a forum runs, then the venue day.
SECTIONS = (
    "getting-started",
    "registry",
    "import",
    "programme",
    "speakers",
    "notes",
    "minutes",
    "laptop",
    "checkin",
    "practices",
    "overview",
    "printing",
)


class Place(NamedTuple):
    """A place in the guide: a section and, optionally, an anchor in it."""

    section: str
    anchor: str = ""


#: Each page of the window (its objectName, ui/shell/page_kinds.py) and its section.
PAGE_SECTIONS = {
    "overview_page": Place("overview"),
    "registry_page": Place("registry"),
    "programme_page": Place("programme"),
    "documents_page": Place("notes"),
    "minutes_page": Place("minutes"),
    "checkin_page": Place("checkin"),
    "practices_page": Place("practices"),
}

#: Parts of a page with a place of their own, by objectName: F1 with the focus in one
#: (or on the tab that shows it) opens its place rather than the page's.
PART_SECTIONS = {
    "speakers_panel": Place("speakers"),
    "duplicates_panel": Place("registry", "duplicates"),
    "coverage_panel": Place("notes", "read"),
    "report_panel": Place("minutes", "report"),
}

#: Dialogs with a place of their own, by class (module under forumdesk.ui, and name).
#: Any other dialog opens the section of the page behind it.
DIALOG_SECTIONS = {
    "shell.search_dialog.SearchDialog": Place("getting-started", "search"),
    "shell.preferences_dialog.PreferencesDialog": Place("getting-started", "name"),
    "encryption.dialog.EncryptionDialog": Place("getting-started", "encryption"),
    "encryption.new_database.NewDatabaseDialog": Place("getting-started", "encryption"),
    "shell.user_name.NameDialog": Place("getting-started", "name"),
    "pages.registry.walk_in_dialog.WalkInDialog": Place("registry", "walk-in"),
    "pages.registry.representative_dialog.RepresentativeDialog": Place("registry", "details"),
    "pages.registry.organisation_dialog.OrganisationDialog": Place("registry", "details"),
    "pages.registry.merge_dialog.MergeDialog": Place("registry", "duplicates"),
    "pages.registry.export_dialog.ExportDialog": Place("registry", "export"),
    "pages.registry.import_dialog.ImportDialog": Place("import"),
    "pages.programme.new_forum.NewForumDialog": Place("programme", "new-forum"),
    "pages.programme.segment_dialog.SegmentDialog": Place("programme", "segment"),
    "pages.documents.import_dialog.ImportDialog": Place("notes", "document"),
    "pages.documents.revision_dialog.RevisionDialog": Place("notes", "document"),
    "pages.documents.note_editor.NoteEditor": Place("notes", "write"),
    "pages.minutes.approval.ApprovalDialog": Place("minutes", "approve"),
    "pages.minutes.compare.CompareDialog": Place("minutes", "versions"),
    "pages.minutes.cover_dialog.MinutesCoverDialog": Place("minutes", "export"),
    "pages.minutes.export.ExportAllDialog": Place("minutes", "export"),
    "pages.practices.practice_dialog.PracticeDialog": Place("practices", "enter"),
    "pages.practices.dialogs.ReviewReasonDialog": Place("practices", "review"),
    "pages.practices.dialogs.PracticeCompareDialog": Place("practices", "compare"),
    "pages.practices.dialogs.PartnersDialog": Place("practices", "partners"),
    "pages.practices.themes_dialog.ThemesDialog": Place("practices", "themes"),
    "sync.laptop_dialog.LaptopDialog": Place("laptop", "prepare"),
    "sync.sync_dialog.SyncDialog": Place("laptop", "merge"),
    "sync.conflicts_dialog.ConflictsDialog": Place("laptop", "conflicts"),
}

_UI_PACKAGE = "forumdesk.ui."
_TITLE = re.compile(r"<title>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def help_dir() -> Path:
    return resources_dir() / "help"


def guide_languages() -> list[str]:
    """The languages the guide is written in."""
    return sorted(
        entry.name
        for entry in help_dir().iterdir()
        if section_path(entry.name, SECTIONS[0]).is_file()
    )


def guide_language(interface: str) -> str:
    """The guide's language for an interface language ("fr_CH" reads the French guide)."""
    from forumdesk.services.common.messages import base_language

    wanted = base_language(interface)
    return wanted if section_path(wanted, SECTIONS[0]).is_file() else FALLBACK_LANGUAGE


def section_path(language: str, section: str) -> Path:
    return help_dir() / language / f"{section}.html"


def section_title(language: str, section: str) -> str:
    """The section's <title>, as the contents list shows it."""
    found = _TITLE.search(section_path(language, section).read_text(encoding="utf-8"))
    return html.unescape(found.group(1).strip()) if found else section


def dialog_place(dialog: type) -> Place | None:
    """The place of a dialog's class, or of the nearest of its bases that has one."""
    for cls in dialog.__mro__:
        key = f"{cls.__module__.removeprefix(_UI_PACKAGE)}.{cls.__qualname__}"
        if key in DIALOG_SECTIONS:
            return DIALOG_SECTIONS[key]
    return None
