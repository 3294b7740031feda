"""The user guide's screenshots, taken from the real application on the demo forum.

    make help-screenshots
    # or: QT_QPA_PLATFORM=offscreen PYTHONPATH=src python packaging/help_screenshots.py
    make appstream-screenshots     # the software centres' (--appstream)

For each language of the guide (English, French) the main window opens, at a fixed
size, on a fresh demo database in a temporary data folder, visits each page (and a few
dialogs) and saves PNGs to resources/help/<language>/images/. French comes through
the French translator and a Swiss French locale, as a Geneva secretariat sees it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QSize, QTranslator  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from forumdesk.paths import resources_dir  # noqa: E402
from forumdesk.ui.common.settings import AppSettings  # noqa: E402
from forumdesk.ui.shell.main_window import MainWindow  # noqa: E402
from forumdesk.ui.shell.page_kinds import PAGE_NAMES  # noqa: E402

WINDOW_SIZE = QSize(1200, 760)
LOCALES = {
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
    "fr": QLocale(QLocale.Language.French, QLocale.Country.Switzerland),
}
TIMEOUT_S = 60.0


@dataclass(frozen=True)
class Shot:
    page: str  # the page's objectName (ui/shell/page_kinds.py)
    image: str  # the file under images/
    #: Readies the page, and returns the dialog it opened (None: shoot the window).
    prepare: Callable[[MainWindow], QWidget | None] | None = None


def _walk_in(window: MainWindow) -> QWidget:
    window.registry_page.open_walk_in()
    dialog = window.registry_page.walk_in
    assert dialog is not None
    return dialog


def _speakers(window: MainWindow) -> None:
    """The speakers list of the first segment with speakers (the morning's first part)."""
    page = window.programme_page
    first_day = page.tree.topLevelItem(0)
    assert first_day is not None
    segments = [
        first_day.child(s).child(i)
        for s in range(first_day.childCount())
        for i in range(first_day.child(s).childCount())
    ]
    page.tree.setCurrentItem(segments[1])
    page.views.setCurrentWidget(page.tree)  # the segment chosen shows selected
    page.side.setCurrentWidget(page.speakers)


def _segment(window: MainWindow) -> QWidget:
    page = window.programme_page
    page.edit_segment(next(iter(page.timeline.blocks)))
    _settle(window)
    assert page.editor is not None
    return page.editor


#: Every page of the window, then dialogs the guide shows.
SHOTS = (
    Shot("overview_page", "overview.png"),
    Shot("registry_page", "registry.png"),
    Shot("programme_page", "programme.png"),
    Shot("documents_page", "documents.png"),
    Shot("minutes_page", "minutes.png"),
    Shot("checkin_page", "checkin.png"),
    Shot("practices_page", "practices.png"),
    Shot("programme_page", "speakers.png", _speakers),
    Shot("registry_page", "walk-in.png", _walk_in),
    Shot("programme_page", "segment.png", _segment),
)

#: The software centres' screenshots (`--appstream`): English, 16:9, into
#: packaging/screenshots/, which the AppStream metadata names.
APPSTREAM_SIZE = QSize(1280, 720)
APPSTREAM_SHOTS = (
    Shot("overview_page", "overview.png"),
    Shot("registry_page", "registry.png"),
    Shot("programme_page", "speakers.png", _speakers),
    Shot("documents_page", "documents.png"),
    Shot("minutes_page", "minutes.png"),
)


def _wait(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + TIMEOUT_S
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not settle")
        QApplication.processEvents()
        time.sleep(0.02)


def _settle(window: MainWindow) -> None:
    """Wait until every queued load has landed and no page is still drawing."""
    for _ in range(3):  # a load may queue another one (a page's second part)
        _wait(lambda: window.ops.is_idle and not any(p.drawing() for p in window.built_pages()))
        for _ in range(20):
            QApplication.processEvents()
            time.sleep(0.01)


def _install_language(app: QApplication, language: str) -> list[QTranslator]:
    from forumdesk.services.common.messages import set_language

    locale = LOCALES[language]
    QLocale.setDefault(locale)
    set_language(language)
    installed = []
    if language != "en":
        for name, folder in (
            ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
            ("forumdesk", str(resources_dir() / "translations")),
        ):
            translator = QTranslator(app)
            if not translator.load(locale, name, "_", folder) and name == "forumdesk":
                raise SystemExit(f"no {name} catalogue for {language}: run `make translations`")
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def _save(widget: QWidget, path: Path) -> None:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), "PNG", 0):  # quality 0: the smallest PNG
        raise SystemExit(f"cannot write {path}")
    try:  # Pillow (reportlab's) makes it a 256-colour PNG: a third of the size, same look
        from PIL import Image

        with Image.open(path) as opened:
            small = opened.convert("RGB").quantize(colors=256, dither=Image.Dither.NONE)
        small.save(path, optimize=True)
    except ImportError:
        pass


def shoot_language(
    app: QApplication,
    language: str,
    into: Path,
    data: Path,
    shots: tuple[Shot, ...] = SHOTS,
    size: QSize = WINDOW_SIZE,
) -> list[Path]:
    translators = _install_language(app, language)
    ini = QSettings(str(data / f"settings-{language}.ini"), QSettings.Format.IniFormat)
    settings = AppSettings(ini)
    window = MainWindow(settings)
    window.resize(size)
    window.show()
    opened: list[bool] = []
    window.ready.connect(lambda: opened.append(True))
    window.open_database(str(data / f"demo-{language}.db"), demo_if_new=True, create=True)
    _wait(lambda: bool(opened))
    saved = []
    for shot in shots:
        window.show_page(PAGE_NAMES.index(shot.page))
        _settle(window)
        dialog = shot.prepare(window) if shot.prepare is not None else None
        _settle(window)
        window.statusBar().clearMessage()  # it names the temporary database
        path = into / shot.image
        _save(dialog or window, path)
        saved.append(path)
        if dialog is not None:
            dialog.close()
            _settle(window)
    window.close()
    for translator in translators:
        app.removeTranslator(translator)
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=ROOT / "resources" / "help")
    parser.add_argument("--languages", nargs="+", default=list(LOCALES), choices=list(LOCALES))
    parser.add_argument(
        "--appstream",
        action="store_true",
        help="the software centres' screenshots instead, into packaging/screenshots/",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="forumdesk-help-") as folder:
        data = Path(folder)
        # The app's data, settings and signer stay in the temporary folder.
        os.environ["FORUMDESK_DATA_DIR"] = str(data / "data")
        os.environ["FORUMDESK_CONFIG_DIR"] = str(data / "config")
        os.environ.setdefault("FORUMDESK_USER", "Ana Lima")
        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        app.setApplicationName("ForumDesk")
        if args.appstream:
            into = ROOT / "packaging" / "screenshots"
            saved = shoot_language(app, "en", into, data, APPSTREAM_SHOTS, APPSTREAM_SIZE)
        else:
            saved = [
                path
                for language in args.languages
                for path in shoot_language(app, language, args.output / language / "images", data)
            ]
        for path in saved:
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    # Without Python's teardown of the Qt objects: it aborts once the charts are drawn
    # (PySide6 6.12, pyqtgraph 0.14), as in ui/shell/app.py.
    os._exit(code)
