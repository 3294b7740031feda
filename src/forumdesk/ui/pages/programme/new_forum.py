"""New forum from an agenda template: which template, on what date, where, in which zone.

The title typed is the forum's name. The time zone follows the venue as it is
typed (services/venue_zones), until the user picks one by hand from the list of
every IANA zone, which filters on any part of a name ("zur" → Europe/Zurich);
a place typed there ("Geneva") becomes its zone.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimeZone, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from forumdesk.services.programme.templates.library import VENUE_LIMIT
from forumdesk.services.programme.venue_zones import all_zones, venue_zone
from forumdesk.ui.common.operations import Area, Operations
from forumdesk.ui.widgets.combos import find_data
from forumdesk.ui.widgets.date_field import DateField
from forumdesk.ui.widgets.factories import push_button
from forumdesk.ui.widgets.forms import error_label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.programme.templates.library import TemplateInfo


def _machine_zone(zones: list[str]) -> str:
    """This computer's zone when it has an IANA name, else UTC: a start before any venue."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return name if name in zones else "UTC"


class NewForumDialog(QDialog):
    #: The forum made: its id.
    created = Signal(object)

    def __init__(
        self, ops: Operations, templates: list[TemplateInfo], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("new_forum_dialog")
        self.setWindowTitle(self.tr("New Forum from a Template"))
        self.setAccessibleName(self.windowTitle())
        self.ops = ops
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.template = QComboBox(self)
        self.template.setObjectName("new_forum_template")
        self.template.setAccessibleName(self.tr("Agenda template"))
        for info in templates:
            self.template.addItem(f"{info.name} ({info.segments})", info.slug)
        self.import_button = push_button(
            self.tr("From a &File…"),
            "new_forum_import_template",
            self.tr("Import an agenda template from a file"),
            self,
            clicked=lambda: self.import_template(),
        )
        row = QHBoxLayout()
        row.addWidget(self.template, 1)
        row.addWidget(self.import_button)
        # A label beside a layout has no buddy of its own: without one its "&" shows.
        template_label = QLabel(self.tr("&Template:"), self)
        template_label.setBuddy(self.template)
        form.addRow(template_label, row)
        self.on = DateField(self)
        self.on.setObjectName("new_forum_date")
        self.on.setAccessibleName(self.tr("Date of the first day"))
        form.addRow(self.tr("&Date:"), self.on)
        self.title = QLineEdit(self)
        self.title.setObjectName("new_forum_title")
        self.title.setAccessibleName(self.tr("Title of the forum"))
        self.title.setPlaceholderText(self.tr("The template's title"))
        form.addRow(self.tr("T&itle:"), self.title)
        self.venue = QLineEdit(self)
        self.venue.setObjectName("new_forum_venue")
        self.venue.setAccessibleName(self.tr("Venue"))
        self.venue.setPlaceholderText(self.tr("e.g. Palais des Nations, Geneva"))
        self.venue.setMaxLength(VENUE_LIMIT)
        form.addRow(self.tr("&Venue:"), self.venue)
        self._build_zone(form)
        self.language = QComboBox(self)
        self.language.setObjectName("new_forum_language")
        self.language.setAccessibleName(self.tr("Language of the programme"))
        self.language.addItem(self.tr("French"), "fr")
        self.language.addItem(self.tr("English"), "en")
        form.addRow(self.tr("&Language:"), self.language)
        layout.addLayout(form)
        self.error = error_label(self, "new_forum_error")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.create_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("&Create Forum"))
        self.create_button.setAccessibleName(self.tr("Create the forum"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.create_forum)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _build_zone(self, form: QFormLayout) -> None:
        """The venue's time zone: guessed from the venue until the user picks one."""
        self.zone = QComboBox(self)
        self.zone.setObjectName("new_forum_timezone")
        self.zone.setAccessibleName(self.tr("Time zone of the venue"))
        self.zone.setEditable(True)
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zones = all_zones()
        self.zone.addItems(self.zones)
        self.zone.setCurrentText(_machine_zone(self.zones))
        zone_edit = self.zone.lineEdit()
        assert zone_edit is not None  # the combo box is editable
        zone_edit.setPlaceholderText(self.tr("Type part of a city or region"))
        completer = QCompleter(self.zone.model(), self.zone)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        self.zone.setCompleter(completer)
        form.addRow(self.tr("Time &zone:"), self.zone)
        self.zone_note = QLabel(self)
        self.zone_note.setObjectName("new_forum_timezone_note")
        self.zone_note.setAccessibleName(self.tr("Where the time zone comes from"))
        self.zone_note.setWordWrap(True)
        form.addRow("", self.zone_note)
        # Once the user chose a zone, the venue no longer moves it.
        self.zone_by_hand = False
        self.zone.activated.connect(self._zone_picked)
        zone_edit.textEdited.connect(self._zone_picked)
        zone_edit.editingFinished.connect(self._settle_zone)
        completer.activated.connect(self._zone_picked)
        self.venue.textChanged.connect(self._venue_changed)
        self._venue_changed("")

    def _settle_zone(self) -> str:
        """The zone typed; a place typed instead ("Geneva") becomes its zone."""
        zone = self.zone.currentText().strip()
        if zone not in self.zones:
            # "utc", "europe/zurich": the zone's own name in other case; else a place.
            found = next((z for z in self.zones if z.casefold() == zone.casefold()), None)
            found = found or venue_zone(zone)
            if found is not None:
                self.zone.setCurrentIndex(self.zone.findText(found))
                zone = found
        return zone

    def _zone_picked(self, *_args: object) -> None:
        self.zone_by_hand = True
        self.zone_note.setText(self.tr("Chosen by hand."))

    def _venue_changed(self, venue: str) -> None:
        if self.zone_by_hand:
            return
        found = venue_zone(venue)
        if found is not None:
            self.zone.setCurrentIndex(self.zone.findText(found))
            self.zone_note.setText(self.tr("From the venue."))
        elif venue.strip():
            self.zone_note.setText(self.tr("The venue names no known place: choose the zone."))
        else:
            self.zone_note.setText(self.tr("Follows the venue once it is typed."))

    def import_template(self, path: str | None = None) -> None:
        """A template file (saved from another programme, or sent by a colleague)."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import Agenda Template"), "", self.tr("Agenda template (*.json)")
            )
            if not path:
                return
        source = Path(path)

        def work(session: Session) -> tuple[str, str]:
            from forumdesk.services.programme.templates.library import (
                import_template,
                read_template_file,
            )

            spec = read_template_file(source)
            import_template(session, spec, replace=True)
            return spec.slug, spec.name.get(language)

        language = str(self.language.currentData())
        self.ops.change(work, {Area.PROGRAMME}, self._imported, self._refused)

    def _imported(self, template: tuple[str, str]) -> None:
        slug, name = template
        index = find_data(self.template, slug)
        if index < 0:
            self.template.addItem(name, slug)
            index = self.template.count() - 1
        self.template.setCurrentIndex(index)
        self.error.hide()

    def create_forum(self) -> None:
        slug = self.template.currentData()
        if not slug:
            self.error.setText(self.tr("Choose a template."))
            self.error.show()
            return
        on: date = self.on.value()
        title = self.title.text().strip() or None
        venue = self.venue.text().strip() or None
        zone = self._settle_zone()
        if zone not in self.zones:
            self.error.setText(
                self.tr("Unknown time zone “{zone}”: choose one from the list.").format(zone=zone)
            )
            self.error.show()
            self.zone.setFocus()
            return
        language = str(self.language.currentData())
        self.create_button.setEnabled(False)

        def work(session: Session) -> uuid.UUID:
            from forumdesk.services.programme.templates.library import create_forum_from_template

            return create_forum_from_template(
                session, str(slug), on=on, title=title, venue=venue, timezone=zone,
                language=language,
            )  # fmt: skip

        self.ops.change(work, {Area.FORUMS, Area.PROGRAMME}, self._created, self._refused)

    def _created(self, forum_id: uuid.UUID) -> None:
        self.created.emit(forum_id)
        self.accept()

    def _refused(self, error: Exception) -> None:
        self.create_button.setEnabled(True)
        self.error.setText(str(error))
        self.error.show()
