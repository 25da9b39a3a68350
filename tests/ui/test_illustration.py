"""The anatomy scenes and the illustration view: painting, labels, scrubbing."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QMouseEvent, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from kiosk.ui.art import SCENES, anatomy
from kiosk.ui.art.base import HEIGHT, WIDTH, Canvas
from kiosk.ui.widgets.illustration import IllustrationView, paint_scene, picture_rect

ANATOMY = sorted(n for n, s in SCENES.items() if s.paint.__module__ == anatomy.__name__)
ANIMATED = [n for n in ANATOMY if SCENES[n].animated]
STATIC = [n for n in ANATOMY if not SCENES[n].animated]

# the catalogue in docs/illustrations.md: scene -> label keys
CATALOGUE = {
    "spine_side": ("vertebra", "disc"),
    "vertebra_parts": ("vertebral_body", "disc", "spinal_cord"),
    "vertebra_top": ("vertebral_body", "spinal_cord"),
    "spongy_bone": ("healthy_bone", "weak_bone"),
    "collapse": ("broken_vertebra", "spinal_cord", "lost_height"),
    "needle_in": ("hollow_tube", "broken_vertebra", "skin"),
    "balloon_inflate": ("balloon", "hollow_tube", "lost_height"),
    "balloon_space": ("space", "hollow_tube"),
    "cement_fill": ("bone_cement", "hollow_tube"),
    "kp_done": ("bone_cement", "skin"),
    "vp_cement": ("needle", "bone_cement"),
    "cement_leak": ("bone_cement", "leak"),
}
ANIMATED_IN_CATALOGUE = {"collapse", "balloon_inflate", "cement_fill", "vp_cement"}


def render(name: str, t: float, w: int = 1000, h: int = 750) -> tuple[QImage, list]:
    image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#EEF4F8"))
    painter = QPainter(image)
    labels = paint_scene(painter, picture_rect(QRectF(0, 0, w, h)), SCENES[name], t)
    painter.end()
    return image, labels


def requested_keys(name: str, t: float) -> list[str]:
    image = QImage(10, 10, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    canvas = Canvas(painter)
    SCENES[name].paint(canvas, t)
    painter.end()
    return [lab.key for lab in canvas.labels]


def colours(image: QImage, step: int = 3) -> int:
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
    return len(seen)


def test_anatomy_scenes_match_the_catalogue(qapp):
    assert set(ANATOMY) == set(CATALOGUE)
    for name, keys in CATALOGUE.items():
        assert SCENES[name].labels == keys, name
        assert SCENES[name].animated == (name in ANIMATED_IN_CATALOGUE), name


@pytest.mark.parametrize("name", ANATOMY)
def test_scene_paints_at_every_size_and_time(qapp, name):
    for w, h in ((240, 180), (1000, 750), (1920, 1080), (1080, 1920)):
        for t in (0.0, 0.5, 1.0):
            image, labels = render(name, t, w, h)
            assert not image.isNull()
    image, _ = render(name, 0.5)
    assert colours(image) > 60, "the picture looks blank or flat"


@pytest.mark.parametrize("name", ANATOMY)
def test_scene_asks_only_for_its_declared_labels(qapp, name):
    declared = set(SCENES[name].labels)
    for t in (0.0, 0.5, 1.0):
        keys = requested_keys(name, t)
        assert set(keys) <= declared
        assert len(keys) == len(set(keys)), "a label is requested twice"
    assert set(requested_keys(name, 1.0)) == declared, "every catalogue label is shown"


@pytest.mark.parametrize("name", ANIMATED)
def test_animated_scene_changes_over_time(qapp, name):
    start, _ = render(name, 0.0)
    end, _ = render(name, 1.0)
    middle, _ = render(name, 0.5)
    assert start != end
    assert middle != start and middle != end


def test_collapse_loses_height_at_the_front_more_than_at_the_back():
    f0, b0 = anatomy.collapse_heights(0.0)
    f1, b1 = anatomy.collapse_heights(1.0)
    assert f0 == b0 == anatomy.BODY_H
    assert f1 < 0.7 * f0
    assert f1 < b1 < b0
    fronts = [anatomy.collapse_heights(i / 20)[0] for i in range(21)]
    assert all(a >= b for a, b in zip(fronts, fronts[1:], strict=False)), "smooth, one way"
    assert max(a - b for a, b in zip(fronts, fronts[1:], strict=False)) < 0.15 * f0


def test_balloon_gives_back_some_height():
    f0, _ = anatomy.inflate_heights(0.0)
    f1, _ = anatomy.inflate_heights(1.0)
    assert f0 == pytest.approx(anatomy.collapse_heights(1.0)[0])
    assert f0 < f1 < anatomy.BODY_H


def _bone_rows(image: QImage) -> int:
    """Rows of warm bone colour in a column near the front of the middle body."""
    x = round(anatomy.STACK_X - anatomy.BODY_W / 2 + 28)
    bottom = anatomy.STACK_BOTTOM - anatomy.BODY_H - anatomy.DISC_H
    count = 0
    for y in range(round(bottom - anatomy.BODY_H), round(bottom)):
        c = QColor(image.pixel(x, y))
        if c.red() > 190 and c.red() > c.green() > c.blue() and c.red() - c.blue() > 25:
            count += 1
    return count


def test_collapsed_picture_has_less_bone_at_the_front(qapp):
    healthy, _ = render("collapse", 0.0)
    broken, _ = render("collapse", 1.0)
    assert _bone_rows(broken) < 0.85 * _bone_rows(healthy)


def test_cord_stays_behind_the_bodies():
    for t in (0.0, 1.0):
        levels = anatomy._procedure_levels(*anatomy.collapse_heights(t))
        for x, _y in anatomy._canal_points(levels):
            assert x > anatomy.STACK_X + anatomy.BODY_W / 2 - 30


# --- the view -----------------------------------------------------------------------------


@pytest.fixture
def view(qtbot):
    widget = IllustrationView()
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    return widget


def test_view_api_basics(view, qtbot):
    assert view.sizeHint().width() >= 600
    assert view.minimumSizeHint().width() <= 320
    assert not view.hasHeightForWidth()
    view.set_scene("vertebra_parts")
    assert view.scene_name() == "vertebra_parts"
    assert not view.is_animated()
    view.set_alt_text("Three vertebrae seen from the side")
    assert view.accessibleName() == "Three vertebrae seen from the side"
    view.set_scene("collapse")
    assert view.is_animated()
    with qtbot.waitSignal(view.progressChanged, timeout=1000) as blocker:
        view.setProperty("progress", 0.25)
    assert blocker.args == [pytest.approx(0.25)]
    assert view.progress == pytest.approx(0.25)
    view.progress = 2.0
    assert view.progress == 1.0


def test_unknown_scene_leaves_an_empty_card_and_no_crash(view, qtbot, caplog):
    view.set_scene("no_such_scene")
    assert view.scene_name() == "" and not view.is_animated()
    assert "no_such_scene" in caplog.text
    view.grab()


def test_a_failing_drawing_is_logged_and_the_app_goes_on(view, qtbot, caplog, monkeypatch):
    from kiosk.ui.art import SCENES

    def broken(canvas, t):
        raise ValueError("bad path")

    monkeypatch.setitem(SCENES, "broken", SCENES["collapse"].__class__("broken", broken))
    view.set_scene("broken")
    image = view.grab()
    assert not image.isNull()
    assert "could not draw the picture" in caplog.text


def test_play_animates_and_a_drag_stops_it(view, qtbot):
    view.set_scene("balloon_inflate")
    view.show()
    qtbot.waitExposed(view)
    view.play()
    assert view.is_playing()
    qtbot.waitUntil(lambda: view.progress > 0.05, timeout=3000)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(300, 300))
    assert not view.is_playing()
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(300, 300))


def test_play_does_nothing_on_a_still_picture(view):
    view.set_scene("spine_side")
    view.play()
    assert not view.is_playing()


def test_mouse_drag_scrubs(view, qtbot):
    view.set_scene("collapse")
    view.show()
    qtbot.waitExposed(view)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(200, 300))
    qtbot.mouseMove(view, QPoint(400, 300))
    middle = view.progress
    qtbot.mouseMove(view, QPoint(600, 300))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(600, 300))
    assert 0.1 < middle < view.progress
    assert view.progress > 0.4
    # dragging back to the left goes back
    before = view.progress
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(600, 300))
    qtbot.mouseMove(view, QPoint(450, 300))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(450, 300))
    assert view.progress < before


def test_upward_drag_scrubs(view, qtbot):
    view.set_scene("cement_fill")
    view.show()
    qtbot.waitExposed(view)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(400, 500))
    qtbot.mouseMove(view, QPoint(400, 250))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(400, 250))
    assert view.progress > 0.3


def test_touch_drag_scrubs(view, qtbot):
    view.set_scene("vp_cement")
    view.show()
    qtbot.waitExposed(view)
    device = QTest.createTouchDevice()
    QTest.touchEvent(view, device).press(0, QPoint(200, 300), view).commit()
    QTest.touchEvent(view, device).move(0, QPoint(350, 300), view).commit()
    QTest.touchEvent(view, device).move(0, QPoint(560, 300), view).commit()
    QTest.touchEvent(view, device).release(0, QPoint(560, 300), view).commit()
    qtbot.wait(10)
    assert view.progress > 0.4


class _Recorder(QWidget):
    """A parent that notes the drags its child passes on (like a page that swipes)."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[QEvent.Type] = []
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            self.events.append(event.type())
            event.accept()
            return True
        return super().event(event)


@pytest.mark.parametrize("name", STATIC)
def test_still_pictures_leave_drags_to_the_page(qtbot, name):
    page = _Recorder()
    qtbot.addWidget(page)
    view = IllustrationView(page)
    page.resize(800, 600)
    view.setGeometry(0, 0, 800, 600)  # no layout: the offscreen platform warns about one
    view.set_scene(name)
    page.show()
    qtbot.waitExposed(page)
    pos = QPointF(300, 300)
    press = QMouseEvent(
        QEvent.Type.MouseButtonPress,
        pos,
        view.mapToGlobal(pos),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.mousePressEvent(press)
    assert not press.isAccepted()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(300, 300))
    qtbot.mouseMove(view, QPoint(600, 300))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(600, 300))
    device = QTest.createTouchDevice()
    QTest.touchEvent(view, device).press(0, QPoint(300, 300), view).commit()
    QTest.touchEvent(view, device).release(0, QPoint(500, 300), view).commit()
    assert QEvent.Type.MouseButtonPress in page.events
    assert QEvent.Type.TouchBegin in page.events
    assert view.progress == 0.0


@pytest.mark.parametrize("size", [(240, 180), (500, 700), (800, 600), (1920, 1080)])
@pytest.mark.parametrize("name", ANATOMY)
def test_labels_stay_inside_the_view(qtbot, name, size):
    view = IllustrationView()
    qtbot.addWidget(view)
    view.resize(*size)
    view.set_scene(name)
    view.progress = 1.0  # the lost-height arrow and its label show once height is lost
    long_words = "A rather long translated label that has to wrap"
    view.set_labels({k: f"{k} — {long_words}" for k in SCENES[name].labels})
    font = QFont()
    font.setPixelSize(26)
    view.set_font(font)
    placed = view.label_boxes()
    assert {p.key for p in placed} == set(SCENES[name].labels)
    area = QRectF(view.rect())
    for p in placed:
        assert area.contains(p.box), (p.key, p.box)
    view.grab()  # and it paints


def test_labels_without_text_are_not_drawn(view):
    view.set_scene("vertebra_parts")
    view.set_labels({"disc": "Disc"})
    assert [p.key for p in view.label_boxes()] == ["disc"]


def test_picture_keeps_its_shape():
    rect = picture_rect(QRectF(0, 0, 1920, 1080))
    assert rect.width() / rect.height() == pytest.approx(WIDTH / HEIGHT)
    assert rect.center() == QPointF(960, 540)
