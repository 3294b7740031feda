"""File > New Database…, after the file is chosen: whether to encrypt it with a
passphrase from the start (off by default), so that it never lies in clear."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from forumdesk.ui.encryption.passphrases import NewPassphraseFields, RememberBox


class NewDatabaseDialog(QDialog):
    def __init__(self, target: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new_database_dialog")
        self.setWindowTitle(self.tr("New Database"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("ForumDesk creates the database {file} in {folder}.").format(
                file=target.name, folder=target.parent
            ),
            self,
        )
        intro.setObjectName("new_database_intro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.encrypt_box = QCheckBox(self.tr("&Encrypt with a passphrase"), self)
        self.encrypt_box.setObjectName("new_database_encrypt")
        self.encrypt_box.setToolTip(
            self.tr(
                "The file opens only with the passphrase, which cannot be recovered if it "
                "is lost. Advised on a laptop that leaves the office."
            )
        )
        self.encrypt_box.toggled.connect(self._update)
        layout.addWidget(self.encrypt_box)
        form = QFormLayout()
        self.fields = NewPassphraseFields(self, form, "new_database")
        self.fields.changed.connect(self._update)
        layout.addLayout(form)
        self.remember = RememberBox(self, "new_database_remember")
        layout.addWidget(self.remember)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setObjectName("new_database_create")
        self.create_button.setText(self.tr("&Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    def passphrase(self) -> str | None:
        """The new database's passphrase; None to create it in clear."""
        return self.fields.passphrase() if self.encrypt_box.isChecked() else None

    def remembers(self) -> bool:
        return (
            self.encrypt_box.isChecked() and self.remember.isEnabled() and self.remember.isChecked()
        )

    def _update(self) -> None:
        encrypting = self.encrypt_box.isChecked()
        self.fields.set_enabled(encrypting)
        if not encrypting:
            self.remember.setChecked(False)
        self.remember.setVisible(encrypting)
        problem = self.fields.problem() if encrypting else None
        self.create_button.setEnabled(problem is None)
        self.create_button.setToolTip(problem or "")
