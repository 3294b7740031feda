"""The GUI stays responsive on a big registry: the longest stall of the event loop.

Usage: .venv/bin/python bench/gui_stalls.py [--people 100000] [--organisations 20000]
                                            [--database PATH] [--seed S] [--runs N]
                                            [--trace] [--json]

A registry database is made first (bench/registry.py's seeded CSV, imported with
`forumdesk registry import`), unless `--database` names one already made (the 1M one
takes minutes to import: make it once, pass a copy of it each time: the app writes to
it). Then the real main window, set up as `forumdesk gui` sets it up (the collector on
the GUI thread, the interface's language, the item views' delegate), opens it while a
heartbeat timer (every 5 ms) records the longest gap between two of its ticks, and a
user's actions are replayed:

- open: the database opened and the first page shown;
- registry: the Registry page shown;
- scroll: its representatives list scrolled from top to bottom in 100 steps, 15 ms
  apart, then back to the top (each step asks for rows the view has not seen);
- filter: a family name's first letters typed into the filter, one key every 120 ms,
  then erased key by key;
- each page shown in turn (built on its first showing), then the Registry again.

After each action the probe waits until every background operation has landed, so its
stall includes what landing does on the GUI thread. A stall is the gap minus the
heartbeat's own interval. ForumDesk's modules are compiled first, as installed. Memory:
the process's resident set after the scroll (end to end and back), and its peak
(ru_maxrss) over the whole run.

Under X11 (Xvfb when there is no display: it re-runs itself under xvfb-run), or with
`QT_QPA_PLATFORM=offscreen` in the environment, on Qt's offscreen platform.

`--runs N` repeats the whole run in N fresh processes and prints each action's median
with the runs' range; the verdict is on the medians. `--trace` samples the GUI thread's
Python stack every 5 ms while it is late and prints, for each action, where its longest
stall was spent (the innermost frame and the ForumDesk calls that led there; a frame of
this probe's event loop means Qt's own C++ work, or a wait for the interpreter's lock),
and what the other threads ran meanwhile ([their name] first). A stall with few samples
was spent holding the interpreter's lock: in the collector (see `longest gc`) or in a C
call that keeps it, on the GUI thread or another one.

Targets (issue 22): no stall over 100 ms in any action; resident set under 400 MB after
the scroll and at the peak. Exit 0 when both hold, 1 when one does not, 2 when it
cannot run.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import FrameType

sys.path.insert(0, str(Path(__file__).resolve().parent))

from startup import _ensure_display  # the same Xvfb re-run as the start-up bench

TARGET_STALL_MS = 100.0
TARGET_RSS_MB = 400.0
HEARTBEAT_MS = 5
SCROLL_STEPS = 100
TYPED = "Mar"
ACTION_TIMEOUT_S = 600.0
# A stall is sampled once the heartbeat is this late; each sample stands for the
# sampler's interval.
TRACE_LATE_S = 0.02
TRACE_EVERY_S = 0.005
TRACE_SHOWN = 6


@dataclass
class Phase:
    name: str
    seconds: float = 0.0
    longest_stall_ms: float = 0.0
    #: The longest run of Python's cyclic garbage collector, which holds the interpreter
    #: (the collector runs on the GUI thread: ui/common/collector.py).
    longest_collection_ms: float = 0.0
    #: (where, milliseconds sampled there), the most sampled first; with --trace only.
    causes: list[tuple[str, float]] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return self.longest_stall_ms <= TARGET_STALL_MS


@dataclass
class Result:
    people: int
    database: str
    platform: str = ""
    phases: list[Phase] = field(default_factory=list)
    rss_after_scroll_mb: float = 0.0
    peak_rss_mb: float = 0.0

    @property
    def longest_stall_ms(self) -> float:
        return max((phase.longest_stall_ms for phase in self.phases), default=0.0)

    @property
    def memory_passed(self) -> bool:
        return max(self.rss_after_scroll_mb, self.peak_rss_mb) < TARGET_RSS_MB

    @property
    def passed(self) -> bool:
        return all(phase.passed for phase in self.phases) and self.memory_passed


def _resident_mb() -> float:
    with Path("/proc/self/status").open(encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _people_in(database: Path) -> int:
    """The live people of a database given with --database (the label's figure)."""
    import sqlite3

    with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True)) as db:
        query = "SELECT count(*) FROM representatives WHERE deleted_at IS NULL"
        return int(db.execute(query).fetchone()[0])


def prepare(folder: Path, people: int, organisations: int, seed: int) -> Path:
    """A registry database of `people` representatives, made as an office would."""
    from registry import write_csv

    csv_path = folder / "people.csv"
    write_csv(csv_path, people, organisations, seed)
    database = folder / "registry.db"
    for words in (["init"], ["registry", "import", str(csv_path)]):
        command = [sys.executable, "-m", "forumdesk", "--database", str(database), *words]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"gui_stalls.py: {' '.join(words[:2])} failed: {done.stderr.strip()}")
    csv_path.unlink()
    return database


def _where(frame: FrameType) -> str:
    """The innermost frame, and the last ForumDesk calls that led to it (an import
    started by ForumDesk code is shown as that import)."""
    frames = traceback.extract_stack(frame)

    def short(path: str) -> str:
        for marker in ("/forumdesk/", "/site-packages/", "/bench/"):
            if marker in path:
                return path.rsplit(marker, 1)[1]
        return Path(path).name

    ours: list[str] = []
    for summary in frames:
        if "/forumdesk/" not in summary.filename:
            continue
        if summary.name == "<module>":  # the first module imported on the way in
            ours.append(f"import {short(summary.filename)}")
            break
        ours.append(f"{short(summary.filename)}:{summary.name}")
    innermost = frames[-1]
    inner = f"{short(innermost.filename)}:{innermost.name}:{innermost.lineno}"
    return " < ".join([inner, *reversed(ours[-3:])])


class _Sampler(threading.Thread):
    """Samples the GUI thread's stack while its heartbeat is late. The samples of one
    stall share the heartbeat's last tick: the longest stall of an action is the one
    with the most samples."""

    def __init__(self, probe: Probe) -> None:
        super().__init__(daemon=True)
        self._probe = probe
        self._gui = threading.main_thread().ident
        self._stop_event = threading.Event()
        self._stalls: dict[float, Counter[str]] = {}

    def run(self) -> None:
        while not self._stop_event.wait(TRACE_EVERY_S):
            since = self._probe.last_beat
            if time.perf_counter() - since < TRACE_LATE_S:
                continue
            frames = sys._current_frames()
            names = {thread.ident: thread.name for thread in threading.enumerate()}
            stall = self._stalls.setdefault(since, Counter())
            for ident, frame in frames.items():
                if ident == self._gui:
                    stall[_where(frame)] += 1
                elif ident != threading.get_ident():  # meanwhile on another thread
                    stall[f"[{names.get(ident, 'worker')}] {_where(frame)}"] += 1

    def stop(self) -> None:
        self._stop_event.set()
        self.join()

    def longest(self) -> list[tuple[str, float]]:
        """Where the longest stall since the last call was spent; the samples are reset."""
        stalls, self._stalls = self._stalls, {}
        if not stalls:
            return []
        counted = max(stalls.values(), key=lambda c: sum(c.values()))
        return [(w, n * TRACE_EVERY_S * 1000) for w, n in counted.most_common(TRACE_SHOWN)]


class Probe:
    """Replays the actions on the real window and times the event loop meanwhile."""

    def __init__(self, database: Path, folder: Path, people: int, trace: bool) -> None:
        from PySide6.QtCore import QSettings, QTimer
        from PySide6.QtWidgets import QApplication

        from forumdesk.ui.common.collector import install_collector
        from forumdesk.ui.common.settings import AppSettings
        from forumdesk.ui.shell.interface_language import install_interface
        from forumdesk.ui.shell.main_window import MainWindow

        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        self.app = app
        # As run_gui (ui/shell/app.py) sets the application up.
        install_collector(app)
        # Settings of its own in the scratch folder: each run starts on the first page.
        ini = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        settings = AppSettings(ini)
        install_interface(app, settings.interface_language(), item_views=False)
        self.result = Result(people=people, database=str(database), platform=app.platformName())
        self.window = MainWindow(settings)
        self.window.resize(1440, 900)
        self._gap = 0.0
        self.last_beat = time.perf_counter()
        self._sampler = _Sampler(self) if trace else None
        self._heartbeat = QTimer()
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self._beat)
        self._collecting = 0.0
        self._longest_collection = 0.0
        gc.callbacks.append(self._collection)

    def _collection(self, phase: str, _info: dict[str, int]) -> None:
        now = time.perf_counter()
        if phase == "start":
            self._collecting = now
        else:
            self._longest_collection = max(self._longest_collection, now - self._collecting)

    def _beat(self) -> None:
        now = time.perf_counter()
        self._gap = max(self._gap, now - self.last_beat)
        self.last_beat = now

    def _wait(self, condition: Callable[[], bool], timeout: float = ACTION_TIMEOUT_S) -> None:
        """Run the event loop (not a busy loop of our own) until `condition` holds."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        check = QTimer()
        check.setInterval(HEARTBEAT_MS)
        deadline = time.monotonic() + timeout

        def poll() -> None:
            if condition():
                loop.quit()
            elif time.monotonic() > deadline:
                loop.quit()
                raise SystemExit("gui_stalls.py: an action did not finish in time")

        check.timeout.connect(poll)
        check.start()
        loop.exec()
        check.stop()

    def _pause(self, milliseconds: int) -> None:
        until = time.monotonic() + milliseconds / 1000
        self._wait(lambda: time.monotonic() >= until)

    def _idle(self) -> None:
        window = self.window
        self._wait(
            lambda: window.ops.is_idle and not any(page.drawing() for page in window.built_pages())
        )

    def phase(self, name: str, action: Callable[[], None]) -> None:
        started = time.perf_counter()
        self._gap = 0.0
        self._longest_collection = 0.0
        self.last_beat = time.perf_counter()
        if self._sampler is not None:
            self._sampler.longest()  # forgets what came before
        action()
        self._idle()
        self._beat()
        stall = max(0.0, self._gap * 1000 - HEARTBEAT_MS)
        causes = self._sampler.longest() if self._sampler is not None else []
        collection = self._longest_collection * 1000
        phase = Phase(name, time.perf_counter() - started, stall, collection, causes)
        self.result.phases.append(phase)

    def run(self) -> Result:
        window = self.window
        window.show()
        self._heartbeat.start()
        if self._sampler is not None:
            self._sampler.start()
        opened: list[bool] = []
        window.ready.connect(lambda: opened.append(True))
        self.phase("open", lambda: self._open(lambda: bool(opened)))
        from forumdesk.ui.shell.page_kinds import PAGE_NAMES, REGISTRY

        self.phase("registry", lambda: window.show_page(REGISTRY))
        self.phase("scroll", self._scroll)
        self.result.rss_after_scroll_mb = _resident_mb()
        self.phase("filter", self._type)
        for index, name in [*enumerate(PAGE_NAMES), (REGISTRY, "registry again")]:
            self.phase(name.removesuffix("_page"), lambda index=index: window.show_page(index))
        self._heartbeat.stop()
        if self._sampler is not None:
            self._sampler.stop()
        self.result.peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return self.result

    def _open(self, opened: Callable[[], bool]) -> None:
        from forumdesk.ui.common.bidi import watch_item_views

        watch_item_views(self.app)  # as run_gui does after the first paint
        self.window.open_database(self.result.database)
        self._wait(opened)

    def _scroll(self) -> None:
        bar = self.window.registry_page.representatives.table.verticalScrollBar()
        self._wait(lambda: bar.maximum() > 0)
        for step in [*range(SCROLL_STEPS + 1), *reversed(range(SCROLL_STEPS))]:
            bar.setValue(bar.maximum() * step // SCROLL_STEPS)
            self._pause(15)

    def _type(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        line = self.window.registry_page.representatives.filter_edit
        for letter in TYPED:
            QTest.keyClick(line, letter)
            self._pause(120)
        for _ in TYPED:
            QTest.keyClick(line, Qt.Key.Key_Backspace)
            self._pause(120)


def _verdict(passed: bool) -> str:
    return "PASS" if passed else "FAIL"


def _print(result: Result) -> None:
    print(f"{result.people:,} people: {result.database} ({result.platform})")
    print(f"{'action':<15} {'seconds':>8} {'longest stall':>14} {'longest gc':>11}")
    for phase in result.phases:
        print(
            f"{phase.name:<15} {phase.seconds:>8.2f} {phase.longest_stall_ms:>11.0f} ms "
            f"{phase.longest_collection_ms:>8.0f} ms  {_verdict(phase.passed)}"
        )
        for where, milliseconds in phase.causes:
            print(f"{'':<15} {milliseconds:>8.0f} ms in {where}")
    print(
        f"resident {result.rss_after_scroll_mb:.0f} MB after the scroll, peak "
        f"{result.peak_rss_mb:.0f} MB (target < {TARGET_RSS_MB:.0f}): "
        f"{_verdict(result.memory_passed)}"
    )
    print(
        f"longest stall {result.longest_stall_ms:.0f} ms (target {TARGET_STALL_MS:.0f}): "
        f"{_verdict(result.passed)}"
    )


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):>7.0f} ({min(values):.0f}-{max(values):.0f})"


def _print_runs(results: list[Result]) -> bool:
    """Each action's median over the runs, with their range; whether the medians pass."""
    first = results[0]
    print(f"{first.people:,} people: {first.database} ({first.platform}), {len(results)} runs")
    print(f"{'action':<15} {'longest stall, ms: median (range)':>34}")
    passed = True
    for index, phase in enumerate(first.phases):
        stalls = [result.phases[index].longest_stall_ms for result in results]
        ok = statistics.median(stalls) <= TARGET_STALL_MS
        passed = passed and ok
        print(f"{phase.name:<15} {_spread(stalls):>34}  {_verdict(ok)}")
    after = [result.rss_after_scroll_mb for result in results]
    peaks = [result.peak_rss_mb for result in results]
    memory = max(statistics.median(after), statistics.median(peaks)) < TARGET_RSS_MB
    passed = passed and memory
    print(
        f"resident MB after the scroll {_spread(after).strip()}, peak {_spread(peaks).strip()} "
        f"(target < {TARGET_RSS_MB:.0f}): {_verdict(memory)}"
    )
    longest = [result.longest_stall_ms for result in results]
    print(f"longest stall, ms {_spread(longest).strip()} (target {TARGET_STALL_MS:.0f}): ", end="")
    print(_verdict(passed))
    return passed


def _result_of(data: dict[str, object]) -> Result:
    phases = [Phase(**phase) for phase in data.pop("phases")]  # type: ignore[attr-defined]
    data.pop("passed", None)
    return Result(**data, phases=phases)  # type: ignore[arg-type]


def _runs(arguments: list[str], runs: int) -> list[Result]:
    """The probe run `runs` times, each in a fresh process (imports not yet cached)."""
    results = []
    for run in range(runs):
        command = [sys.executable, __file__, *arguments, "--runs", "1", "--json"]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode not in (0, 1):
            raise SystemExit(f"gui_stalls.py: run {run + 1} failed: {done.stderr.strip()}")
        results.append(_result_of(json.loads(done.stdout)))
        print(f"run {run + 1}: longest stall {results[-1].longest_stall_ms:.0f} ms", flush=True)
    return results


def _compile() -> None:
    """Bytecode for ForumDesk's modules, as an installed ForumDesk has: otherwise a page's
    first showing compiles its modules (PYTHONDONTWRITEBYTECODE, a fresh checkout)."""
    import compileall

    import forumdesk

    compileall.compile_dir(str(Path(forumdesk.__file__).parent), quiet=1)


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--organisations", type=int, default=20_000)
    parser.add_argument("--database", type=Path, help="a registry database already made")
    parser.add_argument("--seed", type=int, default=2006)
    parser.add_argument("--runs", type=int, default=1, help="fresh processes (medians kept)")
    parser.add_argument("--trace", action="store_true", help="where the stalls are spent")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(arguments)
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        _ensure_display(arguments, __file__)
    _compile()
    with tempfile.TemporaryDirectory(prefix="forumdesk-stalls-") as scratch:
        folder = Path(scratch)
        os.environ["FORUMDESK_DATA_DIR"] = str(folder / "data")
        os.environ["FORUMDESK_CONFIG_DIR"] = str(folder / "config")
        os.environ.setdefault("FORUMDESK_USER", "Bench")
        database = args.database or prepare(folder, args.people, args.organisations, args.seed)
        if args.runs > 1:
            kept = [a for a in arguments if a != "--json"]
            passed = _print_runs(_runs([*kept, "--database", str(database.resolve())], args.runs))
            return 0 if passed else 1
        people = _people_in(database) if args.database else args.people
        result = Probe(database.resolve(), folder, people, args.trace).run()
    if args.json:
        print(json.dumps({**asdict(result), "passed": result.passed}, indent=2))
    else:
        _print(result)
    return 0 if result.passed else 1


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # Without Python's teardown of the Qt objects (ui/shell/app.py says why).
    os._exit(code)
