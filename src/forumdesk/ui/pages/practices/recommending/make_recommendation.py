"""Make Recommendation… on the Document & notes page: the chosen paragraph becomes a
recommendation, or the sentence the user selects in it; with a code (proposed "R13")
and a theme of the forum's."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from forumdesk.ui.common.operations import Area, Operations
from forumdesk.ui.widgets.forms import error_label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from forumdesk.services.practices.themes import ThemeView


@dataclass(frozen=True)
class Paragraph:
    """The paragraph chosen, as the page shows it."""

    document_id: uuid.UUID
    language: str
    number: int
    text: str


class MakeRecommendationDialog(QDialog):
    """The paragraph's text, in which a sentence may be selected; the code and theme."""

    def __init__(
        self, paragraph: Paragraph, themes: list[ThemeView], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("make_recommendation_dialog")
        self.setWindowTitle(self.tr("Make Recommendation from ¶ {number}").format(
            number=paragraph.number
        ))  # fmt: skip
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Select a sentence to recommend it alone; with nothing selected, the "
                "whole paragraph is the recommendation."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.text = QPlainTextEdit(paragraph.text, self)
        self.text.setObjectName("make_recommendation_text")
        self.text.setAccessibleName(self.tr("Text of the paragraph"))
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        layout.addWidget(self.text, 1)
        self.chosen = QLabel(self)
        self.chosen.setObjectName("make_recommendation_chosen")
        self.chosen.setAccessibleName(self.tr("What is recommended"))
        self.text.selectionChanged.connect(self._show_chosen)
        layout.addWidget(self.chosen)
        self._show_chosen()
        form = QFormLayout()
        self.code = QLineEdit(self)
        self.code.setObjectName("make_recommendation_code")
        self.code.setAccessibleName(self.tr("Code of the recommendation"))
        self.code.setPlaceholderText(
            self.tr("R{number} (or the next free one)").format(number=paragraph.number)
        )
        self.code.setMaxLength(20)
        form.addRow(self.tr("&Code:"), self.code)
        self.theme = QComboBox(self)
        self.theme.setObjectName("make_recommendation_theme")
        self.theme.setAccessibleName(self.tr("Theme of the recommendation"))
        self.theme.addItem(self.tr("(no theme)"), None)
        for theme in themes:
            self.theme.addItem(theme.label if theme.is_top else f"    {theme.label}", theme.id)
        form.addRow(self.tr("&Theme:"), self.theme)
        layout.addLayout(form)
        self.error = error_label(self, "make_recommendation_error")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Make Recommendation"))
        ok.setAccessibleName(self.tr("Make the recommendation"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def sentence(self) -> str | None:
        """The text selected in the paragraph; None for the whole paragraph."""
        chosen = self.text.textCursor().selectedText().replace("\u2029", " ").strip()
        return chosen or None

    def _show_chosen(self) -> None:
        sentence = self.sentence()
        if sentence is None:
            self.chosen.setText(self.tr("Recommended: the whole paragraph."))
        else:
            self.chosen.setText(
                self.tr("Recommended: the selected text ({count} characters).").format(
                    count=len(sentence)
                )
            )

    def made(self, code: str, number: int) -> str:
        """What the status bar says once it is made."""
        return self.tr("Recommendation {code} made from ¶ {number}").format(
            code=code, number=number
        )

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


class MakeRecommendation:
    """Asks for the recommendation (once the forum's themes are read), makes it, and says
    so through `told`; a refusal shows in the dialog, which stays open."""

    def __init__(self, ops: Operations, parent: QWidget, told: Callable[[str], None]) -> None:
        self.ops = ops
        self.parent = parent
        self.told = told
        self.dialog: MakeRecommendationDialog | None = None

    def ask(self, forum_id: uuid.UUID, paragraph: Paragraph) -> None:
        from forumdesk.ui.pages.practices.recommending.recommendation_editor import theme_choices

        self.ops.query(
            lambda session: theme_choices(session, forum_id),
            lambda found: self._open(paragraph, found),
        )

    def _open(self, paragraph: Paragraph, themes: list[ThemeView]) -> None:
        dialog = MakeRecommendationDialog(paragraph, themes, self.parent)
        dialog.buttons.accepted.connect(lambda: self._make(dialog, paragraph))
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _make(self, dialog: MakeRecommendationDialog, paragraph: Paragraph) -> None:
        sentence, code = dialog.sentence(), dialog.code.text().strip() or None
        theme_id = dialog.theme.currentData()

        def make(session: Session) -> str:
            from forumdesk.services.practices.recommending.recommendation_views import (
                recommendation_view,
            )
            from forumdesk.services.practices.recommending.recommendations import recommend

            ident = recommend(
                session, paragraph.document_id, paragraph.number, sentence=sentence, code=code,
                theme_id=theme_id, language=paragraph.language,
            )  # fmt: skip
            return recommendation_view(session, ident).values.code

        def made(made_code: str) -> None:
            dialog.accept()
            self.told(dialog.made(made_code, paragraph.number))

        self.ops.change(make, {Area.PRACTICES}, made, lambda error: dialog.show_error(str(error)))
