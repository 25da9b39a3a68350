"""A small supervisor for the waiting room: runs the UI in a child process and restarts it.

No Qt here: the supervisor must stay up when Qt or a driver takes the UI down (segfault,
kill -9, out of memory). Policy:

- exit code 0: the staff screen closed the kiosk on purpose; stop.
- exit code ``RESTART_CODE``: the staff screen asked for a restart; start again at once.
- anything else (a crash, a signal): start again after a back-off of 1, 2, 4 … 30 seconds;
  after ``MAX_FAILURES`` failures within ``WINDOW_SECONDS``, give up politely and log why
  (a UI that cannot stay up a minute will not be fixed by restarting it forever).
"""

from __future__ import annotations

import logging
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

log = logging.getLogger("kiosk.supervisor")

RESTART_CODE = 75
MAX_FAILURES = 5
WINDOW_SECONDS = 60.0
BACKOFF = (1.0, 2.0, 4.0, 8.0, 16.0, 30.0)


@dataclass
class RestartPolicy:
    """Decides, after each exit of the UI, whether and when to start it again."""

    failures: list[float] = field(default_factory=list)

    def after_exit(self, code: int, now: float) -> float | None:
        """Seconds to wait before the next start, or None to stop."""
        if code == 0:
            return None
        if code == RESTART_CODE:
            return 0.0
        self.failures = [t for t in self.failures if now - t < WINDOW_SECONDS] + [now]
        if len(self.failures) >= MAX_FAILURES:
            return None
        return BACKOFF[min(len(self.failures) - 1, len(BACKOFF) - 1)]


def child_command(argv: Sequence[str]) -> list[str]:
    """The command that runs the UI itself (same arguments, no supervisor)."""
    args = [*argv, "--no-supervisor"]
    if getattr(sys, "frozen", False):
        return [sys.executable, *args]
    return [sys.executable, "-m", "kiosk", *args]


def supervise(
    argv: Sequence[str],
    start: Callable[[list[str]], subprocess.Popen] = subprocess.Popen,
    sleep: Callable[[float], None] = time.sleep,
) -> int:
    """Run the UI until it exits on purpose or fails too often; return the exit code."""
    policy = RestartPolicy()
    command = child_command(argv)
    child: subprocess.Popen | None = None

    def stop(signum: int, frame: object) -> None:  # noqa: ARG001
        log.info("supervisor stopping (signal %d)", signum)
        if child is not None and child.poll() is None:
            child.terminate()
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, stop)
    while True:
        child = start(command)
        log.info("started the UI, process %d", child.pid)
        code = child.wait()
        wait = policy.after_exit(code, time.monotonic())
        if wait is None:
            if code == 0:
                log.info("the UI closed on purpose; supervisor stops")
                return 0
            log.error(
                "the UI failed %d times within %d seconds (last exit code %d); giving up. "
                "Check the log above for the cause.",
                MAX_FAILURES,
                WINDOW_SECONDS,
                code,
            )
            return 1
        log.warning("the UI exited with code %d; starting it again in %.0f s", code, wait)
        sleep(wait)
