"""The forum's recommendations (a tab of the Practices page): the list with each one's
uptake, answering practices and latest status; for the chosen one, the stakeholders
who took it up and their commitments, the practices that answer it, and its status at
each later forum with the evidence; and the follow-up report's export."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from forumdesk.ui.common.context import ForumContext
from forumdesk.ui.common.operations import Area, Operations
from forumdesk.ui.common.output_check import output_refused, proposed_name
from forumdesk.ui.pages.base import Page
from forumdesk.ui.pages.practices.recommending.recommendation_detail import (
    RecommendationDetail,
    record_tree,
)
from forumdesk.ui.pages.practices.recommending.recommendation_dialogs import (
    ID_ROLE,
    FollowUpDialog,
    PracticeChoiceDialog,
    StakeholderDialog,
    follow_up_status,
)
from forumdesk.ui.pages.practices.recommending.recommendation_editor import theme_choices
from forumdesk.ui.widgets.factories import push_button

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.notes.links import LinkedItem
    from forumdesk.services.practices.recommending.follow_up import ForumRef
    from forumdesk.services.practices.recommending.recommendation_views import (
        AnsweringPractice,
        RecommendationRow,
        RecommendationView,
    )
    from forumdesk.services.practices.themes import ThemeView

#: What the panel's edits change.
EDIT_AREAS = frozenset({Area.PRACTICES})


@dataclass(frozen=True)
class Recommendations:
    rows: list[RecommendationRow]
    later: list[ForumRef]


def load_recommendations(session: Session, forum_id: uuid.UUID) -> Recommendations:
    from forumdesk.services.practices.recommending.follow_up import later_forums
    from forumdesk.services.practices.recommending.recommendation_views import recommendations_of

    return Recommendations(recommendations_of(session, forum_id), later_forums(session, forum_id))


class RecommendationsPanel(Page):
    """Refreshes as a page does (`Page`): when shown, when the forum changes and when
    practices, recommendations, documents or the registry change."""

    areas = frozenset({Area.PRACTICES, Area.DOCUMENTS, Area.REGISTRY, Area.FORUMS})

    def __init__(self, ops: Operations, forum: ForumContext, parent: QWidget | None = None) -> None:
        super().__init__(ops, forum, parent)
        self.setObjectName("recommendations_panel")
        self.data: Recommendations | None = None
        self.current: RecommendationView | None = None
        self._wanted: uuid.UUID | None = None  # a recommendation asked for from elsewhere
        self.editor: QDialog | None = None
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("recommendations_splitter")
        splitter.addWidget(self._build_list(splitter))
        splitter.addWidget(self._build_detail(splitter))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._build_bottom())
        self.status_label = QLabel(self)
        self.status_label.setObjectName("recommendations_status_label")
        self.status_label.setAccessibleName(self.tr("Recommendations status"))
        layout.addWidget(self.status_label)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("recommendations_error_label")
        self.error_label.setAccessibleName(self.tr("Recommendations error"))
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        self._update_buttons()

    def _build_list(self, parent: QWidget) -> QTreeWidget:
        headers = [
            self.tr("Code"),
            self.tr("¶"),
            self.tr("Recommendation"),
            self.tr("Uptake"),
            self.tr("Practices"),
            self.tr("Status"),
        ]
        self.list = record_tree(parent, "recommendations_list", self.tr("Recommendations"), headers)
        self.list.setAccessibleDescription(
            self.tr(
                "The forum's recommendations: code, paragraph, text, how many stakeholders "
                "took each up, how many practices answer it, and its latest status."
            )
        )
        self.list.setColumnWidth(0, 70)
        self.list.setColumnWidth(1, 40)
        self.list.setColumnWidth(2, 520)
        self.list.currentItemChanged.connect(lambda *_: self._load_current())
        self.list.itemActivated.connect(lambda *_: self.edit_recommendation())
        return self.list

    def _build_detail(self, parent: QWidget) -> RecommendationDetail:
        self.detail = RecommendationDetail(parent)
        detail = self.detail
        detail.uptake_list.itemActivated.connect(lambda *_: self.edit_uptake())
        detail.follow_up_list.itemActivated.connect(lambda *_: self.set_status())
        detail.add_uptake_button.clicked.connect(self.add_uptake)
        detail.edit_uptake_button.clicked.connect(self.edit_uptake)
        detail.remove_uptake_button.clicked.connect(self.remove_uptake)
        detail.link_button.clicked.connect(self.link_practice)
        detail.unlink_button.clicked.connect(self.unlink_practice)
        detail.status_button.clicked.connect(self.set_status)
        return detail

    def _build_bottom(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.delete_button = push_button(
            self.tr("&Delete Recommendation"), "delete_recommendation_button",
            self.tr("Delete the recommendation"), self, clicked=self.delete_recommendation,
        )  # fmt: skip
        self.edit_button = push_button(
            self.tr("Edit Recommendatio&n…"), "edit_recommendation_button",
            self.tr("Edit the recommendation"), self, clicked=self.edit_recommendation,
        )  # fmt: skip
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        self.export_button = push_button(
            self.tr("E&xport Follow-up Report…"), "export_follow_up_button",
            self.tr("Export the follow-up report"), self, clicked=self._export_clicked,
        )  # fmt: skip
        row.addWidget(self.export_button)
        return row

    # Refreshing -------------------------------------------------------------------------

    def _reload(self) -> None:
        # Unlike a page, the panel also clears itself when no database is open.
        self.refresh()

    def show_recommendation(self, recommendation_id: uuid.UUID) -> None:
        """Read the list again with this recommendation chosen (Ctrl+K's link)."""
        self._wanted = recommendation_id
        self.refresh()

    def refresh(self) -> None:
        self._stale = False
        forum_id = self.forum.forum_id
        if forum_id is None or self.ops.database is None:
            self._show(None)
            return
        self.ops.query(
            lambda session: load_recommendations(session, forum_id), self._show, self._failed
        )

    def _failed(self, error: Exception) -> None:
        self.error_label.setText(str(error))

    def _show(self, data: Recommendations | None) -> None:
        chosen = self._wanted or (self.current.id if self.current else None)
        self._wanted = None
        self.data = data
        self.list.blockSignals(True)
        self.list.clear()
        for row in data.rows if data else []:
            item = QTreeWidgetItem(self.list, self._row_texts(row))
            item.setData(0, ID_ROLE, row.id)
            item.setToolTip(2, row.text)
            if row.id == chosen:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if data is not None and not data.rows:
            self.status_label.setText(
                self.tr(
                    "No recommendation yet: make one from a paragraph on the Document & notes page."
                )
            )
        self._load_current()

    def _row_texts(self, row: RecommendationRow) -> list[str]:
        status = follow_up_status(row.status) if row.status else "—"
        if row.status and row.status_forum:
            status = self.tr("{status} ({forum})").format(status=status, forum=row.status_forum)
        text = " ".join(row.text.split())
        return [
            row.code,
            str(row.paragraph_number) if row.paragraph_number is not None else "",
            text if len(text) <= 160 else text[:159] + "…",
            str(row.uptakes),
            str(row.practices),
            status,
        ]

    def _load_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            self._show_current(None)
            return
        ident = item.data(0, ID_ROLE)

        def load(session: Session) -> RecommendationView:
            from forumdesk.services.practices.recommending.recommendation_views import (
                recommendation_view,
            )

            return recommendation_view(session, ident)

        self.ops.query(load, self._show_current, self._failed)

    def _show_current(self, view: RecommendationView | None) -> None:
        self.current = view
        self.detail.show_view(view, later=bool(self.data and self.data.later))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.current is not None)
        self.edit_button.setEnabled(self.current is not None)
        self.export_button.setEnabled(bool(self.data and self.data.rows))

    # Edits --------------------------------------------------------------------------------

    def _change(self, work: Callable[[Session], Any], done: str) -> None:
        def applied(_result: object) -> None:
            self.error_label.clear()
            self.status_label.setText(done)

        self.ops.change(work, EDIT_AREAS, applied, self._failed)

    def add_uptake(self) -> None:
        view = self.current
        if view is None:
            return
        dialog = StakeholderDialog(self._lookup_organisations, self)
        if dialog.exec() != StakeholderDialog.DialogCode.Accepted or dialog.organisation_id is None:
            return
        organisation, (text, on) = dialog.organisation_id, dialog.committed()

        def add(session: Session) -> None:
            from forumdesk.services.practices.recommending.uptake import Commitment, add_uptake

            add_uptake(session, view.id, organisation, Commitment(text, on))

        self._change(add, self.tr("Stakeholder added to {code}").format(code=view.values.code))

    def edit_uptake(self) -> None:
        view, ident = self.current, self.detail.selected(self.detail.uptake_list)
        uptake = next((u for u in view.uptakes if u.id == ident), None) if view else None
        if view is None or uptake is None:
            return
        dialog = StakeholderDialog(self._lookup_organisations, self, uptake)
        if dialog.exec() != StakeholderDialog.DialogCode.Accepted:
            return
        text, on = dialog.committed()

        def edit(session: Session) -> None:
            from forumdesk.services.common.edit_conflicts import ReadAt
            from forumdesk.services.practices.recommending.uptake import Commitment, edit_uptake

            read = ReadAt(uptake.version, Commitment(uptake.commitment, uptake.committed_on))
            edit_uptake(session, uptake.id, Commitment(text, on), read)

        self._change(edit, self.tr("Commitment saved"))

    def remove_uptake(self) -> None:
        ident = self.detail.selected(self.detail.uptake_list)
        if self.current is None or ident is None:
            return

        def remove(session: Session) -> None:
            from forumdesk.services.practices.recommending.uptake import remove_uptake

            remove_uptake(session, ident)

        self._change(remove, self.tr("Stakeholder removed"))

    def link_practice(self) -> None:
        view = self.current
        if view is None:
            return
        dialog = PracticeChoiceDialog(self._lookup_practices, self)
        chosen = (
            dialog.chosen() if dialog.exec() == PracticeChoiceDialog.DialogCode.Accepted else None
        )
        if chosen is None:
            return

        def link(session: Session) -> None:
            from forumdesk.services.practices.recommending.uptake import link_practice

            link_practice(session, view.id, chosen)

        self._change(link, self.tr("Practice linked to {code}").format(code=view.values.code))

    def unlink_practice(self) -> None:
        view, practice = self.current, self.detail.selected(self.detail.practice_list)
        if view is None or practice is None:
            return

        def unlink(session: Session) -> None:
            from forumdesk.services.practices.recommending.uptake import unlink_practice

            unlink_practice(session, view.id, practice)

        self._change(unlink, self.tr("Practice unlinked"))

    def set_status(self) -> None:
        view = self.current
        if view is None or not self.data or not self.data.later:
            return
        forum = self.detail.selected(self.detail.follow_up_list)
        current = view.follow_up_at(forum) if forum else None
        dialog = FollowUpDialog(self.data.later, self, current)
        if dialog.exec() != FollowUpDialog.DialogCode.Accepted:
            return
        at_forum, status, evidence = dialog.assessment()
        before = view.follow_up_at(at_forum)

        def assess(session: Session) -> None:
            from forumdesk.services.common.edit_conflicts import ReadAt
            from forumdesk.services.practices.recommending.follow_up import (
                Assessment,
                set_follow_up,
            )

            read = None
            if before is not None and before.status is not None:
                read = ReadAt(before.version, Assessment(before.status, before.evidence))
            set_follow_up(session, view.id, at_forum, Assessment(status, evidence), read=read)

        self._change(
            assess,
            self.tr("{code}: {status}").format(
                code=view.values.code, status=follow_up_status(status)
            ),
        )

    def edit_recommendation(self) -> None:
        """Its code, words and theme, in a dialog (once the forum's themes are read)."""
        view, forum_id = self.current, self.forum.forum_id
        if view is None or forum_id is None:
            return

        def opened(themes: list[ThemeView]) -> None:
            from forumdesk.ui.pages.practices.recommending.recommendation_editor import (
                RecommendationEditor,
            )

            editor = RecommendationEditor(self.ops, view, themes, self, self.status_label.setText)
            editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            editor.finished.connect(lambda _result: setattr(self, "editor", None))
            self.editor = editor
            editor.open()

        self.ops.query(lambda session: theme_choices(session, forum_id), opened, self._failed)

    def delete_recommendation(self) -> None:
        view = self.current
        if view is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete Recommendation"),
            self.tr("Delete {code}, with its stakeholders, practices and statuses?").format(
                code=view.values.code
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def delete(session: Session) -> None:
            from forumdesk.services.practices.recommending.recommendations import (
                delete_recommendation,
            )

            delete_recommendation(session, view.id)

        self.current = None
        self._change(delete, self.tr("{code} deleted").format(code=view.values.code))

    def _lookup_organisations(self, text: str, done: Callable[[list[LinkedItem]], None]) -> None:
        def find(session: Session) -> list[LinkedItem]:
            from forumdesk.services.notes.links import find_organisations

            return find_organisations(session, text)

        self.ops.query(find, done)

    def _lookup_practices(self, text: str, done: Callable[[list[AnsweringPractice]], None]) -> None:
        def find(session: Session) -> list[AnsweringPractice]:
            from forumdesk.services.practices.recommending.recommendation_views import (
                find_practices,
            )

            return find_practices(session, text)

        self.ops.query(find, done)

    # Export ---------------------------------------------------------------------------------

    def _export_clicked(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the follow-up report"),
            proposed_name(self.forum.title, self.tr("follow-up"), "pdf"),
            self.tr("Documents (*.pdf *.docx *.odt *.html *.md)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the follow-up report to `path`, in the format its extension names."""
        from forumdesk.exports.document.writers import FORMATS, format_of

        form = format_of(path)
        if form is None:
            self.error_label.setText(
                self.tr("Choose a file ending in one of: {formats}").format(
                    formats=", ".join(f".{f}" for f in FORMATS)
                )
            )
            return
        forum_id, database = self.forum.forum_id, self.ops.database
        if forum_id is None or output_refused(self, path, database):
            return
        database_path = database.path if database is not None else None

        def work(session: Session) -> Path:
            from forumdesk.exports.practices.follow_up import export_follow_up

            export_follow_up(session, forum_id, path, form, database_path=database_path)
            return path

        def exported(written: Path) -> None:
            self.error_label.clear()
            self.status_label.setText(
                self.tr("Follow-up report exported to {path}").format(path=written)
            )

        self.ops.query(work, exported, self._failed)
