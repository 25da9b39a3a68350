"""The everyday illustrations: registered as the catalogue says, paint cleanly, label sanely."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re  # noqa: E402  (the platform must be chosen before Qt is imported)
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QPointF  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402

from kiosk.ui.art import everyday  # noqa: E402
from kiosk.ui.art.base import HEIGHT, SCENES, WIDTH, Canvas, Palette  # noqa: E402

CATALOGUE = Path(__file__).resolve().parents[2] / "docs" / "illustrations.md"


def catalogue() -> dict[str, tuple[str, ...]]:
    """Scene name -> label keys, for every row of the catalogue whose module is "everyday"."""
    rows: dict[str, tuple[str, ...]] = {}
    for line in CATALOGUE.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 4 and cells[1] == "everyday":
            name = cells[0].strip("`")
            rows[name] = tuple(k.strip() for k in cells[3].split(",") if k.strip())
    return rows


EXPECTED = catalogue()
NAMES = sorted(EXPECTED)


def render(name: str, width: int, height: int, t: float = 0.0) -> tuple[QImage, Canvas]:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor(Palette.background))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scale = min(width / WIDTH, height / HEIGHT)  # as the view does: keep the aspect ratio
    painter.translate((width - WIDTH * scale) / 2, (height - HEIGHT * scale) / 2)
    painter.scale(scale, scale)
    canvas = Canvas(painter)
    try:
        SCENES[name].paint(canvas, t)
    finally:
        painter.end()
    return image, canvas


def test_catalogue_lists_the_everyday_scenes():
    assert len(EXPECTED) >= 16
    assert all(re.fullmatch(r"[a-z_]+", name) for name in EXPECTED)


def test_every_everyday_scene_is_registered_with_its_labels():
    mine = {n: s for n, s in SCENES.items() if s.paint.__module__ == everyday.__name__}
    assert sorted(mine) == NAMES
    for name, labels in EXPECTED.items():
        assert SCENES[name].labels == labels, name
        assert not SCENES[name].animated, name


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("size", [(1000, 750), (500, 375), (1920, 1080), (320, 240)])
def test_scene_paints_a_real_picture(qapp, name, size):
    image, _ = render(name, *size)
    small = image.scaled(200, 150)
    colours = {small.pixel(x, y) for x in range(0, 200, 2) for y in range(0, 150, 2)}
    assert len(colours) > 24, f"{name} looks blank at {size}"
    background = QColor(Palette.background).rgb()
    painted = sum(small.pixel(x, y) != background for x in range(200) for y in range(150))
    assert painted > 0.04 * 200 * 150, f"{name} paints too little at {size}"


@pytest.mark.parametrize("name", NAMES)
def test_scene_asks_only_for_its_labels_inside_the_canvas(qapp, name):
    _, canvas = render(name, 1000, 750)
    keys = [req.key for req in canvas.labels]
    assert sorted(keys) == sorted(EXPECTED[name]), name  # each declared label, once
    for req in canvas.labels:
        assert req.align in ("left", "right", "center")
        for point in (req.anchor, req.at):
            assert isinstance(point, QPointF)
            assert 0 <= point.x() <= WIDTH and 0 <= point.y() <= HEIGHT, (name, req)
        # the text sits in the margin-safe area, a little away from what it names
        assert 20 <= req.at.x() <= WIDTH - 20 and 20 <= req.at.y() <= HEIGHT - 20, (name, req)
        assert (req.at - req.anchor).manhattanLength() > 40, (name, req)


@pytest.mark.parametrize("name", NAMES)
def test_scene_is_the_same_for_any_t_and_keeps_within_the_frame(qapp, name):
    first, _ = render(name, 500, 375, 0.0)
    last, _ = render(name, 500, 375, 1.0)
    assert first == last  # everyday scenes are still pictures
    # nothing important in the outer 40-unit margin: the border rows stay background
    background = QColor(Palette.background).rgb()
    edge = (
        [first.pixel(x, 2) for x in range(0, 500, 5)]
        + [first.pixel(2, y) for y in range(0, 375, 5)]
        + [first.pixel(497, y) for y in range(0, 375, 5)]
    )
    assert all(p == background for p in edge), name
