"""Every screen and step at every supported size: nothing clipped, overlapping or too small."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton

from kiosk.ui.screenshots import every_location, show
from tests.ui.layout_check import problems, visible_widgets

SIZES = [(1920, 1080), (1366, 768), (1080, 1920), (3840, 2160)]


@pytest.mark.slow
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_screen_fits(make_window, size):
    window = make_window(size=size)
    report = {}
    for location in every_location(window):
        show(window, location)
        found = problems(window)
        if found:
            report[location] = found
    assert not report, "\n".join(f"{loc}: {p}" for loc, ps in report.items() for p in ps)


def test_primary_buttons_are_big_at_1920x1080(window, qtbot):
    window.router.go("steps", "kyphoplasty", 0)
    for button in (window.router.current_page().next_button, window.home_button):
        assert button.height() >= 80, button.text()
    assert all(b.height() >= 48 for b in visible_widgets(window, QAbstractButton))


def test_body_text_is_large_at_1920x1080(window):
    window.router.go("steps", "fractures", 0)
    page = window.router.current_page()
    assert page.text.font().pixelSize() >= 24 or page.text.fontInfo().pixelSize() >= 24
    assert window.title.fontInfo().pixelSize() >= 40
