"""Anatomy scenes: the spine, its vertebrae, and what the two procedures do to them.

Every side view uses the same building blocks, so the pictures read the same way from step to
step: the front of the body faces left; the vertebral body is a rounded block with slightly
concave walls and a spongy inside; the disc is a soft blue cushion; the spinal cord runs in the
canal *behind* the bodies; the back arch and spinous process sit behind the canal.

The close side views share one layout (:func:`_stack`): three vertebrae, the lowest fixed, each
one resting on the disc below it, so when the middle body loses height at the front, the
vertebrae above tilt forward on their own, as they do in a real wedge fracture.

Drawing is cheap on purpose (animated scenes must paint a frame in a few milliseconds at
1920x1080): static outlines are built once and cached, the spongy texture is a small tiled
image, and per frame only a handful of short paths are rebuilt.
"""

from __future__ import annotations

import math
import random
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QRadialGradient,
    QTransform,
)

from kiosk.ui.art.base import HEIGHT, WIDTH, Canvas, Palette, lerp, scene, smoothstep
from kiosk.ui.art.base import active_palette as pal

# --- the close side view: sizes in canvas units -------------------------------------------

BODY_W = 240.0  # front-to-back depth of a vertebral body
BODY_H = 132.0  # height of a healthy body
DISC_H = 42.0  # height of a healthy disc
CANAL = 64.0  # depth of the spinal canal between the body and the arch
STACK_X = 400.0  # x of the centre of the bodies
STACK_BOTTOM = 618.0  # y of the bottom of the lowest body

# The wedge a compression fracture leaves: the front loses much more height than the back.
WEDGE_FRONT = 0.52
WEDGE_BACK = 0.86
# What the balloon gives back (some, not all: "restore some of the lost height").
RESTORED_FRONT = 0.88
RESTORED_BACK = 0.96


def collapse_heights(t: float) -> tuple[float, float]:
    """Front and back height of the breaking body in ``collapse`` at time ``t`` (0..1)."""
    s = smoothstep(t)
    return BODY_H * lerp(1.0, WEDGE_FRONT, s), BODY_H * lerp(1.0, WEDGE_BACK, s)


def inflate_heights(t: float) -> tuple[float, float]:
    """Front and back height of the treated body in ``balloon_inflate`` at time ``t``.

    The balloon first fills the space it is in (nothing moves for the first fifth), then
    lifts the body toward its normal height.
    """
    s = smoothstep(t, 0.18, 1.0)
    return (
        BODY_H * lerp(WEDGE_FRONT, RESTORED_FRONT, s),
        BODY_H * lerp(WEDGE_BACK, RESTORED_BACK, s),
    )


# --- small geometry helpers -----------------------------------------------------------------


def _pt(x: float, y: float) -> QPointF:
    return QPointF(x, y)


def _smooth_closed(points: Sequence[tuple[float, float]], tension: float = 1.0) -> QPainterPath:
    """A smooth closed curve through ``points`` (Catmull-Rom turned into cubic Beziers)."""
    n = len(points)
    path = QPainterPath(_pt(*points[0]))
    k = tension / 6.0
    for i in range(n):
        p0, p1, p2, p3 = (points[(i + j) % n] for j in (-1, 0, 1, 2))
        c1 = _pt(p1[0] + (p2[0] - p0[0]) * k, p1[1] + (p2[1] - p0[1]) * k)
        c2 = _pt(p2[0] - (p3[0] - p1[0]) * k, p2[1] - (p3[1] - p1[1]) * k)
        path.cubicTo(c1, c2, _pt(*p2))
    path.closeSubpath()
    return path


def _smooth_open(points: Sequence[tuple[float, float]]) -> QPainterPath:
    """A smooth open curve through ``points``."""
    path = QPainterPath(_pt(*points[0]))
    n = len(points)
    for i in range(n - 1):
        p0 = points[max(i - 1, 0)]
        p1, p2 = points[i], points[i + 1]
        p3 = points[min(i + 2, n - 1)]
        c1 = _pt(p1[0] + (p2[0] - p0[0]) / 6.0, p1[1] + (p2[1] - p0[1]) / 6.0)
        c2 = _pt(p2[0] - (p3[0] - p1[0]) / 6.0, p2[1] - (p3[1] - p1[1]) / 6.0)
        path.cubicTo(c1, c2, _pt(*p2))
    return path


def _blob_points(
    cx: float, cy: float, rx: float, ry: float, seed: int, rough: float = 0.12, n: int = 9
) -> list[tuple[float, float]]:
    rnd = random.Random(seed)
    pts = []
    for i in range(n):
        a = 2 * math.pi * (i + rnd.uniform(-0.2, 0.2)) / n
        r = 1.0 + rnd.uniform(-rough, rough)
        pts.append((cx + rx * r * math.cos(a), cy + ry * r * math.sin(a)))
    return pts


def _pen(color: str | QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(QColor(color), width, style)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _mix(a: str, b: str, t: float) -> QColor:
    ca, cb = QColor(a), QColor(b)
    return QColor.fromRgbF(
        lerp(ca.redF(), cb.redF(), t),
        lerp(ca.greenF(), cb.greenF(), t),
        lerp(ca.blueF(), cb.blueF(), t),
    )


def _alpha(color: str | QColor, a: float) -> QColor:
    c = QColor(color)
    c.setAlphaF(max(0.0, min(1.0, a)))
    return c


# --- spongy bone: a small seamless tile, used as a texture brush --------------------------

_TILE = 120.0  # canvas units covered by one tile (about; it is whole pixels)


def _hole_path(
    seed: int, spacing: float, radius: float, jitter: float, size: float
) -> QPainterPath:
    """Marrow spaces of spongy bone on a jittered grid, wrapped so the tile repeats cleanly."""
    rnd = random.Random(seed)
    path = QPainterPath()
    n = max(1, round(size / spacing))
    step = size / n
    for row in range(n):
        for col in range(n):
            cx = (col + 0.5 + (row % 2) * 0.5) * step + rnd.uniform(-jitter, jitter)
            cy = (row + 0.5) * step + rnd.uniform(-jitter, jitter)
            r = radius * rnd.uniform(0.75, 1.2)
            pts = _blob_points(0, 0, r, r * rnd.uniform(0.7, 1.0), rnd.randrange(1 << 30), 0.18, 6)
            hole = _smooth_closed(pts)
            for dx in (-size, 0.0, size):
                for dy in (-size, 0.0, size):
                    x, y = cx + dx, cy + dy
                    if -2 * r < x < size + 2 * r and -2 * r < y < size + 2 * r:
                        path.addPath(hole.translated(x, y))
    return path


@lru_cache(maxsize=8)
def _spongy_brush(weak: bool, pixels_per_unit: float, palette: type[Palette]) -> QBrush:
    # ``palette`` is the cache key: pal() returns it while this paints.
    px = max(8, round(_TILE * pixels_per_unit))
    tile = px / pixels_per_unit
    image = QImage(px, px, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(pal().weak_bone if weak else pal().bone_inner))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(pixels_per_unit, pixels_per_unit)
    if weak:
        holes = _hole_path(11, 30.0, 11.0, 5.0, tile)
        p.setPen(_pen(_mix(pal().bone_shade, pal().bone_line, 0.25), 1.0))
        p.setBrush(_mix(pal().weak_bone, pal().bone_shade, 0.7))
    else:
        holes = _hole_path(7, 12.0, 3.4, 2.0, tile)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(_mix(pal().bone_inner, pal().bone_line, 0.2))
    p.drawPath(holes)
    p.end()
    brush = QBrush(QPixmap.fromImage(image))
    brush.setTransform(QTransform.fromScale(1 / pixels_per_unit, 1 / pixels_per_unit))
    return brush


def _spongy(painter: QPainter, weak: bool = False) -> QBrush:
    """The texture brush for the painter's current scale (sharp at any screen size)."""
    # a tile at exactly the screen's scale draws without resampling, which is much faster
    scale = math.hypot(painter.worldTransform().m11(), painter.worldTransform().m12())
    return _spongy_brush(weak, round(max(0.25, scale), 3), pal())


# --- the vertebral body in side view --------------------------------------------------------


def body_path(
    w: float, front: float, back: float, bulge: float = 0.0, inset: float = 0.0
) -> QPainterPath:
    """A vertebral body in side view; the origin is the middle of its bottom edge.

    ``front`` and ``back`` are the heights of its front (left) and back (right) walls, so a
    wedge fracture is just a smaller ``front``. The walls are slightly concave; ``bulge`` > 0
    pushes the front wall outward (a crushed front). ``inset`` shrinks the outline evenly,
    which gives the spongy inside within the hard outer shell.
    """
    x0, x1 = -w / 2 + inset, w / 2 - inset
    yb = -inset
    yf, yk = -front + inset, -back + inset
    r = min(13.0, 0.2 * min(front, back)) * (1.0 - inset / 30.0)
    cw = 6.0 * min(front, back) / BODY_H  # concave waist of the walls
    ce = 2.5  # the endplates dip a little
    fb = -cw + bulge
    path = QPainterPath(_pt(x0 + r, yb))
    path.cubicTo(_pt(-w * 0.2, yb - ce), _pt(w * 0.2, yb - ce), _pt(x1 - r, yb))
    path.quadTo(_pt(x1, yb), _pt(x1, yb - r))
    path.cubicTo(
        _pt(x1 - cw, lerp(yb, yk, 0.35)), _pt(x1 - cw, lerp(yb, yk, 0.65)), _pt(x1, yk + r)
    )
    path.quadTo(_pt(x1, yk), _pt(x1 - r, yk))
    path.cubicTo(
        _pt(w * 0.2, lerp(yk, yf, 0.3) + ce),
        _pt(-w * 0.2, lerp(yk, yf, 0.7) + ce),
        _pt(x0 + r, yf),
    )
    path.quadTo(_pt(x0, yf), _pt(x0, yf + r))
    path.cubicTo(
        _pt(x0 - fb, lerp(yf, yb, 0.35)), _pt(x0 - fb, lerp(yf, yb, 0.65)), _pt(x0, yb - r)
    )
    path.quadTo(_pt(x0, yb), _pt(x0 + r, yb))
    path.closeSubpath()
    return path


def body_point(u: float, v: float, w: float, front: float, back: float) -> QPointF:
    """A point inside a body in body coordinates: u from -0.5 (front) to 0.5, v from 0 (bottom)
    to 1 (top), so marks such as cracks follow the body as it changes shape."""
    return _pt(u * w, -v * lerp(front, back, u + 0.5))


# --- the back arch (pedicle, articular processes, lamina, spinous process) -----------------


PEDICLE = (8.0, 62.0)  # top and bottom of the pedicle, down from the top of the body's back


@lru_cache(maxsize=8)
def arch_path(h: float = BODY_H) -> QPainterPath:
    """The back arch in side view, with its origin at the top back corner of its body.

    The pedicle bridges the canal at the upper part of the body; below it the cord shows
    through the gap between two pedicles, as it does in a real side view.
    """
    s = h / BODY_H
    c = CANAL
    pts = [
        (-12, PEDICLE[0] + 2),
        (c * 0.5, PEDICLE[0] - 1),
        (c - 2, PEDICLE[0] - 4),  # pedicle top
        (c - 2, -18),
        (c + 8, -38),
        (c + 22, -42),
        (c + 34, -30),  # upward joint
        (c + 44, -6),
        (c + 66, 10),  # top of the lamina
        (c + 120, 22),
        (c + 166, 30),
        (c + 186, 40),
        (c + 192, 62),
        (c + 184, 84),
        (c + 162, 92),
        (c + 120, 90),  # the spinous process, a broad plate with a round end
        (c + 88, 96),
        (c + 76, 112),
        (c + 70, h + 4),
        (c + 60, h + 28),
        (c + 44, h + 32),
        (c + 32, h + 18),  # downward joint, meeting the upward joint of the vertebra below
        (c + 26, h - 18),
        (c + 12, 88),
        (c + 2, PEDICLE[1] + 8),  # behind the canal
        (c * 0.5, PEDICLE[1] - 2),
        (-12, PEDICLE[1] + 4),  # the notch under the pedicle
    ]
    return _smooth_closed([(x, y * s) for x, y in pts], 0.85)


# --- a stack of three vertebrae, as in every close side view --------------------------------


@dataclass(frozen=True)
class Level:
    """One vertebra placed on the canvas: where its bottom middle is and how it is turned."""

    origin: QPointF
    angle: float  # degrees, as QPainter.rotate
    front: float
    back: float

    def transform(self) -> QTransform:
        t = QTransform()
        t.translate(self.origin.x(), self.origin.y())
        t.rotate(self.angle)
        return t

    def map(self, x: float, y: float) -> QPointF:
        return self.transform().map(_pt(x, y))


def _stack(
    heights: Sequence[tuple[float, float]], x: float = STACK_X, bottom: float = STACK_BOTTOM
) -> list[Level]:
    """Vertebrae from the bottom up, each resting on a disc on the one below."""
    levels: list[Level] = []
    origin, angle = _pt(x, bottom), 0.0
    for front, back in heights:
        level = Level(origin, angle, front, back)
        levels.append(level)
        top_front = level.map(-BODY_W / 2, -front)
        top_back = level.map(BODY_W / 2, -back)
        ux, uy = top_back.x() - top_front.x(), top_back.y() - top_front.y()
        length = math.hypot(ux, uy)
        ux, uy = ux / length, uy / length
        mid = (top_front + top_back) / 2
        origin = _pt(mid.x() + uy * DISC_H, mid.y() - ux * DISC_H)
        angle = math.degrees(math.atan2(uy, ux))
    return levels


def _disc_path(lower: Level, upper: Level) -> QPainterPath:
    """The disc between two bodies: a cushion that bulges a little at the front and back."""
    w = BODY_W / 2
    a = lower.map(-w + 6, -lower.front + 8)
    b = lower.map(w - 6, -lower.back + 8)
    c = upper.map(w - 6, -8)
    d = upper.map(-w + 6, -8)
    bulge = 7.0
    path = QPainterPath(a)
    path.lineTo(b)
    mid_back = (b + c) / 2
    path.quadTo(_pt(mid_back.x() + bulge * 1.6, mid_back.y()), c)
    path.lineTo(d)
    mid_front = (d + a) / 2
    path.quadTo(_pt(mid_front.x() - bulge * 1.6, mid_front.y()), a)
    path.closeSubpath()
    return path


def _disc_centre(lower: Level, upper: Level) -> QPointF:
    return (lower.map(0, -(lower.front + lower.back) / 2) + upper.map(0, 0)) / 2


def _canal_points(levels: Sequence[Level]) -> list[tuple[float, float]]:
    pts: list[QPointF] = []
    cx = BODY_W / 2 + CANAL / 2
    for i, lv in enumerate(levels):
        pts.append(lv.map(cx, -lv.back * 0.5))
        if i + 1 < len(levels):
            pts.append((lv.map(cx, -lv.back) + levels[i + 1].map(cx, 0)) / 2)
    first, last = levels[0], levels[-1]
    head = [first.map(cx, 120), first.map(cx, 40)]
    tail = [last.map(cx, -last.back - 40), last.map(cx, -last.back - 120)]
    return [(p.x(), p.y()) for p in head + pts + tail]


def _paint_cord(p: QPainter, levels: Sequence[Level]) -> None:
    """The spinal canal with the cord, behind the bodies; it fades out at both ends."""
    path = _smooth_open(_canal_points(levels))
    p.setBrush(Qt.BrushStyle.NoBrush)
    for color, width in (
        (QColor(pal().cord_line), CANAL * 0.84 + 4),
        (_mix(pal().cord, pal().paper, 0.72), CANAL * 0.84),
        (QColor(pal().cord_line), CANAL * 0.5 + 5),
        (QColor(pal().cord), CANAL * 0.5),
    ):
        pen = QPen(color, width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        p.setPen(pen)
        p.drawPath(path)
    # soft ends: the card's own colour fades in over the last stretch of the cord
    # (cheaper than gradient strokes, which would cost milliseconds per frame)
    p.setPen(Qt.PenStyle.NoPen)
    for end, inner in (
        (path.pointAtPercent(0.0), path.pointAtPercent(0.1)),
        (path.pointAtPercent(1.0), path.pointAtPercent(0.9)),
    ):
        g = QLinearGradient(end, inner)
        g.setColorAt(0.0, QColor(pal().background))
        g.setColorAt(1.0, _alpha(pal().background, 0.0))
        p.setBrush(QBrush(g))
        top, bottom = sorted((end.y(), inner.y()))
        half = CANAL * 0.42 + 4
        left = min(end.x(), inner.x()) - half
        p.drawRect(QRectF(left, top - 2, abs(end.x() - inner.x()) + 2 * half, bottom - top + 4))


def _paint_disc(p: QPainter, lower: Level, upper: Level) -> None:
    p.setPen(_pen(pal().disc_line, 3.0))
    p.setBrush(QColor(pal().disc))
    p.drawPath(_disc_path(lower, upper))
    centre = _disc_centre(lower, upper)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(_alpha(pal().paper, 0.35))
    p.save()
    p.translate(centre)
    p.rotate((lower.angle + upper.angle) / 2)
    p.drawEllipse(QRectF(-BODY_W * 0.2, -7, BODY_W * 0.4, 12))
    p.restore()


def _paint_arch(p: QPainter, lv: Level) -> None:
    p.setPen(_pen(pal().bone_line, 3.0))
    p.setBrush(QColor(pal().bone))
    p.save()
    p.setTransform(lv.transform(), True)
    p.translate(BODY_W / 2, -lv.back)
    p.drawPath(arch_path())
    p.restore()


def _paint_body(p: QPainter, lv: Level, bulge: float = 0.0, weak: bool = False) -> None:
    """One vertebral body: hard shell, spongy inside, a gentle shade along the bottom."""
    p.save()
    p.setTransform(lv.transform(), True)
    outer = body_path(BODY_W, lv.front, lv.back, bulge)
    p.setPen(_pen(pal().bone_line, 3.0))
    p.setBrush(QColor(pal().bone))
    p.drawPath(outer)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(_spongy(p, weak))
    p.drawPath(body_path(BODY_W, lv.front, lv.back, bulge, inset=9.0))
    shade = QLinearGradient(0, 0, 0, -max(lv.front, lv.back))
    shade.setColorAt(0.0, _alpha(pal().bone_line, 0.16))
    shade.setColorAt(0.45, _alpha(pal().bone_line, 0.0))
    p.setBrush(QBrush(shade))
    p.drawPath(outer)
    p.restore()


def _paint_spine(
    p: QPainter, levels: Sequence[Level], bulge: Sequence[float] = (0.0, 0.0, 0.0)
) -> None:
    """Cord, then from the bottom up each vertebra with the disc above it.

    The lowest vertebra and the disc on it never move in any scene (the middle body breaks
    and heals from its bottom up), so they are painted once per size and reused.
    """
    _paint_cord(p, levels)

    def level(q: QPainter, i: int) -> None:
        if i + 1 < len(levels):
            _paint_disc(q, levels[i], levels[i + 1])
        _paint_arch(q, levels[i])
        _paint_body(q, levels[i], bulge[i] if i < len(bulge) else 0.0)

    lowest = levels[0]
    if lowest.front == BODY_H and lowest.back == BODY_H and lowest.angle == 0.0:
        o = lowest.origin
        _cached_layer(
            p,
            ("lowest", o.x(), o.y()),
            QRectF(o.x() - 160, o.y() - 205, 570, 290),
            lambda q: level(q, 0),
        )
    else:
        level(p, 0)
    for i in range(1, len(levels)):
        level(p, i)


_LAYER_BUDGET = 4 * 1024 * 1024  # bytes of cached layers kept (an animated scene needs <= 2 MB)
_layers: OrderedDict[tuple, QImage] = OrderedDict()


def _cached_layer(p: QPainter, key: tuple, rect: QRectF, paint: Callable[[QPainter], None]) -> None:
    """Paint ``paint``'s drawing of canvas area ``rect`` from an image made once per key and
    screen scale. For the parts of animated scenes that do not move: a frame then costs one
    image copy instead of dozens of anti-aliased paths."""
    t = p.worldTransform()
    device = p.device()
    if t.m12() != 0 or t.m21() != 0 or t.m11() <= 0 or t.m22() <= 0 or device is None:
        paint(p)
        return
    area = t.mapRect(rect)
    ox, oy = math.floor(area.x()), math.floor(area.y())
    dpr = device.devicePixelRatioF()
    full = (
        key,
        pal(),
        round(t.m11(), 4),
        round(t.m22(), 4),
        round(t.dx(), 3),
        round(t.dy(), 3),
        dpr,
    )
    image = _layers.get(full)
    if image is None:
        w, h = math.ceil(area.right()) - ox, math.ceil(area.bottom()) - oy
        image = QImage(
            max(1, round(w * dpr)),
            max(1, round(h * dpr)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.setDevicePixelRatio(dpr)
        image.fill(Qt.GlobalColor.transparent)
        q = QPainter(image)
        q.setRenderHints(p.renderHints())
        q.setTransform(t * QTransform.fromTranslate(-ox, -oy))
        paint(q)
        q.end()
        _layers[full] = image
        while len(_layers) > 1 and sum(i.sizeInBytes() for i in _layers.values()) > _LAYER_BUDGET:
            _layers.popitem(last=False)
    else:
        _layers.move_to_end(full)
    p.save()
    p.resetTransform()
    p.drawImage(QPointF(ox, oy), image)
    p.restore()


# cracks in the broken body, in body coordinates (u, v): see body_point()
_CRACKS = (
    ((-0.5, 0.62), (-0.38, 0.55), (-0.3, 0.66), (-0.16, 0.52), (-0.04, 0.58)),
    ((-0.5, 0.3), (-0.4, 0.36), (-0.28, 0.26), (-0.14, 0.34)),
    ((-0.26, 0.98), (-0.22, 0.82), (-0.12, 0.76), (-0.08, 0.64)),
    ((0.06, 0.44), (0.16, 0.52), (0.24, 0.42)),
)


def _paint_cracks(p: QPainter, lv: Level, amount: float, bulge: float = 0.0) -> None:
    if amount <= 0.01:
        return
    p.save()
    p.setTransform(lv.transform(), True)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(_pen(_alpha(_mix(pal().crack, pal().ink, 0.25), amount), 2.4))
    for crack in _CRACKS:
        n = max(2, 1 + math.ceil(amount * (len(crack) - 1)))
        pts = [body_point(u, v, BODY_W, lv.front, lv.back) for u, v in crack[:n]]
        pts[0] = pts[0] + _pt(-bulge * 0.6 if crack[0][0] <= -0.5 else 0, 0)
        path = QPainterPath(pts[0])
        for q in pts[1:]:
            path.lineTo(q)
        p.drawPath(path)
    p.restore()


def _height_arrow(c: Canvas, lv: Level, healthy_top: QPointF, key: str | None) -> None:
    """A dimension arrow at the front of ``lv``: from its top now to where its top used to be,
    with a faint dashed line showing the old front corner."""
    p = c.painter
    now = lv.map(-BODY_W / 2, -lv.front)
    x = min(now.x(), healthy_top.x()) - 40
    y0, y1 = healthy_top.y(), now.y()
    gap = y1 - y0
    if gap < 3:
        return
    fade = min(1.0, gap / 16.0)
    color = _alpha(pal().accent, fade)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(_pen(_alpha(pal().accent, 0.7 * fade), 2.5, Qt.PenStyle.DashLine))
    ghost = QPainterPath(now)
    ghost.lineTo(_pt(healthy_top.x(), y0 + 10))
    ghost.quadTo(healthy_top, _pt(healthy_top.x() + 10, y0))
    ghost.lineTo(_pt(healthy_top.x() + 46, y0))
    p.drawPath(ghost)
    p.setPen(_pen(color, 3.0))
    for y in (y0, y1):
        p.drawLine(_pt(x - 14, y), _pt(x + 22, y))
    head = min(13.0, gap / 2.6)
    p.setPen(_pen(color, 4.5))
    if gap > 2 * head + 2:
        p.drawLine(_pt(x, y0 + head), _pt(x, y1 - head))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(color)
    for y, d in ((y0 + 2, 1), (y1 - 2, -1)):
        tri = QPainterPath(_pt(x, y))
        tri.lineTo(_pt(x - head * 0.75, y + d * head * 1.1))
        tri.lineTo(_pt(x + head * 0.75, y + d * head * 1.1))
        tri.closeSubpath()
        p.drawPath(tri)
    if key:
        c.label(key, anchor=(x - 6, (y0 + y1) / 2), at=(200, (y0 + y1) / 2 + 10), align="left")


# --- tools: tube, needle, balloon, cement -------------------------------------------------

TUBE_END_X = 955.0  # where the tube's grip is, outside the skin


def _tube_tip(levels: Sequence[Level]) -> QPointF:
    lv = levels[1]
    return lv.map(6, -lv.front * 0.5)


def _pedicle_centre(lv: Level) -> QPointF:
    return lv.map(BODY_W / 2 + CANAL / 2, -lv.back + (PEDICLE[0] + PEDICLE[1]) / 2)


def _paint_tube(
    p: QPainter, start: QPointF, tip: QPointF, width: float = 16.0, handle: bool = True
) -> None:
    """A thin hollow tube (cannula) from outside the back into the body, with a grip."""
    p.setBrush(Qt.BrushStyle.NoBrush)
    for color, w in (
        (QColor(pal().needle_line), width + 5.0),
        (QColor(pal().needle), width),
        (_mix(pal().needle, pal().needle_line, 0.55), width * 0.36),
    ):
        p.setPen(_pen(color, w))
        p.drawLine(start, tip)
    if handle:
        dx, dy = tip.x() - start.x(), tip.y() - start.y()
        p.save()
        p.translate(start)
        p.rotate(math.degrees(math.atan2(dy, dx)))
        p.setPen(_pen(pal().needle_line, 2.5))
        p.setBrush(QColor(pal().body))
        p.drawRoundedRect(QRectF(-22, -34, 30, 68), 12, 12)
        p.setBrush(_alpha(pal().paper, 0.35))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawRoundedRect(QRectF(-16, -28, 8, 56), 4, 4)
        p.restore()


def _paint_needle(p: QPainter, start: QPointF, tip: QPointF) -> None:
    """A bone needle: thinner than the tube, with a bevelled tip."""
    dx, dy = tip.x() - start.x(), tip.y() - start.y()
    length = math.hypot(dx, dy)
    p.save()
    p.translate(start)
    p.rotate(math.degrees(math.atan2(dy, dx)))
    w = 10.0
    shaft = QPainterPath(_pt(0, -w / 2))
    shaft.lineTo(_pt(length - 12, -w / 2))
    shaft.lineTo(_pt(length, w / 2))
    shaft.lineTo(_pt(0, w / 2))
    shaft.closeSubpath()
    p.setPen(_pen(pal().needle_line, 2.5))
    p.setBrush(QColor(pal().needle))
    p.drawPath(shaft)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(_alpha(pal().paper, 0.5))
    p.drawRect(QRectF(4, -w * 0.32, length - 22, w * 0.2))
    p.setPen(_pen(pal().needle_line, 2.5))
    p.setBrush(QColor(pal().body))
    p.drawRoundedRect(QRectF(-26, -26, 34, 52), 10, 10)
    p.restore()


def _balloon_path(length: float, height: float) -> QPainterPath:
    """An inflatable bone tamp seen from the side: a soft capsule with a faint waist."""
    hl, hh = length / 2, height / 2
    waist = hh * 0.9
    path = QPainterPath(_pt(-hl, 0))
    path.cubicTo(_pt(-hl, -hh * 1.05), _pt(-hl * 0.45, -hh), _pt(0, -waist))
    path.cubicTo(_pt(hl * 0.45, -hh), _pt(hl, -hh * 1.05), _pt(hl, 0))
    path.cubicTo(_pt(hl, hh * 1.05), _pt(hl * 0.45, hh), _pt(0, waist))
    path.cubicTo(_pt(-hl * 0.45, hh), _pt(-hl, hh * 1.05), _pt(-hl, 0))
    path.closeSubpath()
    return path


def _paint_balloon(
    p: QPainter, centre: QPointF, angle: float, length: float, height: float
) -> None:
    p.save()
    p.translate(centre)
    p.rotate(angle)
    p.setPen(_pen(pal().balloon_line, 3.0))
    g = QRadialGradient(_pt(-length * 0.15, -height * 0.25), max(length, height) * 0.75)
    g.setColorAt(0.0, _mix(pal().balloon, pal().paper, 0.35))
    g.setColorAt(1.0, QColor(pal().balloon))
    p.setBrush(QBrush(g))
    p.drawPath(_balloon_path(length, height))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(_alpha(pal().paper, 0.55))
    p.drawEllipse(QRectF(-length * 0.32, -height * 0.36, length * 0.26, max(3.0, height * 0.14)))
    p.restore()


def _cavity_shape(levels: Sequence[Level]) -> tuple[QPointF, float, float, float]:
    """Centre, angle, length and height of the space the balloon made in the middle body."""
    lv = levels[1]
    centre = lv.map(-40, -lv.front * 0.52)
    return centre, lv.angle - 3.0, BODY_W * 0.52, lv.front * 0.58


def _cavity_path(levels: Sequence[Level]) -> QPainterPath:
    centre, angle, length, height = _cavity_shape(levels)
    t = QTransform()
    t.translate(centre.x(), centre.y())
    t.rotate(angle)
    return t.map(_smooth_closed(_blob_points(0, 0, length / 2, height / 2, 5, 0.06, 10)))


def _paint_cavity(p: QPainter, levels: Sequence[Level]) -> None:
    """The space left by the balloon: packed bone around it, a soft shadow inside."""
    path = _cavity_path(levels)
    p.setPen(_pen(_mix(pal().bone_shade, pal().bone_line, 0.35), 6.0))
    centre = path.boundingRect().center()
    g = QRadialGradient(centre, path.boundingRect().width() * 0.55)
    g.setColorAt(0.0, _mix(pal().background, pal().paper, 0.3))
    g.setColorAt(1.0, _mix(pal().background, pal().bone_shade, 0.45))
    p.setBrush(QBrush(g))
    p.drawPath(path)


def _cement_path(
    centre: QPointF,
    rx: float,
    ry: float,
    seed: int,
    amount: float,
    rough: float = 0.16,
    n: int = 14,
    reach: Sequence[float] | None = None,
) -> QPainterPath:
    """A blob of bone cement around ``centre``; ``amount`` 0..1 grows it from the centre.

    ``reach`` gives per-direction speeds (cement runs along cracks first).
    """
    rnd = random.Random(seed)
    pts = []
    for i in range(n):
        a = 2 * math.pi * i / n
        r = 1.0 + rnd.uniform(-rough, rough)
        speed = reach[i % len(reach)] if reach else 1.0
        grow = min(1.0, amount * speed) if amount < 1.0 else 1.0
        grow = grow * grow * (3.0 - 2.0 * grow) * 0.92 + 0.08 * min(1.0, amount * 4)
        k = r * grow
        pts.append((centre.x() + rx * k * math.cos(a), centre.y() + ry * k * math.sin(a)))
    return _smooth_closed(pts, 1.0)


def _paint_cement(p: QPainter, path: QPainterPath) -> None:
    p.setPen(_pen(pal().cement_line, 2.5))
    bounds = path.boundingRect()
    g = QLinearGradient(bounds.topLeft(), bounds.bottomRight())
    g.setColorAt(0.0, _mix(pal().cement, pal().paper, 0.5))
    g.setColorAt(1.0, _mix(pal().cement, pal().cement_line, 0.25))
    p.setBrush(QBrush(g))
    p.drawPath(path)
    # a few specks: cement is grainy, and it tells it apart from the balloon's smooth skin
    if bounds.width() > 30:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(_alpha(pal().cement_line, 0.35))
        rnd = random.Random(3)
        for _ in range(10):
            q = _pt(
                bounds.left() + bounds.width() * rnd.uniform(0.2, 0.8),
                bounds.top() + bounds.height() * rnd.uniform(0.25, 0.75),
            )
            if path.contains(q):
                p.drawEllipse(q, 2.2, 2.2)


# --- the back: soft tissue and skin on the right --------------------------------------------

SKIN_X = 872.0
_SKIN_PTS = ((SKIN_X - 26, 20), (SKIN_X - 6, 200), (SKIN_X, 400), (SKIN_X - 12, 730))


@lru_cache(maxsize=1)
def _skin_line() -> QPainterPath:
    return _smooth_open(_SKIN_PTS)


def _skin_x(y: float) -> float:
    line = _skin_line()
    best = line.pointAtPercent(0.0)
    for i in range(81):
        q = line.pointAtPercent(i / 80)
        if abs(q.y() - y) < abs(best.y() - y):
            best = q
    return best.x()


def _faded_vertical(color: QColor, top: float, bottom: float, edge: float = 90.0) -> QBrush:
    g = QLinearGradient(0, top, 0, bottom)
    span = bottom - top
    g.setColorAt(0.0, _alpha(color, 0.0))
    g.setColorAt(edge / span, color)
    g.setColorAt(1.0 - edge / span, color)
    g.setColorAt(1.0, _alpha(color, 0.0))
    return QBrush(g)


@lru_cache(maxsize=2)
def _back_image(palette: type[Palette]) -> tuple[QImage, QRectF]:
    """One image per palette (the cache key; pal() returns it while this paints).

    The soft tissue of the back as a small blurred-looking image: it is only a gentle
    tint, so a quarter of the resolution is plenty and it costs one image draw per frame."""
    area = QRectF(500, 0, 400, 750)
    k = 0.25
    image = QImage(
        round(area.width() * k), round(area.height() * k), QImage.Format.Format_ARGB32_Premultiplied
    )
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(k, k)
    p.translate(-area.x(), -area.y())
    tissue = QPainterPath(_skin_line())
    tissue.lineTo(_pt(area.left(), 730))
    tissue.lineTo(_pt(area.left(), 20))
    tissue.closeSubpath()
    g = QLinearGradient(_pt(area.left() + 40, 0), _pt(SKIN_X, 0))
    g.setColorAt(0.0, _alpha(pal().skin, 0.0))
    g.setColorAt(0.45, _alpha(pal().skin, 0.2))
    g.setColorAt(1.0, _alpha(pal().skin, 0.42))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(g))
    p.drawPath(tissue)
    # fade out at the top and bottom, so the picture has no hard edge
    p.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationIn)
    p.fillRect(area, _faded_vertical(QColor("black"), 0, 750, 110))
    p.end()
    return image, area


def _paint_back(p: QPainter) -> None:
    """Muscle and skin of the back: a soft band behind the spine up to the skin line."""
    image, area = _back_image(pal())
    p.drawImage(area, image)
    p.setBrush(Qt.BrushStyle.NoBrush)
    line = _skin_line()
    for color, width in ((pal().skin_line, 15.0), (pal().skin, 10.0)):
        pen = QPen(_faded_vertical(QColor(color), 20, 730, 80), width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        p.setPen(pen)
        p.drawPath(line)


def _skin_entry(levels: Sequence[Level]) -> QPointF:
    """Where the tube crosses the skin."""
    tip, start = _tube_tip(levels), _tube_start(levels)
    best, best_d = start, 1e9
    for i in range(101):
        q = tip + (start - tip) * (0.5 + 0.5 * i / 100)
        d = abs(q.x() - _skin_x(q.y()))
        if d < best_d:
            best, best_d = q, d
    return best


def _paint_bandage(p: QPainter, at: QPointF) -> None:
    p.save()
    p.translate(at + _pt(7, 0))
    p.rotate(4)
    p.setPen(_pen(pal().ink, 2.5))
    p.setBrush(QColor(pal().paper))
    p.drawRoundedRect(QRectF(-7, -44, 20, 88), 6, 6)
    p.setPen(_pen(_mix(pal().bone_shade, pal().ink, 0.2), 2.0))
    p.setBrush(QColor(pal().bone))
    p.drawRoundedRect(QRectF(-3, -18, 12, 36), 4, 4)
    p.restore()


# --- the procedure scenes share one picture of the spine -------------------------------------


def _procedure_levels(front: float, back: float) -> list[Level]:
    return _stack([(BODY_H, BODY_H), (front, back), (BODY_H, BODY_H)])


def _tube_start(levels: Sequence[Level]) -> QPointF:
    """Outer end of the tube: it comes in from the back through the pedicle, never through the
    gap where the cord shows."""
    tip, via = _tube_tip(levels), _pedicle_centre(levels[1])
    k = (TUBE_END_X - tip.x()) / (via.x() - tip.x())
    return tip + (via - tip) * k


def _healthy_top_front() -> QPointF:
    return _stack([(BODY_H, BODY_H), (BODY_H, BODY_H)])[1].map(-BODY_W / 2, -BODY_H)


def _label_spine(c: Canvas, levels: Sequence[Level], keys: Sequence[str]) -> None:
    lv = levels[1]
    if "broken_vertebra" in keys:
        c.label(
            "broken_vertebra",
            anchor=tuple_(lv.map(-60, -lv.front * 0.72)),
            at=(210, 205),
            align="left",
        )
    if "spinal_cord" in keys:
        q = _canal_points(levels)[3]  # at the disc below: the cord shows there
        c.label("spinal_cord", anchor=q, at=(700, 712), align="right")


def tuple_(q: QPointF) -> tuple[float, float]:
    return (q.x(), q.y())


# --- scenes -----------------------------------------------------------------------------------


@scene("vertebra_parts", labels=("vertebral_body", "disc", "spinal_cord"))
def vertebra_parts(c: Canvas, t: float) -> None:
    p = c.painter
    levels = _stack([(BODY_H, BODY_H)] * 3)
    _paint_spine(p, levels)
    lv = levels[1]
    c.label(
        "vertebral_body", anchor=tuple_(lv.map(-50, -BODY_H * 0.55)), at=(220, 330), align="left"
    )
    d = _disc_centre(levels[1], levels[2])
    c.label("disc", anchor=(d.x() - 70, d.y()), at=(220, 220), align="left")
    q = _canal_points(levels)[4]
    c.label("spinal_cord", anchor=(q[0] + 2, q[1] + 20), at=(730, 706), align="right")


@scene("collapse", labels=("broken_vertebra", "spinal_cord", "lost_height"), animated=True)
def collapse(c: Canvas, t: float) -> None:
    p = c.painter
    front, back = collapse_heights(t)
    s = smoothstep(t)
    bulge = 9.0 * s
    levels = _procedure_levels(front, back)
    _paint_spine(p, levels, (0.0, bulge, 0.0))
    _paint_cracks(p, levels[1], smoothstep(t, 0.15, 0.8), bulge)
    _height_arrow(c, levels[1], _healthy_top_front(), "lost_height")
    _label_spine(c, levels, ("broken_vertebra", "spinal_cord"))


def _procedure_scene(
    c: Canvas,
    front: float,
    back: float,
    *,
    cracks: float = 1.0,
    bulge: float = 9.0,
    cavity: bool = False,
    still: str = "",
) -> list[Level]:
    """The back, the three vertebrae, cracks and the balloon's space. With ``still`` (a name)
    all of it is painted once per size and reused, for animated scenes where only the tool
    and the cement move."""
    levels = _procedure_levels(front, back)

    def paint(p: QPainter) -> None:
        if still:
            _paint_back(p)
        else:
            _cached_layer(p, ("back",), QRectF(480, 0, WIDTH - 480, HEIGHT), _paint_back)
        _paint_spine(p, levels, (0.0, bulge, 0.0))
        _paint_cracks(p, levels[1], cracks, bulge)
        if cavity:
            _paint_cavity(p, levels)

    if still:
        _cached_layer(c.painter, (still,), QRectF(0, 0, WIDTH, HEIGHT), paint)
    else:
        paint(c.painter)
    return levels


def _label_tube(c: Canvas, levels: Sequence[Level], key: str = "hollow_tube") -> None:
    start, tip = _tube_start(levels), _tube_tip(levels)
    q = start * 0.32 + tip * 0.68
    c.label(key, anchor=tuple_(q), at=(640, 70), align="center")


def _label_skin(c: Canvas, y: float = 560.0) -> None:
    c.label("skin", anchor=(_skin_x(y) + 4, y), at=(905, 690), align="center")


@scene("needle_in", labels=("hollow_tube", "broken_vertebra", "skin"))
def needle_in(c: Canvas, t: float) -> None:
    levels = _procedure_scene(c, BODY_H * WEDGE_FRONT, BODY_H * WEDGE_BACK)
    _paint_tube(c.painter, _tube_start(levels), _tube_tip(levels))
    _label_spine(c, levels, ("broken_vertebra",))
    _label_tube(c, levels)
    _label_skin(c)


@scene("balloon_inflate", labels=("balloon", "hollow_tube", "lost_height"), animated=True)
def balloon_inflate(c: Canvas, t: float) -> None:
    p = c.painter
    front, back = inflate_heights(t)
    lift = smoothstep(t, 0.18, 1.0)
    levels = _procedure_scene(c, front, back, cracks=1.0 - 0.5 * lift, bulge=9.0 * (1 - lift))
    tip = _tube_tip(levels)
    start = _tube_start(levels)
    grow = smoothstep(t, 0.0, 0.35)
    centre, angle, length, height = _cavity_shape(levels)
    b_len = length * lerp(0.82, 1.0, smoothstep(t, 0.0, 0.5))
    b_h = lerp(13.0, height, 0.3 * grow + 0.7 * lift)
    ang = math.radians(angle)
    # the balloon's back end stays at the tube tip; it grows forward and in height
    back_end = tip + _pt(math.cos(ang), math.sin(ang)) * 10
    b_centre = back_end - _pt(math.cos(ang), math.sin(ang)) * (b_len / 2)
    _paint_balloon(p, b_centre, angle, b_len, b_h)
    _paint_tube(p, start, tip)
    _height_arrow(c, levels[1], _healthy_top_front(), "lost_height")
    c.label("balloon", anchor=tuple_(b_centre + _pt(-b_len * 0.25, 0)), at=(210, 470), align="left")
    _label_tube(c, levels)


_RESTORED = (BODY_H * RESTORED_FRONT, BODY_H * RESTORED_BACK)


@scene("balloon_space", labels=("space", "hollow_tube"))
def balloon_space(c: Canvas, t: float) -> None:
    levels = _procedure_scene(c, *_RESTORED, cracks=0.5, bulge=0.0, cavity=True)
    _paint_tube(c.painter, _tube_start(levels), _tube_tip(levels))
    centre = _cavity_shape(levels)[0]
    c.label("space", anchor=tuple_(centre + _pt(-40, 4)), at=(210, 470), align="left")
    _label_tube(c, levels)


def _kp_cement(levels: Sequence[Level], amount: float) -> QPainterPath:
    centre, angle, length, height = _cavity_shape(levels)
    tip = _tube_tip(levels)
    path = _cement_path(_pt(0, 0), length / 2 + 4, height / 2 + 4, 21, amount, 0.09, 16)
    t = QTransform()
    # cement flows in at the tube tip and spreads forward to fill the space
    t.translate(
        lerp(tip.x(), centre.x(), smoothstep(amount, 0.0, 0.7)),
        lerp(tip.y(), centre.y(), smoothstep(amount, 0.0, 0.7)),
    )
    t.rotate(angle)
    return t.map(path)


@scene("cement_fill", labels=("bone_cement", "hollow_tube"), animated=True)
def cement_fill(c: Canvas, t: float) -> None:
    p = c.painter
    levels = _procedure_scene(
        c, *_RESTORED, cracks=0.5, bulge=0.0, cavity=True, still="cement_fill"
    )
    if t > 0.0:
        _paint_cement(p, _kp_cement(levels, t))
    _paint_tube(p, _tube_start(levels), _tube_tip(levels))
    centre = _cavity_shape(levels)[0]
    c.label("bone_cement", anchor=tuple_(centre + _pt(-30, 6)), at=(210, 470), align="left")
    _label_tube(c, levels)


@scene("kp_done", labels=("bone_cement", "skin"))
def kp_done(c: Canvas, t: float) -> None:
    p = c.painter
    levels = _procedure_scene(c, *_RESTORED, cracks=0.35, bulge=0.0)
    _paint_cement(p, _kp_cement(levels, 1.0))
    _paint_bandage(p, _skin_entry(levels))
    centre = _cavity_shape(levels)[0]
    c.label("bone_cement", anchor=tuple_(centre + _pt(-30, 6)), at=(210, 470), align="left")
    _label_skin(c)


# cement in vertebroplasty runs into the cracks first: per-direction speeds around the tip
_VP_REACH = (1.0, 1.5, 0.8, 0.9, 1.6, 1.1, 0.85, 1.3, 1.0, 0.7, 1.45, 0.9, 1.2, 0.8, 1.0, 1.35)


def _vp_cement(levels: Sequence[Level], amount: float) -> QPainterPath:
    lv = levels[1]
    centre = lv.map(-14, -lv.front * 0.5)
    path = _cement_path(_pt(0, 0), BODY_W * 0.33, lv.front * 0.34, 33, amount, 0.14, 18, _VP_REACH)
    t = QTransform()
    t.translate(centre.x(), centre.y())
    t.rotate(lv.angle - 4)
    return t.map(path)


@scene("vp_cement", labels=("needle", "bone_cement"), animated=True)
def vp_cement(c: Canvas, t: float) -> None:
    p = c.painter
    levels = _procedure_scene(c, BODY_H * WEDGE_FRONT, BODY_H * WEDGE_BACK, still="vp_cement")
    if t > 0.0:
        _paint_cement(p, _vp_cement(levels, t))
    lv = levels[1]
    tip = lv.map(-30, -lv.front * 0.5)
    start = _tube_start(levels)
    _paint_needle(p, start, tip)
    c.label("needle", anchor=tuple_(start * 0.3 + tip * 0.7), at=(640, 70), align="center")
    c.label("bone_cement", anchor=tuple_(tip + _pt(-40, 4)), at=(210, 470), align="left")


@scene("cement_leak", labels=("bone_cement", "leak"))
def cement_leak(c: Canvas, t: float) -> None:
    p = c.painter
    levels = _stack([(BODY_H, BODY_H), _RESTORED, (BODY_H, BODY_H)])
    _paint_spine(p, levels)
    _paint_cracks(p, levels[1], 0.35)
    _paint_cement(p, _kp_cement(levels, 1.0))
    lv = levels[1]
    drop_c = lv.map(-BODY_W / 2 - 20, -lv.front * 0.3)
    drop = _smooth_closed(_blob_points(drop_c.x(), drop_c.y(), 15, 11, 8, 0.15, 7))
    _paint_cement(p, drop)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(_pen(_alpha(pal().accent, 0.8), 3.0, Qt.PenStyle.DashLine))
    p.drawEllipse(drop_c, 34, 30)
    centre = _cavity_shape(levels)[0]
    c.label("bone_cement", anchor=tuple_(centre + _pt(20, -6)), at=(760, 90), align="center")
    c.label("leak", anchor=(drop_c.x() - 34, drop_c.y() + 4), at=(200, 470), align="left")


# --- the whole spine ----------------------------------------------------------------------------

# body centres from the top of the neck to the bottom of the low back (front faces left): the
# neck and low back curve gently toward the front, the upper back toward the back
_SPINE_KEYS = (
    (492, 152),
    (479, 204),
    (486, 258),
    (510, 320),
    (528, 400),
    (520, 480),
    (498, 552),
    (500, 612),
)
# (depth, height) of C1..C7, T1..T12, L1..L5: they grow larger toward the bottom
_LEVEL_SIZES = (
    [(28.0 + i * 0.8, 9.0 + i * 0.3) for i in range(7)]
    + [(36.0 + i * 1.5, 12.0 + i * 0.5) for i in range(12)]
    + [(56.0 + i * 1.4, 18.5 + i * 0.5) for i in range(5)]
)


@dataclass(frozen=True)
class _SmallLevel:
    centre: QPointF
    angle: float
    w: float
    h: float
    disc: float  # height of the disc below
    region: int  # 0 neck, 1 upper back, 2 low back


@lru_cache(maxsize=1)
def _spine_layout() -> tuple[_SmallLevel, ...]:
    """Place the 24 vertebrae along the curve, each turned to follow it."""
    curve = _smooth_open(_SPINE_KEYS)
    total = curve.length()
    gaps = [h * (0.42 if i < 7 else 0.36) for i, (_, h) in enumerate(_LEVEL_SIZES)]
    units = sum(h for _, h in _LEVEL_SIZES) + sum(gaps[:-1])
    k = total / units
    out = []
    pos = 0.0
    for i, ((w, h), g) in enumerate(zip(_LEVEL_SIZES, gaps, strict=True)):
        frac = curve.percentAtLength(min(total, pos + h * k / 2))
        slope = curve.angleAtPercent(frac)  # degrees, counter-clockwise; the curve runs down
        out.append(
            _SmallLevel(
                curve.pointAtPercent(frac),
                -slope - 90.0,
                w,
                h * k,
                g * k,
                0 if i < 7 else 1 if i < 19 else 2,
            )
        )
        pos += (h + g) * k
    return tuple(out)


@lru_cache(maxsize=32)
def _small_arch(w: float, h: float, region: int) -> QPainterPath:
    """The back arch and spinous process of a small vertebra; origin at the body's back-top.

    Short and level in the neck, long and sloping down in the upper back, broad in the low
    back, as they are.
    """
    length, droop, thick = ((0.55, 0.25, 0.8), (0.8, 0.9, 0.75), (0.7, 0.2, 1.0))[region]
    c = 0.28 * w
    reach = length * w
    pts = [
        (-2, 0.12 * h),
        (c, 0.05 * h),
        (c + 0.12 * w, -0.25 * h),
        (c + 0.3 * w, 0.02 * h),
        (c + reach * 0.7, 0.25 * h + droop * h * 0.7),
        (c + reach, 0.35 * h + droop * h),
        (c + reach * 0.98, 0.35 * h + droop * h + thick * h * 0.55),
        (c + reach * 0.6, 0.65 * h + droop * h * 0.75),
        (c + 0.3 * w, 1.05 * h),
        (c + 0.1 * w, 0.75 * h),
        (c, 0.55 * h),
        (-2, 0.6 * h),
    ]
    return _smooth_closed(pts, 0.8)


@lru_cache(maxsize=1)
def _person_path() -> QPainterPath:
    """A calm outline of a person standing, facing left, from the head to the thighs."""
    pts = [
        (452, 40),
        (506, 52),
        (538, 92),
        (542, 140),
        (530, 190),
        (526, 232),
        (556, 270),
        (596, 322),
        (610, 392),
        (598, 460),
        (576, 516),
        (588, 572),
        (610, 628),
        (612, 700),
        (598, 790),
        (392, 790),
        (380, 700),
        (360, 620),
        (346, 540),
        (338, 460),
        (340, 380),
        (360, 300),
        (410, 258),
        (418, 226),
        (396, 206),
        (374, 196),
        (370, 178),
        (362, 164),
        (366, 152),
        (352, 142),
        (364, 118),
        (368, 96),
        (392, 56),
    ]
    return _smooth_closed(pts, 0.85)


@lru_cache(maxsize=1)
def _sacrum_path() -> QPainterPath:
    pts = [
        (-32, 0),
        (30, -4),
        (38, 14),
        (32, 44),
        (22, 74),
        (12, 98),
        (6, 112),
        (0, 110),
        (-4, 94),
        (-12, 62),
        (-26, 26),
    ]
    return _smooth_closed(pts, 0.85)


@scene("spine_side", labels=("vertebra", "disc"))
def spine_side(c: Canvas, t: float) -> None:
    p = c.painter
    person = _person_path()
    p.setPen(QPen(_faded_vertical(_alpha(pal().skin_line, 0.55), -200, 750, 120), 3.0))
    p.setBrush(_faded_vertical(_alpha(pal().skin, 0.3), -200, 750, 120))
    p.drawPath(person)
    layout = _spine_layout()
    for lv in layout:  # the arches first: the cord passes in front of them, behind the bodies
        p.save()
        p.translate(lv.centre)
        p.rotate(lv.angle)
        p.translate(lv.w / 2, -lv.h / 2)
        p.setPen(_pen(pal().bone_line, 1.6))
        p.setBrush(QColor(pal().bone))
        p.drawPath(_small_arch(lv.w, lv.h, lv.region))
        p.restore()
    cord = []
    for lv in layout:
        a = math.radians(lv.angle)
        off = lv.w / 2 + 0.14 * lv.w
        cord.append((lv.centre.x() + off * math.cos(a), lv.centre.y() + off * math.sin(a)))
    path = _smooth_open(cord)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(_pen(pal().cord_line, 11.0))
    p.drawPath(path)
    p.setPen(_pen(pal().cord, 7.5))
    p.drawPath(path)
    last = layout[-1]
    p.save()
    p.translate(last.centre)
    p.rotate(last.angle)
    p.translate(4, last.h / 2 + last.disc * 0.9)
    p.rotate(-34)
    p.setPen(_pen(pal().bone_line, 2.0))
    p.setBrush(QColor(pal().bone))
    p.drawPath(_sacrum_path())
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(_alpha(pal().bone_line, 0.22))
    for y in (24, 48, 70):
        p.drawEllipse(_pt(6 - y * 0.06, y), 4.0, 3.0)
    p.restore()
    for lv in layout:
        p.save()
        p.translate(lv.centre)
        p.rotate(lv.angle)
        p.setPen(_pen(pal().disc_line, 1.6))
        p.setBrush(QColor(pal().disc))
        g = lv.disc
        p.drawRoundedRect(QRectF(-lv.w / 2 - 1, lv.h / 2 - 2, lv.w + 2, g + 4), g * 0.6, g * 0.6)
        p.setPen(_pen(pal().bone_line, 1.8))
        p.setBrush(QColor(pal().bone))
        p.translate(0, lv.h / 2)
        p.drawPath(body_path(lv.w, lv.h, lv.h))
        p.restore()
    lum, disc = layout[21], layout[19]
    c.label("vertebra", anchor=(lum.centre.x() - 8, lum.centre.y()), at=(690, 585), align="right")
    below = disc.centre + _pt(0, disc.h / 2 + disc.disc / 2)
    c.label("disc", anchor=(below.x() - 8, below.y()), at=(690, 470), align="right")


# --- one vertebra from above -------------------------------------------------------------------


@lru_cache(maxsize=1)
def _top_view_paths() -> tuple[QPainterPath, QPainterPath, QPainterPath, QPainterPath]:
    """Outline of the bone, the canal hole, the body's spongy face, and the cord (top view)."""
    cy = 375.0
    body = _smooth_closed(
        [
            (200, cy),
            (214, cy - 110),
            (270, cy - 178),
            (350, cy - 190),
            (420, cy - 160),
            (452, cy - 80),
            (440, cy),
            (452, cy + 80),
            (420, cy + 160),
            (350, cy + 190),
            (270, cy + 178),
            (214, cy + 110),
        ],
        1.0,
    )
    ring = _smooth_closed(
        [
            (420, cy - 110),
            (480, cy - 128),
            (540, cy - 150),
            (588, cy - 250),
            (624, cy - 262),
            (636, cy - 230),
            (612, cy - 140),
            (650, cy - 60),
            (720, cy - 26),
            (840, cy - 14),
            (868, cy),
            (840, cy + 14),
            (720, cy + 26),
            (650, cy + 60),
            (612, cy + 140),
            (636, cy + 230),
            (624, cy + 262),
            (588, cy + 250),
            (540, cy + 150),
            (480, cy + 128),
            (420, cy + 110),
        ],
        0.9,
    )
    canal = _smooth_closed(
        [
            (446, cy),
            (470, cy - 62),
            (526, cy - 80),
            (588, cy - 40),
            (606, cy),
            (588, cy + 40),
            (526, cy + 80),
            (470, cy + 62),
        ],
        1.0,
    )
    inner = _smooth_closed(
        [
            (226, cy),
            (236, cy - 96),
            (282, cy - 156),
            (350, cy - 166),
            (408, cy - 140),
            (428, cy - 74),
            (418, cy),
            (428, cy + 74),
            (408, cy + 140),
            (350, cy + 166),
            (282, cy + 156),
            (236, cy + 96),
        ],
        1.0,
    )
    bone = body.united(ring).subtracted(canal)
    cord = QPainterPath()
    cord.addEllipse(QRectF(480, cy - 46, 92, 92))
    return bone, canal, inner, cord


@scene("vertebra_top", labels=("vertebral_body", "spinal_cord"))
def vertebra_top(c: Canvas, t: float) -> None:
    p = c.painter
    bone, canal, inner, cord = _top_view_paths()
    cy = 375.0
    # nerve roots leave the canal on each side, under the bony ring
    for color, width in ((pal().cord_line, 15.0), (pal().nerve, 10.0)):
        p.setPen(_pen(color, width))
        for d in (-1, 1):
            p.drawPath(
                _smooth_open(
                    [
                        (520, cy + d * 30),
                        (505, cy + d * 120),
                        (486, cy + d * 196),
                        (474, cy + d * 222),
                    ]
                )
            )
    p.setPen(_pen(pal().bone_line, 3.0))
    p.setBrush(QColor(pal().bone))
    p.drawPath(bone)
    p.setPen(_pen(_alpha(pal().bone_line, 0.5), 2.0))
    p.setBrush(_spongy(p))
    p.drawPath(inner)
    # the joints with the vertebra above: two smooth, slightly shaded faces
    p.setPen(_pen(_alpha(pal().bone_line, 0.6), 2.0))
    p.setBrush(QColor(pal().bone_shade))
    for d in (-1, 1):
        p.drawEllipse(_pt(594, cy + d * 112), 22, 17)
    # the canal is an opening with the cord inside it
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(_mix(pal().cord, pal().paper, 0.72))
    p.drawPath(canal)
    p.setPen(_pen(pal().cord_line, 3.0))
    p.setBrush(QColor(pal().cord))
    p.drawPath(cord)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(_alpha(pal().cord_line, 0.22))
    p.drawEllipse(QRectF(508, cy - 18, 36, 36))
    c.label("vertebral_body", anchor=(300, cy - 60), at=(250, 110), align="left")
    c.label("spinal_cord", anchor=(540, cy - 20), at=(720, 110), align="right")


# --- spongy bone, healthy and weak ------------------------------------------------------------


_CUT_W, _CUT_H = 330.0, 270.0


@lru_cache(maxsize=2)
def _cut_body(weak: bool) -> tuple[QPainterPath, QPainterPath, QPainterPath]:
    w, h = _CUT_W, _CUT_H
    outer = body_path(w, h, h)
    inner = body_path(w, h, h, inset=7.0 if weak else 12.0)
    if weak:
        holes = _hole_path(41, 40.0, 18.5, 5.0, 400.0).translated(-200, -340)
    else:
        holes = _hole_path(23, 12.0, 4.4, 2.2, 400.0).translated(-200, -340)
    room = body_path(w, h, h, inset=10.0 if weak else 13.0)
    kept = QPainterPath()
    for poly in holes.toSubpathPolygons():
        if all(room.contains(q) for q in poly):
            kept.addPolygon(poly)
            kept.closeSubpath()
    return outer, inner, kept


@scene("spongy_bone", labels=("healthy_bone", "weak_bone"))
def spongy_bone(c: Canvas, t: float) -> None:
    p = c.painter
    for x, weak in ((265.0, False), (735.0, True)):
        outer, inner, holes = _cut_body(weak)
        p.save()
        p.translate(x, 590)
        # a piece of disc above and below, fading out: these are bodies from a spine
        for y0, y1 in ((-_CUT_H - 60, -_CUT_H + 6), (-6, 60)):
            g = QLinearGradient(0, y0, 0, y1)
            far, near = (0.0, 1.0) if y0 < 0 and y1 < 0 else (1.0, 0.0)
            g.setColorAt(far, _alpha(pal().disc, 0.0))
            g.setColorAt(near, _alpha(pal().disc, 0.9))
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(g))
            p.drawRoundedRect(QRectF(-_CUT_W / 2 + 8, y0, _CUT_W - 16, y1 - y0), 14, 14)
        p.setPen(_pen(pal().bone_line, 3.0))
        p.setBrush(QColor(pal().bone))
        p.drawPath(outer)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(pal().weak_bone if weak else pal().bone_inner))
        p.drawPath(inner)
        p.setPen(_pen(_mix(pal().bone_shade, pal().bone_line, 0.45), 1.4))
        p.setBrush(_mix(pal().bone_shade, pal().crack, 0.12))
        p.drawPath(holes)
        p.restore()
    c.label("healthy_bone", anchor=(265, 420), at=(265, 150), align="center")
    c.label("weak_bone", anchor=(735, 420), at=(735, 150), align="center")
