"""Where a link in the window leads: Ctrl+K's hits, and a paragraph's practices on the
Documents page, open the page that shows the record; the Overview's "things to act on"
open the page, and the part of it, where the secretariat deals with each."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast

from forumdesk.ui.shell.page_kinds import DOCUMENTS, MINUTES, PAGE_NAMES, PROGRAMME, REGISTRY

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


def open_task(window: MainWindow, task: str) -> None:
    """Show the place for `task`, one of ui/pages/overview/actions_box.TASKS."""
    if task in ("requests", "duplicates"):
        window.show_page(REGISTRY)
        registry = window.registry_page
        if task == "duplicates":
            registry.tabs.setCurrentWidget(registry.duplicates)
            return
        registry.tabs.setCurrentWidget(registry.representatives)
        # Here, as the window is made before the store's enums are needed.
        from forumdesk.store.enums import AccreditationStatus

        facet = registry.representatives.status_filter
        facet.setCurrentIndex(max(0, facet.findData(AccreditationStatus.REQUESTED)))
    elif task == "clashes":
        window.show_page(PROGRAMME)
        programme = window.programme_page
        programme.side.setCurrentWidget(programme.clash_list)
    elif task == "minutes":
        window.show_page(MINUTES)
        window.minutes_page.tabs.setCurrentIndex(0)
    elif task == "uncited":
        window.show_page(DOCUMENTS)
        documents = window.documents_page
        documents.side_tabs.setCurrentWidget(documents.coverage_panel)


def add_to_report(window: MainWindow, text: str) -> None:
    """Open the summary report with a new paragraph of `text` proposed."""
    window.show_page(MINUTES)
    minutes = window.minutes_page
    minutes.tabs.setCurrentWidget(minutes.report)
    minutes.report.propose_paragraph(text)
