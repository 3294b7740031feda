"""A private Xvfb server for the end-to-end tests, started once per test run."""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

X_SOCKETS = Path("/tmp/.X11-unix")
FIRST_DISPLAY = 90  # above the numbers desktops and xvfb-run -a usually take
DISPLAY_ATTEMPTS = 20
SERVER_START_DEADLINE_S = 15.0


def _free_display_numbers() -> Iterator[int]:
    for number in range(FIRST_DISPLAY, FIRST_DISPLAY + 100):
        if not (X_SOCKETS / f"X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            yield number


def _wait_for_socket(server: subprocess.Popen[bytes], socket: Path) -> bool:
    """True once the server's socket exists; False if the server died first."""
    deadline = time.monotonic() + SERVER_START_DEADLINE_S
    while time.monotonic() < deadline:
        if socket.exists():
            return True
        try:
            server.wait(timeout=0.05)  # also the polling interval
        except subprocess.TimeoutExpired:
            continue
        return False
    raise TimeoutError(f"Xvfb made no socket {socket} in {SERVER_START_DEADLINE_S:.0f} s")


def _stop(server: subprocess.Popen[bytes]) -> None:
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


@pytest.fixture(scope="session")
def xvfb_display(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The DISPLAY (":<n>") of an Xvfb server that lives for the test session."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed (apt-get install xvfb)")
    # A file, not a pipe: nobody reads Xvfb's chatter, and a full pipe would block it.
    log_path = tmp_path_factory.mktemp("xvfb") / "xvfb.log"
    numbers = _free_display_numbers()
    for _ in range(DISPLAY_ATTEMPTS):
        number = next(numbers)
        with log_path.open("ab") as log:
            server = subprocess.Popen(
                [xvfb, f":{number}", "-screen", "0", "1440x900x24", "-nolisten", "tcp"],
                stdout=log,
                stderr=log,
            )
        try:
            started = _wait_for_socket(server, X_SOCKETS / f"X{number}")
        except BaseException:
            _stop(server)
            raise
        if not started:
            continue  # another server took the number between the check and the start
        try:
            yield f":{number}"
        finally:
            _stop(server)
        return
    pytest.fail(
        f"Xvfb could not start on any of {DISPLAY_ATTEMPTS} display numbers; "
        f"its log:\n{log_path.read_text(errors='replace')[-2000:]}"
    )
