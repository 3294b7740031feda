"""Walk-in: a person registered at the door, by keyboard alone.

Given name, Tab, family name, Tab, organisation (pick from the registry as you
type, or type a new one and its category), Tab, e-mail, Ctrl+Return: the person is
registered, accredited and given the next badge number, and the form is ready for
the next one. Likely duplicates are shown as the name is typed; nothing is merged.

A name in another script shows two more fields after it, its Latin form, printed
under the name on the badge: proposed by the standard romanisation where one is
faithful (Cyrillic, Chinese, Greek), left empty with a request to type it otherwise
(Arabic script, whose letters alone do not give the vowels).
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from forumdesk.services.registry.duplicates.reasons import reasons_text
from forumdesk.store.enums import OrganisationCategory
from forumdesk.ui.common import labels
from forumdesk.ui.common.operations import Area, Operations
from forumdesk.ui.widgets.forms import error_label, is_ctrl_return

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.notes.links import LinkedItem
    from forumdesk.services.registry.duplicates.finder import DuplicateMatch
    from forumdesk.services.registry.walk_in import WalkIn, WalkInResult

LOOKUP_DELAY_MS = 250


class WalkInDialog(QDialog):
    #: (WalkInResult, "FAMILY, Given") once a person is registered: the page makes it undoable.
    walked_in = Signal(object, str)

    def __init__(
        self, ops: Operations, forum_id: uuid.UUID, decided_by: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("walk_in_dialog")
        self.setWindowTitle(self.tr("Register a Walk-in"))
        self.setAccessibleName(self.windowTitle())
        self.ops = ops
        self.forum_id = forum_id
        self.decided_by = decided_by
        self._organisations: dict[str, uuid.UUID] = {}
        self._saving = False
        self.registered: list[WalkInResult] = []
        #: Latin fields the user typed in: proposals no longer overwrite them.
        self._typed_latin: set[QLineEdit] = set()
        layout = QVBoxLayout(self)
        form = self._build_form()
        layout.addLayout(form)
        self.duplicates = QLabel(self)
        self.duplicates.setObjectName("walk_in_duplicates")
        self.duplicates.setWordWrap(True)
        self.duplicates.setStyleSheet("color: #8a5300")
        layout.addWidget(self.duplicates)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("walk_in_result")
        self.outcome.setWordWrap(True)
        layout.addWidget(self.outcome)
        self.general_error = error_label(self, "walk_in_error")
        layout.addWidget(self.general_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.register_button = buttons.addButton(
            self.tr("&Register"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.register_button.setObjectName("walk_in_register")
        self.register_button.setAccessibleName(self.tr("Register the walk-in"))
        self.register_button.setToolTip(self.tr("Register (Ctrl+Return)"))
        self.register_button.clicked.connect(self.register)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout.addWidget(buttons)
        self._lookup = QTimer(self)
        self._lookup.setSingleShot(True)
        self._lookup.setInterval(LOOKUP_DELAY_MS)
        self._lookup.timeout.connect(self.look_up)
        for edit in (self.given, self.family, self.organisation, self.email):
            edit.textEdited.connect(lambda _text: self._lookup.start())
        self.given.setFocus()

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        self.form = form
        self.given = self._line("walk_in_given", self.tr("Given name"))
        self.family = self._line("walk_in_family", self.tr("Family name"))
        self.given_latin = self._line("walk_in_given_latin", self.tr("Given name in Latin letters"))
        self.family_latin = self._line(
            "walk_in_family_latin", self.tr("Family name in Latin letters")
        )
        self.latin_hint = QLabel(self)
        self.latin_hint.setObjectName("walk_in_latin_hint")
        self.latin_hint.setWordWrap(True)
        self.latin_hint.setStyleSheet("color: #555")
        self.organisation = self._line("walk_in_organisation", self.tr("Organisation"))
        self.organisation.setPlaceholderText(self.tr("Type to find it, or a new name"))
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self.organisation)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organisation.setCompleter(completer)
        self.category = QComboBox(self)
        self.category.setObjectName("walk_in_category")
        self.category.setAccessibleName(self.tr("Category of a new organisation"))
        self.category.addItem(self.tr("— choose for a new organisation —"), None)
        for category in OrganisationCategory:
            self.category.addItem(labels.organisation_category(category), category)
        self.email = self._line("walk_in_email", self.tr("E-mail"))
        self.accredit = QCheckBox(self.tr("&Accredit and give a badge number"), self)
        self.accredit.setObjectName("walk_in_accredit")
        self.accredit.setAccessibleName(self.accredit.text().replace("&", ""))
        self.accredit.setChecked(True)
        self.errors: dict[str, QLabel] = {}
        rows = (
            (self.tr("&Given name:"), self.given, "given_name"),
            (self.tr("&Family name:"), self.family, "family_name"),
            (self.tr("Given name (&Latin):"), self.given_latin, "given_name_latin"),
            (self.tr("Family name (Lat&in):"), self.family_latin, "family_name_latin"),
            (self.tr("&Organisation:"), self.organisation, "organisation"),
            (self.tr("Ca&tegory:"), self.category, "category"),
            (self.tr("&E-mail:"), self.email, "email"),
        )
        for text, widget, field in rows:
            form.addRow(text, widget)
            self.errors[field] = error_label(self, f"walk_in_{field}_error")
            form.addRow("", self.errors[field])
            if field == "family_name_latin":
                form.addRow("", self.latin_hint)
        form.addRow("", self.accredit)
        for name, latin in self._name_fields():
            name.textEdited.connect(lambda _text: self._propose_latin())
            latin.textEdited.connect(lambda text, edit=latin: self._latin_typed(edit, text))
        self._show_latin_rows(False)
        return form

    def _name_fields(self) -> tuple[tuple[QLineEdit, QLineEdit], ...]:
        return ((self.given, self.given_latin), (self.family, self.family_latin))

    # Latin forms ----------------------------------------------------------------------

    def _propose_latin(self) -> None:
        """Show the Latin fields for a name in another script, filled with the standard
        romanisation where one is faithful (Cyrillic, Chinese, Greek) and left empty
        for the user to type otherwise (Arabic script: no made-up consonant skeleton)."""
        from forumdesk.services.registry.scripts import Script, romanise, script_of

        foreign = any(
            script_of(name.text()) not in (None, Script.LATIN) for name, _ in self._name_fields()
        )
        for name, latin in self._name_fields():
            if latin not in self._typed_latin:
                latin.setText((romanise(name.text()) or "") if foreign else "")
        self._show_latin_rows(foreign or bool(self._typed_latin))

    def _latin_typed(self, edit: QLineEdit, text: str) -> None:
        if text.strip():
            self._typed_latin.add(edit)
        else:
            self._typed_latin.discard(edit)  # emptied: proposals may fill it again
        self._update_latin_hint()

    def _show_latin_rows(self, shown: bool) -> None:
        for _name, latin in self._name_fields():
            self.form.setRowVisible(latin, shown)
        self._update_latin_hint()

    def _update_latin_hint(self) -> None:
        from forumdesk.services.registry.scripts import needs_latin_form

        missing = any(
            needs_latin_form(name.text()) and not latin.text().strip()
            for name, latin in self._name_fields()
        )
        proposed = any(
            latin.text() and latin not in self._typed_latin for _name, latin in self._name_fields()
        )
        if missing:
            self.latin_hint.setText(
                self.tr(
                    "Type the name in Latin letters as the person spells it: it is printed "
                    "under the name on the badge. It cannot be made from this script "
                    "without guessing the vowels."
                )
            )
        elif proposed:
            self.latin_hint.setText(
                self.tr(
                    "Latin spelling proposed by the standard romanisation: check it with "
                    "the person, as it is printed under the name on the badge."
                )
            )
        shown = self.given_latin.isVisibleTo(self) and (missing or proposed)
        if shown != self.latin_hint.isVisibleTo(self):
            self.form.setRowVisible(self.latin_hint, shown)
            if self.isVisible():
                self.adjustSize()  # the wrapped hint takes its lines, not a cut-off one

    def _line(self, name: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.installEventFilter(self)
        return edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Ctrl+Return registers from any field, the fastest path at the door.
        if is_ctrl_return(event):
            self.register()
            return True
        return super().eventFilter(watched, event)

    # Look-ups ------------------------------------------------------------------------

    def look_up(self) -> None:
        """Organisations for the completer, and likely duplicates of the person typed."""
        self._lookup.stop()
        given, family = self.given.text(), self.family.text()
        organisation, email = self.organisation.text(), self.email.text()

        def find(session: Session) -> tuple[list[LinkedItem], list[DuplicateMatch]]:
            from forumdesk.services.notes.links import find_organisations
            from forumdesk.services.registry.duplicates.lookup import duplicates_of_entry

            found = find_organisations(session, organisation) if len(organisation) >= 2 else []
            matches = (
                duplicates_of_entry(
                    session, given, family, organisation=organisation or None, email=email or None
                )
                if family.strip()
                else []
            )
            return found, matches

        self.ops.query(find, lambda result: self._show_look_up(*result))

    def _show_look_up(self, found: list[LinkedItem], matches: list[DuplicateMatch]) -> None:
        if not shiboken6.isValid(self):
            return  # closed (and deleted) while the look-up ran
        from forumdesk.services.registry.scripts import isolated

        for item in found:
            self._organisations[item.label] = item.id
        self._names.setStringList([item.label for item in found])
        if matches:
            lines = [
                self.tr("{label} ({reasons})").format(
                    label=isolated(match.label), reasons=reasons_text(match.reasons)
                )
                for match in matches
            ]
            self.duplicates.setText(
                self.tr("Already in the registry? %n likely duplicate(s):", "", len(matches))
                + "\n"
                + "\n".join(lines)
            )
        else:
            self.duplicates.clear()

    # Registering ---------------------------------------------------------------------

    def walk_in(self) -> WalkIn:
        from forumdesk.services.registry.walk_in import WalkIn

        typed = self.organisation.text().strip()
        organisation_id = self._organisations.get(typed)
        return WalkIn(
            given_name=self.given.text(),
            family_name=self.family.text(),
            organisation_id=organisation_id,
            organisation_name=typed if organisation_id is None and typed else None,
            category=self.category.currentData(),
            email=self.email.text().strip() or None,
            accredit=self.accredit.isChecked(),
            given_name_latin=self.given_latin.text().strip() or None,
            family_name_latin=self.family_latin.text().strip() or None,
        )

    def register(self) -> None:
        if self._saving:
            return
        from forumdesk.services.registry.walk_in import check_walk_in

        data = self.walk_in()
        problems = check_walk_in(data)
        for label in self.errors.values():
            label.hide()
        for problem in problems:
            label = self.errors.get(problem.field, self.general_error)
            label.setText(problem.reason)
            label.show()
        if problems:
            return
        self._saving = True
        self.register_button.setEnabled(False)
        forum_id, decided_by = self.forum_id, self.decided_by

        def save(session: Session) -> WalkInResult:
            from forumdesk.services.registry.walk_in import register_walk_in

            return register_walk_in(session, forum_id, data, decided_by=decided_by)

        self.ops.change(save, {Area.REGISTRY}, self._registered, self._refused)

    def _registered(self, result: WalkInResult) -> None:
        self._saving = False
        self.register_button.setEnabled(True)
        self.registered.append(result)
        from forumdesk.services.registry.scripts import isolated

        # Isolated: an Arabic name would otherwise turn the whole sentence right to left.
        name = isolated(f"{self.family.text().strip().upper()}, {self.given.text().strip()}")
        self.walked_in.emit(result, name)
        if result.badge_number:
            self.outcome.setText(
                self.tr("{name} registered: badge {badge}.").format(
                    name=name, badge=result.badge_number
                )
            )
        else:
            self.outcome.setText(self.tr("{name} registered (not accredited).").format(name=name))
        for edit in (self.given, self.family, self.organisation, self.email):
            edit.clear()
        self._typed_latin.clear()
        self._propose_latin()
        self.category.setCurrentIndex(0)
        self.duplicates.clear()
        self.given.setFocus()

    def _refused(self, error: Exception) -> None:
        self._saving = False
        self.register_button.setEnabled(True)
        self.general_error.setText(str(error))
        self.general_error.show()
