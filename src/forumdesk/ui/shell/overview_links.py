"""Where the Overview's "things to act on" lead: each opens the page, and the part of
it, where the secretariat deals with it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from forumdesk.ui.shell.page_kinds import DOCUMENTS, MINUTES, PROGRAMME, REGISTRY

if TYPE_CHECKING:
    from forumdesk.ui.shell.main_window import MainWindow


def open_task(window: MainWindow, task: str) -> None:
    """Show the place for `task`, one of ui/pages/overview/actions_box.TASKS."""
    if task in ("requests", "duplicates"):
        window.show_page(REGISTRY)
        registry = window.registry_page
        if task == "duplicates":
            registry.tabs.setCurrentWidget(registry.duplicates)
            return
        registry.tabs.setCurrentWidget(registry.representatives)
        # Here: the Overview is wired before the first paint, the store's enums need not be.
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
