"""Preferences: your name (what notes, minutes and the audit log record), this device's
name (what merges and the history say changes were made on) and the interface's language
(used from the next start)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from forumdesk.ui.common.operations import Area
from forumdesk.ui.common.shell_context import ShellContext
from forumdesk.ui.shell.interface_language import LANGUAGES, native_name
from forumdesk.ui.shell.user_name import NameFields
from forumdesk.ui.widgets.forms import error_label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.database.devices import DeviceView

AREAS = frozenset({Area.DEVICES})


class PreferencesDialog(QDialog):
    def __init__(self, context: ShellContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setAccessibleName(self.windowTitle())
        self.context = context
        self.ops = context.ops
        self.settings = context.settings
        self.device: DeviceView | None = None
        self._saving = False
        layout = QVBoxLayout(self)
        form = QFormLayout()
        signer = self.settings.signer()
        self.name_fields = NameFields(
            self, signer.name if signer else "", signer.initials if signer else ""
        )
        self.user_edit = self.name_fields.name_edit
        self.user_edit.setObjectName("preferences_user_name")
        self.initials_edit = self.name_fields.initials_edit
        self.initials_edit.setObjectName("preferences_user_initials")
        self.name_fields.add_rows(form)
        self.device_edit = QLineEdit(self)
        self.device_edit.setObjectName("preferences_device_name")
        self.device_edit.setAccessibleName(self.tr("This device's name"))
        self.device_edit.setPlaceholderText(self.tr("Office, registration desk…"))
        self.device_edit.setToolTip(
            self.tr("Merges and the history say which device made each change by this name.")
        )
        self.device_edit.setEnabled(False)  # until read
        form.addRow(self.tr("This &device's name:"), self.device_edit)
        self.language_combo = self._language_combo()
        form.addRow(self.tr("Interface &language:"), self.language_combo)
        self.language_changed = False
        layout.addLayout(form)
        self.device_error = error_label(self, "preferences_device_error")
        layout.addWidget(self.device_error)
        hint = QLabel(
            self.tr("Your name is kept on this computer; the device's name in the database."),
            self,
        )
        hint.setObjectName("preferences_hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("preferences_buttons")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName("preferences_ok")
        ok.setAccessibleName(self.tr("Save the preferences"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("preferences_cancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(520, 200)

    def _language_combo(self) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName("preferences_language")
        combo.setAccessibleName(self.tr("Interface language"))
        combo.setToolTip(
            self.tr("The language of menus, messages and dates. It applies from the next start.")
        )
        combo.addItem(self.tr("The system's language"), "")
        for code in LANGUAGES:
            combo.addItem(native_name(code), code)
        combo.setCurrentIndex(max(0, combo.findData(self.settings.interface_language())))
        return combo

    def load(self) -> None:
        """Read this device's name (off the GUI thread)."""

        def work(session: Session) -> DeviceView:
            from forumdesk.services.database.devices import local_device

            return local_device(session)

        if self.ops.database is not None:
            self.ops.query(work, self._show_device, self._refused)

    def _show_device(self, device: DeviceView) -> None:
        self.device = device
        self.device_edit.setText(device.name)
        self.device_edit.setEnabled(True)

    def save(self) -> None:
        """Keep the user's name (and tell the database), rename the device if asked."""
        if self._saving:
            return
        language = str(self.language_combo.currentData() or "")
        if language != self.settings.interface_language():
            self.settings.set_interface_language(language)
            self.language_changed = True
        name, initials = self.name_fields.name(), self.name_fields.initials()
        signer = self.settings.signer()
        if (name, initials) != ((signer.name, signer.initials) if signer else ("", "")):
            # An empty name leaves the user unnamed: what signs will ask for one.
            self.settings.set_user_name(name, initials)
            signer = self.settings.signer()
            self.context.sign_as(signer.name if signer else "")
        device_name = " ".join(self.device_edit.text().split())
        if self.device is None or device_name == self.device.name:
            self.accept()
            return

        def work(session: Session) -> DeviceView:
            from forumdesk.services.database.devices import rename_device

            return rename_device(session, device_name)

        self._saving = True
        self.device_error.hide()
        self.buttons.setEnabled(False)
        self.ops.change(work, AREAS, self._renamed, self._refused)

    def _renamed(self, device: DeviceView) -> None:
        self._saving = False
        self.buttons.setEnabled(True)
        self.device = device
        self.accept()

    def _refused(self, error: Exception) -> None:
        self._saving = False
        self.buttons.setEnabled(True)
        self.device_error.setText(str(error))
        self.device_error.show()
