"""Waiting-room behaviour: idle countdown and reset, the staff gesture and PIN, no escape.

``KioskController`` wires these to the main window. Input is watched application-wide
(touch, mouse, keys, wheel), so a touch anywhere, overlays included, counts.

The staff gesture: on the Home screen, tap the clinic's name (the title at the top) five
times within four seconds. It opens the PIN pad; the right PIN opens the staff screen.
"""

from __future__ import annotations

import logging
import sys
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.core.kiosk import IdlePolicy, IdleState, PinLock
from kiosk.core.profile import verify_pin

log = logging.getLogger(__name__)

INPUT_EVENTS = {
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
}

GESTURE_TAPS = 5
GESTURE_SECONDS = 4.0


class IdleWatcher(QObject):
    """Counts input application-wide and turns quiet time into a countdown, then a reset.

    Signals:
        countdown(int): seconds left; emitted each tick while "Are you still there?" shows.
        expired(): the countdown ran out.
        active(): input arrived while counting down.
    """

    countdown = Signal(int)
    expired = Signal()
    active = Signal()

    def __init__(
        self, idle_seconds: float, countdown_seconds: float, tick_ms: int = 250, parent=None
    ) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.policy = IdlePolicy(idle_seconds, countdown_seconds, time.monotonic())
        self.state = IdleState.ACTIVE
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.policy.touch(time.monotonic())
        self.state = IdleState.ACTIVE
        QApplication.instance().installEventFilter(self)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self.policy.touch(time.monotonic())
            if self.state is IdleState.COUNTDOWN:
                self.state = IdleState.ACTIVE
                self.active.emit()
        return False

    def _tick(self) -> None:
        now = time.monotonic()
        state = self.policy.state(now)
        if state is IdleState.COUNTDOWN:
            self.state = state
            self.countdown.emit(self.policy.seconds_left(now))
        elif state is IdleState.EXPIRED and self.state is not IdleState.EXPIRED:
            self.state = state
            self.expired.emit()
        elif state is IdleState.ACTIVE:
            self.state = state


class TapCounter(QObject):
    """Emits ``triggered`` after ``taps`` presses on ``target`` within ``seconds``."""

    triggered = Signal()

    def __init__(self, target: QWidget, taps: int = GESTURE_TAPS, seconds: float = GESTURE_SECONDS):
        super().__init__(target)
        self.taps, self.seconds = taps, seconds
        self.times: list[float] = []
        target.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # A finger on a label arrives as one synthesized press, a mouse as a real one.
        if event.type() == QEvent.Type.MouseButtonPress:
            now = time.monotonic()
            self.times = [t for t in self.times if now - t < self.seconds] + [now]
            if len(self.times) >= self.taps:
                self.times.clear()
                self.triggered.emit()
        return False


class CursorHider(QObject):
    """Hides the pointer while the screen is touched; a real mouse brings it back."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hidden = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.TouchBegin and not self.hidden:
            QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
            self.hidden = True
        elif (
            kind == QEvent.Type.MouseMove
            and self.hidden
            and isinstance(event, QMouseEvent)
            and event.source() == Qt.MouseEventSource.MouseEventNotSynthesized
        ):
            QGuiApplication.restoreOverrideCursor()
            self.hidden = False
        return False


def keep_screen_awake(app_name: str = "Spine Kiosk") -> object | None:
    """Ask the platform not to blank the screen while the kiosk runs; None if it cannot.

    Returns a handle to keep alive (a cookie or a process). What the app cannot do (BIOS,
    display power settings) is in docs/deploy.md.
    """
    reason = "Patient information kiosk is showing"
    try:
        if sys.platform == "win32":
            import ctypes

            es_continuous, es_system, es_display = 0x80000000, 0x00000001, 0x00000002
            ctypes.windll.kernel32.SetThreadExecutionState(es_continuous | es_system | es_display)
            return "SetThreadExecutionState"
        if sys.platform == "darwin":
            import os
            import subprocess

            return subprocess.Popen(["caffeinate", "-d", "-i", "-w", str(os.getpid())])
        from PySide6.QtDBus import QDBusConnection, QDBusInterface

        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            log.info("no session bus: screen blanking must be turned off in the OS")
            return None
        saver = QDBusInterface(
            "org.freedesktop.ScreenSaver",
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver",
            bus,
        )
        reply = saver.call("Inhibit", app_name, reason)
        cookie = reply.arguments()[0] if reply.arguments() else None
        if cookie is None:
            log.info("the desktop did not accept a screen-saver inhibit: %s", reply.errorMessage())
        return cookie
    except Exception:  # any platform failure here must not stop the kiosk
        log.warning("could not keep the screen awake", exc_info=True)
        return None


class StaffAccess(QObject):
    """The hidden gesture, the PIN pad and its lock-out, leading to the staff screen.

    In kiosk mode a PIN is always needed (none set: the pad says so, and clinic IT leaves
    through the OS). In a window on a staff laptop with no PIN set, the gesture opens the
    staff screen directly.
    """

    def __init__(self, window, require_pin: bool) -> None:  # noqa: ANN001
        super().__init__(window)
        from kiosk.ui.widgets.overlay import PinPad

        self.window = window
        self.require_pin = require_pin
        self.lock = PinLock()  # survives resets: waiting for the idle reset does not clear it
        self.pin_pad = PinPad(window, self.check_pin)
        window.add_overlay(self.pin_pad)
        self.gesture = TapCounter(window.title)
        self.gesture.triggered.connect(self.open)

    def open(self) -> None:
        if self.window.router.location.page != "home":
            return
        if not self.window.ctx.profile.admin_pin_hash and not self.require_pin:
            self.window.router.go("admin")
            return
        self.pin_pad.open()

    def check_pin(self, pin: str) -> str:
        """Empty when the PIN opens the staff screen, else what to tell the person."""
        now = time.monotonic()
        wait = self.lock.locked_for(now)
        if wait > 0:
            return self.tr("Locked. Try again in %1 seconds.").replace("%1", str(round(wait)))
        stored = self.window.ctx.profile.admin_pin_hash
        if not stored:
            return self.tr("No staff PIN is set in the clinic profile.")
        correct = verify_pin(pin, stored)
        self.lock.record(correct, now)
        if correct:
            log.info("staff screen opened")
            self.window.router.go("admin")
            return ""
        log.warning("wrong staff PIN (%d in a row)", self.lock.failures)
        wait = self.lock.locked_for(now)
        if wait > 0:
            return self.tr("That PIN is not right. Locked for %1 seconds.").replace(
                "%1", str(round(wait))
            )
        return self.tr("That PIN is not right.")


class KioskController(QObject):
    """Waiting-room mode for a MainWindow: idle countdown and reset, hidden cursor, awake."""

    def __init__(self, window, idle_seconds: float, countdown_seconds: float, tick_ms: int = 250):  # noqa: ANN001
        super().__init__(window)
        from kiosk.ui.widgets.overlay import StillThereOverlay

        self.window = window
        self.still_there = StillThereOverlay(window)
        self.still_there.still_here.connect(self._still_here)
        window.add_overlay(self.still_there)
        self.watcher = IdleWatcher(idle_seconds, countdown_seconds, tick_ms, self)
        self.watcher.countdown.connect(self._countdown)
        self.watcher.active.connect(self._still_here)
        self.watcher.expired.connect(self._expired)
        self.cursor = CursorHider(self)
        self.awake: object | None = None

    def start(self) -> None:
        QApplication.instance().installEventFilter(self.cursor)
        self.awake = keep_screen_awake()
        self.watcher.start()

    def _countdown(self, seconds: int) -> None:
        self.still_there.set_seconds(seconds)
        if not self.still_there.isVisible():
            self.still_there.open()

    def _still_here(self) -> None:
        self.still_there.close_overlay()
        self.watcher.policy.touch(time.monotonic())

    def _expired(self) -> None:
        log.info("idle: starting again for the next person")
        usage = getattr(self.window, "usage", None)
        if usage is not None:
            usage.idle_reset()
        self.window.reset_for_next_person(attract=True)
