"""The user guide's window: the contents, a page of the guide, back and forward, and
Find in the page. Not modal: it stays open beside the work it explains."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QImage, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from forumdesk.ui.help.sections import SECTIONS, Place, section_path, section_title

# Headings and screenshots as a reader expects them; the rest is the platform's.
_STYLE = """
h1 { font-size: x-large; margin-bottom: 8px; }
h2 { font-size: large; margin-top: 18px; }
kbd { font-family: monospace; background-color: #eeeeee; }
.menu { font-weight: bold; }
.tip { background-color: #eef4fb; }
"""


#: Screenshots are ~1200 px wide; the guide shows them this wide, smoothly scaled.
IMAGE_WIDTH = 640


class GuideBrowser(QTextBrowser):
    """A QTextBrowser whose screenshots are scaled down smoothly (the document's own
    scaling of an <img width> is blocky), sharp on a high-density screen too."""

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        url = QUrl(name)
        if kind != QTextDocument.ResourceType.ImageResource.value or not url.isLocalFile():
            return super().loadResource(kind, name)
        image = QImage(url.toLocalFile())
        ratio = self.devicePixelRatioF()
        if not image.isNull() and image.width() > IMAGE_WIDTH * ratio:
            image = image.scaledToWidth(
                round(IMAGE_WIDTH * ratio), Qt.TransformationMode.SmoothTransformation
            )
        image.setDevicePixelRatio(ratio)
        return image


class GuideWindow(QWidget):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide_window")
        self.setWindowTitle(self.tr("ForumDesk User Guide"))
        self.language = language
        # The guide is written in English or French: left to right, even when the
        # interface is Arabic and laid out right to left.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_bar())
        splitter = QSplitter(self)
        self.contents = QListWidget(splitter)
        self.contents.setObjectName("guide_contents")
        self.contents.setAccessibleName(self.tr("Contents"))
        for section in SECTIONS:
            item = QListWidgetItem(section_title(language, section), self.contents)
            item.setData(Qt.ItemDataRole.UserRole, section)
        self.contents.itemActivated.connect(self._item_chosen)
        self.contents.itemClicked.connect(self._item_chosen)
        self.browser = GuideBrowser(splitter)
        self.browser.setObjectName("guide_browser")
        self.browser.setAccessibleName(self.tr("Guide"))
        self.browser.setOpenExternalLinks(True)
        self.browser.document().setDefaultStyleSheet(_STYLE)
        self.browser.sourceChanged.connect(self._source_changed)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([self.contents.sizeHintForColumn(0) + 24, 720])
        layout.addWidget(splitter, 1)
        self.resize(1000, 720)

    def _build_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.back_button = self._tool_button(
            "guide_back", self.tr("&Back"), QKeySequence.StandardKey.Back
        )
        self.back_button.clicked.connect(lambda: self.browser.backward())
        self.forward_button = self._tool_button(
            "guide_forward", self.tr("&Forward"), QKeySequence.StandardKey.Forward
        )
        self.forward_button.clicked.connect(lambda: self.browser.forward())
        bar.addWidget(self.back_button)
        bar.addWidget(self.forward_button)
        bar.addStretch(1)
        self.find_edit = QLineEdit(self)
        self.find_edit.setObjectName("guide_find")
        self.find_edit.setAccessibleName(self.tr("Find in the page"))
        self.find_edit.setPlaceholderText(self.tr("Find in the page (Enter: next)"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setMinimumWidth(280)
        self.find_edit.returnPressed.connect(lambda: self.find_text(self.find_edit.text()))
        bar.addWidget(self.find_edit)
        find_next = self._tool_button("guide_find_next", self.tr("Find &Next"), None)
        find_next.clicked.connect(lambda: self.find_text(self.find_edit.text()))
        bar.addWidget(find_next)
        find_action = QAction(self.tr("Find in the page"), self)
        find_action.setShortcuts(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self._focus_find)
        self.addAction(find_action)
        return bar

    def _tool_button(
        self, name: str, text: str, keys: QKeySequence.StandardKey | None
    ) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setAccessibleName(text.replace("&", ""))
        if keys is not None:
            button.setShortcut(QKeySequence(keys))
        button.setEnabled(keys is None)
        return button

    def _focus_find(self) -> None:
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def show_place(self, place: Place) -> None:
        """Open the guide at a section (and an anchor in it)."""
        url = QUrl.fromLocalFile(str(section_path(self.language, place.section)))
        if place.anchor:
            url.setFragment(place.anchor)
        self.browser.setSource(url)
        self.browser.setFocus()  # the reader's keys scroll the guide

    def current_place(self) -> Place:
        source = self.browser.source()
        return Place(source.fileName().removesuffix(".html"), source.fragment())

    def find_text(self, text: str) -> bool:
        """Select the next occurrence of `text` in the page, from the top once at the end."""
        if not text:
            return False
        if self.browser.find(text):
            return True
        cursor = self.browser.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        return self.browser.find(text, QTextDocument.FindFlag(0))

    def _item_chosen(self, item: QListWidgetItem) -> None:
        self.show_place(Place(item.data(Qt.ItemDataRole.UserRole)))

    def _source_changed(self, url: QUrl) -> None:
        section = url.fileName().removesuffix(".html")
        if section in SECTIONS:
            self.contents.blockSignals(True)
            self.contents.setCurrentRow(SECTIONS.index(section))
            self.contents.blockSignals(False)
