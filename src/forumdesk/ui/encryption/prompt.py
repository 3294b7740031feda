"""The passphrase asked for when an encrypted database (or backup) is opened: typed
unseen, with the box that remembers it in the OS keyring when the caller offers it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from forumdesk.ui.encryption.passphrases import RememberBox, passphrase_edit


class PassphrasePrompt(QDialog):
    def __init__(
        self, parent: QWidget | None, title: str, text: str, *, offer_keyring: bool = True
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passphrase_prompt")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        self.label = QLabel(text, self)
        self.label.setObjectName("passphrase_prompt_text")
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.edit = passphrase_edit(self, "passphrase_prompt_edit", self.tr("Passphrase"))
        self.label.setBuddy(self.edit)
        layout.addWidget(self.edit)
        self.remember: RememberBox | None = None
        if offer_keyring:
            self.remember = RememberBox(self, "passphrase_prompt_remember")
            layout.addWidget(self.remember)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def passphrase(self) -> str:
        return self.edit.text()

    def remembers(self) -> bool:
        """Whether the user asked for the passphrase to be kept in the keyring."""
        return self.remember is not None and self.remember.isEnabled() and self.remember.isChecked()
