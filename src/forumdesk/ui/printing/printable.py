"""What a page offers File > Print… (Qt-free: pages build these, the print menu runs them)."""

from __future__ import annotations

from dataclasses import dataclass

from forumdesk.ui.printing.documents import Writer


@dataclass(frozen=True)
class Printable:
    """One document a page can print: the same PDF as its export.

    `write` runs on the operations' worker with a reading session and writes the PDF
    at the path it is given (a temporary file, deleted once printed).
    """

    #: The document's name, as the user picks it and as the print job is named.
    title: str
    write: Writer
