"""Document & notes: the summary document, its notes, coverage and language versions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from forumdesk.ui.pages import lazy_page

if TYPE_CHECKING:
    from forumdesk.ui.pages.documents.page import DocumentsPage

__all__ = ["DocumentsPage"]
__getattr__ = lazy_page(__name__, "DocumentsPage")
