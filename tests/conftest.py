"""Shared test set-up: offscreen Qt, and the real app window built the way main.py does."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt's test speech engine: Listen works in every test without the machine's speech service.
os.environ.setdefault("SPINE_KIOSK_SPEECH_ENGINE", "mock")
# Tests record no usage figures unless a test switches it on (tests/ui/test_usage_ui.py).
os.environ["SPINE_KIOSK_USAGE"] = "off"

import pytest  # noqa: E402


@pytest.fixture
def make_window(qtbot):
    """Build the app's main window through kiosk.app.run (no event loop), shown and sized.

    Each window is deleted after the test (a ``deleteLater`` would never run without an
    event loop, and windows left behind slow every later language or theme change)."""
    import shiboken6

    from kiosk.app import close, run

    windows = []

    def make(*args: str, size: tuple[int, int] = (1920, 1080)):
        window = run([*args, "--size", f"{size[0]}x{size[1]}"], exec_=False)
        windows.append(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    for window in windows:
        if shiboken6.isValid(window):
            close(window)


@pytest.fixture
def window(make_window):
    return make_window()
