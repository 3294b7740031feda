"""The pages' modules, imported ahead of time on a thread of their own.

A page is built when first shown, and importing its modules (its widgets, the
services it names, the Minutes page's exporters) took up to a few hundred
milliseconds of the GUI thread then: the window stood still (bench/gui_stalls.py).
Once a page has asked for its first data they are imported here instead, one page
after the other, while the user reads that page. They hold only Python: the Qt
modules they use (QtCore, QtGui, QtWidgets) are loaded already, on the GUI thread
(`ui/pages/overview/charts.py` says why a Qt module must not be first loaded here).
A module the GUI thread asks for meanwhile waits for this thread to finish it, which
takes no longer than importing it itself.

What is loaded by then (modules, classes, the database layer) lives as long as the
process, and is frozen out of the cyclic collector's reach (`gc.freeze`): a full
collection walked all of it on the GUI thread, 100-160 ms with the 1M registry open,
while it can free none of it.
"""

from __future__ import annotations

import gc
import importlib
import importlib.util
import logging
import pkgutil
import threading

_LOG = logging.getLogger(__name__)
_PAGES = "forumdesk.ui.pages"
_started = threading.Event()


def preload_pages() -> None:
    """Import every page's `page` module on a background thread; once per process."""
    if _started.is_set():
        return
    _started.set()
    gc.freeze()
    threading.Thread(target=_import_pages, name="preload-pages", daemon=True).start()


def page_modules() -> list[str]:
    """The page modules: `page` of each package under ui/pages that has one."""
    package = importlib.import_module(_PAGES)
    packages = [info.name for info in pkgutil.iter_modules(package.__path__) if info.ispkg]
    names = [f"{_PAGES}.{name}.page" for name in packages]
    return [name for name in names if importlib.util.find_spec(name) is not None]


def _import_pages() -> None:
    for name in page_modules():
        try:
            importlib.import_module(name)
        except Exception:  # the page shows the error when it is built; nothing is lost here
            _LOG.exception("could not import %s ahead of time", name)
    gc.freeze()
