"""Registry: organisations and their representatives, filtered as you type."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from forumdesk.ui.common.context import ForumContext
from forumdesk.ui.common.operations import Area, Operations
from forumdesk.ui.pages.base import Page, heading
from forumdesk.ui.pages.registry.organisations_panel import OrganisationsPanel
from forumdesk.ui.pages.registry.representatives_panel import RepresentativesPanel
from forumdesk.ui.widgets.factories import push_button
from forumdesk.ui.widgets.paged_model import LOADING, PagedModel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.registry.import_.report import ImportReport
    from forumdesk.services.registry.listing.query import OrganisationRow
    from forumdesk.services.registry.merge import FieldChoice
    from forumdesk.services.registry.organisation_detail import OrganisationDetail
    from forumdesk.services.registry.representative_detail import RepresentativeDetail
    from forumdesk.services.registry.undo import AccreditationChange
    from forumdesk.services.registry.walk_in import WalkInResult
    from forumdesk.ui.pages.registry.duplicates_panel import DuplicatesPanel
    from forumdesk.ui.pages.registry.import_dialog import ImportDialog
    from forumdesk.ui.pages.registry.merge_dialog import MergeDialog
    from forumdesk.ui.pages.registry.organisation_dialog import OrganisationDialog
    from forumdesk.ui.pages.registry.representative_dialog import RepresentativeDialog
    from forumdesk.ui.pages.registry.walk_in_dialog import WalkInDialog
    from forumdesk.ui.printing.printable import Printable

# The tabs after the representatives', in their order.
ORGANISATIONS_TAB, DUPLICATES_TAB = 1, 2


class RegistryPage(Page):
    areas = frozenset({Area.REGISTRY})
    #: A short message for the status bar.
    message = Signal(str)

    def __init__(self, ops: Operations, forum: ForumContext, parent: QWidget | None = None) -> None:
        super().__init__(ops, forum, parent)
        self.setObjectName("registry_page")
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Registry"), self))
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Organisations and representatives"))
        self.representatives = RepresentativesPanel(ops, self.tabs)
        self.representatives.counting.connect(lambda: self._show_people_count(None))
        self.representatives.counted.connect(self._show_people_count)
        self.tabs.addTab(self.representatives, self.tr("Representatives"))
        # The other tabs are built when first opened: showing the page builds one list.
        self._organisations_panel: OrganisationsPanel | None = None
        self._duplicates_panel: DuplicatesPanel | None = None
        self.tabs.addTab(QWidget(self.tabs), self.tr("Organisations"))
        self.tabs.addTab(QWidget(self.tabs), self.tr("Likely Duplicates"))
        self.tabs.currentChanged.connect(self._tab_opened)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self._build_bar())
        self.walk_in: WalkInDialog | None = None
        self.importer: ImportDialog | None = None
        self._author = ""
        self._people: int | None = 0
        self._organisation_count = 0
        forum.forum_changed.connect(self._forum_changed)
        self._forum_changed()
        self.undo_stack: QUndoStack = QUndoStack(self)
        # Commands hold ids of this database's people: another database starts afresh.
        ops.database_changed.connect(self.undo_stack.clear)
        self.detail: RepresentativeDialog | None = None
        self.merge: MergeDialog | None = None
        self.representatives.table.activated.connect(self._open_current_representative)
        self.organisation: OrganisationDialog | None = None

    def _tab_opened(self, index: int) -> None:
        if index == ORGANISATIONS_TAB:
            self._organisations()
        elif index == DUPLICATES_TAB:
            self._duplicates()

    def _organisations(self) -> OrganisationsPanel:
        """The Organisations tab, built the first time it is opened or asked for."""
        if self._organisations_panel is None:
            panel = OrganisationsPanel(self.ops, self.tabs)
            panel.filtered.connect(self.refresh)
            panel.view.activated.connect(self._open_current_organisation)
            self._organisations_panel = panel
            self._put_in_tab(ORGANISATIONS_TAB, panel)
            if self.ops.database is not None:
                self._count_organisations()  # the count shown so far had no list to fill
        return self._organisations_panel

    def _duplicates(self) -> DuplicatesPanel:
        """The Likely Duplicates tab, built the first time it is opened or asked for."""
        if self._duplicates_panel is None:
            from forumdesk.ui.pages.registry.duplicates_panel import DuplicatesPanel

            panel = DuplicatesPanel(self.ops, self.tabs)
            panel.decided_by = self._author
            panel.kept_both.connect(self._kept_both)
            self._duplicates_panel = panel
            self._put_in_tab(DUPLICATES_TAB, panel)
        return self._duplicates_panel

    def _put_in_tab(self, index: int, panel: QWidget) -> None:
        """`panel` in place of the tab's placeholder; the tab shown stays shown."""
        placeholder = self.tabs.widget(index)
        with QSignalBlocker(self.tabs):  # the same tab as before: not a change of tab
            # Inserted before it, the panel takes the placeholder's place before this one
            # goes: no other tab is shown meanwhile.
            self.tabs.insertTab(index, panel, self.tabs.tabText(index))
            if self.tabs.currentWidget() is placeholder:
                self.tabs.setCurrentIndex(index)
            self.tabs.removeTab(index + 1)
        if placeholder is not None:
            placeholder.deleteLater()

    @property
    def duplicates(self) -> DuplicatesPanel:
        return self._duplicates()

    @property
    def filter_edit(self) -> QLineEdit:
        """The organisations' filter."""
        return self._organisations().filter_edit

    @property
    def organisations_model(self) -> PagedModel[OrganisationRow]:
        return self._organisations().model

    @property
    def organisations_view(self) -> QTableView:
        return self._organisations().view

    def _build_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("registry_status")
        self.status_label.setAccessibleName(self.tr("Registry counts"))
        bar.addWidget(self.status_label, 1)
        self.accredit_button = push_button(
            self.tr("&Accredit Selected"),
            "accredit_button",
            self.tr("Accredit the selected representatives"),
            self,
            clicked=self.accredit_selected,
        )
        self.walk_in_button = push_button(
            self.tr("&Walk-in…"),
            "walk_in_button",
            self.tr("Register a walk-in"),
            self,
            tooltip=self.tr("Register a walk-in (Ctrl+Shift+W)"),
            clicked=self.open_walk_in,
        )
        self.walk_in_button.setShortcut(QKeySequence("Ctrl+Shift+W"))
        self.import_button = push_button(
            self.tr("&Import…"),
            "import_button",
            self.tr("Import representatives from a CSV or Excel list"),
            self,
            clicked=lambda: self.import_list(),
        )
        self.export_button = push_button(
            self.tr("E&xport…"),
            "export_button",
            self.tr("Export the representatives listed"),
            self,
            clicked=self.export_listed,
        )
        self.badges_button = push_button(
            self.tr("&Badges…"),
            "badges_button",
            self.tr("Print badges for the selection, or for everyone accredited"),
            self,
            clicked=self.print_badges,
        )
        outputs = (self.import_button, self.export_button, self.badges_button)
        for button in (self.accredit_button, self.walk_in_button, *outputs):
            bar.addWidget(button)
        return bar

    @property
    def author(self) -> str:
        """Who decides accreditations and duplicates here: the user's name."""
        return self._author

    @author.setter
    def author(self, name: str) -> None:
        self._author = name
        if self._duplicates_panel is not None:
            self._duplicates_panel.decided_by = name

    def refresh(self) -> None:
        self.representatives.forum_id = self.forum.forum_id
        self.representatives.reload()
        self._count_organisations()

    def _count_organisations(self) -> None:
        text = self._organisation_filter()

        def count(session: Session) -> int:
            from forumdesk.services.registry.listing.query import count_organisations

            return count_organisations(session, text)

        self.ops.query(count, lambda total: self._show_organisations(text, total))

    def _organisation_filter(self) -> str:
        panel = self._organisations_panel
        return "" if panel is None else panel.filter_edit.text()

    def _forum_changed(self) -> None:
        self.representatives.forum_id = self.forum.forum_id
        has_forum = self.forum.forum_id is not None
        for button in (self.accredit_button, self.walk_in_button, self.badges_button):
            button.setEnabled(has_forum)

    def _show_organisations(self, text: str, total: int) -> None:
        if text != self._organisation_filter():
            return  # typed on since; a newer count is on its way
        if self._organisations_panel is not None:
            self._organisations_panel.model.reset(total)
        self._organisation_count = total
        self._update_status()

    def _show_people_count(self, count: int | None) -> None:
        self._people = count  # None: the first page shown, its rows still being counted
        self._update_status()

    def _update_status(self) -> None:
        people = (  # while counting, the loading mark of the table's own unloaded rows
            LOADING if self._people is None else self.tr("%Ln representative(s)", "", self._people)
        )
        organisations = self.tr("%Ln organisation(s)", "", self._organisation_count)
        self.status_label.setText(f"{people} · {organisations}")

    def _open_current_representative(self, index: QModelIndex) -> None:
        row = self.representatives.model.row_at(index.row())
        if row is not None:
            self.open_representative(row.id)

    def _open_current_organisation(self, index: QModelIndex) -> None:
        row = self._organisations().model.row_at(index.row())
        if row is not None:
            self.open_organisation(row.id)

    def open_organisation(self, organisation_id: uuid.UUID) -> None:
        """The detail form of one organisation (Enter or double-click in its list)."""
        language = QLocale().name().split("_")[0]

        def load(session: Session) -> OrganisationDetail:
            from forumdesk.services.registry.organisation_detail import organisation_detail

            return organisation_detail(session, organisation_id, language)

        self.ops.query(load, self._show_organisation)

    def _show_organisation(self, detail: OrganisationDetail) -> None:
        from forumdesk.services.registry.scripts import isolated
        from forumdesk.ui.pages.registry.organisation_dialog import (
            OrganisationDialog,
            organisation_edited,
        )

        dialog = OrganisationDialog(self.ops, detail, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(
            lambda before, after: self.undo_stack.push(
                organisation_edited(
                    self.ops,
                    detail.id,
                    before,
                    after,
                    self.tr("Edit {name}").format(name=isolated(detail.data.name)),
                )
            )
        )
        dialog.representative_requested.connect(self.open_representative)
        dialog.finished.connect(lambda _result: setattr(self, "organisation", None))
        self.organisation = dialog
        dialog.open()

    def open_representative(self, representative_id: uuid.UUID) -> None:
        """The detail form of one person (Enter or double-click in the list)."""

        def load(session: Session) -> RepresentativeDetail:
            from forumdesk.services.registry.representative_detail import representative_detail

            return representative_detail(session, representative_id)

        self.ops.query(load, self._show_representative)

    def _show_representative(self, detail: RepresentativeDetail) -> None:
        from forumdesk.ui.pages.registry.representative_dialog import (
            RepresentativeDialog,
            representative_edited,
        )

        dialog = RepresentativeDialog(self.ops, detail, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        from forumdesk.services.registry.scripts import isolated

        name = isolated(f"{detail.data.family_name.upper()}, {detail.data.given_name}")
        dialog.saved.connect(
            lambda before, after: self.undo_stack.push(
                representative_edited(
                    self.ops,
                    detail.id,
                    before,
                    after,
                    self.tr("Edit {name}").format(name=name),
                )
            )
        )
        dialog.merge_requested.connect(lambda other: self._compare(dialog, detail, other))
        dialog.calendar_requested.connect(lambda person: self.export_calendar(person))
        dialog.calendar_button.setEnabled(self.forum.forum_id is not None)
        dialog.finished.connect(lambda _result: setattr(self, "detail", None))
        self.detail = dialog
        dialog.open()

    def _compare(
        self, parent: RepresentativeDialog, detail: RepresentativeDetail, other_id: uuid.UUID
    ) -> None:
        keep_id = detail.id

        def load(session: Session) -> list[FieldChoice]:
            from forumdesk.services.registry.merge import merge_preview

            return merge_preview(session, keep_id, other_id)

        def show(choices: list[FieldChoice]) -> None:
            from forumdesk.ui.pages.registry.merge_dialog import MergeDialog

            merge = MergeDialog(
                self.ops,
                keep_id,
                other_id,
                choices,
                (self.tr("This record"), self.tr("Likely duplicate")),
                parent,
            )
            merge.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            # Merged: the form shows a record that changed under it, so it closes.
            merge.merged.connect(parent.reject)
            self.merge = merge
            merge.open()

        self.ops.query(load, show)

    def export_calendar(self, person_id: uuid.UUID, path: str | None = None) -> None:
        """One person's segments of the current forum, for their own calendar."""
        from forumdesk.ui.pages.registry.export_dialog import export_person_calendar

        if self.forum.forum_id is not None:
            export_person_calendar(self, self.ops, self.forum.forum_id, person_id, path)

    def export_listed(self, _checked: bool = False, path: str | None = None) -> None:
        """Export what the list shows, with the columns the user ticks."""
        from forumdesk.ui.pages.registry.export_dialog import export_listed

        export_listed(self, path)

    def import_list(self, path: str | None = None) -> None:
        """Import a list an office sent: the mapping step, a check, the import, the report."""
        from forumdesk.ui.pages.registry.import_dialog import ImportDialog

        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import Representatives"),
                "",
                self.tr("Lists (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)"),
            )
            if not path:
                return
        dialog = ImportDialog(self.ops, Path(path), self.forum.forum_id, self.forum.title, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._imported)
        dialog.finished.connect(lambda _result: setattr(self, "importer", None))
        self.importer = dialog
        dialog.open()

    def _imported(self, report: ImportReport) -> None:
        """Say what the import did; Edit → Undo takes it back as a whole."""
        from forumdesk.ui.pages.registry.commands import import_command

        count = report.representatives_created
        self.message.emit(
            self.tr("%Ln representative(s) imported from {file}", "", count).format(
                file=report.source
            )
        )
        if report.import_id is not None:
            text = self.tr("Import {file}").format(file=report.source)
            command = import_command(self.ops, report.import_id, text, self.undo_stack)
            self.undo_stack.push(command)

    def print_badges(self, _checked: bool = False, path: str | None = None) -> None:
        """A PDF of badges: the selected people, or everyone accredited to the forum."""
        forum_id = self.forum.forum_id
        if forum_id is None:
            return
        from forumdesk.ui.pages.registry.badges import print_badge_sheet

        print_badge_sheet(self, forum_id, self._chosen_registrations(), path)

    def printables(self) -> list[Printable]:
        """Badges of the selected people, or of everyone accredited: sheets or cards."""
        forum_id = self.forum.forum_id
        if forum_id is None:
            return []
        from forumdesk.ui.pages.registry.badges import badge_printables

        return badge_printables(forum_id, self._chosen_registrations())

    def _chosen_registrations(self) -> list[uuid.UUID]:
        rows = self.representatives.selected_rows()
        return [row.registration_id for row in rows if row.registration_id is not None]

    def open_walk_in(self) -> None:
        forum_id = self.forum.forum_id
        if forum_id is None:
            return
        from forumdesk.ui.pages.registry.walk_in_dialog import WalkInDialog

        dialog = WalkInDialog(self.ops, forum_id, self.author, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.walked_in.connect(self._walked_in)
        dialog.finished.connect(lambda _result: setattr(self, "walk_in", None))
        self.walk_in = dialog
        dialog.open()

    def _kept_both(self, first: uuid.UUID, second: uuid.UUID, label: str) -> None:
        from forumdesk.services.registry.scripts import isolated
        from forumdesk.ui.pages.registry.duplicates_panel import kept_both_command

        text = self.tr("Keep {pair} apart").format(pair=isolated(label))
        self.undo_stack.push(kept_both_command(self.ops, first, second, text, self.author))

    def _walked_in(self, result: WalkInResult, name: str) -> None:
        from forumdesk.ui.pages.registry.commands import walk_in_command

        text = self.tr("Walk-in {name}").format(name=name)
        self.undo_stack.push(walk_in_command(self.ops, result, text))

    def accredit_selected(self) -> None:
        """Accredit the selected people to the current forum, registering them if needed."""
        forum_id = self.forum.forum_id
        people = [row.id for row in self.representatives.selected_rows()]
        if forum_id is None or not people:
            return
        decided_by = self.author

        def accredit(session: Session) -> AccreditationChange:
            from forumdesk.services.registry.undo import accredit_undoably

            return accredit_undoably(session, forum_id, people, decided_by=decided_by)

        def done(change: AccreditationChange) -> None:
            from forumdesk.ui.pages.registry.commands import accreditation_command

            count = change.accredited
            self.status_label.setText(self.tr("%n representative(s) accredited", "", count))
            if count:
                text, stack = self.tr("Accredit %n representative(s)", "", count), self.undo_stack
                stack.push(accreditation_command(self.ops, forum_id, change, text, stack))

        self.ops.change(accredit, {Area.REGISTRY}, done)
