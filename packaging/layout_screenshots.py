"""Screenshots of every page at three window sizes and in three languages, and a list
of what is cut off in them (column headers, list items and labels narrower than their
text). Run offscreen, on a fresh copy of the demo forum:

    QT_QPA_PLATFORM=offscreen python packaging/layout_screenshots.py [--out DIR]
        [--languages en,fr,ar] [--sizes 1024x700,1440x900,1920x1080]

Writes DIR/<language>-<width>x<height>-<page>.png and prints one line per cut text.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QLabel, QWidget

from forumdesk.ui.common.settings import AppSettings
from forumdesk.ui.shell.interface_language import install_interface
from forumdesk.ui.shell.main_window import MainWindow
from forumdesk.ui.shell.page_kinds import PAGE_KINDS

ROWS_CHECKED = 40


def wait_until(done: Callable[[], bool], seconds: float = 60.0) -> None:
    ends = time.monotonic() + seconds
    while not done():
        if time.monotonic() > ends:
            raise TimeoutError("the window did not settle")
        QApplication.processEvents()
        time.sleep(0.01)


def _settled(window: MainWindow) -> bool:
    return window.ops.is_idle and not any(page.drawing() for page in window.built_pages())


def _cut_headers(view: QAbstractItemView) -> Iterator[str]:
    header = getattr(view, "horizontalHeader", lambda: None)()
    model = view.model()
    if not isinstance(header, QHeaderView) or model is None or not header.isVisible():
        return
    metrics = header.fontMetrics()
    for column in range(model.columnCount()):
        fitted = header.sectionResizeMode(column) == QHeaderView.ResizeMode.ResizeToContents
        if header.isSectionHidden(column) or fitted:  # a fitted column is whole by design
            continue
        text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        # The header's own margins, and a sort indicator where the view sorts.
        sorting = getattr(view, "isSortingEnabled", lambda: False)()
        needed = metrics.horizontalAdvance(text) + 8 + (metrics.height() if sorting else 0)
        if text and header.sectionSize(column) < needed:
            yield f"column header {text!r}"


def _cut_items(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    wraps = getattr(view, "wordWrap", lambda: False)()
    if model is None or wraps or view.textElideMode() == Qt.TextElideMode.ElideNone:
        return
    metrics = view.fontMetrics()
    root = view.rootIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model
        columns = 1
    for row in range(min(model.rowCount(root), ROWS_CHECKED)):
        for column in range(columns):
            index = model.index(row, column, root)
            text = index.data()
            rect = view.visualRect(index)
            if not isinstance(text, str) or not text or rect.isEmpty():
                continue
            cut = "\n" not in text and metrics.horizontalAdvance(text) > rect.width()
            if cut and not index.data(Qt.ItemDataRole.ToolTipRole):
                yield f"item {text[:40]!r} (no tooltip shows it whole)"


def cut_texts(window: MainWindow) -> list[str]:
    """What a user cannot read whole in the window as it stands."""
    found: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        where = widget.objectName() or type(widget).__name__
        if isinstance(widget, QAbstractItemView):
            found += [f"{where}: {cut}" for cut in _cut_headers(widget)]
            found += [f"{where}: {cut}" for cut in _cut_items(widget)]
        elif (
            isinstance(widget, QLabel)
            and not widget.wordWrap()
            and widget.text()
            and "<" not in widget.text()
            and widget.width() < widget.minimumSizeHint().width()
        ):
            found.append(f"{where}: label {widget.text()[:40]!r}")
    return found


def shoot(out: Path, language: str, sizes: list[tuple[int, int]], data: Path) -> int:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    interface = install_interface(app, language)
    settings = AppSettings(QSettings(str(data / f"{language}.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings)
    window.show()
    window.open_database(str(data / "forumdesk.db"), demo_if_new=True, create=True)
    wait_until(lambda: window.ops.database is not None and _settled(window))
    cuts = 0
    for width, height in sizes:
        window.resize(width, height)
        for index, kind in enumerate(PAGE_KINDS):
            window.show_page(index)
            wait_until(lambda: _settled(window))
            settle = time.monotonic() + 0.5  # rows fetched in the background land
            wait_until(lambda end=settle: _settled(window) and time.monotonic() > end)
            name = f"{language}-{width}x{height}-{kind.name.removesuffix('_page')}.png"
            window.grab().save(str(out / name), "PNG")
            for cut in cut_texts(window):
                cuts += 1
                print(f"{name}: {cut}")
    window.close()
    interface.remove()
    return cuts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "layouts")
    parser.add_argument("--languages", default="en,fr,ar")
    parser.add_argument("--sizes", default="1024x700,1440x900,1920x1080")
    options = parser.parse_args()
    sizes = [tuple(int(n) for n in size.split("x")) for size in options.sizes.split(",")]
    options.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("ForumDesk")
    cuts = 0
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("FORUMDESK_USER", "Screenshot")
        for language in options.languages.split(","):
            cuts += shoot(options.out, language, sizes, Path(folder))  # type: ignore[arg-type]
    print(f"{cuts} texts cut off; screenshots in {options.out}")
    return 0


if __name__ == "__main__":
    sys.stdout.flush()
    os._exit(main())
