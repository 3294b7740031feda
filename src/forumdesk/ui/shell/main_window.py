"""The main window: assembles the pages, the menus and the forum switcher.

It is made in two steps, so that a start paints it first: the frame the first paint
shows (`WindowFrame`, which imports Qt alone), then `complete()`, which imports and
builds the rest (the services' collaborators, the menus' actions, the page shown).
Made without `later`, as tests and screenshots make it, it is complete at once.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import Signal

from forumdesk import APP_NAME
from forumdesk.ui.shell.page_kinds import CHECKIN as CHECKIN  # tests open pages by index
from forumdesk.ui.shell.page_kinds import (
    DOCUMENTS,
    MINUTES,
    OVERVIEW,
    PAGE_KINDS,
    PAGE_NAMES,
    PRACTICES,
    PROGRAMME,
    REGISTRY,
)
from forumdesk.ui.shell.window_frame import WindowFrame

if TYPE_CHECKING:
    import uuid

    from PySide6.QtGui import QAction, QCloseEvent, QKeySequence

    from forumdesk.services.programme.forums import ForumSummary
    from forumdesk.ui.common.settings import AppSettings
    from forumdesk.ui.pages.base import Page
    from forumdesk.ui.pages.checkin import CheckInPage
    from forumdesk.ui.pages.documents import DocumentsPage
    from forumdesk.ui.pages.minutes import MinutesPage
    from forumdesk.ui.pages.overview import OverviewPage
    from forumdesk.ui.pages.practices import PracticesPage
    from forumdesk.ui.pages.programme import ProgrammePage
    from forumdesk.ui.pages.registry import RegistryPage
    from forumdesk.ui.shell.database_controller import Opened
    from forumdesk.ui.shell.search_dialog import SearchDialog


class MainWindow(WindowFrame):
    #: Emitted once the first database has opened and the visible page asked for its data.
    ready = Signal()

    def __init__(
        self, settings: AppSettings, page: str | None = None, *, later: bool = False
    ) -> None:
        """The window on `page` (an object name of page_kinds) or the last one; with
        `later`, the frame alone, until `complete()`."""
        super().__init__(settings, page)
        self.search_dialog: SearchDialog | None = None
        self._forums: list[ForumSummary] = []
        self._built: dict[int, Page] = {}
        self._complete = False
        if not later:
            self.complete()

    def complete(self) -> None:
        """Everything the frame lacks: what the window works with, the menus' actions,
        the read-only banner, the status bar's busy bar, and the page shown, built."""
        from PySide6.QtGui import QUndoGroup

        from forumdesk.ui.common.collector import freeze_start_up
        from forumdesk.ui.common.context import ForumContext
        from forumdesk.ui.common.errors import read_only_banner
        from forumdesk.ui.common.operations import Operations
        from forumdesk.ui.common.shell_context import ShellContext
        from forumdesk.ui.shell.database_controller import DatabaseController
        from forumdesk.ui.shell.user_name import UserNamePrompt

        self.ops = Operations(self)
        self.forum = ForumContext(self)
        self.databases = DatabaseController(self.ops, self.settings, self)
        #: What the menus and dialogs around the pages get instead of the window.
        self.shell_context = ShellContext(self.ops, self.settings, self.forum, self)
        self.undo_group = QUndoGroup(self)
        self.show_page_icons()
        self.read_only_banner = read_only_banner(self)  # the layout makes it the body's
        self.body_column.insertWidget(0, self.read_only_banner)
        self._build_menus()
        self._build_status_bar()
        self.user_name_prompt = UserNamePrompt(self.shell_context)  # the name signing needs
        self._wire()
        self._update_title()
        self._complete = True
        freeze_start_up()

    # Layout ---------------------------------------------------------------

    def _build_menus(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        from forumdesk.ui.access.menu import RolesMenu
        from forumdesk.ui.encryption.menu import EncryptionMenu
        from forumdesk.ui.help.menu import HelpMenu
        from forumdesk.ui.shell.backup_menu import BackupMenu
        from forumdesk.ui.shell.database_menu import DatabaseMenu
        from forumdesk.ui.shell.preferences_menu import PreferencesMenu
        from forumdesk.ui.shell.print_menu import PrintMenu
        from forumdesk.ui.sync.menu import SyncMenu

        file_menu = self.file_menu
        self.database_menu = DatabaseMenu(self.shell_context)
        self.database_menu.add_file_actions(file_menu)
        self.new_action = self.database_menu.new_action
        self.open_action = self.database_menu.open_action
        self.recent_menu = self.database_menu.recent_menu
        file_menu.addSeparator()
        self.import_action = self._action(
            self.tr("&Import Document…"), QKeySequence("Ctrl+Shift+D"), self._import_document
        )
        file_menu.addAction(self.import_action)
        self.import_people_action = self._action(
            self.tr("Import R&epresentatives…"),
            QKeySequence("Ctrl+Shift+I"),
            self._import_representatives,
        )
        file_menu.addAction(self.import_people_action)
        self.demo_action = self._action(
            self.tr("Load &Demo Forum (2006 Hearings)"), None, self.databases.load_demo
        )
        file_menu.addAction(self.demo_action)
        self.sync_menu = SyncMenu(self.shell_context)
        self.preferences_menu = PreferencesMenu(self.shell_context)
        self.sync_menu.add_file_actions(file_menu)
        self.backup_menu = BackupMenu(self.shell_context)
        self.backup_menu.add_file_actions(file_menu)
        self.encryption_menu = EncryptionMenu(self.shell_context)
        self.encryption_menu.add_file_actions(file_menu)
        self.roles_menu = RolesMenu(self.shell_context)
        self.roles_menu.add_file_actions(file_menu)
        self.print_menu = PrintMenu(
            self.shell_context, lambda: self._built.get(self.stack.currentIndex())
        )
        self.print_menu.add_file_actions(file_menu)
        file_menu.addSeparator()
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(self.quit_action)

        edit_menu = self.edit_menu
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.search_action = self._action(
            self.tr("&Search Paragraphs and Notes…"), QKeySequence("Ctrl+K"), self.open_search
        )
        edit_menu.addAction(self.search_action)
        self.preferences_menu.add_edit_actions(edit_menu)

        view_menu = self.view_menu
        for index, title in enumerate(self.page_titles):
            action = self._action(
                f"&{title.replace('&', '&&')}",  # Alt+V, then the title's first letter
                QKeySequence(f"Ctrl+{index + 1}"),
                lambda _=False, i=index: self.show_page(i),
            )
            view_menu.addAction(action)

        self.help_menu = HelpMenu(
            self,
            lambda: [(title, self.page(i)) for i, title in enumerate(self.page_titles)],
            lambda: PAGE_NAMES[self.stack.currentIndex()],
        )
        self.help_menu.add_help_actions(self.help_bar_menu)

    def _action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | None, slot: object
    ) -> QAction:
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(text, self)
        # setShortcuts, not setShortcut: its other overloads take a `Qt` enum (~40 ms to
        # build that namespace).
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcuts([shortcut])
        action.triggered.connect(slot)
        return action

    def _build_status_bar(self) -> None:
        from PySide6.QtWidgets import QProgressBar

        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("busy_indicator")
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.hide()
        self.statusBar().addPermanentWidget(self.busy_bar)

    def _wire(self) -> None:
        self.ops.busy_changed.connect(self.busy_bar.setVisible)
        self.ops.failed.connect(self._show_failure)
        self.databases.opened.connect(self._database_opened)
        self.databases.open_failed.connect(self._open_failed)
        self.databases.forums_listed.connect(self._show_forums)
        self.forum.forum_changed.connect(self._update_title)
        self.shell_context.message.connect(self.statusBar().showMessage)
        self.shell_context.forums_changed.connect(self.databases.list_forums)
        self.shell_context.open_requested.connect(
            lambda target, create: self.open_database(target, create=create)
        )
        self.shell_context.open_encrypted_requested.connect(
            lambda target, key, create, keep: self.open_database(
                target, create=create, passphrase=key, remember=keep
            )
        )
        self.shell_context.reopen_requested.connect(
            lambda: self.open_database(
                self.databases.target, passphrase=self.databases.current_passphrase()
            )
        )
        self.forum_combo.currentIndexChanged.connect(self._forum_chosen)
        self.page_list.currentRowChanged.connect(self._show_row)
        self.page_list.currentRowChanged.connect(self._activate_undo_stack)
        self.page_list.currentRowChanged.connect(self.settings.remember_page)
        # The row the frame chose: its page is built now.
        first = self.page_list.currentRow()
        self._show_row(first)
        self._activate_undo_stack(first)
        self.settings.remember_page(first)

    def _wire_page(self, index: int, page: Page) -> None:
        if page.undo_stack is not None:
            self.undo_group.addStack(page.undo_stack)
        if index == OVERVIEW:
            from forumdesk.ui.shell.record_links import add_to_report, open_task

            overview = cast("OverviewPage", page)
            overview.load_demo_requested.connect(self.databases.load_demo)
            overview.act_requested.connect(lambda task: open_task(self, task))
            overview.add_to_report_requested.connect(lambda text: add_to_report(self, text))
        elif index == PROGRAMME:
            programme = cast("ProgrammePage", page)
            programme.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
            programme.files.forum_created.connect(self._forum_created)
        elif index in (REGISTRY, DOCUMENTS, PRACTICES):
            writer = cast("RegistryPage | DocumentsPage | PracticesPage", page)
            self.shell_context.add_signing(writer)
            writer.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
            if index == DOCUMENTS:
                from forumdesk.ui.shell.record_links import connect_documents

                connect_documents(self, cast("DocumentsPage", page))
        elif index == MINUTES:
            minutes = cast("MinutesPage", page)
            self.shell_context.add_signing(minutes)
            minutes.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        elif index == CHECKIN:  # accredits on the spot and registers walk-ins
            self.shell_context.add_signing(cast("CheckInPage", page))

    # Pages ----------------------------------------------------------------

    def page(self, index: int) -> Page:
        """The page at `index`, built (hidden, unless it is the current one) on first use."""
        built = self._built.get(index)
        if built is not None:
            return built
        kind = PAGE_KINDS[index]
        page_class = getattr(importlib.import_module(f"forumdesk.ui.pages.{kind.module}"), kind.cls)
        page: Page = page_class(self.ops, self.forum)
        self._built[index] = page
        self._wire_page(index, page)
        stand_in = self.stack.widget(index)
        assert stand_in is not None
        # Insert before the stand-in, then drop it: if it was current, the page takes its place.
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        return page

    def built_pages(self) -> list[Page]:
        return [self._built[index] for index in sorted(self._built)]

    @property
    def overview_page(self) -> OverviewPage:
        return cast("OverviewPage", self.page(OVERVIEW))

    @property
    def registry_page(self) -> RegistryPage:
        return cast("RegistryPage", self.page(REGISTRY))

    @property
    def programme_page(self) -> ProgrammePage:
        return cast("ProgrammePage", self.page(PROGRAMME))

    @property
    def documents_page(self) -> DocumentsPage:
        return cast("DocumentsPage", self.page(DOCUMENTS))

    @property
    def minutes_page(self) -> MinutesPage:
        return cast("MinutesPage", self.page(MINUTES))

    def _show_row(self, index: int) -> None:
        if 0 <= index < len(PAGE_KINDS):
            self.page(index)
        self.stack.setCurrentIndex(index)
        self.print_menu.page_shown(self._built.get(index))

    # Actions --------------------------------------------------------------

    def show_page(self, index: int) -> None:
        self.page_list.setCurrentRow(index)

    def _import_document(self) -> None:
        self.show_page(DOCUMENTS)
        self.documents_page.import_document()

    def _import_representatives(self) -> None:
        self.show_page(REGISTRY)
        self.registry_page.import_list()

    def open_search(self) -> None:
        if self.search_dialog is None:
            # Imported on first use: dialogs are kept out of the start-up path.
            from forumdesk.ui.shell.record_links import connect_search
            from forumdesk.ui.shell.search_dialog import SearchDialog

            self.search_dialog = SearchDialog(self.ops, self)
            connect_search(self, self.search_dialog)
        self.search_dialog.start(self.forum.forum_id)

    def open_paragraph(self, version_id: uuid.UUID | None, number: int) -> None:
        self.show_page(DOCUMENTS)
        self.documents_page.show_paragraph(version_id, number)

    def open_note(self, note_id: uuid.UUID) -> None:
        self.show_page(DOCUMENTS)
        self.documents_page.show_note(note_id)

    def open_representative(self, representative_id: uuid.UUID) -> None:
        self.show_page(REGISTRY)
        self.registry_page.open_representative(representative_id)

    def open_organisation(self, organisation_id: uuid.UUID) -> None:
        self.show_page(REGISTRY)
        self.registry_page.open_organisation(organisation_id)

    def _activate_undo_stack(self, index: int) -> None:
        page = self._built.get(index)
        self.undo_group.setActiveStack(page.undo_stack if page is not None else None)  # type: ignore[arg-type]

    def open_database(self, target: str | None, **how: Any) -> None:
        """Open `target` as `DatabaseController.open` does with the options `how`."""
        # Leaving a database is like quitting it: a running speaking clock asks first.
        if self.ops.database is not None and not all(p.may_close() for p in self.built_pages()):
            return
        self.statusBar().showMessage(self.tr("Opening the database…"))
        self.databases.open(target, **how)

    # Results --------------------------------------------------------------

    def _database_opened(self, result: Opened) -> None:
        self.read_only_banner.setVisible(result.report.read_only)
        message = self.tr("Opened {file}").format(file=result.database.display_name)
        if result.demo_loaded:
            message += " · " + self.tr("demo forum loaded")
        if result.report.backup is not None:
            message += " · " + self.tr("backup taken")
        if result.keyring_note:
            message += " · " + result.keyring_note
        self.statusBar().showMessage(message, 10000)
        self._show_forums(result.forums)
        self._update_title()
        self.ready.emit()

    def _open_failed(self, target: str, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.statusBar().showMessage(self.tr("The database could not be opened."))
        QMessageBox.critical(
            self,
            self.tr("Cannot open the database"),
            self.tr("{target}\n\n{message}").format(
                target=target or self.tr("Default database"), message=message
            ),
        )
        self.ready.emit()

    def _show_failure(self, message: str, details: str = "") -> None:
        from forumdesk.ui.common.errors import show_failure

        self.statusBar().showMessage(message, 15000)
        show_failure(self, message, details)

    def _show_forums(self, forums: list[ForumSummary]) -> None:
        from PySide6.QtCore import Qt

        from forumdesk.ui.widgets.combos import find_data

        self._forums = list(forums)
        chosen = self.databases.last_forum(self._forums)
        current = self.forum.forum_id
        if current is not None and any(f.id == current for f in self._forums):
            chosen = next(f for f in self._forums if f.id == current)
        self.forum_combo.blockSignals(True)
        self.forum_combo.clear()
        for forum in self._forums:
            self.forum_combo.addItem(forum.display_title, forum.id)
            self.forum_combo.setItemData(
                self.forum_combo.count() - 1, forum.title, Qt.ItemDataRole.ToolTipRole
            )
        self.forum_combo.setEnabled(bool(self._forums))
        if chosen is not None:
            self.forum_combo.setCurrentIndex(find_data(self.forum_combo, chosen.id))
        self.forum_combo.blockSignals(False)
        self._forum_chosen()

    def _forum_created(self, forum_id: uuid.UUID) -> None:
        """Show the new forum: it becomes the current one once the list is read again."""
        self.forum.set_forum(forum_id, "")
        self.databases.list_forums()

    def _forum_chosen(self) -> None:
        forum_id = self.forum_combo.currentData()
        summary = next((f for f in self._forums if f.id == forum_id), None)
        self.forum.set_forum(
            summary.id if summary else None, summary.display_title if summary else ""
        )
        if self.databases.target:
            self.settings.remember_forum(self.databases.target, self.forum.forum_id)

    def _update_title(self) -> None:
        parts = [APP_NAME]
        if self.forum.title:
            parts.append(self.forum.title)
        if self.ops.database is not None:
            parts.append(self.ops.database.display_name)
        self.setWindowTitle(" — ".join(parts))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not all(page.may_close() for page in self.built_pages()):
            event.ignore()  # a page asked the user, who chose to stay
            return
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.sync()
        if self._complete:  # else no operation ran, no database opened
            self.ops.wait()
            if self.ops.database is not None:
                self.ops.database.dispose()
        super().closeEvent(event)
