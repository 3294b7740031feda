"""Prepare a laptop: a copy of this database for registration at a venue, limited to one
forum or not, with a device name of its own, encrypted with a passphrase of its own
(typed twice, unseen) unless the user ticks "Leave the copy unencrypted". Written on the
worker with progress; a cancelled copy leaves no file behind."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from forumdesk.ui.common.operations import Operations
from forumdesk.ui.widgets.combos import find_data
from forumdesk.ui.widgets.factories import push_button
from forumdesk.ui.widgets.forms import error_label
from forumdesk.ui.widgets.job_dialog import JobDialog

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.programme.forums import ForumSummary
    from forumdesk.services.sync.laptop import PreparedLaptop


class LaptopDialog(JobDialog):
    def __init__(
        self, ops: Operations, forum_id: uuid.UUID | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("laptop_dialog")
        self.setWindowTitle(self.tr("Prepare a Laptop"))
        self.setAccessibleName(self.windowTitle())
        self.resize(620, 420)
        self.ops = ops
        self._current_forum = forum_id
        self.prepared: PreparedLaptop | None = None
        #: Asks where to write the copy; tests replace it.
        self.choose_target: Callable[[], str] = self._ask_target
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A copy of this database for a laptop at the venue. Limited to one forum, it "
                "leaves out the other forums and the people registered only for them. Merge "
                "it back with File > Merge from Another Database…"
            ),
            self,
        )
        intro.setObjectName("laptop_intro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = self._build_form(layout)
        self._build_encryption(layout, form)
        self._build_progress(layout)
        layout.addStretch(1)
        self._build_buttons(layout)
        self.forums_loaded = False
        self._update_buttons()

    # Building -----------------------------------------------------------------------

    def _build_form(self, layout: QVBoxLayout) -> QFormLayout:
        form = QFormLayout()
        row = QHBoxLayout()
        self.target_edit = QLineEdit(self)
        self.target_edit.setObjectName("laptop_target")
        self.target_edit.setAccessibleName(self.tr("File to write"))
        self.target_edit.textChanged.connect(self._update_buttons)
        row.addWidget(self.target_edit, 1)
        self.browse_button = push_button(
            self.tr("&Browse…"), "laptop_browse", self.tr("Choose the file to write"), self
        )
        self.browse_button.clicked.connect(self.browse)
        row.addWidget(self.browse_button)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.target_edit)
        form.addRow(file_label, row)
        self.forum_combo = QComboBox(self)
        self.forum_combo.setObjectName("laptop_forum")
        self.forum_combo.setAccessibleName(self.tr("Forum the laptop holds"))
        self.forum_combo.addItem(self.tr("All forums"), None)
        form.addRow(self.tr("F&orum:"), self.forum_combo)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("laptop_name")
        self.name_edit.setAccessibleName(self.tr("Name of the laptop"))
        self.name_edit.setPlaceholderText(self.tr("Laptop 2, registration desk"))
        form.addRow(self.tr("Laptop &name:"), self.name_edit)
        layout.addLayout(form)
        return form

    def _build_encryption(self, layout: QVBoxLayout, form: QFormLayout) -> None:
        """The laptop's own passphrase, twice; leaving the copy in clear takes a tick."""
        self.passphrase_edit = self._passphrase_field(
            "laptop_passphrase", self.tr("Passphrase of the laptop's copy")
        )
        form.addRow(self.tr("Pa&ssphrase:"), self.passphrase_edit)
        self.confirm_edit = self._passphrase_field(
            "laptop_passphrase_again", self.tr("The same passphrase again")
        )
        form.addRow(self.tr("&Again:"), self.confirm_edit)
        self.encryption_note = QLabel(
            self.tr(
                "The copy is encrypted: ForumDesk asks for this passphrase whenever it opens "
                "the copy, on the laptop and when merging it back. It is the laptop's own, not "
                "this database's; keep it apart from the laptop."
            ),
            self,
        )
        self.encryption_note.setObjectName("laptop_encryption_note")
        self.encryption_note.setWordWrap(True)
        layout.addWidget(self.encryption_note)
        self.clear_check = QCheckBox(self.tr("&Leave the copy unencrypted"), self)
        self.clear_check.setObjectName("laptop_unencrypted")
        self.clear_check.setAccessibleName(self.tr("Leave the copy unencrypted"))
        self.clear_check.toggled.connect(self._passphrase_edited)
        layout.addWidget(self.clear_check)
        self.clear_warning = error_label(self, "laptop_clear_warning")
        self.clear_warning.setText(
            self.tr(
                "Anyone who finds the laptop, or the file, can read the names, e-mail "
                "addresses and registrations in the copy."
            )
        )
        layout.addWidget(self.clear_warning)

    def _passphrase_field(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.textChanged.connect(self._passphrase_edited)
        return edit

    def _passphrase_edited(self) -> None:
        self.error.hide()  # what it said of the passphrase no longer holds
        self._update_buttons()

    def _build_progress(self, layout: QVBoxLayout) -> None:
        """The bar and Cancel, shown while the copy is written; the result line says
        what runs, then what came of it."""
        self.result_label = QLabel(self)
        self.result_label.setObjectName("laptop_result")
        self.result_label.setWordWrap(True)
        self._build_job_controls(
            self, "laptop", self.tr("Cancel: no copy is written"), self.result_label
        )
        progress_row = QHBoxLayout()
        self.progress_bar.hide()
        progress_row.addWidget(self.progress_bar, 1)
        self.cancel_button.hide()
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)
        layout.addWidget(self.result_label)
        self.error = error_label(self, "laptop_error")
        layout.addWidget(self.error)

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.setObjectName("laptop_buttons")
        self.prepare_button = push_button(
            self.tr("&Prepare"), "laptop_prepare", self.tr("Write the laptop's copy"), self
        )
        self.prepare_button.setDefault(True)
        self.prepare_button.clicked.connect(self.prepare)
        self.buttons.addButton(self.prepare_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("laptop_close")
        self.close_button.setAccessibleName(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # Forums -------------------------------------------------------------------------

    def load(self) -> None:
        def work(session: Session) -> list[ForumSummary]:
            from forumdesk.services.programme.forums import list_forums

            return list_forums(session)

        self.ops.query(work, self._show_forums, self._refused)

    def _show_forums(self, forums: list[ForumSummary]) -> None:
        for forum in forums:
            self.forum_combo.addItem(forum.display_title, forum.id)
        if self._current_forum is not None:
            self.forum_combo.setCurrentIndex(
                max(find_data(self.forum_combo, self._current_forum), 0)
            )
        self.forums_loaded = True

    # Preparing ----------------------------------------------------------------------

    def browse(self) -> None:
        path = self.choose_target()
        if path:
            if not path.lower().endswith((".db", ".sqlite")):
                path += ".db"
            self.target_edit.setText(path)

    def _ask_target(self) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Laptop Database"),
            "laptop.db",
            self.tr("ForumDesk databases (*.db *.sqlite);;All files (*)"),
        )
        return path

    def prepare(self) -> None:
        database = self.ops.database
        target = self.target_edit.text().strip()
        if self.running or database is None or not target:
            return
        passphrase = self._passphrase()
        if passphrase == "":
            return
        forum_id: uuid.UUID | None = self.forum_combo.currentData()
        name = self.name_edit.text().strip() or None
        progress = self._start_job(self.tr("Writing {file}…").format(file=target))

        def work() -> PreparedLaptop:
            from forumdesk.services.sync.laptop import prepare_laptop

            return prepare_laptop(
                database,
                Path(target),
                passphrase=passphrase,
                forum_id=forum_id,
                name=name,
                progress=progress.report,
                cancelled=progress.cancelled,
            )

        self.ops.call(work, self._prepared, self._refused)

    def _passphrase(self) -> str | None:
        """The laptop's passphrase; None for a copy left in clear by choice; "" (and the
        reason shown) when the two fields do not give one."""
        if self.clear_check.isChecked():
            return None
        typed = self.passphrase_edit.text()
        if not typed:
            self._show_error(
                self.tr("Type a passphrase for the laptop's copy, or leave it unencrypted.")
            )
        elif self.confirm_edit.text() != typed:
            self.confirm_edit.clear()
            self.confirm_edit.setFocus()
            self._show_error(self.tr("The two passphrases differ; type them again."))
            return ""
        return typed

    def _show_error(self, text: str) -> None:
        self.result_label.clear()
        self.error.setText(text)
        self.error.show()

    def _job_started(self) -> None:
        self.error.hide()
        self.progress_bar.show()
        self._update_buttons()

    def _job_ended(self) -> None:
        self.progress_bar.hide()
        self.cancel_button.hide()
        self._update_buttons()

    def _prepared(self, prepared: PreparedLaptop) -> None:
        self._end_job()
        self.prepared = prepared
        text = self.tr("Written {rows} rows to {file} (device “{device}”).").format(
            rows=prepared.rows, file=prepared.path, device=prepared.device_name
        )
        if prepared.forum_id is not None:
            text += " " + self.tr("{count} people of other forums left out.").format(
                count=prepared.people_left_out
            )
        if self.clear_check.isChecked():
            text += " " + self.tr("It is in clear.")
        else:
            text += " " + self.tr("It is encrypted with the laptop's passphrase.")
        for edit in (self.passphrase_edit, self.confirm_edit):
            edit.clear()  # not kept once the copy is written
        self.result_label.setText(text)

    def _refused(self, error: Exception) -> None:
        from forumdesk.services.sync.laptop import LaptopCancelled

        self._end_job()
        if isinstance(error, LaptopCancelled):
            self.result_label.setText(self.tr("Cancelled: no copy was written."))
            return
        self._show_error(str(error))

    def _update_buttons(self) -> None:
        running = self.running
        self.prepare_button.setEnabled(not running and bool(self.target_edit.text().strip()))
        self.close_button.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        for widget in (
            self.target_edit,
            self.browse_button,
            self.forum_combo,
            self.name_edit,
            self.clear_check,
        ):
            widget.setEnabled(not running)
        clear = self.clear_check.isChecked()
        for edit in (self.passphrase_edit, self.confirm_edit):
            edit.setEnabled(not running and not clear)
        self.encryption_note.setVisible(not clear)
        self.clear_warning.setVisible(clear)
