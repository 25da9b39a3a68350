"""Tap to explain: glossary words in step text, a big definition that closes with one tap."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from kiosk.ui.widgets.glossary import Term, find_terms, marked_html

GLOSSARY = [
    Term("fracture", "A break in a bone."),
    Term("compression fracture", "A break where a vertebra gets squashed."),
    Term("disc", "A soft pad between two vertebrae."),
    Term("MRI", "A scan that uses a strong magnet."),
]


def touch_tap(widget, point: QPoint | None = None) -> None:
    """A finger tap, delivered to the window as a touchscreen sends it."""
    device = QTest.createTouchDevice()
    where = widget.mapTo(widget.window(), point if point is not None else widget.rect().center())
    handle = widget.window().windowHandle()
    QTest.touchEvent(handle, device).press(0, where).commit()
    QTest.touchEvent(handle, device).release(0, where).commit()


def test_the_longest_term_wins_and_plurals_count():
    terms, spans = find_terms("This is a compression fracture. Discs help. An MRI first.", GLOSSARY)
    assert [t.word for t in terms] == ["compression fracture", "disc", "MRI"]
    assert len(spans) == 3


def test_words_inside_other_words_are_not_terms():
    terms, _ = find_terms("Discovery and fractured thinking", GLOSSARY)
    assert terms == []


def test_marked_text_underlines_terms_and_marks_one_sentence():
    html = marked_html("A fracture hurts. Rest <helps>.", GLOSSARY, highlight=1, mark="#FFFF00")
    assert "<u>fracture</u>" in html
    assert "&lt;helps&gt;" in html  # content text is escaped, never read as markup
    assert html.index("#FFFF00") > html.index("hurts.")


def test_a_step_offers_its_words_and_a_tap_explains_one(window, qtbot):
    window.router.go("steps", "fractures", 5)  # "... called a compression fracture ..."
    page = window.router.current_page()
    words = [b.accessibleName() for b in page.terms.buttons if b.isVisible()]
    assert "compression fracture" in words and "vertebral body" in words
    assert "fracture" not in words  # only inside "compression fracture" here
    button = next(b for b in page.terms.buttons if b.accessibleName() == "compression fracture")
    assert button.height() >= 48
    touch_tap(button)
    qtbot.waitUntil(page.definition.isVisible)
    assert page.definition.word.text() == "compression fracture"
    assert "squashed" in page.definition.definition.text()
    assert page.definition.geometry() == page.rect()
    # One tap anywhere closes it (here: on the dimmed part, away from the card).
    touch_tap(page.definition, QPoint(5, 5))
    qtbot.waitUntil(lambda: not page.definition.isVisible())
    assert window.router.location.step == 5  # the tap did nothing else


def test_the_close_button_and_a_new_step_close_the_definition(window, qtbot):
    window.router.go("steps", "fractures", 0)
    page = window.router.current_page()
    qtbot.mouseClick(page.terms.buttons[0], Qt.MouseButton.LeftButton)
    assert page.definition.isVisible()
    qtbot.mouseClick(page.definition.close_button, Qt.MouseButton.LeftButton)
    assert not page.definition.isVisible()
    qtbot.mouseClick(page.terms.buttons[0], Qt.MouseButton.LeftButton)
    window.router.next_step()
    assert not page.definition.isVisible()
