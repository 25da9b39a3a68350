""" "Take this home": the button on every topic page, the QR panel, printing, and its bad paths.

The QR code is read back from a screenshot of the window with a real decoder (ZXing), the
way a phone camera reads the screen.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from kiosk.core.summary import MAX_QR_VERSION
from kiosk.ui.screenshots import settle
from kiosk.ui.widgets import take_home
from kiosk.ui.widgets.take_home import TakeHomeButton, TakeHomePanel
from tests.ui.layout_check import problems

zxingcpp = pytest.importorskip("zxingcpp")

TOPICS = [
    ("steps", "kyphoplasty"),
    ("steps", "risks"),
    ("compare", "compare"),
    ("checklist", "questions"),
]


@pytest.fixture(autouse=True)
def no_printer(monkeypatch):
    """Tests never reach a real printer; the ones that print set their own."""
    monkeypatch.setattr(take_home, "available_printers", lambda: [])


def open_topic(window, page: str, topic: str) -> TakeHomeButton:
    window.router.go(page, topic, 0)
    settle(window)
    return window.router.current_page().take_home


def open_panel(qtbot, window, page: str, topic: str) -> TakeHomePanel:
    button = open_topic(window, page, topic)
    assert button.isVisible()
    with qtbot.waitSignal(button.used) as used:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert used.args == ["qr"]
    panel = button.panel()
    qtbot.waitUntil(panel.isVisible)
    settle(window)
    return panel


def decode(window) -> str:
    found = zxingcpp.read_barcodes(window.grab().toImage(), formats=zxingcpp.BarcodeFormat.QRCode)
    assert len(found) == 1, "no QR code could be read from the screen"
    return found[0].text


@pytest.mark.parametrize(("page", "topic"), TOPICS)
def test_the_screen_qr_reads_back_as_the_summary(qtbot, window, page: str, topic: str) -> None:
    panel = open_panel(qtbot, window, page, topic)
    assert panel.summary is not None
    assert decode(window) == panel.summary.text
    assert panel.qr.version <= MAX_QR_VERSION
    assert panel.heading.text() == window.ctx.content.topic(topic).title
    assert "202-444-5478" in panel.preview.text()


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768), (1080, 1920)])
def test_nothing_clipped_at_any_size(qtbot, make_window, size) -> None:
    window = make_window(size=size)
    for page, topic in TOPICS:
        button = open_topic(window, page, topic)
        mine = [p for p in problems(window) if "Take this home" in p]
        assert mine == [], (page, size, mine)
        button.click()
        panel = button.panel()
        settle(window)
        assert problems(panel) == [], (page, size)
        assert panel.card.geometry().bottom() <= window.height()
        assert panel.qr.width() >= 300  # big enough for a phone at arm's length
        assert decode(window) == panel.summary.text
        panel.close_button.click()


def test_one_tap_closes_close_button_backdrop_esc_and_page_change(qtbot, window) -> None:
    panel = open_panel(qtbot, window, "steps", "fractures")
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert not panel.isVisible()

    panel = open_panel(qtbot, window, "steps", "fractures")
    outside = QPoint(panel.card.geometry().left() // 2, panel.height() // 2)
    qtbot.mouseClick(panel, Qt.MouseButton.LeftButton, pos=outside)
    assert not panel.isVisible()

    panel = open_panel(qtbot, window, "steps", "fractures")
    inside = panel.card.geometry().center()
    qtbot.mouseClick(panel, Qt.MouseButton.LeftButton, pos=inside)
    assert panel.isVisible()  # a tap on the card itself does nothing
    qtbot.keyClick(panel.close_button, Qt.Key.Key_Escape)
    assert not panel.isVisible()
    assert window.router.location.page == "steps"  # Esc closed the panel, did not go back

    panel = open_panel(qtbot, window, "steps", "fractures")
    window.router.home()
    assert not panel.isVisible()


def test_every_topic_page_offers_it(window) -> None:
    for topic in window.ctx.content.topics:
        page = {"steps": "steps", "compare": "compare", "checklist": "checklist"}[topic.kind]
        button = open_topic(window, page, topic.id)
        assert button.isVisible() and button.accessibleName() == "Take this home"
        assert button.topic is topic


def test_no_printer_no_print_button(qtbot, window) -> None:
    panel = open_panel(qtbot, window, "steps", "kyphoplasty")
    assert not panel.print_button.isVisible()


def pdf_printer(tmp_path: Path):
    from PySide6.QtPrintSupport import QPrinter

    def make(name: str) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / f"{name}.pdf"))
        return printer

    return make


def test_print_goes_straight_to_the_printer(qtbot, window, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(take_home, "available_printers", lambda: ["Front desk"])
    monkeypatch.setattr(take_home, "make_printer", pdf_printer(tmp_path))
    checklist = open_topic(window, "checklist", "questions")
    page = window.router.current_page()
    qtbot.mouseClick(page.items[5], Qt.MouseButton.LeftButton)  # tick a question
    panel = open_panel(qtbot, window, "checklist", "questions")
    assert panel.print_button.isVisible()
    with qtbot.waitSignal(checklist.used) as used:
        qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    assert used.args == ["print"]
    printed = tmp_path / "Front desk.pdf"
    assert printed.read_bytes().startswith(b"%PDF")
    assert "Printed" in panel.status.text()
    assert problems(panel) == []


# Qt warns when a printer refuses to start a page; that is the case under test.
@pytest.mark.qt_log_ignore("QPainter::begin")
def test_a_broken_printer_says_so_calmly(qtbot, window, monkeypatch) -> None:
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    monkeypatch.setattr(take_home, "available_printers", lambda: ["Gone"])
    monkeypatch.setattr(
        take_home,
        "make_printer",
        lambda name: QPrinter(QPrinterInfo(), QPrinter.PrinterMode.ScreenResolution),
    )
    panel = open_panel(qtbot, window, "steps", "risks")
    button = window.router.current_page().take_home
    uses: list[str] = []
    button.used.connect(uses.append)
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    assert "front desk" in panel.status.text()
    assert uses == []
    assert panel.isVisible()  # the QR code is still there to scan


def test_a_failing_print_system_still_shows_the_qr(qtbot, window, monkeypatch) -> None:
    def broken() -> list[str]:
        raise RuntimeError("CUPS is not answering")

    monkeypatch.setattr(take_home, "available_printers", broken)
    panel = open_panel(qtbot, window, "steps", "fractures")
    assert not panel.print_button.isVisible()
    assert decode(window) == panel.summary.text
