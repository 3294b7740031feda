"""Edit Recommendation…: its code, its words (a paragraph taken whole often wants
trimming) and its theme. A save over a colleague's is merged field by field, or the
fields both changed are offered to choose from (the edit-conflict dialog)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from forumdesk.ui.common.operations import Area, Operations
from forumdesk.ui.widgets.combos import find_data
from forumdesk.ui.widgets.forms import error_label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.common.edit_conflicts import EditConflict, FieldConflict, ReadAt
    from forumdesk.services.practices.recommending.recommendation_views import RecommendationView
    from forumdesk.services.practices.recommending.recommendations import RecommendationInput
    from forumdesk.services.practices.themes import ThemeView


class RecommendationEditor(QDialog):
    def __init__(
        self,
        ops: Operations,
        view: RecommendationView,
        themes: list[ThemeView],
        parent: QWidget | None = None,
        saved: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recommendation_editor")
        self.setWindowTitle(self.tr("Edit Recommendation {code}").format(code=view.values.code))
        self.resize(640, 420)
        self.ops = ops
        self.view = view
        self._saved = saved
        self._themes = {theme.id: theme.label for theme in themes}
        form = QFormLayout()
        self.code = QLineEdit(view.values.code, self)
        self.code.setObjectName("recommendation_editor_code")
        self.code.setAccessibleName(self.tr("Code of the recommendation"))
        self.code.setMaxLength(20)
        form.addRow(self.tr("&Code:"), self.code)
        self.text = QPlainTextEdit(view.values.text, self)
        self.text.setObjectName("recommendation_editor_text")
        self.text.setAccessibleName(self.tr("Text of the recommendation"))
        self.text.setTabChangesFocus(True)
        form.addRow(self.tr("&Text:"), self.text)
        self.theme = QComboBox(self)
        self.theme.setObjectName("recommendation_editor_theme")
        self.theme.setAccessibleName(self.tr("Theme of the recommendation"))
        self.theme.addItem(self.tr("(no theme)"), None)
        for theme in themes:
            self.theme.addItem(theme.label if theme.is_top else f"    {theme.label}", theme.id)
        self.theme.setCurrentIndex(max(0, find_data(self.theme, view.values.theme_id)))
        form.addRow(self.tr("T&heme:"), self.theme)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.error = error_label(self, "recommendation_editor_error")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(
            self.tr("Save the recommendation")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.conflict_dialog: QDialog | None = None

    def wanted(self) -> RecommendationInput:
        from forumdesk.services.practices.recommending.recommendations import RecommendationInput

        return RecommendationInput(
            self.code.text(), self.text.toPlainText(), self.theme.currentData()
        )

    def save(self) -> None:
        from forumdesk.services.common.edit_conflicts import ReadAt

        self._submit(ReadAt(self.view.version, self.view.values), self.wanted())

    def _submit(self, read: ReadAt[RecommendationInput], wanted: RecommendationInput) -> None:
        ident = self.view.id

        def store(session: Session) -> None:
            from forumdesk.services.practices.recommending.recommendations import (
                update_recommendation,
            )

            update_recommendation(session, ident, wanted, read)

        def stored(_result: None) -> None:
            self.accept()
            if self._saved is not None:
                self._saved(self.tr("{code} saved").format(code=" ".join(wanted.code.split())))

        self.ops.change(store, {Area.PRACTICES}, stored, self._refused)

    def _refused(self, error: Exception) -> None:
        from forumdesk.services.common.edit_conflicts import EditConflict

        if isinstance(error, EditConflict):
            self._settle(error)
            return
        self.error.setText(str(error))
        self.error.show()

    def _settle(self, conflict: EditConflict) -> None:
        from forumdesk.ui.common.edit_conflict_dialog import settle_conflict

        def resubmit(read: ReadAt[RecommendationInput], wanted: RecommendationInput) -> None:
            self.conflict_dialog = None
            self._submit(read, wanted)

        def cancelled() -> None:
            self.conflict_dialog = None
            self.error.setText(self.tr("Not saved: this recommendation was changed meanwhile."))
            self.error.show()

        labels = {"code": self.tr("Code"), "text": self.tr("Text"), "theme_id": self.tr("Theme")}
        self.conflict_dialog = settle_conflict(
            self, conflict, resubmit, cancelled, labels=labels, value_text=self._value_text
        )

    def _value_text(self, field: FieldConflict, value: Any) -> str:
        if field.field == "theme_id":
            return (
                self._themes.get(value, self.tr("(no theme)")) if value else self.tr("(no theme)")
            )
        return str(value)


def theme_choices(session: Session, forum_id: uuid.UUID) -> list[ThemeView]:
    from forumdesk.services.practices.themes import themes_of

    return themes_of(session, forum_id)
