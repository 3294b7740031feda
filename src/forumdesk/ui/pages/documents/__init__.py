"""Document & notes: the summary document, its notes, coverage and language versions."""

from forumdesk.ui.pages.documents.page import DocumentsPage

__all__ = ["DocumentsPage"]
