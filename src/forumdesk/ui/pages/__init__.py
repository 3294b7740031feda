"""The main window's pages, one package each."""

from __future__ import annotations

import importlib
from collections.abc import Callable


def lazy_page(package: str, name: str) -> Callable[[str], object]:
    """A page package's `__getattr__`: its page class, imported when first asked for.

    A package imports nothing of its own, so that another page importing one of its
    small modules (the Documents page, the minutes' snapshot) does not import this
    page with its exporters on the GUI thread."""

    def attribute(wanted: str) -> object:
        if wanted != name:
            raise AttributeError(f"module {package!r} has no attribute {wanted!r}")
        return getattr(importlib.import_module(f"{package}.page"), name)

    return attribute
