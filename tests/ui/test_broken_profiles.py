"""A broken clinic profile never stops the app: it starts, logs why, and Contact still works."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt

from kiosk.ui.screenshots import settle
from tests.core.test_profile import BROKEN, Broken
from tests.ui.layout_check import problems


@pytest.mark.parametrize("case", BROKEN.values(), ids=BROKEN.keys())
def test_app_starts_with_a_broken_profile(make_window, qtbot, tmp_path, caplog, case: Broken):
    for name, data in case.files.items():
        if data is None:
            (tmp_path / name).mkdir()
        else:
            (tmp_path / name).write_bytes(data)
    path = tmp_path / "clinic.toml"
    path.write_text(case.text, encoding="utf-8")

    with caplog.at_level(logging.WARNING):
        window = make_window("--clinic", str(path))

    logged = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert any(str(path) in m and case.key in m for m in logged), logged
    assert window.router.location.page == "home"
    window.router.go("contact")
    page = window.router.current_page()
    assert page.isVisible()
    assert page.name.text() == window.ctx.profile.name
    assert not problems(window)
    qtbot.mouseClick(window.home_button, Qt.MouseButton.LeftButton)
    assert window.router.location.page == "home"


def test_profile_with_no_phone_shows_the_front_desk_line(make_window):
    from kiosk import paths

    window = make_window("--clinic", str(paths.asset("clinic", "examples", "gw-hospital.toml")))
    window.router.go("contact")
    settle(window)  # this page is taller than the window: let the scroll area lay it out
    page = window.router.current_page()
    assert page.phones == []
    assert page.no_phone.isVisible()
    assert "front desk" in page.no_phone.text()
    assert page.address.isVisible() and "900 23rd Street NW" in page.address.text()
    assert page.qr.isVisible() and page.qr.version <= 11
    assert not problems(window)


def test_default_contact_shows_both_numbers_and_the_order_note(window):
    window.router.go("contact")
    page = window.router.current_page()
    numbers = [number.text().strip("\u2066\u2069") for _, number, _ in page.phones]
    assert numbers == ["202-444-5478", "202-444-3420"]
    notes = [note.text() for _, _, note in page.phones if note.isVisible()]
    assert notes == ["A physician's order is required."]
    assert page.qr.isVisible() and page.qr.version <= 11


def test_empty_profile_file_still_gives_a_finished_home(make_window, tmp_path):
    path = tmp_path / "empty.toml"
    path.write_text("", encoding="utf-8")
    window = make_window("--clinic", str(path))
    assert window.title.text() == "Learn about your spine"
    window.router.go("contact")
    assert not problems(window)
