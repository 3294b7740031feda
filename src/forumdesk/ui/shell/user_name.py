"""Asking for the user's name: at the first start, and whenever a signed action was
refused for want of one. The name (and initials) is kept where the command line reads
it too (services/common/signer.py); notes, minutes and the history sign with it.

The prompt is made with the window, before its first paint: the signer is imported
when a name is asked or read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from forumdesk.ui.common.shell_context import ShellContext


class NameFields(QObject):
    """A name field and an initials field that proposes the name's initials until the
    user types their own (Preferences and the first-start dialog share it)."""

    def __init__(self, parent: QWidget, name: str = "", initials: str = "") -> None:
        from forumdesk.services.common.signer import MAX_INITIALS, MAX_NAME, propose_initials

        super().__init__(parent)
        self.name_edit = QLineEdit(name, parent)
        self.name_edit.setObjectName("user_name_edit")
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setMaxLength(MAX_NAME)
        self.name_edit.setPlaceholderText(self.tr("First name and surname, e.g. Ana Lima"))
        self.name_edit.setToolTip(
            self.tr("Signs your notes and minutes, and the changes the history records.")
        )
        self.initials_edit = QLineEdit(initials or propose_initials(name), parent)
        self.initials_edit.setObjectName("user_initials_edit")
        self.initials_edit.setAccessibleName(self.tr("Your initials"))
        self.initials_edit.setMaxLength(MAX_INITIALS)
        self.initials_edit.setMaximumWidth(120)
        self._proposed = self.initials_edit.text() == propose_initials(name)
        self.name_edit.textEdited.connect(self._name_edited)
        self.initials_edit.textEdited.connect(self._initials_edited)

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(self.tr("Your name:"), self.name_edit)
        form.addRow(self.tr("Your initials:"), self.initials_edit)

    def name(self) -> str:
        from forumdesk.services.common.signer import clean_name

        return clean_name(self.name_edit.text())

    def initials(self) -> str:
        from forumdesk.services.common.signer import clean_name

        return clean_name(self.initials_edit.text())

    def _name_edited(self, text: str) -> None:
        from forumdesk.services.common.signer import propose_initials

        if self._proposed:
            self.initials_edit.setText(propose_initials(text))

    def _initials_edited(self, text: str) -> None:
        # Cleared: propose again from the name; typed: the user's own from now on.
        self._proposed = not text.strip()


class NameDialog(QDialog):
    """Who are you? Asked before anything is signed; a name is required to go on."""

    def __init__(self, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("name_dialog")
        self.setWindowTitle(self.tr("Your Name"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        intro = QLabel(reason, self)
        intro.setObjectName("name_dialog_reason")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.fields = NameFields(self)
        self.fields.add_rows(form)
        layout.addLayout(form)
        hint = QLabel(
            self.tr(
                "Kept on this computer, and used by the command line too. You can change "
                "it in Preferences."
            ),
            self,
        )
        hint.setObjectName("name_dialog_hint")
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # the theme's muted grey
        layout.addWidget(hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("name_dialog_buttons")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("name_dialog_ok")
        self.ok_button.setText(self.tr("Save My Name"))
        self.ok_button.setAccessibleName(self.tr("Save your name"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("name_dialog_cancel")
        cancel.setText(self.tr("Not Now"))
        cancel.setAccessibleName(self.tr("Go on without a name"))
        self.buttons.accepted.connect(self._accept_if_named)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.fields.name_edit.textChanged.connect(self._update)
        self._update()
        self.resize(460, self.sizeHint().height())

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.fields.name()))

    def _accept_if_named(self) -> None:
        if self.fields.name():
            self.accept()


class UserNamePrompt(QObject):
    """Asks for the name when the window starts unnamed, or a signed action needed it."""

    def __init__(self, context: ShellContext) -> None:
        super().__init__(context)
        self.context = context
        self.dialog: NameDialog | None = None
        context.ops.name_needed.connect(self._refused_for_want_of_a_name)

    def ask_if_unnamed(self) -> NameDialog | None:
        """The first start: no name is known yet (cancelling leaves the user unnamed,
        free to read; what signs will ask again)."""
        from forumdesk.services.common.signer import signer_name

        if self.context.user_name() or signer_name():
            return None
        return self.ask(
            self.tr(
                "Welcome to ForumDesk. What is your name? It signs the notes and minutes "
                "you write, and the history records it with your changes."
            )
        )

    def _refused_for_want_of_a_name(self) -> None:
        self.ask(self.tr("Minutes and notes are signed: give your name to go on."))

    def ask(self, reason: str) -> NameDialog:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return self.dialog
        if self.dialog is not None:
            self.dialog.deleteLater()
        dialog = NameDialog(reason, self.context.window)
        dialog.accepted.connect(lambda: self._named(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _named(self, dialog: NameDialog) -> None:
        from forumdesk.ui.common.bidi import embedded

        name = dialog.fields.name()
        self.context.settings.set_user_name(name, dialog.fields.initials())
        self.context.sign_as(name)
        self.context.show_message(self.tr("You sign as {name}.").format(name=embedded(name)))
