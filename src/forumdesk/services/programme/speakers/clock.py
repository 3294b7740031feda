"""The speaking clock: a pure state machine over a queue of speakers.

Time comes only from the injected `now` (seconds, any origin), so a test moves
time by changing what `now` returns. Pauses do not count as speaking time.

States: idle (no current speaker) → running ⇄ paused; `next_speaker` finishes the
current turn and, if someone is queued, gives them the floor (running again if
the clock was running, else paused at 0:00). `restore` brings back a turn that was
interrupted (the app quit or crashed): paused, with the time already spoken.
"""

from __future__ import annotations

import uuid
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class QueuedSpeaker:
    id: uuid.UUID  # the intervention
    allotted_seconds: int
    name: str = ""


@dataclass(frozen=True)
class TurnState:
    """What the clock says of one turn: it has the floor since `started_at` (running or
    paused), or, once `ended_at` is set, it has spoken; `used_seconds` spoken so far."""

    id: uuid.UUID  # the intervention
    used_seconds: int
    started_at: datetime
    ended_at: datetime | None = None


class SpeakingClock:
    def __init__(self, now: Callable[[], float], queue: Iterable[QueuedSpeaker] = ()) -> None:
        self._now = now
        self._queue: deque[QueuedSpeaker] = deque(queue)
        self._current: QueuedSpeaker | None = None
        self._accumulated = 0.0
        self._since: float | None = None  # set while running

    # --- state -----------------------------------------------------------------------

    @property
    def current(self) -> QueuedSpeaker | None:
        return self._current

    @property
    def queue(self) -> tuple[QueuedSpeaker, ...]:
        return tuple(self._queue)

    @property
    def running(self) -> bool:
        return self._since is not None

    @property
    def paused(self) -> bool:
        return self._current is not None and self._since is None

    @property
    def overrun(self) -> bool:
        return self._current is not None and self.remaining() < 0

    def elapsed(self) -> float:
        """Seconds the current speaker has spoken, pauses left out."""
        if self._since is None:
            return self._accumulated
        return self._accumulated + max(0.0, self._now() - self._since)

    def remaining(self) -> float:
        """Seconds left of the allotted time; negative once overrun (0 with nobody)."""
        if self._current is None:
            return 0.0
        return self._current.allotted_seconds - self.elapsed()

    # --- queue -----------------------------------------------------------------------

    def set_queue(self, speakers: Iterable[QueuedSpeaker]) -> None:
        """Replace who is waiting (the current speaker is kept, and left out if listed)."""
        current = self._current.id if self._current is not None else None
        self._queue = deque(s for s in speakers if s.id != current)

    def update_current(self, speaker: QueuedSpeaker) -> None:
        """The current speaker's details changed (e.g. more time given)."""
        if self._current is not None and self._current.id == speaker.id:
            self._current = speaker

    # --- transitions -----------------------------------------------------------------

    def start(self) -> QueuedSpeaker | None:
        """Give the floor to the first in the queue, or resume; None if nobody waits."""
        if self._current is None:
            if not self._queue:
                return None
            self._current = self._queue.popleft()
            self._accumulated = 0.0
        if self._since is None:
            self._since = self._now()
        return self._current

    def restore(self, speaker: QueuedSpeaker, elapsed_seconds: float) -> None:
        """Give the floor back to `speaker`, paused, with `elapsed_seconds` already spoken
        (the time saved before the app stopped). Whoever was current is dropped."""
        self._queue = deque(s for s in self._queue if s.id != speaker.id)
        self._current = speaker
        self._accumulated = max(0.0, float(elapsed_seconds))
        self._since = None

    def pause(self) -> None:
        if self._since is not None:
            self._accumulated = self.elapsed()
            self._since = None

    def resume(self) -> None:
        if self._current is not None and self._since is None:
            self._since = self._now()

    def next_speaker(self) -> tuple[uuid.UUID, int] | None:
        """Finish the current turn: (its intervention id, whole seconds used), or None
        if nobody had the floor. The next in the queue, if any, becomes current."""
        if self._current is None:
            return None
        was_running = self.running
        finished = (self._current.id, round(self.elapsed()))
        self._current = None
        self._accumulated = 0.0
        self._since = None
        if self._queue:
            self._current = self._queue.popleft()
            if was_running:
                self._since = self._now()
        return finished

    def stop(self) -> tuple[uuid.UUID, int] | None:
        """Finish the current turn without giving the floor to anyone."""
        if self._current is None:
            return None
        finished = (self._current.id, round(self.elapsed()))
        self._current = None
        self._accumulated = 0.0
        self._since = None
        return finished
