"""A patient's walk through every topic: taps, swipes, keys; the router and screen agree."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton

from kiosk.ui.pages.base import tr_content
from kiosk.ui.widgets.common import Tile


def tile(window, name: str) -> Tile:
    tiles = [t for t in window.findChildren(Tile) if t.accessibleName() == name]
    assert len(tiles) == 1, f"no tile {name!r}"
    return tiles[0]


def click(qtbot, widget: QAbstractButton) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.accessibleName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def step_text(window) -> str:
    """The step's words as the patient sees them (the label is rich text: glossary words are
    underlined and the sentence being read aloud is marked)."""
    document = QTextDocument()
    document.setHtml(window.router.current_page().text.text())
    return document.toPlainText()


def test_home_shows_every_topic_contact_and_about(window):
    content = window.ctx.content
    names = [t.accessibleName() for t in window.findChildren(Tile) if t.isVisible()]
    assert names == [t.title for t in content.topics] + ["Contact us", "About this information"]
    assert window.title.text() == window.ctx.profile.name
    assert not window.home_button.isVisible()


def test_walk_every_steps_topic_by_taps(window, qtbot):
    for topic in window.ctx.content.topics:
        if topic.kind != "steps":
            continue
        click(qtbot, tile(window, topic.title))
        page = window.router.current_page()
        assert window.title.text() == topic.title
        for number, step in enumerate(topic.steps, start=1):
            assert step_text(window) == tr_content(step.text)
            assert page.step_label.text() == f"Step {number} of {len(topic.steps)}"
            assert page.picture.scene_name() == step.picture
            expected = "Done" if number == len(topic.steps) else "Next"
            assert page.next_button.text() == expected
            click(qtbot, page.next_button)
        assert window.router.location.page == "home", "Done goes home"
        assert window.router.current_page().isVisible()


def test_back_button_walks_back_then_leaves_the_topic(window, qtbot):
    click(qtbot, tile(window, "Balloon kyphoplasty"))
    page = window.router.current_page()
    for _ in range(3):
        click(qtbot, page.next_button)
    assert window.router.location.step == 3
    for expected in (2, 1, 0):
        click(qtbot, page.back_button)
        assert window.router.location.step == expected
    click(qtbot, page.back_button)
    assert window.router.location.page == "home"


def test_home_button_from_deep_in_a_topic(window, qtbot):
    click(qtbot, tile(window, "Risks and recovery"))
    for _ in range(4):
        click(qtbot, window.router.current_page().next_button)
    click(qtbot, window.home_button)
    assert window.router.location.page == "home"
    assert window.title.text() == window.ctx.profile.name


def test_every_other_tile_opens_its_screen(window, qtbot):
    for name, page in (
        ("Compare the two", "compare"),
        ("Questions to ask", "checklist"),
        ("Contact us", "contact"),
        ("About this information", "about"),
    ):
        click(qtbot, tile(window, name))
        assert window.router.location.page == page
        assert window.title.text() == name
        assert window.router.current_page().isVisible()
        click(qtbot, window.home_button)


def swipe_by_touch(qtbot, widget, dx: int) -> None:
    """A one-finger swipe as a touchscreen delivers it: to the window, in window coordinates."""
    device = QTest.createTouchDevice()
    window = widget.window()
    start = widget.mapTo(window, widget.rect().center())
    handle = window.windowHandle()
    QTest.touchEvent(handle, device).press(0, start).commit()
    for fraction in (0.25, 0.5, 0.75, 1.0):
        point = start + QPoint(round(dx * fraction), 4)
        QTest.touchEvent(handle, device).move(0, point).commit()
    QTest.touchEvent(handle, device).release(0, start + QPoint(dx, 4)).commit()
    qtbot.wait(1)


def swipe_by_mouse(qtbot, widget, dx: int) -> None:
    start = widget.rect().center()
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(widget, start + QPoint(dx // 2, 3))
    qtbot.mouseMove(widget, start + QPoint(dx, 3))
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=start + QPoint(dx, 3))


def test_swipe_left_and_right_between_steps(window, qtbot):
    click(qtbot, tile(window, "Spine fractures"))
    text = window.router.current_page().text
    swipe_by_touch(qtbot, text, -400)
    assert window.router.location.step == 1
    swipe_by_touch(qtbot, text, -400)
    assert window.router.location.step == 2
    swipe_by_touch(qtbot, text, 400)
    assert window.router.location.step == 1
    swipe_by_mouse(qtbot, text, -400)
    assert window.router.location.step == 2
    assert step_text(window) == window.ctx.content.topic("fractures").steps[2].text


def test_small_movement_is_a_tap_not_a_swipe(window, qtbot):
    click(qtbot, tile(window, "Spine fractures"))
    swipe_by_touch(qtbot, window.router.current_page().text, -20)
    assert window.router.location.step == 0


def test_drag_on_an_animated_picture_scrubs_instead_of_swiping(window, qtbot):
    topic = window.ctx.content.topic("kyphoplasty")
    step = next(i for i, s in enumerate(topic.steps) if s.picture == "balloon_inflate")
    window.router.go("steps", "kyphoplasty", step)
    page = window.router.current_page()
    page.finish_animations()
    page.picture.progress = 0.0
    swipe_by_mouse(qtbot, page.picture, page.picture.width() // 2)
    assert window.router.location.step == step
    assert page.picture.progress > 0.2


def test_taps_during_the_slide_are_not_swallowed(window, qtbot):
    click(qtbot, tile(window, "Vertebroplasty"))
    page = window.router.current_page()
    click(qtbot, page.next_button)
    assert page.slide.state() == page.slide.State.Running
    click(qtbot, page.next_button)
    click(qtbot, page.next_button)
    assert window.router.location.step == 3


def test_keyboard_tab_enter_arrows_escape(window, qtbot):
    window.activateWindow()
    window.setFocus()
    QTest.keyClick(window, Qt.Key.Key_Tab)
    # Reading order: the page's Listen button comes first, then the topics.
    assert window.focusWidget().accessibleName() == "Listen"
    QTest.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    first = window.focusWidget()
    assert isinstance(first, Tile) and first.accessibleName() == "Spine fractures"
    QTest.keyClick(first, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.router.location.page == "steps")
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Right)
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Right)
    assert window.router.location.step == 2
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Left)
    assert window.router.location.step == 1
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Escape)
    assert window.router.location.step == 0
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Escape)
    assert window.router.location.page == "home"


def test_tab_reaches_every_control_on_a_step(window, qtbot):
    window.router.go("steps", "fractures", 1)
    window.activateWindow()
    seen = set()
    for _ in range(12):
        QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Tab)
        if window.focusWidget() is not None:
            seen.add(window.focusWidget().accessibleName())
    assert {"Home", "Back", "Next"} <= seen


def test_questions_can_be_ticked_by_touch(window, qtbot):
    click(qtbot, tile(window, "Questions to ask"))
    items = window.router.current_page().items
    questions = window.ctx.content.topic("questions").questions
    assert [i.accessibleName() for i in items] == list(questions)
    click(qtbot, items[0])
    click(qtbot, items[2])
    assert window.router.current_page().checked() == [questions[0], questions[2]]
    click(qtbot, items[0])
    assert window.router.current_page().checked() == [questions[2]]


def test_rapid_random_taps_never_break_the_app(window, qtbot):
    import random

    rng = random.Random(7)
    for _ in range(400):
        buttons = [b for b in window.findChildren(QAbstractButton) if b.isVisible()]
        button = rng.choice(buttons)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        page = window.router.current_page()
        assert window.stack.currentWidget() is page
    click(qtbot, window.home_button) if window.home_button.isVisible() else None
    assert window.router.location.page == "home"


def test_focus_ring_only_for_keyboard_users(window, qtbot):
    click(qtbot, tile(window, "Spine fractures"))
    page = window.router.current_page()
    click(qtbot, page.next_button)
    rings = [w for w in window.findChildren(QAbstractButton) if w.property("keyboardFocus")]
    assert rings == [], "a tap leaves no focus ring"
    qtbot.waitUntil(lambda: window.focus_ring.watching)  # from just after Home is shown
    window.activateWindow()
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_Tab)
    focused = window.focusWidget()
    assert focused.property("keyboardFocus") is True


def test_next_picture_is_drawn_ahead_at_the_size_it_is_shown(window, qtbot, monkeypatch):
    # Still and animated steps alternate (the animated ones have a Play row under the
    # picture); the picture drawn while the patient reads must fit the next step, so the tap
    # on Next only copies it instead of drawing it (10-20 ms) while the patient waits.
    from kiosk.ui.widgets.illustration import IllustrationView

    click(qtbot, tile(window, "Balloon kyphoplasty"))
    page = window.router.current_page()
    topic = window.ctx.content.topic("kyphoplasty")
    kinds = [page.picture.is_animated()]
    drawn: list[str] = []
    draw = IllustrationView._draw

    def counting_draw(self, painter, progress, scene=None):
        drawn.append((scene or self._scene).name)
        draw(self, painter, progress, scene)

    monkeypatch.setattr(IllustrationView, "_draw", counting_draw)
    sizes = set()
    for _ in topic.steps[1:]:
        page.finish_animations()
        following = topic.steps[window.router.location.step + 1].picture
        qtbot.waitUntil(lambda name=following: name in drawn)  # drawn ahead
        drawn.clear()
        click(qtbot, page.next_button)
        page.picture.repaint()
        assert drawn == [], f"step {window.router.location.step + 1} was drawn on the tap"
        kinds.append(page.picture.is_animated())
        sizes.add(page.picture.size().toTuple())
    assert True in kinds and False in kinds, "the topic has still and animated steps"
    assert len(sizes) == 1, "the picture keeps its size from step to step"


def test_long_pages_scroll_with_the_finger(make_window, qtbot):
    # Home in big text on a laptop screen is longer than the window: a finger pushing up
    # scrolls it (kinetic scrolling, grabbed once the page is first on the screen).
    from PySide6.QtWidgets import QScrollArea

    window = make_window("--text-scale", "1.6", size=(1366, 768))
    area = window.router.current_page().findChild(QScrollArea)
    bar = area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    device = QTest.createTouchDevice()
    handle = window.windowHandle()
    start = area.mapTo(window, area.rect().center())

    def flick() -> None:
        QTest.touchEvent(handle, device).press(0, start).commit()
        for dy in range(-20, -301, -20):
            qtbot.wait(5)
            QTest.touchEvent(handle, device).move(0, start + QPoint(0, dy)).commit()
        QTest.touchEvent(handle, device).release(0, start + QPoint(0, -300)).commit()

    qtbot.waitUntil(lambda: (flick(), bar.value() > 0)[1], timeout=3000)
    assert window.router.location.page == "home", "a flick scrolls; it is not a tap on a tile"
