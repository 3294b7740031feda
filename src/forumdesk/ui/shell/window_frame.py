"""The main window as its first paint shows it: the page list, the page area, the forum
bar, the menu bar's titles and the status line.

A start shows this frame, then builds the rest (`MainWindow.complete`): the menus'
actions, the services' collaborators and the page itself, so the window appears as
soon as a bare PySide6 one nearly does (issue 22, `bench/startup.py`). Hence only Qt's
widgets are imported here. Its words are the main window's (context "MainWindow").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

# Nothing before the first paint may touch the `Qt` namespace: building its enums
# costs ~40 ms. So QSplitter gets its parent by keyword.
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from forumdesk import APP_NAME
from forumdesk.ui.shell.page_kinds import PAGE_KINDS, PAGE_NAMES

if TYPE_CHECKING:
    from forumdesk.ui.common.settings import AppSettings

WIDTH, HEIGHT = 1280, 820
_BLANK_ICON = 256  # px, over any list icon size


class WindowFrame(QMainWindow):
    def __init__(self, settings: AppSettings, page: str | None = None) -> None:
        """The frame, showing `page` (an object name of page_kinds) or the last one."""
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowTitle(APP_NAME)
        self.settings = settings
        translate = QCoreApplication.translate
        self.page_titles = [
            translate("MainWindow", "Overview"),
            translate("MainWindow", "Registry"),
            translate("MainWindow", "Programme"),
            translate("MainWindow", "Document && notes").replace("&&", "&"),
            translate("MainWindow", "Minutes"),
            translate("MainWindow", "Check-in"),
            translate("MainWindow", "Good Practices"),
        ]
        self._build_body()
        self._build_toolbar()
        menu_bar = self.menuBar()
        # Filled by MainWindow.complete.
        self.file_menu = menu_bar.addMenu(translate("MainWindow", "&File"))
        self.edit_menu = menu_bar.addMenu(translate("MainWindow", "&Edit"))
        self.view_menu = menu_bar.addMenu(translate("MainWindow", "&View"))
        self.help_bar_menu = menu_bar.addMenu(translate("MainWindow", "&Help"))
        self.statusBar().showMessage(translate("MainWindow", "Opening the database…"))
        self.resize(QSize(WIDTH, HEIGHT))
        geometry = settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.window_state()
        if state is not None:
            self.restoreState(state)
        # Chosen in the list and the page area, not yet built: MainWindow.complete builds it.
        if page in PAGE_NAMES:
            first = PAGE_NAMES.index(page)
        else:
            first = min(settings.last_page(), len(PAGE_KINDS) - 1)
        self.page_list.setCurrentRow(first)
        self.stack.setCurrentIndex(first)

    def _build_body(self) -> None:
        translate = QCoreApplication.translate
        splitter = QSplitter(parent=self)  # horizontal
        self.page_list = QListWidget(splitter)
        self.page_list.setObjectName("page_list")
        self.page_list.setAccessibleName(translate("MainWindow", "Pages"))
        self.page_list.setAccessibleDescription(
            translate("MainWindow", "Ctrl+1 to Ctrl+7 open them from anywhere.")
        )
        self.page_list.setMaximumWidth(280)
        self.stack = QStackedWidget(splitter)
        self.stack.setObjectName("page_stack")
        # Until the style's icons come (show_page_icons), a blank one holds their place: an
        # icon larger than the list's icon size takes exactly that size, as they do.
        blank = QPixmap(QSize(_BLANK_ICON, _BLANK_ICON))
        blank.fill(QColor(0, 0, 0, 0))
        for title in self.page_titles:
            self.page_list.addItem(title)
            self.page_list.item(self.page_list.count() - 1).setIcon(QIcon(blank))
            # An empty stand-in until the page is built.
            self.stack.addWidget(QWidget(self.stack))
        splitter.setStretchFactor(1, 1)
        # The page list as wide as its longest name in this language, the pages the rest.
        names = self.page_list.sizeHintForColumn(0) + 2 * self.page_list.frameWidth() + 12
        splitter.setSizes([names, WIDTH - names])
        body = QWidget(self)
        #: The read-only banner goes over the splitter (MainWindow.complete).
        self.body_column = QVBoxLayout(body)
        self.body_column.setContentsMargins(0, 0, 0, 0)
        self.body_column.setSpacing(0)
        self.body_column.addWidget(splitter, 1)
        self.setCentralWidget(body)

    def show_page_icons(self) -> None:
        """The style's icon of each page in the list, in place of the blank ones."""
        from PySide6.QtWidgets import QStyle

        style = self.style()
        for row, kind in enumerate(PAGE_KINDS):
            icon = style.standardIcon(getattr(QStyle.StandardPixmap, kind.icon))
            self.page_list.item(row).setIcon(icon)

    def _build_toolbar(self) -> None:
        translate = QCoreApplication.translate
        toolbar = QToolBar(translate("MainWindow", "Forum"), self)
        toolbar.setObjectName("forum_toolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(translate("MainWindow", "Forum:") + " ", toolbar))
        self.forum_combo = QComboBox(toolbar)
        self.forum_combo.setObjectName("forum_combo")
        self.forum_combo.setAccessibleName(translate("MainWindow", "Current forum"))
        self.forum_combo.setMinimumContentsLength(40)
        self.forum_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        toolbar.addWidget(self.forum_combo)
        self.addToolBar(toolbar)  # top
