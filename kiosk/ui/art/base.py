"""What every illustration shares: the palette, the canvas and the scene registry.

A scene paints on a fixed logical canvas of ``WIDTH`` x ``HEIGHT`` units; the view scales it
to fit, keeping the aspect ratio. Scenes never draw text: they ask for a label with
:meth:`Canvas.label`, and the view draws it afterwards as real Qt text at the theme's size,
so labels translate, scale with the text-size setting and stay sharp.

Animated scenes take ``t`` from 0.0 (start) to 1.0 (end); static scenes ignore it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPainter

WIDTH = 1000.0
HEIGHT = 750.0


class Palette:
    """One calm medical-illustration palette, shared by every scene.

    Colours are created lazily (QColor needs no QApplication, but keeping them as hex
    strings keeps this module import-cheap and the high-contrast theme can swap them).
    """

    background = "#EEF4F8"
    bone = "#F4E9D4"
    bone_shade = "#E2D0AE"
    bone_line = "#8C6D46"
    bone_inner = "#E9D9BA"  # spongy interior
    weak_bone = "#F7F0E2"
    disc = "#8FBBDD"
    disc_line = "#3F6F96"
    cord = "#F2C14E"
    cord_line = "#A9801E"
    nerve = "#E6A93B"
    skin = "#E9B99A"
    skin_line = "#9C6B4E"
    body = "#7FA7BF"  # people: calm blue-grey clothing
    body_line = "#3C5E73"
    needle = "#8D9BA8"
    needle_line = "#46535F"
    balloon = "#2FA39A"
    balloon_line = "#16675F"
    cement = "#D7DDE3"
    cement_line = "#5C6B7A"
    crack = "#B5472E"
    highlight = "#D9534F"
    ok = "#2E8B57"
    ink = "#243B4A"  # outlines of objects and leader lines
    paper = "#FFFFFF"
    accent = "#1F6FB2"


class HighContrastPalette(Palette):
    """For the high-contrast theme: the same pictures with black outlines and bolder fills.

    Every outline and leader line is black, fills are lighter or more saturated so that
    neighbouring parts (bone, disc, cord, balloon, cement) differ clearly in brightness, not
    only in hue, and the card is white so it stands out on the black screen.
    """

    background = "#FFFFFF"
    bone = "#FFF4D6"
    bone_shade = "#E8CC8F"
    bone_line = "#000000"
    bone_inner = "#F6E2B3"
    weak_bone = "#FFFBF0"
    disc = "#6FA8FF"
    disc_line = "#000000"
    cord = "#FFC800"
    cord_line = "#000000"
    nerve = "#FF9F00"
    skin = "#F2B48C"
    skin_line = "#000000"
    body = "#5B9BD5"
    body_line = "#000000"
    needle = "#9AA6B2"
    needle_line = "#000000"
    balloon = "#00B3A4"
    balloon_line = "#000000"
    cement = "#C8D0D8"
    cement_line = "#000000"
    crack = "#C00000"
    highlight = "#E00000"
    ok = "#007A33"
    ink = "#000000"
    paper = "#FFFFFF"
    accent = "#0050C8"


_active: list[type[Palette]] = [Palette]


def active_palette() -> type[Palette]:
    """The palette of the scene being painted now (see :func:`painting_with`).

    For drawing helpers that get a QPainter rather than a :class:`Canvas`.
    """
    return _active[-1]


@contextmanager
def painting_with(palette: type[Palette]) -> Iterator[None]:
    """Paint with ``palette`` inside the block (painting happens on the GUI thread only)."""
    _active.append(palette)
    try:
        yield
    finally:
        _active.pop()


@dataclass(frozen=True)
class LabelRequest:
    """A label the view will draw: ``anchor`` is what it points at, ``at`` where the text goes.

    Both are in canvas units. ``align`` is "left", "right" or "center": which side of ``at``
    the text box sits on. "left" puts the box's right edge at ``at`` (the box grows to the
    left, away from art on its right), "right" puts its left edge there, "center" centres it;
    the box is always centred vertically on ``at``.
    """

    key: str
    anchor: QPointF
    at: QPointF
    align: str = "center"


@dataclass
class Canvas:
    """A QPainter already transformed to canvas units, plus the labels a scene asked for."""

    painter: QPainter
    palette: type[Palette] = Palette
    labels: list[LabelRequest] = field(default_factory=list)

    def color(self, name: str) -> QColor:
        return QColor(getattr(self.palette, name))

    def label(
        self,
        key: str,
        anchor: tuple[float, float],
        at: tuple[float, float],
        align: str = "center",
    ) -> None:
        self.labels.append(LabelRequest(key, QPointF(*anchor), QPointF(*at), align))


Paint = Callable[[Canvas, float], None]


@dataclass(frozen=True)
class Scene:
    name: str
    paint: Paint
    labels: tuple[str, ...] = ()  # every label key the scene may ask for
    animated: bool = False


SCENES: dict[str, Scene] = {}


def lerp(a: float, b: float, t: float) -> float:
    """Linear interpolation from ``a`` (t=0) to ``b`` (t=1)."""
    return a + (b - a) * t


def clamp01(t: float) -> float:
    return 0.0 if t < 0.0 else 1.0 if t > 1.0 else t


def smoothstep(t: float, start: float = 0.0, end: float = 1.0) -> float:
    """0 before ``start``, 1 after ``end``, an eased S-curve between (for animated scenes)."""
    x = clamp01((t - start) / (end - start)) if end > start else float(t >= end)
    return x * x * (3.0 - 2.0 * x)


def scene(
    name: str, labels: tuple[str, ...] = (), animated: bool = False
) -> Callable[[Paint], Paint]:
    """Register a painting function as the scene ``name``."""

    def register(paint: Paint) -> Paint:
        if name in SCENES:
            raise ValueError(f"scene {name!r} is registered twice")
        SCENES[name] = Scene(name, paint, labels, animated)
        return paint

    return register
