"""The pages of the main window, in the order of its page list: each page's object
name, module and class (built when first shown) and icon, and their indexes."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtWidgets import QStyle


class _PageKind(NamedTuple):
    name: str  # the page's objectName
    module: str  # under forumdesk.ui.pages
    cls: str
    icon: QStyle.StandardPixmap


_ICON = QStyle.StandardPixmap
# In the order of the page list. A page (and its module) is built when first shown
# or asked for, so start-up pays for the visible page only.
PAGE_KINDS = (
    _PageKind("overview_page", "overview", "OverviewPage", _ICON.SP_FileDialogInfoView),
    _PageKind("registry_page", "registry", "RegistryPage", _ICON.SP_DirHomeIcon),
    _PageKind("programme_page", "programme", "ProgrammePage", _ICON.SP_FileDialogDetailedView),
    _PageKind("documents_page", "documents", "DocumentsPage", _ICON.SP_FileIcon),
    _PageKind("minutes_page", "minutes", "MinutesPage", _ICON.SP_DialogApplyButton),
    _PageKind("checkin_page", "checkin", "CheckInPage", _ICON.SP_DialogYesButton),
    _PageKind("practices_page", "practices", "PracticesPage", _ICON.SP_FileDialogContentsView),
)
PAGE_NAMES = [kind.name for kind in PAGE_KINDS]
OVERVIEW, REGISTRY, PROGRAMME, DOCUMENTS, MINUTES, CHECKIN, PRACTICES = range(len(PAGE_KINDS))
