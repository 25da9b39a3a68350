"""A seeded monkey: thousands of random taps, swipes, drags and keys on the real window.

Nothing may raise, no Qt warning may appear (pytest-qt fails the test on either), the page
on screen must always be the router's page, and one tap on Home must always get home.
``python benchmarks/run.py --torture`` runs the same monkey for 100,000 events.
"""

from __future__ import annotations

import os
import random

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication

EVENTS = int(os.environ.get("SPINE_KIOSK_MONKEY_EVENTS", "5000"))
KEYS = [
    Qt.Key.Key_Tab,
    Qt.Key.Key_Backtab,
    Qt.Key.Key_Return,
    Qt.Key.Key_Space,
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Escape,
    Qt.Key.Key_Home,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_PageUp,
]


class Monkey:
    def __init__(self, window, seed: int) -> None:
        self.window = window
        self.rng = random.Random(seed)
        self.device = QTest.createTouchDevice()
        self.counts: dict[str, int] = {}

    def point(self) -> QPoint:
        return QPoint(
            self.rng.randrange(self.window.width()), self.rng.randrange(self.window.height())
        )

    def buttons(self) -> list[QAbstractButton]:
        return [
            b
            for b in self.window.findChildren(QAbstractButton)
            if b.isVisible() and b.isEnabled() and b.window() is self.window
        ]

    def act(self) -> None:
        kind = self.rng.choices(
            ["button", "tap", "swipe", "drag", "key"], weights=[45, 15, 15, 10, 15]
        )[0]
        self.counts[kind] = self.counts.get(kind, 0) + 1
        window = self.window
        if kind == "button":
            buttons = self.buttons()
            if buttons:
                QTest.mouseClick(self.rng.choice(buttons), Qt.MouseButton.LeftButton)
        elif kind == "tap":
            point = self.point()
            handle = window.windowHandle()
            QTest.touchEvent(handle, self.device).press(0, point).commit()
            QTest.touchEvent(handle, self.device).release(0, point).commit()
        elif kind == "swipe":
            # A full-screen kiosk: the finger stays on the window.
            start, end = self.point(), self.point()
            end.setY(min(window.height() - 1, start.y() + self.rng.randrange(-40, 40)))
            end.setY(max(0, end.y()))
            handle = window.windowHandle()
            QTest.touchEvent(handle, self.device).press(0, start).commit()
            QTest.touchEvent(handle, self.device).move(0, (start + end) / 2).commit()
            QTest.touchEvent(handle, self.device).release(0, end).commit()
        elif kind == "drag":
            start, end = self.point(), self.point()
            QTest.mousePress(window, Qt.MouseButton.LeftButton, pos=start)
            QTest.mouseMove(window, (start + end) / 2)
            QTest.mouseRelease(window, Qt.MouseButton.LeftButton, pos=end)
        else:
            target = QApplication.focusWidget() or window
            QTest.keyClick(target, self.rng.choice(KEYS))
        QApplication.processEvents()

    def check(self) -> None:
        window = self.window
        page = window.router.current_page()
        assert window.stack.currentWidget() is page, window.router.location
        if window.router.location.page != "attract":
            assert window.title.text() == page.title(), window.router.location


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2])
def test_monkey_never_breaks_the_app(make_window, qtbot, monkeypatch, seed):
    window = make_window()
    left = []
    monkeypatch.setattr(window, "leave", left.append)  # the staff screen's Exit stays a no-op
    monkey = Monkey(window, seed)
    for _ in range(EVENTS // 2):
        monkey.act()
        monkey.check()
    # Close whatever panel is open (as a person would), then one tap on Home gets home.
    for overlay in window.overlays:
        overlay.close_overlay()
    if window.router.location.page == "attract":
        QTest.mouseClick(window.router.current_page(), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.router.location.page == "home")
    elif window.router.location.page != "home":
        qtbot.mouseClick(window.home_button, Qt.MouseButton.LeftButton)
    assert window.router.location.page == "home"
    assert window.router.current_page().isVisible()
    assert sum(monkey.counts.values()) == EVENTS // 2
