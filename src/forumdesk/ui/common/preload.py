"""The pages' modules, imported ahead of time while the user reads the first page.

A page is built when first shown, and importing its modules (its widgets, the
services it names, the Minutes page's exporters) took up to a few hundred
milliseconds of the GUI thread then: the window stood still (bench/gui_stalls.py).
So once a page has asked for its first data:

- a thread of its own imports what the interface imports from `services`, `exports`
  and `store` (found by reading the interface's source), the bulk of the time: these
  never import Qt (tests/core/test_layering.py), so nothing of Qt is first loaded or
  first looked up off the GUI thread (PySide6 creates its classes when first asked
  for, and two threads doing so at once once handed a page a header view typed as
  its base class);
- then the GUI thread imports the pages' own modules, one module per turn of its event
  loop, each a few milliseconds once the rest is loaded.

A module the GUI thread asks for meanwhile waits for the thread to finish it, which
takes no longer than importing it itself. What is loaded by then (modules, classes,
the database layer) lives as long as the process, and is frozen out of the cyclic
collector's reach (`gc.freeze`): a full collection walked all of it on the GUI
thread, 100-160 ms with the 1M registry open, while it can free none of it.
"""

from __future__ import annotations

import gc
import importlib
import importlib.util
import logging
import pkgutil
import re
import threading
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

_LOG = logging.getLogger(__name__)
_UI = "forumdesk.ui"
_PAGES = "forumdesk.ui.pages"
# An import of the layers below the interface (no Qt in them: they may load on any
# thread): `from forumdesk.services.x import y` or `import forumdesk.store.y`.
_IMPORT = re.compile(
    r"^[ \t]*(?:from|import)[ \t]+(forumdesk\.(?:services|exports|store)[\w.]*)", re.M
)
_started = threading.Event()


def preload_pages() -> None:
    """Start loading every page's modules; once per process."""
    if _started.is_set():
        return
    _started.set()
    gc.freeze()
    _Preloader(QCoreApplication.instance()).start()


def page_modules() -> list[str]:
    """The page modules: `page` of each package under ui/pages that has one."""
    package = importlib.import_module(_PAGES)
    packages = [info.name for info in pkgutil.iter_modules(package.__path__) if info.ispkg]
    names = [f"{_PAGES}.{name}.page" for name in packages]
    return [name for name in names if importlib.util.find_spec(name) is not None]


def interface_modules() -> list[str]:
    """Every module of the pages, read from their folders (nothing imported), each
    page's own `page` last: imported in this order, one at a time, each import is
    small (its siblings are in by then)."""
    folder = Path(importlib.import_module(_PAGES).__file__ or "").parent
    found = [
        f"{_PAGES}.{'.'.join(source.relative_to(folder).with_suffix('').parts)}"
        for source in sorted(folder.rglob("*.py"))
        if source.name != "__init__.py"
    ]
    pages = set(page_modules())
    return [name for name in found if name not in pages] + sorted(pages)


def qt_free_imports() -> list[str]:
    """The modules of the layers below that the interface's modules import, sorted."""
    folder = Path(importlib.import_module(_UI).__file__ or "").parent
    found: set[str] = set()
    for source in folder.rglob("*.py"):
        found.update(_IMPORT.findall(source.read_text(encoding="utf-8")))
    return sorted(found)


def _import(name: str) -> None:
    try:
        importlib.import_module(name)
    except Exception:  # the page shows the error when it is built; nothing is lost here
        _LOG.exception("could not import %s ahead of time", name)


class _Preloader(QObject):
    #: The layers below are loaded (emitted on the thread, received on the GUI thread).
    _below_loaded = Signal()

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self._pages: list[str] = []
        self._below_loaded.connect(self._next_page)

    def start(self) -> None:
        threading.Thread(target=self._load_below, name="preload-pages", daemon=True).start()

    def _load_below(self) -> None:
        for name in qt_free_imports():
            started = time.perf_counter()
            _import(name)
            # Then as long idle: the GUI thread takes the interpreter's lock again for
            # each of its calls into Qt, and would wait behind a long run of imports.
            time.sleep(time.perf_counter() - started)
        gc.freeze()
        self._pages = interface_modules()
        self._below_loaded.emit()

    def _next_page(self) -> None:
        if not self._pages:
            gc.freeze()
            self.deleteLater()
            return
        _import(self._pages.pop(0))
        QTimer.singleShot(0, self._next_page)
