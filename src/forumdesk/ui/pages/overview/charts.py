"""Participation as charts: accredited against present by category, regional group and
gender, and arrivals by hour at the venue.

Drawn with pyqtgraph, which paints with Qt itself (no second toolkit, a few MB, fast
at any size). Importing it takes about a third of a second, so it is imported on a
thread of its own when the first figures arrive, after the window has painted: the
figures are drawn once it is there, and neither start-up (bench/startup.py) nor the
window waits for it.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from forumdesk.services.attendance.counts import Attendance

_LOG = logging.getLogger(__name__)
# Set once pyqtgraph is imported whole (sys.modules has it while it is still importing).
_LIBRARY_LOADED = threading.Event()
_QT_MODULES_OF_PYQTGRAPH = (
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSvg",
    "PySide6.QtTest",
)

# Okabe–Ito blue, light for who is accredited and dark for who came: told apart by
# lightness as well as by the legend, so that a grey print still reads.
ACCREDITED_COLOUR = "#9ecae1"
PRESENT_COLOUR = "#0b5394"
BAR = 0.38  # thickness of one bar; two bars and a gap make one row
ROW_PIXELS = 22


class Chart(QWidget):
    """One chart with its title; the plot is built on the first figures."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(title)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(f"<b>{title}</b>", self)
        self._layout.addWidget(self.title)
        self._layout.addStretch(1)  # a short chart sits at the top of its cell
        self.plot: Any = None
        #: The figures drawn, as text: the accessible description and the tests read it.
        self.summary = ""

    def _plot(self) -> Any:
        if self.plot is None:
            import pyqtgraph

            pyqtgraph.setConfigOptions(antialias=True, background="w", foreground="#333333")
            self.plot = pyqtgraph.PlotWidget(self)
            self.plot.setMenuEnabled(False)
            self.plot.setMouseEnabled(x=False, y=False)
            self.plot.hideButtons()
            self.plot.setFocusPolicy(self.plot.focusPolicy().NoFocus)
            self._layout.insertWidget(1, self.plot)
            # Right to left (Arabic): the plot is laid out by hand, not mirrored by Qt, so
            # that the labels stand on the right axis, the bars grow from it leftwards and
            # the hours run from right to left.
            if self.isRightToLeft():
                from PySide6.QtCore import Qt  # not at import: the page is built before the paint

                self.plot.getPlotItem().setLayoutDirection(Qt.LayoutDirection.LeftToRight)
                self.plot.getViewBox().invertX(True)
        self.plot.clear()
        return self.plot

    def _describe(self, lines: list[str]) -> None:
        self.summary = "\n".join(lines)
        self.setAccessibleDescription(self.summary)
        self.setToolTip(self.summary)


class PairChart(Chart):
    """Horizontal bars, two per row: accredited (light) and present (dark), each with
    its figure at its end (no axis of fractions for a count of people)."""

    def show_pairs(self, rows: list[tuple[str, int, int]]) -> None:
        import pyqtgraph

        plot = self._plot()
        count = len(rows)
        # Top to bottom in the order given: pyqtgraph's y grows upwards.
        ys = [count - 1 - index for index in range(count)]
        widest = max([1, *(max(row[1], row[2]) for row in rows)])
        locale = QLocale()
        for offset, column, colour in (
            (BAR / 2, 1, ACCREDITED_COLOUR),
            (-BAR / 2, 2, PRESENT_COLOUR),
        ):
            values = [int(row[column]) for row in rows]
            plot.addItem(
                pyqtgraph.BarGraphItem(
                    x0=0,
                    y=[y + offset for y in ys],
                    height=BAR,
                    width=values,
                    brush=colour,
                    pen=None,
                )
            )
            for y, value in zip(ys, values, strict=True):
                figure = pyqtgraph.TextItem(
                    locale.toString(value),
                    color="#333333",
                    anchor=(1 if self.isRightToLeft() else 0, 0.5),
                )
                figure.setPos(value + widest * 0.01, y + offset)
                plot.addItem(figure)
        side = "right" if self.isRightToLeft() else "left"
        plot.hideAxis("left")
        plot.showAxis(side)
        plot.getAxis(side).setTicks([[(y, row[0]) for y, row in zip(ys, rows, strict=True)]])
        plot.hideAxis("bottom")
        plot.setYRange(-0.6, count - 0.4, padding=0)
        plot.setXRange(0, widest * 1.2, padding=0)
        plot.setFixedHeight(24 + ROW_PIXELS * 2 * max(count, 1))
        self._describe(
            [
                f"{label}: {locale.toString(came)} / {locale.toString(listed)}"
                for label, listed, came in rows
            ]
        )


class HourChart(Chart):
    """Vertical bars: people arrived in each hour at the venue."""

    def show_hours(self, hours: dict[str, int]) -> None:
        import pyqtgraph

        plot = self._plot()
        keys = sorted(hours)
        xs = [int(key) for key in keys]
        counts = [hours[key] for key in keys]
        plot.addItem(pyqtgraph.BarGraphItem(x=xs, height=counts, width=0.7, brush=PRESENT_COLOUR))
        locale = QLocale()
        for x, value in zip(xs, counts, strict=True):
            figure = pyqtgraph.TextItem(locale.toString(value), color="#333333", anchor=(0.5, 1))
            figure.setPos(x, value)
            plot.addItem(figure)
        plot.getAxis("bottom").setTicks([[(x, f"{x:02d}:00") for x in xs]])
        plot.hideAxis("left")
        plot.setXRange((min(xs) if xs else 8) - 0.6, (max(xs) if xs else 18) + 0.6, padding=0)
        plot.setYRange(0, max([1, *counts]) * 1.2, padding=0)
        plot.setFixedHeight(170)
        empty = self.tr("nobody has checked in yet")
        title = self.accessibleName()
        self.title.setText(f"<b>{title}</b>" if keys else f"<b>{title}</b> — {empty}")
        self._describe([f"{key}:00 {locale.toString(hours[key])}" for key in keys])


class ParticipationCharts(QGroupBox):
    """The four charts, with the headline figures above them."""

    #: pyqtgraph has been imported (emitted from the importing thread, queued here).
    _library_ready = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._waiting: Attendance | None = None  # figures that wait for the library
        self._importing = False
        self._library_ready.connect(self._draw_waiting)
        self.setObjectName("participation_charts")
        self.setTitle(self.tr("Participation"))
        layout = QVBoxLayout(self)
        self.headline = QLabel(self)
        self.headline.setObjectName("participation_headline")
        self.headline.setAccessibleName(self.tr("Present and accredited"))
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)
        square = '<span style="color:{colour}">&#9632;</span> {label}'
        self.legend = QLabel(
            " &nbsp; ".join(
                (
                    square.format(colour=ACCREDITED_COLOUR, label=self.tr("Accredited")),
                    square.format(colour=PRESENT_COLOUR, label=self.tr("Present")),
                )
            ),
            self,
        )
        layout.addWidget(self.legend)
        grid = QGridLayout()
        self.by_category = PairChart("chart_category", self.tr("By category"), self)
        # Regional groups are the States': people of bodies with none are left out.
        self.by_group = PairChart("chart_regional_group", self.tr("By regional group"), self)
        self.by_gender = PairChart("chart_gender", self.tr("By gender"), self)
        self.by_hour = HourChart("chart_hour", self.tr("Arrivals by hour (venue time)"), self)
        # Category across the width, then groups and genders side by side: long names
        # (French, Spanish) keep room for their bars.
        grid.addWidget(self.by_category, 0, 0, 1, 2)
        grid.addWidget(self.by_group, 1, 0)
        grid.addWidget(self.by_gender, 1, 1)
        grid.addWidget(self.by_hour, 2, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout.addLayout(grid)

    def show_attendance(self, counts: Attendance | None) -> None:
        self.setVisible(counts is not None)
        if counts is None:
            return
        self._show_headline(counts)
        if not _LIBRARY_LOADED.is_set():
            self._waiting = counts
            if not self._importing:
                self._importing = True
                # The Qt modules pyqtgraph loads are loaded here, on the GUI thread (4 ms):
                # a Qt extension module initialised on another thread while this one
                # paints can crash the process. numpy and pyqtgraph's Python then load
                # on the thread.
                for module in _QT_MODULES_OF_PYQTGRAPH:
                    importlib.import_module(module)
                threading.Thread(target=self._import_library, daemon=True).start()
            return
        self._draw(counts)

    def drawing(self) -> bool:
        """Figures are waiting for the charting library."""
        return self._waiting is not None

    def _import_library(self) -> None:
        try:
            importlib.import_module("pyqtgraph")
        except ImportError:
            _LOG.exception("the charting library cannot be imported; the charts stay empty")
            return
        _LIBRARY_LOADED.set()
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile
            self._library_ready.emit()

    def _draw_waiting(self) -> None:
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self._draw(waiting)

    def _show_headline(self, counts: Attendance) -> None:
        locale = QLocale()
        self.headline.setText(
            self.tr(
                "{present} present of {registered} accredited · {states} Member States · "
                "{civil} from civil society and the private sector · {scans} scans"
            ).format(
                present=locale.toString(counts.present),
                registered=locale.toString(counts.registered),
                states=locale.toString(counts.member_states),
                civil=locale.toString(counts.civil_society),
                scans=locale.toString(counts.scans),
            )
        )

    def _draw(self, counts: Attendance) -> None:
        from forumdesk.services.attendance.counts import NONE
        from forumdesk.store.enums import Gender, OrganisationCategory, RegionalGroup
        from forumdesk.ui.common import labels

        none = self.tr("None given")

        def rows(
            pairs: dict[str, tuple[int, int]], label: Any, order: list[str]
        ) -> list[tuple[str, int, int]]:
            keys = [key for key in order if key in pairs] + [k for k in pairs if k not in order]
            return [
                (none if key == NONE else label(key), *pairs[key])
                for key in keys
                if any(pairs[key])
            ]

        self.by_category.show_pairs(
            rows(
                counts.by_category,
                lambda key: labels.organisation_category(OrganisationCategory(key)),
                [c.value for c in OrganisationCategory],
            ),
        )
        self.by_group.show_pairs(
            rows(
                {key: pair for key, pair in counts.by_regional_group.items() if key != NONE},
                lambda key: labels.regional_group(RegionalGroup(key)),
                [g.value for g in RegionalGroup],
            ),
        )
        self.by_gender.show_pairs(
            rows(
                counts.by_gender, lambda key: labels.gender(Gender(key)), [g.value for g in Gender]
            ),
        )
        self.by_hour.show_hours(counts.by_hour)
