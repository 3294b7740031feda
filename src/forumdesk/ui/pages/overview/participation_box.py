"""Who takes part in the forum (the figures of the seed's ¶4, computed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

if TYPE_CHECKING:
    from forumdesk.services.registry.stats import Participation


class ParticipationBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Participation"))
        self.setObjectName("participation_box")
        form = QFormLayout(self)
        self.people = self._value("participation_people", self.tr("Representatives"))
        self.states = self._value("participation_states", self.tr("Member States represented"))
        self.categories = self._value("participation_categories", self.tr("By category"))
        self.gender = self._value("participation_gender", self.tr("Gender balance"))
        form.addRow(self.tr("Representatives"), self.people)
        form.addRow(self.tr("Member States represented"), self.states)
        form.addRow(self.tr("By category"), self.categories)
        form.addRow(self.tr("Gender balance"), self.gender)

    def _value(self, name: str, accessible: str) -> QLabel:
        label = QLabel("–", self)
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        label.setWordWrap(True)
        return label

    def show_participation(self, figures: Participation | None) -> None:
        self.setVisible(figures is not None)
        if figures is None:
            return
        # Here, not at the top: the Overview is the first page painted at start-up.
        from forumdesk.store.enums import Gender
        from forumdesk.ui.common import labels

        locale = QLocale()
        self.people.setText(locale.toString(figures.representatives))
        self.states.setText(locale.toString(len(figures.states)))
        self.states.setToolTip(", ".join(figures.states))
        parts = [
            f"{labels.organisation_category(category)} {locale.toString(count)}"
            for category, count in sorted(figures.by_category.items(), key=lambda kv: -kv[1])
            if count
        ]
        self.categories.setText(" · ".join(parts) or "–")
        total = sum(figures.by_gender.values())
        if not total:
            self.gender.setText("–")
            return
        shares = [
            self.tr("{label} {share} %").format(
                label=labels.gender(gender),
                share=locale.toString(100 * figures.by_gender.get(gender, 0) / total, "f", 0),
            )
            for gender in Gender
            if figures.by_gender.get(gender, 0)
        ]
        self.gender.setText(" · ".join(shares))
