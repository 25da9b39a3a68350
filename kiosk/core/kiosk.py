"""Waiting-room rules with no Qt in them: when idle turns into a reset, and PIN lock-out.

Both take the time as an argument (seconds on a monotonic clock), so tests drive them with
a fake clock and the UI feeds them ``time.monotonic()``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import Enum


class IdleState(Enum):
    ACTIVE = "active"
    COUNTDOWN = "countdown"  # "Are you still there?" is showing
    EXPIRED = "expired"  # time to reset for the next person


@dataclass
class IdlePolicy:
    """After ``idle_seconds`` without input, count down ``countdown_seconds``, then expire."""

    idle_seconds: float
    countdown_seconds: float
    last_input: float = 0.0

    def touch(self, now: float) -> None:
        """Someone used the screen."""
        self.last_input = now

    def state(self, now: float) -> IdleState:
        quiet = now - self.last_input
        if quiet < self.idle_seconds:
            return IdleState.ACTIVE
        if quiet < self.idle_seconds + self.countdown_seconds:
            return IdleState.COUNTDOWN
        return IdleState.EXPIRED

    def seconds_left(self, now: float) -> int:
        """Whole seconds of countdown left, as the overlay shows them (never below 0)."""
        left = self.idle_seconds + self.countdown_seconds - (now - self.last_input)
        return max(0, math.ceil(left))


@dataclass
class PinLock:
    """Wrong PINs lock the pad for a growing time.

    ``free_tries`` wrong PINs are allowed; each wrong PIN after that locks the pad for
    ``first_lock`` seconds, doubling each time up to ``longest_lock``. A right PIN clears it.
    """

    free_tries: int = 3
    first_lock: float = 30.0
    longest_lock: float = 15 * 60.0
    failures: int = 0
    locked_until: float = field(default=0.0)

    def locked_for(self, now: float) -> float:
        """Seconds until the pad opens again (0 when it is open)."""
        return max(0.0, self.locked_until - now)

    def record(self, correct: bool, now: float) -> None:
        if correct:
            self.failures = 0
            self.locked_until = 0.0
            return
        self.failures += 1
        extra = self.failures - self.free_tries
        if extra >= 0:
            self.locked_until = now + min(self.longest_lock, self.first_lock * 2**extra)
