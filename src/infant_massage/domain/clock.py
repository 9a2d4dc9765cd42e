"""Time sources and playback time. Everything that moves takes a clock, so tests can step it."""

from __future__ import annotations

import time
from collections.abc import Callable

Clock = Callable[[], float]  # seconds, monotonic


def system_clock() -> float:
    return time.monotonic()


class ManualClock:
    """A clock that moves only when told to: tests render frame t exactly and never sleep."""

    def __init__(self, start: float = 0.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a clock does not go backwards")
        self.now += seconds


class Playback:
    """Media time driven by a clock: play, pause, speed and seek. Paused time does not count."""

    MIN_SPEED = 0.25
    MAX_SPEED = 1.5

    def __init__(self, clock: Clock = system_clock) -> None:
        self._clock = clock
        self._offset = 0.0  # media time at the last anchor
        self._anchor: float | None = None  # clock time when playing started; None when paused
        self._speed = 1.0

    @property
    def playing(self) -> bool:
        return self._anchor is not None

    @property
    def speed(self) -> float:
        return self._speed

    def time(self) -> float:
        if self._anchor is None:
            return self._offset
        return self._offset + (self._clock() - self._anchor) * self._speed

    def play(self) -> None:
        if self._anchor is None:
            self._anchor = self._clock()

    def pause(self) -> None:
        if self._anchor is not None:
            self._offset = self.time()
            self._anchor = None

    def toggle(self) -> None:
        if self.playing:
            self.pause()
        else:
            self.play()

    def seek(self, media_time: float) -> None:
        self._offset = max(0.0, media_time)
        if self._anchor is not None:
            self._anchor = self._clock()

    def set_speed(self, speed: float) -> None:
        if not self.MIN_SPEED <= speed <= self.MAX_SPEED:
            raise ValueError(f"speed must be from {self.MIN_SPEED} to {self.MAX_SPEED}")
        self._offset = self.time()
        if self._anchor is not None:
            self._anchor = self._clock()
        self._speed = speed
