"""What a page offers File > Print… (Qt-free: pages build these, the print menu runs them)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class Printable:
    """One document a page can print: the same PDF as its export.

    `write` runs on the operations' worker with a reading session and writes the PDF
    at the path it is given (a temporary file, deleted once printed).
    """

    #: The document's name, as the user picks it and as the print job is named.
    title: str
    write: Callable[[Session, Path], object]
