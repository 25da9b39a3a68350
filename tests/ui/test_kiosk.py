"""Waiting-room mode: idle reset, attract screen, staff gesture and PIN, no escape, errors."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QScrollArea

from kiosk.core.profile import hash_pin
from kiosk.ui.widgets.common import Tile
from tests.ui.layout_check import problems

PIN = "2468"


@pytest.fixture
def clinic_with_pin(tmp_path):
    path = tmp_path / "clinic.toml"
    path.write_text(
        '[clinic]\nname = "Test Clinic"\n\n[[phones]]\nlabel = "Desk"\nnumber = "202-555-0100"\n'
        f'\n[kiosk]\nadmin_pin_hash = "{hash_pin(PIN, iterations=100_000)}"\n',
        encoding="utf-8",
    )
    return path


@pytest.fixture
def kiosk(make_window, clinic_with_pin):
    """The kiosk with a tiny idle time: 0.3 s quiet, then a 0.5 s countdown."""
    window = make_window("--kiosk", "--clinic", str(clinic_with_pin))
    watcher = window.controller.watcher
    watcher.policy.idle_seconds, watcher.policy.countdown_seconds = 0.3, 0.5
    watcher.timer.setInterval(20)
    yield window
    window.may_close = True  # let the test's teardown close it


def touch(window, point: QPoint | None = None) -> None:
    device = QTest.createTouchDevice()
    point = point or QPoint(window.width() // 2, window.height() // 2)
    handle = window.windowHandle()
    QTest.touchEvent(handle, device).press(0, point).commit()
    QTest.touchEvent(handle, device).release(0, point).commit()


def tile(window, name):
    return next(t for t in window.findChildren(Tile) if t.accessibleName() == name)


def test_attract_calls_in_every_offered_language(make_window):
    window = make_window("--kiosk")  # the default profile offers all five languages
    page = window.router.current_page()
    calls = [c.text() for c in page.calls]
    assert calls == [
        "Touch the screen to start",
        "Toque la pantalla para empezar",
        "请轻触屏幕开始",
        "Chạm vào màn hình để bắt đầu",
        "المس الشاشة للبدء",
    ]
    assert not problems(window)
    window.may_close = True


def test_kiosk_starts_full_screen_on_the_attract_screen(kiosk):
    assert kiosk.isFullScreen()
    assert kiosk.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert kiosk.router.location.page == "attract"
    assert not kiosk.top_bar.isVisible()
    page = kiosk.router.current_page()
    assert [c.text() for c in page.calls] == ["Touch the screen to start"]
    assert page.picture.scene_name()


def test_any_touch_on_the_attract_screen_starts_at_home(kiosk, qtbot):
    touch(kiosk)
    qtbot.waitUntil(lambda: kiosk.router.location.page == "home")
    assert kiosk.top_bar.isVisible()


def test_idle_countdown_then_a_fresh_start(kiosk, qtbot):
    kiosk.router.home()
    qtbot.mouseClick(tile(kiosk, "Questions to ask"), Qt.MouseButton.LeftButton)
    checklist = kiosk.router.current_page()
    qtbot.mouseClick(checklist.items[0], Qt.MouseButton.LeftButton)
    assert checklist.checked()
    checklist.area.verticalScrollBar().setValue(checklist.area.verticalScrollBar().maximum())
    kiosk.set_theme(kiosk.theme.__class__.named("high-contrast", 1.6))
    from kiosk.ui import i18n

    kiosk.languages.translations.switch("es")
    assert i18n.current_language().code == "es"

    qtbot.waitUntil(lambda: kiosk.controller.still_there.isVisible(), timeout=3000)
    overlay = kiosk.controller.still_there
    assert overlay.question.text() == "¿Sigue ahí?"  # in the patient's language
    assert overlay.stay.text()
    qtbot.waitUntil(lambda: kiosk.router.location.page == "attract", timeout=3000)
    assert not overlay.isVisible()
    assert kiosk.theme.name == "normal" and kiosk.theme.text_scale == 1.0
    assert kiosk.speaker.state in ("idle", "unavailable")
    assert i18n.current_language().code == "en"

    touch(kiosk)
    qtbot.waitUntil(lambda: kiosk.router.location.page == "home")
    qtbot.mouseClick(tile(kiosk, "Questions to ask"), Qt.MouseButton.LeftButton)
    fresh = kiosk.router.current_page()
    assert fresh.checked() == []
    assert fresh.area.verticalScrollBar().value() == 0


def test_a_touch_during_the_countdown_keeps_the_visit(kiosk, qtbot):
    kiosk.router.go("steps", "kyphoplasty", 3)
    overlay = kiosk.controller.still_there
    qtbot.waitUntil(overlay.isVisible, timeout=3000)
    touch(kiosk)
    qtbot.waitUntil(lambda: not overlay.isVisible())
    assert kiosk.router.location.step == 3
    qtbot.waitUntil(overlay.isVisible, timeout=3000)
    qtbot.mouseClick(overlay.stay, Qt.MouseButton.LeftButton)
    assert not overlay.isVisible() and kiosk.router.location.step == 3


def test_staff_gesture_pin_and_lockout(kiosk, qtbot):
    kiosk.controller.watcher.stop()  # no idle reset while typing PINs
    kiosk.router.home()
    pad = kiosk.staff.pin_pad
    for _ in range(4):
        assert not pad.isVisible()
        qtbot.mouseClick(kiosk.title, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.title, Qt.MouseButton.LeftButton)
    assert pad.isVisible()

    def enter(pin: str) -> None:
        for digit in pin:
            qtbot.mouseClick(pad.keys[digit], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(pad.keys["K"], Qt.MouseButton.LeftButton)

    for _ in range(2):
        enter("1111")
        assert pad.message.text() == "That PIN is not right."
    enter("1111")
    assert "Locked for 30 seconds" in pad.message.text()
    enter(PIN)  # even the right PIN waits out the lock
    assert "Try again in" in pad.message.text()
    assert kiosk.router.location.page == "home"

    kiosk.staff.lock.locked_until = 0.0
    enter(PIN)
    assert not pad.isVisible()
    assert kiosk.router.location.page == "admin"
    page = kiosk.router.current_page()
    assert page.exit.text() == "Exit the kiosk"
    assert not problems(kiosk)


def test_the_gesture_needs_five_quick_taps_on_home(kiosk, qtbot):
    kiosk.router.go("contact")
    for _ in range(5):
        qtbot.mouseClick(kiosk.title, Qt.MouseButton.LeftButton)
    assert not kiosk.staff.pin_pad.isVisible()


def test_exit_from_the_staff_screen(kiosk, qtbot, monkeypatch):
    codes = []
    monkeypatch.setattr(kiosk, "leave", codes.append)
    kiosk.router.go("admin")
    page = kiosk.router.current_page()
    qtbot.mouseClick(page.restart, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.exit, Qt.MouseButton.LeftButton)
    assert codes == [75, 0]


def test_kiosk_refuses_to_close(kiosk, qtbot):
    kiosk.router.home()
    event = QCloseEvent()
    kiosk.closeEvent(event)
    assert not event.isAccepted()
    assert not kiosk.close()
    for key, modifier in (
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    ):
        QTest.keyClick(kiosk, key, modifier)
    assert kiosk.isVisible() and kiosk.isFullScreen()


def test_windowed_mode_closes_normally(window):
    event = QCloseEvent()
    window.closeEvent(event)
    assert event.isAccepted()


def test_no_pin_set_means_no_way_in_from_the_kiosk(make_window, qtbot):
    window = make_window("--kiosk")
    window.may_close = True
    window.controller.watcher.stop()
    window.router.home()
    for _ in range(5):
        qtbot.mouseClick(window.title, Qt.MouseButton.LeftButton)
    pad = window.staff.pin_pad
    assert pad.isVisible()
    qtbot.mouseClick(pad.keys["1"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pad.keys["K"], Qt.MouseButton.LeftButton)
    assert "No staff PIN" in pad.message.text()
    assert window.router.location.page == "home"


def test_windowed_mode_with_no_pin_opens_the_staff_screen(window, qtbot):
    for _ in range(5):
        qtbot.mouseClick(window.title, Qt.MouseButton.LeftButton)
    assert window.router.location.page == "admin"
    reviews = window.router.current_page().reviews.text()
    assert "Español: not yet reviewed by a qualified medical translator" in reviews
    assert reviews.count("not yet reviewed") == 4


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_page_shows_sorry_then_home(window, qtbot, monkeypatch):
    from kiosk.ui import errors

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(errors, "qInstallMessageHandler", lambda handler: None)
    errors.install(window)
    window.sorry.timer.setInterval(200)
    window.router.go("steps", "fractures", 2)

    def broken() -> None:
        raise RuntimeError("a page fault")

    QTimer.singleShot(0, broken)
    qtbot.waitUntil(window.sorry.isVisible)
    assert window.sorry.message.text() == "Sorry, let's start again."
    qtbot.waitUntil(lambda: not window.sorry.isVisible(), timeout=3000)
    assert window.router.location.page == "home"


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768), (1080, 1920)], ids=str)
def test_overlays_fit_at_every_size(make_window, qtbot, size):
    from kiosk.ui.widgets.overlay import StillThereOverlay

    window = make_window(size=size)
    still_there = StillThereOverlay(window)
    window.add_overlay(still_there)
    still_there.set_seconds(15)
    for overlay in (still_there, window.staff.pin_pad, window.sorry):
        overlay.open()
        assert not problems(window), type(overlay).__name__
        overlay.close_overlay()


def test_the_idle_reset_keeps_the_pages_but_not_the_visit(window, qtbot):
    """Pages are reused after an idle reset (a rebuilt scroll area costs memory for good,
    see Router.reset), yet the next person finds nothing of the last visit."""
    window.router.go("steps", "fractures", 5)
    page = window.router.current_page()
    button = next(b for b in page.terms.buttons if b.isVisible())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.definition.isVisible)
    areas = len(window.findChildren(QScrollArea))

    for _ in range(3):
        window.reset_for_next_person(attract=True)
    assert window.router.location.page == "attract"
    assert len(window.findChildren(QScrollArea)) == areas

    window.router.home()
    title = window.ctx.content.topic("fractures").title
    qtbot.mouseClick(tile(window, title), Qt.MouseButton.LeftButton)
    assert window.router.current_page() is page
    assert window.router.location.step == 0 and page.step_label.text().startswith("Step 1 of")
    assert not page.definition.isVisible()
    assert page.text_area.verticalScrollBar().value() == 0
