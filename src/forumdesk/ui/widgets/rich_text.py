"""The formatting bar of the app's rich-text editors (notes, minutes)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QKeySequence, QTextCharFormat, QTextListFormat
from PySide6.QtWidgets import QTextEdit, QToolBar, QWidget


class FormatBar(QToolBar):
    """Bold, italic and the two kinds of list for one rich-text editor."""

    def __init__(self, body: QTextEdit, name: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Formatting"), parent)
        self.body = body
        self.setObjectName(name)
        self.setAccessibleName(self.tr("Formatting"))
        self.bold_action = self.addAction(self.tr("Bold"), self.toggle_bold)
        self.bold_action.setShortcut(QKeySequence.StandardKey.Bold)
        self.bold_action.setCheckable(True)
        self.italic_action = self.addAction(self.tr("Italic"), self.toggle_italic)
        self.italic_action.setShortcut(QKeySequence.StandardKey.Italic)
        self.italic_action.setCheckable(True)
        self.addSeparator()
        self.bullets_action = self.addAction(
            self.tr("Bulleted list"), lambda: self.make_list(QTextListFormat.Style.ListDisc)
        )
        self.bullets_action.setShortcut(QKeySequence("Ctrl+Shift+8"))
        self.numbers_action = self.addAction(
            self.tr("Numbered list"), lambda: self.make_list(QTextListFormat.Style.ListDecimal)
        )
        self.numbers_action.setShortcut(QKeySequence("Ctrl+Shift+7"))
        native = QKeySequence.SequenceFormat.NativeText
        for action in self.actions():
            keys = action.shortcut().toString(native)
            if keys:
                action.setToolTip(f"{action.text()} ({keys})")
            button = self.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(action.text())
        body.currentCharFormatChanged.connect(self._follow)

    def _follow(self, fmt: QTextCharFormat) -> None:
        self.bold_action.setChecked(fmt.fontWeight() >= QFont.Weight.Bold)
        self.italic_action.setChecked(fmt.fontItalic())

    def toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        bold = self.body.fontWeight() < QFont.Weight.Bold
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self.body.mergeCurrentCharFormat(fmt)
        self.bold_action.setChecked(bold)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        italic = not self.body.fontItalic()
        fmt.setFontItalic(italic)
        self.body.mergeCurrentCharFormat(fmt)
        self.italic_action.setChecked(italic)

    def make_list(self, style: QTextListFormat.Style) -> None:
        cursor = self.body.textCursor()
        current = cursor.currentList()
        if current is not None and current.format().style() == style:
            block = cursor.blockFormat()
            current.remove(cursor.block())
            block.setIndent(0)
            cursor.setBlockFormat(block)
            return
        list_format = QTextListFormat()
        list_format.setStyle(style)
        cursor.createList(list_format)
