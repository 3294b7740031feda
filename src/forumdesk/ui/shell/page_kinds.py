"""The pages of the main window, in the order of its page list: each page's object
name, module and class (built when first shown) and icon, and their indexes."""

from __future__ import annotations

from typing import NamedTuple


class _PageKind(NamedTuple):
    name: str  # the page's objectName
    module: str  # under forumdesk.ui.pages
    cls: str
    # The style's icon, by its QStyle.StandardPixmap name: QStyle's Python type takes
    # ~5 ms to build, so it is first used after the window's first paint.
    icon: str


# In the order of the page list. A page (and its module) is built when first shown
# or asked for, so start-up pays for the visible page only.
PAGE_KINDS = (
    _PageKind("overview_page", "overview", "OverviewPage", "SP_FileDialogInfoView"),
    _PageKind("registry_page", "registry", "RegistryPage", "SP_DirHomeIcon"),
    _PageKind("programme_page", "programme", "ProgrammePage", "SP_FileDialogDetailedView"),
    _PageKind("documents_page", "documents", "DocumentsPage", "SP_FileIcon"),
    _PageKind("minutes_page", "minutes", "MinutesPage", "SP_DialogApplyButton"),
    _PageKind("checkin_page", "checkin", "CheckInPage", "SP_DialogYesButton"),
    _PageKind("practices_page", "practices", "PracticesPage", "SP_FileDialogContentsView"),
)
PAGE_NAMES = [kind.name for kind in PAGE_KINDS]
OVERVIEW, REGISTRY, PROGRAMME, DOCUMENTS, MINUTES, CHECKIN, PRACTICES = range(len(PAGE_KINDS))
