"""The Help menu: User Guide (F1, at the section of the page or dialog in use), Keyboard
Shortcuts, About. The guide and the list are built on first use."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMenu,
    QTabBar,
    QTabWidget,
    QWidget,
)

from forumdesk import __version__

# The guide's sections (and html) are imported on F1: the menu is built before the
# window's first paint.
if TYPE_CHECKING:
    from forumdesk.ui.help.guide_window import GuideWindow
    from forumdesk.ui.help.sections import Place
    from forumdesk.ui.help.shortcuts import ShortcutsDialog

# The property that marks a dialog which has its F1 action already.
_HAS_HELP = "forumdesk_help"


class HelpMenu(QObject):
    def __init__(
        self,
        window: QMainWindow,
        pages: Callable[[], list[tuple[str, QWidget]]],
        current_page: Callable[[], str],
    ) -> None:
        """`pages`: each page's title and widget (built if need be), for the shortcuts list;
        `current_page`: the objectName of the page shown, for F1."""
        super().__init__(window)
        self.window = window
        self._pages = pages
        self._current_page = current_page
        self.guide: GuideWindow | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.guide_action = self._action("guide_action", self.tr("&User Guide"), self.show_help)
        self.guide_action.setShortcuts(QKeySequence.StandardKey.HelpContents)
        self.shortcuts_action = self._action(
            "shortcuts_action", self.tr("&Keyboard Shortcuts"), self.show_shortcuts
        )
        self.about_action = self._action("about_action", self.tr("&About ForumDesk"), self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = self._action("about_qt_action", self.tr("About &Qt"), self._about_qt)
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        # F1 in a dialog: the window's F1 does not reach a modal dialog, so each dialog gets
        # its own the first time it takes the focus.
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        window.destroyed.connect(self._window_gone)

    def _action(self, name: str, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda _=False: slot())
        return action

    def add_help_actions(self, menu: QMenu) -> None:
        menu.addAction(self.guide_action)
        menu.addAction(self.shortcuts_action)
        menu.addSeparator()
        menu.addAction(self.about_action)
        menu.addAction(self.about_qt_action)

    # The guide -------------------------------------------------------------

    def page_place(self) -> Place:
        from forumdesk.ui.help.sections import PAGE_SECTIONS, SECTIONS, Place

        return PAGE_SECTIONS.get(self._current_page(), Place(SECTIONS[0]))

    def show_help(self) -> GuideWindow:
        """F1 in the window: the guide at the section of the part of the page in use
        (the speakers list, the likely duplicates…), else of the page shown."""
        return self.show_guide(_part_place(QApplication.focusWidget()) or self.page_place())

    def show_guide(self, place: Place) -> GuideWindow:
        from forumdesk.services.common.messages import language
        from forumdesk.ui.help.guide_window import GuideWindow
        from forumdesk.ui.help.sections import guide_language

        wanted = guide_language(language())
        if self.guide is None or self.guide.language != wanted:
            if self.guide is not None:
                self.guide.deleteLater()
            # A window of its own, without a parent: a modal dialog on the main window
            # does not block it, so F1 in that dialog leaves a guide one can read and scroll.
            self.guide = GuideWindow(wanted)
        self.guide.show_place(place)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()
        return self.guide

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        dialog = new.window() if new is not None else None
        if not isinstance(dialog, QDialog) or dialog.property(_HAS_HELP):
            return
        dialog.setProperty(_HAS_HELP, True)
        action = QAction(dialog)
        action.setShortcuts(QKeySequence.StandardKey.HelpContents)
        action.triggered.connect(lambda _=False: self.show_dialog_help(dialog))
        dialog.addAction(action)

    def show_dialog_help(self, dialog: QDialog) -> GuideWindow:
        """F1 in a dialog: its own place in the guide, else the page's behind it."""
        from forumdesk.ui.help.sections import dialog_place

        return self.show_guide(dialog_place(type(dialog)) or self.page_place())

    def _window_gone(self) -> None:
        if self.guide is not None:
            self.guide.deleteLater()

    # The shortcuts -----------------------------------------------------------

    def show_shortcuts(self) -> ShortcutsDialog:
        from forumdesk.ui.help.shortcuts import ShortcutsDialog, shortcut_groups

        if self.shortcuts_dialog is None:
            self.shortcuts_dialog = ShortcutsDialog(self.window)
        # Read afresh each time: a shortcut changed or a page built since shows.
        self.shortcuts_dialog.show_groups(shortcut_groups(self.window.menuBar(), self._pages()))
        self.shortcuts_dialog.show()
        self.shortcuts_dialog.raise_()
        return self.shortcuts_dialog

    # About -------------------------------------------------------------------

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self.window,
            self.tr("About ForumDesk"),
            self.tr(
                "<h3>ForumDesk {version}</h3><p>The secretariat's workbench for a consultative "
                "forum on international migration and development.</p>"
            ).format(version=__version__),
        )

    def _about_qt(self) -> None:
        QApplication.aboutQt()


def _part_place(focus: QWidget | None) -> Place | None:
    """The place of the page's part that holds the focus; on a tab, the part it shows."""
    from forumdesk.ui.help.sections import PART_SECTIONS

    widget = focus
    if isinstance(widget, QTabBar) and isinstance(widget.parentWidget(), QTabWidget):
        widget = cast("QTabWidget", widget.parentWidget()).currentWidget()
    while widget is not None:
        if widget.objectName() in PART_SECTIONS:
            return PART_SECTIONS[widget.objectName()]
        widget = widget.parentWidget()
    return None
