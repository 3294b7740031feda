"""What every page shares: the collaborators it gets, and refreshing only when seen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QWidget

from forumdesk.ui.common.context import ForumContext
from forumdesk.ui.common.operations import Area, Operations, concerns
from forumdesk.ui.common.preload import preload_pages

if TYPE_CHECKING:
    from forumdesk.ui.printing.printable import Printable


class Page(QWidget):
    """A page reloads when its areas change, the forum changes, or the database changes.

    A hidden page only marks itself stale and reloads when it is next shown.
    """

    #: The areas (as announced by `Operations.changes_applied`) this page shows.
    areas: frozenset[Area] = frozenset()
    #: The page's edits, made the active stack of Edit > Undo while the page is shown.
    undo_stack: QUndoStack | None = None

    def __init__(self, ops: Operations, forum: ForumContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.forum = forum
        self._stale = True
        ops.changes_applied.connect(self._on_changes)
        forum.forum_changed.connect(self._invalidate)

    def refresh(self) -> None:
        """Ask the services for fresh data through `self.ops`; pages override this."""

    def drawing(self) -> bool:
        """True while the page still draws what it has loaded (the Overview's charts
        wait for their library): a screenshot waits for it."""
        return False

    def may_close(self) -> bool:
        """Asked before the main window closes: a page with work under way (a running
        clock, say) saves it or asks the user first; False keeps the window open."""
        return True

    def printables(self) -> list[Printable] | None:
        """What File > Print… offers here, the likeliest first: None when the page has
        nothing to print (Print is disabled on it), [] when nothing is chosen yet."""
        return None

    def _on_changes(self, areas: frozenset[Area]) -> None:
        if concerns(areas, self.areas):
            self._invalidate()

    def _invalidate(self) -> None:
        self._stale = True
        if self.isVisible():
            self._reload()

    def _reload(self) -> None:
        self._stale = False
        if self.ops.database is None:
            return
        self.refresh()
        # The first data asked for: the other pages' modules load meanwhile, off the GUI
        # thread, so that showing one does not stop the window to import it.
        preload_pages()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._reload()


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label
