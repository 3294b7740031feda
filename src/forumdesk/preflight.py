"""Can a window be opened here? Answered before Qt loads, so that a missing display
is one clear line and exit code 2, never a Qt abort."""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path

# Libraries Qt's xcb platform plugin loads; Debian package in brackets.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
}
_HEADLESS_PLATFORMS = {"offscreen", "minimal", "vnc", "eglfs", "linuxfb"}


def _x_socket_missing(display: str) -> bool:
    host, _, rest = display.partition(":")
    if host not in ("", "unix") or not rest:
        return False  # a remote display: only Qt can tell
    number = rest.split(".", 1)[0]
    return number.isdigit() and not Path(f"/tmp/.X11-unix/X{number}").exists()


def display_problem() -> str | None:
    """None when a window can be shown; otherwise what is wrong and what to do."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":", 1)[0]
    if platform in _HEADLESS_PLATFORMS:
        return None
    if os.environ.get("WAYLAND_DISPLAY") and platform != "xcb":
        return None
    display = os.environ.get("DISPLAY", "")
    if not display:
        return (
            "no display to open the window on (DISPLAY is not set). Run ForumDesk in a "
            "desktop session, or headless with `xvfb-run -a forumdesk`; the commands "
            "`forumdesk init` and `forumdesk check` need no display."
        )
    if _x_socket_missing(display):
        return (
            f"the display {display} is not running (no X server socket). Start the X server "
            "or run `xvfb-run -a forumdesk`."
        )
    missing = []
    for library, package in XCB_LIBRARIES.items():
        try:
            ctypes.CDLL(library)
        except OSError:
            missing.append(package)
    if missing:
        return (
            "Qt cannot open a window: system libraries are missing. Install them with "
            f"`sudo apt-get install {' '.join(missing)}` "
            "(the full list is in requirements/system-packages.txt)."
        )
    return None
