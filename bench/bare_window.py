"""The baseline for bench/startup.py: the cheapest PySide6 window there is.

Prints `first-paint <epoch seconds> <CPU seconds used>` at its first paint, then quits, exactly as
`forumdesk gui --quit-after-paint` does, so the two start times compare.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QMainWindow


class BareWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Bare window")
        self.resize(1200, 800)
        self._painted = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            print(f"first-paint {time.time():.6f} {time.process_time():.6f}", flush=True)
            # Quit from the event loop, not from inside a paint.
            QTimer.singleShot(0, QApplication.quit)


def main() -> int:
    app = QApplication(sys.argv)
    window = BareWindow()
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
