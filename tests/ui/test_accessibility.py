"""Bigger text, high contrast, accessible names, touch sizes and focus order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton

from kiosk.ui.art.base import HighContrastPalette, Palette
from kiosk.ui.screenshots import every_location, settle, show
from kiosk.ui.theme import MIN_TARGET_PX, TEXT_PAIRS, THEMES, contrast_ratio
from kiosk.ui.widgets.illustration import IllustrationView
from tests.ui.layout_check import problems, visible_widgets


def tap(qtbot, widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.accessibleName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("name", THEMES)
def test_every_text_colour_pair_reaches_7_to_1(name):
    colors = THEMES[name]
    low = {
        (fg, bg): round(contrast_ratio(getattr(colors, fg), getattr(colors, bg)), 2)
        for fg, bg in TEXT_PAIRS
    }
    assert all(ratio >= 7.0 for ratio in low.values()), low


@pytest.mark.parametrize("palette", [Palette, HighContrastPalette])
def test_picture_labels_reach_7_to_1(palette):
    assert contrast_ratio(palette.ink, palette.paper) >= 7.0


def test_the_panel_changes_text_size_contrast_and_speed(window, qtbot):
    window.router.go("steps", "kyphoplasty", 0)
    page = window.router.current_page()
    body = page.text.font().pixelSize() or page.text.fontInfo().pixelSize()
    tap(qtbot, window.accessibility)
    panel = window.accessibility.panel
    assert panel.isVisible() and panel.geometry() == window.rect()
    assert not problems(window)

    tap(qtbot, panel.sizes.buttons[2])  # Largest
    settle(window)
    assert window.theme.text_scale == pytest.approx(1.6)
    bigger = page.text.font().pixelSize() or page.text.fontInfo().pixelSize()
    assert bigger >= body * 1.5
    assert panel.sizes.buttons[2].isChecked()

    tap(qtbot, panel.contrasts.buttons[1])  # High contrast
    assert window.theme.name == "high-contrast"
    assert page.picture.palette_class() is HighContrastPalette
    assert window.theme.text_scale == pytest.approx(1.6)  # kept

    tap(qtbot, panel.rates.buttons[0])
    settle(window)
    assert window.speaker.rate_name == "slow"
    assert not problems(window)  # the panel itself fits at 160 %

    tap(qtbot, panel.done)
    assert not panel.isVisible()

    window.accessibility.reset()
    assert (window.theme.name, window.theme.text_scale) == ("normal", 1.0)
    assert page.picture.palette_class() is Palette
    assert window.speaker.rate_name == "normal"


def test_a_tap_outside_the_panel_closes_it(window, qtbot):
    tap(qtbot, window.accessibility)
    panel = window.accessibility.panel
    qtbot.mouseClick(panel, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not panel.isVisible()


def patient_screens(window):
    """Every screen a patient reads (the attract and staff screens are kiosk mode's: their
    own tests check them)."""
    return [loc for loc in every_location(window) if loc.page not in ("attract", "admin")]


def test_every_control_has_a_name_and_every_picture_alt_text(window):
    smallest = None
    for location in patient_screens(window):
        show(window, location)
        for button in visible_widgets(window, QAbstractButton):
            assert button.accessibleName(), f"{location}: a button with no name"
            side = min(button.width(), button.height())
            smallest = side if smallest is None else min(smallest, side)
        for picture in visible_widgets(window, IllustrationView):
            assert picture.accessibleName(), f"{location}: a picture with no alt text"
    assert smallest is not None and smallest >= MIN_TARGET_PX


def test_tab_follows_the_reading_order_on_a_step(window, qtbot):
    window.router.go("steps", "fractures", 0)
    page = window.router.current_page()
    window.activateWindow()
    order: list[str] = []
    for _ in range(20):
        QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Tab)
        focused = window.focusWidget()
        order.append(focused.accessibleName() if focused is not None else "")
    # Tab goes round: read one full turn from the Home button.
    start = order.index("Home")
    turn = order[start : start + order[start + 1 :].index("Home") + 1]
    expected = ["Home", "Text size", "Listen", "vertebra", "disc", "Back", "Next"]
    assert [name for name in turn if name in expected] == expected, turn
    assert page.text.accessibleName().startswith("Your spine")


# Known: at 160 % on a portrait screen the Compare table's single long words ("Vertebroplasty"
# as a column heading) need about 110 px more than the screen is wide.
COMPARE_TOO_WIDE = pytest.mark.xfail(reason="Compare headings at 160 % in portrait", strict=True)
LOOKS = [
    ("1366x768", "normal", "1.3"),
    ("1366x768", "normal", "1.6"),
    pytest.param("1080x1920", "normal", "1.6", marks=COMPARE_TOO_WIDE),
    ("1366x768", "high-contrast", "1.0"),
    ("1080x1920", "high-contrast", "1.3"),
]


@pytest.mark.slow
@pytest.mark.parametrize("size, theme, scale", LOOKS)
def test_every_screen_fits_with_big_text_and_high_contrast(make_window, size, theme, scale):
    width, height = (int(part) for part in size.split("x"))
    window = make_window("--theme", theme, "--text-scale", scale, size=(width, height))
    report = {}
    for location in patient_screens(window):
        show(window, location)
        found = problems(window)
        if found:
            report[location] = found
    assert not report, "\n".join(f"{loc}: {p}" for loc, ps in report.items() for p in ps)
