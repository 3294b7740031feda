"""Starting the GUI: paint the window's frame first, then build the rest and open the
database in the background.

Before the first paint this imports Qt and the window's frame alone (`main_window` with
`later`), and touches neither the database nor anything that grows with it
(`tests/ui/test_first_paint.py`, `bench/startup.py`).
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple, NoReturn

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from forumdesk import APP_NAME, __version__
from forumdesk.paths import resources_dir
from forumdesk.ui.common.collector import install_collector
from forumdesk.ui.common.settings import AppSettings
from forumdesk.ui.shell.interface_language import install_interface
from forumdesk.ui.shell.main_window import MainWindow

ORGANISATION = "ForumDesk"
DESKTOP_ID = "org.forumdesk.ForumDesk"


# A NamedTuple, not a dataclass: the dataclasses module and the code a dataclass
# compiles cost ~1 ms before the first paint.
class GuiOptions(NamedTuple):
    database: str | None = None
    screenshot: str | None = None
    quit_after_paint: bool = False
    page: str | None = None
    process_started: float = 0.0


class _FirstPaint(QObject):
    """Calls `then` once, right after the window's first paint. It watches the window
    alone: a filter on the application would run Python for every event of every widget
    before that paint."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


def _startup_target(options: GuiOptions, settings: AppSettings) -> str | None:
    """The database to open: asked after the first paint, as it may look at files."""
    if options.database:
        return options.database
    if os.environ.get("FORUMDESK_DATABASE"):
        return os.environ["FORUMDESK_DATABASE"]
    last = settings.last_database()
    if last and ("://" in last or Path(last).is_file()):
        return last
    return None


def run_gui(options: GuiOptions) -> NoReturn:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    icon = resources_dir() / "icons" / f"{DESKTOP_ID}.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    install_collector(app)
    settings = AppSettings()
    # Item views get their bidi delegate after the first paint (watch_item_views): the
    # filter that gives it would see every event before it.
    install_interface(app, settings.interface_language(), item_views=False)
    # The frame alone: the menus' actions and the page asked for come after its paint.
    window = MainWindow(settings, page=options.page, later=True)

    def after_first_paint() -> None:
        if options.quit_after_paint:
            # When, and the CPU time used by then (bench/startup.py compares both).
            print(f"first-paint {time.time():.6f} {time.process_time():.6f}", flush=True)
            app.quit()
            return
        from forumdesk.ui.common.bidi import watch_item_views
        from forumdesk.ui.common.errors import install_exception_hook

        install_exception_hook(window)
        window.complete()
        watch_item_views(app)
        window.open_database(_startup_target(options, settings), demo_if_new=True)
        window.user_name_prompt.ask_if_unnamed()  # the first start: who signs?

    _FirstPaint(window, after_first_paint)
    if options.screenshot:
        window.ready.connect(lambda: _screenshot_when_idle(window, Path(options.screenshot or "")))
    window.show()
    code = app.exec()
    _leave(int(code))


def _leave(code: int) -> NoReturn:
    """End the process now that the window has closed (its database disposed, its
    settings synced), without Python's teardown of the Qt objects left: with the
    Overview's charts drawn, that teardown aborts on Python 3.11 ("bool_dealloc" while
    finalizing, PySide6 6.12 and pyqtgraph 0.14). There is nothing left to save."""
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:  # None in a Windows build without a console (windowed)
            stream.flush()
    os._exit(code)


def _screenshot_when_idle(window: MainWindow, path: Path) -> None:
    """Save the window once every queued load has landed, then quit."""

    taken: list[bool] = []  # a retry and a busy change may both call: shoot once

    def shoot() -> None:
        if taken or not window.ops.is_idle:
            return
        if any(page.drawing() for page in window.built_pages()):
            QTimer.singleShot(100, shoot)
            return
        taken.append(True)
        window.ops.busy_changed.disconnect(on_busy)
        window.repaint()
        from forumdesk.services.common.output_files import OutputPathError, output_path

        database = window.ops.database
        try:  # written beside, then renamed: never half a PNG, never over the database
            with output_path(path, database_path=database.path if database else None) as temporary:
                if not window.grab().save(str(temporary), "PNG"):
                    raise OutputPathError(f"cannot write {path}")
        except OutputPathError as error:
            print(f"forumdesk: {error}", file=sys.stderr)
        window.close()

    def on_busy(busy: bool) -> None:
        if not busy:
            QTimer.singleShot(0, shoot)

    window.ops.busy_changed.connect(on_busy)
    QTimer.singleShot(0, shoot)
