"""Where a link to a record leads: Ctrl+K's hits, and a paragraph's practices on the
Documents page, open the page that shows the record."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast

from forumdesk.ui.shell.page_kinds import PAGE_NAMES

if TYPE_CHECKING:
    import uuid

    from forumdesk.ui.pages.documents import DocumentsPage
    from forumdesk.ui.shell.main_window import MainWindow
    from forumdesk.ui.shell.search_dialog import SearchDialog

#: The Practices page's object name (ui/shell/page_kinds.py).
PRACTICES_PAGE = "practices_page"


class _ShowsPractices(Protocol):
    def show_practice(self, practice_id: uuid.UUID) -> None: ...

    def show_recommendation(self, recommendation_id: uuid.UUID) -> None: ...


def connect_search(window: MainWindow, dialog: SearchDialog) -> None:
    """Each kind of hit opens its page."""
    dialog.paragraph_opened.connect(window.open_paragraph)
    dialog.note_opened.connect(window.open_note)
    dialog.representative_opened.connect(window.open_representative)
    dialog.organisation_opened.connect(window.open_organisation)
    dialog.practice_opened.connect(lambda practice_id: open_practice(window, practice_id))
    dialog.recommendation_opened.connect(
        lambda recommendation_id: open_recommendation(window, recommendation_id)
    )


def connect_documents(window: MainWindow, page: DocumentsPage) -> None:
    page.practice_requested.connect(lambda practice_id: open_practice(window, practice_id))


def open_practice(window: MainWindow, practice_id: uuid.UUID) -> None:
    page = _practices_page(window)
    if page is not None:
        page.show_practice(practice_id)


def open_recommendation(window: MainWindow, recommendation_id: uuid.UUID) -> None:
    page = _practices_page(window)
    if page is not None:
        page.show_recommendation(recommendation_id)


def _practices_page(window: MainWindow) -> _ShowsPractices | None:
    """The Practices page, shown; None in a window without one."""
    if PRACTICES_PAGE not in PAGE_NAMES:
        return None
    index = PAGE_NAMES.index(PRACTICES_PAGE)
    window.show_page(index)
    return cast("_ShowsPractices", window.page(index))
