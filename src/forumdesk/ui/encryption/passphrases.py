"""The widgets every passphrase form shares: a new passphrase typed twice, unseen, with
a short word on its strength; and the box that remembers it in the OS keyring, disabled
(with the reason in its tooltip) where there is no keyring."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QWidget


def passphrase_edit(parent: QWidget, name: str, accessible: str) -> QLineEdit:
    """A field whose text is never shown nor copied out."""
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible)
    return edit


class RememberBox(QCheckBox):
    """ "Remember the passphrase in this computer's keyring", off by default; disabled,
    with the reason as tooltip, when no keyring answers."""

    def __init__(self, parent: QWidget, name: str) -> None:
        from forumdesk.services.database.remembered import unavailable_reason

        super().__init__(self.tr("Remember the passphrase in this computer's &keyring"), parent)
        self.setObjectName(name)
        reason = unavailable_reason()
        if reason is None:
            self.setToolTip(
                self.tr(
                    "The operating system's keyring keeps the passphrase and gives it back "
                    "when this database is opened on this computer."
                )
            )
        else:
            self.setEnabled(False)
            self.setToolTip(reason)
        self.setAccessibleDescription(self.toolTip())


class NewPassphraseFields(QObject):
    """A new passphrase and its confirmation, laid out in a form, with the strength hint;
    `changed` whenever either is typed in."""

    changed = Signal()

    def __init__(self, parent: QWidget, form: QFormLayout, name: str) -> None:
        super().__init__(parent)
        self.form = form
        self.first = passphrase_edit(parent, f"{name}_new", self.tr("New passphrase"))
        self.second = passphrase_edit(parent, f"{name}_again", self.tr("New passphrase again"))
        self.hint = QLabel(parent)
        self.hint.setObjectName(f"{name}_strength")
        self.hint.setWordWrap(True)
        form.addRow(self.tr("&New passphrase:"), self.first)
        form.addRow(self.tr("&Again:"), self.second)
        form.addRow("", self.hint)
        for edit in (self.first, self.second):
            edit.textChanged.connect(self._typed)
        self._typed()

    def passphrase(self) -> str:
        return self.first.text()

    def problem(self) -> str | None:
        """Why the passphrase cannot be used yet; None once it is typed twice alike."""
        if not self.first.text():
            return self.tr("Type a new passphrase.")
        if self.first.text() != self.second.text():
            return self.tr("The two passphrases differ.")
        return None

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.first, self.second, self.hint):
            widget.setEnabled(enabled)

    def set_visible(self, visible: bool) -> None:
        """Show or hide the three rows, labels and all."""
        for widget in (self.first, self.second, self.hint):
            self.form.setRowVisible(widget, visible)

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def _typed(self) -> None:
        from forumdesk.services.database.encryption import Strength, passphrase_strength

        words = {
            Strength.EMPTY: self.tr(
                "A few words you will remember make a good passphrase; it cannot be recovered."
            ),
            Strength.WEAK: self.tr("Weak: easy to guess. Use more words, or a longer one."),
            Strength.FAIR: self.tr("Fair: a few more words would make it strong."),
            Strength.STRONG: self.tr("Strong."),
        }
        self.hint.setText(words[passphrase_strength(self.first.text())])
        self.changed.emit()
