"""Our own PDFs onto a QPrinter: paper and the PDF export match, page for page.

pdfium (pypdfium2) rasterises each page at the printer's resolution (up to
`MAX_DPI`; a print preview at `PREVIEW_DPI`), in horizontal strips so that a 600 dpi
A4 page never needs 100 MB at once. The page is scaled to fit the printer's
printable area, centred, keeping its proportions; strips land on whole device pixels,
so no seam shows between them. The page range, the order and the copies the user
chose in the print dialog are honoured.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QMarginsF, QRect, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 600
PREVIEW_DPI = 200  # the preview keeps a picture of every page: enough to read it, zoomed
STRIP_BYTES = 24 * 1024 * 1024
POINTS_PER_INCH = 72


class PrintingError(Exception):
    """The printer refused to start (none installed, offline, a file it cannot write)."""


def page_count(path: Path) -> int:
    document = pdfium.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def match_paper(printer: QPrinter, path: Path) -> None:
    """Propose the paper of the PDF's first page (A4, or a badge card) in the dialog,
    without margins of our own."""
    document = pdfium.PdfDocument(str(path))
    try:
        width, height = document[0].get_size()
    finally:
        document.close()
    size = QPageSize(QSizeF(min(width, height), max(width, height)), QPageSize.Unit.Point)
    orientation = (
        QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    )
    printer.setPageSize(size)
    printer.setPageOrientation(orientation)
    # Our PDFs carry their own margins: print them at full size where the printer can
    # (Qt keeps its hardware margins, and the page is then scaled to fit within them).
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)


def pages_to_print(printer: QPrinter, count: int) -> list[int]:
    """The 0-based pages to draw, in order: the chosen range and page order, and the
    copies unless the printer makes them itself (collated or not)."""
    first, last = 1, count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(count, printer.toPage() or count)
    pages = list(range(first - 1, last))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if printer.collateCopies():
        return pages * copies
    return [page for page in pages for _ in range(copies)]


def print_pdf(
    path: Path, printer: QPrinter, progress: Callable[[int, int], bool] | None = None
) -> int:
    """Draw the PDF at `path` on `printer`; return the pages drawn. `progress(done,
    total)` returning False cancels: the job is aborted and nothing more is drawn."""
    document = pdfium.PdfDocument(str(path))
    try:
        order = pages_to_print(printer, len(document))
        if not order:
            return 0
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintingError(printer.printerName() or printer.outputFileName())
        try:
            return _draw_pages(document, order, painter, printer, progress)
        finally:
            painter.end()
    finally:
        document.close()


def _draw_pages(
    document: pdfium.PdfDocument,
    order: list[int],
    painter: QPainter,
    printer: QPrinter,
    progress: Callable[[int, int], bool] | None,
) -> int:
    engine = painter.paintEngine()
    previewing = engine is not None and engine.type() == QPaintEngine.Type.Picture
    dpi = PREVIEW_DPI if previewing else MAX_DPI
    area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
    for done, index in enumerate(order):
        if done:
            printer.newPage()
        draw_page(document[index], painter, QRect(0, 0, area.width(), area.height()), dpi)
        if progress is not None and not progress(done + 1, len(order)):
            printer.abort()
            return done + 1
    return len(order)


def draw_page(page: pdfium.PdfPage, painter: QPainter, area: QRect, dpi: int) -> None:
    """One PDF page fitted into `area` (device pixels), rendered at most at `dpi`."""
    width_pt, height_pt = page.get_size()
    resolution = painter.device().logicalDpiX() if painter.device() else POINTS_PER_INCH
    # Device pixels per point once fitted; pdfium renders 1/k of it, k a whole number,
    # so each rendered pixel covers k × k device pixels exactly.
    fitted = min(area.width() / width_pt, area.height() / height_pt)
    factor = max(1, math.ceil(resolution / dpi))
    scale = fitted / factor
    width_px = math.ceil(width_pt * scale)
    height_px = math.ceil(height_pt * scale)
    left = area.left() + (area.width() - width_px * factor) // 2
    top = area.top() + (area.height() - height_px * factor) // 2
    rows = max(1, STRIP_BYTES // (width_px * 3))
    for first in range(0, height_px, rows):
        last = min(height_px, first + rows)
        bitmap = page.render(
            scale=scale,
            crop=(0, _points(height_px - last, scale), 0, _points(first, scale)),
            may_draw_forms=False,
        )
        image = QImage(
            bytes(bitmap.buffer),
            bitmap.width,
            bitmap.height,
            bitmap.stride,
            QImage.Format.Format_BGR888,
        )
        target = QRect(left, top + first * factor, bitmap.width * factor, bitmap.height * factor)
        painter.drawImage(target, image)


def _points(pixels: int, scale: float) -> float:
    """A crop of whole pixels in points: pypdfium2 rounds crops up, so keep just under."""
    return max(0.0, (pixels - 1e-3) / scale)
