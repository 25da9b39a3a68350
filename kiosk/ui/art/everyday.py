"""Everyday scenes: people, treatments, the procedure room, recovery and bone health.

One flat style for all of them: soft palette fills, a 3-unit dark outline, round joints.
People are built from one :func:`person` figure posed by a few joint angles, so every
scene shares proportions; objects sit on round :func:`panel` backgrounds. Like every side
view in the kiosk, people face **left** unless they face someone.

Nothing here draws text: marks on clocks and calendars are shapes, and every word is a
label the view draws (see :meth:`Canvas.label`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from math import cos, hypot, radians, sin, sqrt

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QPainterPath,
    QPen,
    QRadialGradient,
    QTransform,
)

from kiosk.ui.art.base import Canvas, scene

LINE = 3.0  # outline width in canvas units

Point = tuple[float, float]
Paint = str | QColor | None  # a Palette name, a colour, or nothing


# ---------------------------------------------------------------------------------------
# Drawing helpers
# ---------------------------------------------------------------------------------------


def tint(canvas: Canvas, name: str, alpha: float = 1.0, darker: int = 100) -> QColor:
    """A palette colour, optionally see-through or a shade darker (for far-side limbs)."""
    color = canvas.color(name)
    if darker != 100:
        color = color.darker(darker)
    color.setAlphaF(alpha)
    return color


def _qcolor(canvas: Canvas, paint: Paint) -> QColor | None:
    if paint is None or isinstance(paint, QColor):
        return paint
    return canvas.color(paint)


def pen(color: QColor, width: float = LINE) -> QPen:
    return QPen(
        color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
    )


def draw(
    canvas: Canvas,
    path: QPainterPath,
    fill: Paint = None,
    line: Paint = "ink",
    width: float = LINE,
) -> None:
    """Fill ``path`` and outline it: the one way every shape in this module is painted."""
    p = canvas.painter
    fill_color, line_color = _qcolor(canvas, fill), _qcolor(canvas, line)
    # One drawPath with pen and brush set: the raster engine strokes this much faster
    # than a separate strokePath.
    p.setPen(pen(line_color, width) if line_color is not None else Qt.PenStyle.NoPen)
    p.setBrush(fill_color if fill_color is not None else Qt.BrushStyle.NoBrush)
    p.drawPath(path)


def stroke(canvas: Canvas, path: QPainterPath, line: Paint = "ink", width: float = LINE) -> None:
    draw(canvas, path, None, line, width)


def rrect(x: float, y: float, w: float, h: float, r: float = 12.0) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(x, y, w, h), r, r)
    return path


def circle(cx: float, cy: float, r: float) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(cx, cy), r, r)
    return path


def ellipse(cx: float, cy: float, rx: float, ry: float) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(cx, cy), rx, ry)
    return path


def poly(points: Sequence[Point], closed: bool = True) -> QPainterPath:
    path = QPainterPath(QPointF(*points[0]))
    for pt in points[1:]:
        path.lineTo(QPointF(*pt))
    if closed:
        path.closeSubpath()
    return path


def curve(*points: Point) -> QPainterPath:
    """A smooth open path: start, then (control, end) pairs of quadratic segments."""
    path = QPainterPath(QPointF(*points[0]))
    for i in range(1, len(points) - 1, 2):
        path.quadTo(QPointF(*points[i]), QPointF(*points[i + 1]))
    return path


def tube(points: Sequence[Point], widths: Sequence[float]) -> QPainterPath:
    """A rounded limb through ``points``, ``widths`` wide at each point, as one outline."""
    return _tube(
        tuple((round(x, 2), round(y, 2)) for x, y in points), tuple(round(w, 2) for w in widths)
    )


@lru_cache(maxsize=512)
def _tube(points: tuple[Point, ...], widths: tuple[float, ...]) -> QPainterPath:
    # Path unions are the slow part of a scene; every scene is static or repeats its
    # shapes frame to frame, so the outlines are built once.
    path = QPainterPath()
    for (ax, ay), wa in zip(points, widths, strict=True):
        path = path.united(circle(ax, ay, wa / 2))
    for i in range(len(points) - 1):
        (ax, ay), (bx, by) = points[i], points[i + 1]
        ra, rb = widths[i] / 2, widths[i + 1] / 2
        d = hypot(bx - ax, by - ay)
        if d <= abs(ra - rb) + 1e-6:
            continue
        ux, uy = (bx - ax) / d, (by - ay) / d
        s = (ra - rb) / d
        c = sqrt(1 - s * s)
        m1 = (ux * s - uy * c, uy * s + ux * c)
        m2 = (ux * s + uy * c, uy * s - ux * c)
        path = path.united(
            poly(
                [
                    (ax + ra * m1[0], ay + ra * m1[1]),
                    (bx + rb * m1[0], by + rb * m1[1]),
                    (bx + rb * m2[0], by + rb * m2[1]),
                    (ax + ra * m2[0], ay + ra * m2[1]),
                ]
            )
        )
    return path


def panel(canvas: Canvas, cx: float, cy: float, r: float, ground: float | None = None) -> None:
    """A round white picture panel; ``ground`` (a y) adds a soft floor inside it."""
    draw(canvas, circle(cx, cy, r), "paper", tint(canvas, "disc", 0.55), 2.5)
    if ground is not None:
        floor = rrect(cx - r, ground, 2 * r, r + cy - ground, 0)
        floor = circle(cx, cy, r - 1.5).intersected(floor)
        draw(canvas, floor, tint(canvas, "disc", 0.22), None)


def shadow(canvas: Canvas, cx: float, cy: float, rx: float, ry: float = 9.0) -> None:
    draw(canvas, ellipse(cx, cy, rx, ry), tint(canvas, "ink", 0.09), None)


def glow(canvas: Canvas, x: float, y: float, r: float, name: str = "highlight") -> None:
    """A soft round glow: pain, heat or a fresh injury."""
    grad = QRadialGradient(QPointF(x, y), r)
    grad.setColorAt(0.0, tint(canvas, name, 0.65))
    grad.setColorAt(0.45, tint(canvas, name, 0.35))
    grad.setColorAt(1.0, tint(canvas, name, 0.0))
    canvas.painter.fillPath(circle(x, y, r), grad)


def arrow(
    canvas: Canvas,
    path: QPainterPath,
    color: Paint = "accent",
    width: float = 9.0,
    head: float = 26.0,
) -> None:
    """Stroke ``path`` and put a rounded arrow head at its end."""
    col = _qcolor(canvas, color)
    assert col is not None
    canvas.painter.strokePath(path, pen(col, width))
    end = path.pointAtPercent(1.0)
    ang = radians(path.angleAtPercent(1.0))
    dx, dy = cos(ang), -sin(ang)  # angleAtPercent is counter-clockwise, y up
    nx, ny = -dy, dx
    tip = (end.x() + dx * head * 0.55, end.y() + dy * head * 0.55)
    back = (end.x() - dx * head * 0.45, end.y() - dy * head * 0.45)
    tri = poly(
        [
            tip,
            (back[0] + nx * head * 0.6, back[1] + ny * head * 0.6),
            (back[0] - nx * head * 0.6, back[1] - ny * head * 0.6),
        ]
    )
    canvas.painter.fillPath(tri, col)
    canvas.painter.strokePath(tri, pen(col, 4))


def no_sign(canvas: Canvas, cx: float, cy: float, r: float) -> None:
    """The round "not allowed" sign: a ring with a diagonal bar, as shapes."""
    w = r * 0.14
    draw(canvas, circle(cx, cy, r), tint(canvas, "highlight", 0.07), None)
    d = (r - w / 2) * 0.7071
    bar = QPainterPath(QPointF(cx - d, cy - d))
    bar.lineTo(QPointF(cx + d, cy + d))
    canvas.painter.strokePath(bar, pen(tint(canvas, "highlight", 0.92), w))
    canvas.painter.strokePath(circle(cx, cy, r - w / 2), pen(tint(canvas, "highlight", 0.92), w))


# ---------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pose:
    """Joint angles in degrees. Limbs: (upper, lower) measured from straight down, positive
    toward the way the person faces. ``lean``/``stoop``: the torso from upright, forward."""

    lean: float = 0.0
    stoop: float = 0.0  # extra rounding of the upper back
    nod: float = 0.0  # head forward (+) or up (-) relative to the upper back
    arm_back: tuple[float, float] = (-6.0, 4.0)
    arm_front: tuple[float, float] = (4.0, 10.0)
    leg_back: tuple[float, float] = (0.0, 0.0)
    leg_front: tuple[float, float] = (0.0, 0.0)


STAND = Pose()
WALK = Pose(lean=3, arm_back=(22, 40), arm_front=(-22, -12), leg_back=(-20, -32), leg_front=(24, 4))
RECLINE = Pose(
    lean=-12, nod=10, arm_back=(-6, 60), arm_front=(8, 78), leg_back=(84, 6), leg_front=(80, 2)
)
SIT = Pose(lean=-4, arm_back=(8, 70), arm_front=(10, 72), leg_back=(88, 2), leg_front=(86, -2))
STOOP = Pose(
    lean=4,
    stoop=52,
    nod=-46,
    arm_back=(4, 8),
    arm_front=(10, 16),
    leg_back=(10, -6),
    leg_front=(14, -4),
)
LIFT = Pose(
    lean=70,
    stoop=12,
    nod=-8,
    arm_back=(-4, 6),
    arm_front=(8, 4),
    leg_back=(34, -14),
    leg_front=(40, -10),
)
LIE = Pose(arm_back=(6, 6), arm_front=(8, 12), leg_back=(26, -18), leg_front=(30, -22))
PRONE = Pose(arm_back=(2, 2), arm_front=(5, 3), leg_back=(0, 0), leg_front=(3, -3))
MARCH = Pose(arm_back=(-30, 30), arm_front=(36, 112), leg_back=(0, 0), leg_front=(74, 4))


THIGH, SHIN, SOLE = 1.75, 1.95, 0.3  # in head heights; SOLE: ankle to the floor


def hip_above(ground: float, pose: Pose, size: float) -> float:
    """The hip height (a y) that puts the lower foot of ``pose`` on ``ground``."""

    def reach(angles: tuple[float, float]) -> float:
        return THIGH * cos(radians(angles[0])) + SHIN * cos(radians(angles[1])) + SOLE

    return ground - max(reach(pose.leg_back), reach(pose.leg_front)) * size


def _up(angle: float, f: float) -> Point:
    a = radians(angle)
    return (f * sin(a), -cos(a))


def _down(angle: float, f: float) -> Point:
    a = radians(angle)
    return (f * sin(a), cos(a))


def _at(p: Point, v: Point, k: float) -> Point:
    return (p[0] + v[0] * k, p[1] + v[1] * k)


def _face(
    canvas: Canvas, head: Point, r: float, up: Point, fwd: Point, hair: Paint, smile: bool = False
) -> None:
    """Side-view head: skin, a small nose, hair over the back, an ear and a calm closed eye."""

    def loc(a: float, b: float) -> Point:  # a forward, b up, in head radii
        return (head[0] + (fwd[0] * a + up[0] * b) * r, head[1] + (fwd[1] * a + up[1] * b) * r)

    skull = circle(*head, r).united(circle(*loc(0.9, -0.12), r * 0.2))
    draw(canvas, skull, "skin", "skin_line")
    cap = circle(*head, r).intersected(circle(*loc(-0.62, 0.5), r * 1.05))
    cap = cap.united(circle(*head, r).intersected(circle(*loc(0.05, 1.25), r * 0.62)))
    draw(canvas, cap, hair, "ink")
    ear = QPainterPath()
    ear.addEllipse(QPointF(*loc(-0.12, -0.08)), r * 0.14, r * 0.2)
    draw(canvas, ear, "skin", "skin_line", 2.5)
    draw(canvas, circle(*loc(0.56, 0.08), r * 0.085), "ink", None)
    if smile:
        stroke(canvas, curve(loc(0.55, -0.42), loc(0.68, -0.5), loc(0.8, -0.38)), "skin_line", 2.5)


def person(
    canvas: Canvas,
    hip: Point,
    size: float,
    pose: Pose = STAND,
    facing: float = -1.0,
    rot: float = 0.0,
    shirt: str = "body",
    trousers: str = "body_line",
    hair: str = "needle",
    coat: bool = False,
    smile: bool = False,
    spine: Sequence[int] | None = None,
) -> dict[str, QPointF]:
    """Draw an adult, side view, hips at ``hip``; ``size`` is the head height (about 1/7.6
    of the standing height). ``rot`` turns the whole figure (−90 with facing −1 lies face
    down, head left). ``spine`` shows a see-through spine; its numbers mark broken levels
    (0 = lowest of nine). Returns key points in canvas units for glows and labels."""
    p = canvas.painter
    h, f = size, facing
    t = QTransform()
    t.translate(*hip)
    t.rotate(rot)
    p.save()
    p.setTransform(t, True)

    # Skeleton (local units, hips at the origin)
    a1, a2 = pose.lean + pose.stoop * 0.45, pose.lean + pose.stoop
    hp: Point = (0.0, 0.0)
    waist = _at(hp, _up(pose.lean, f), 0.85 * h)
    chest = _at(waist, _up(a1, f), 0.85 * h)
    neck = _at(chest, _up(a2, f), 0.8 * h)
    top = _at(neck, _up(a2, f), -0.2 * h)
    shoulder = _at(neck, _up(a2, f), -0.32 * h)
    head_angle = a2 + pose.nod
    head = _at(neck, _up(head_angle, f), 0.86 * h)

    def leg(angles: tuple[float, float]) -> tuple[list[Point], list[Point]]:
        knee = _at(hp, _down(angles[0], f), THIGH * h)
        sd = _down(angles[1], f)
        ankle = _at(knee, sd, SHIN * h)
        fd = (f, 0.0)  # feet stay level with the body's own ground
        heel = _at(_at(ankle, sd, 0.12 * h), fd, -0.12 * h)
        toe = _at(_at(ankle, sd, 0.14 * h), fd, 0.62 * h)
        return [hp, knee, ankle], [heel, toe]

    def arm(angles: tuple[float, float]) -> tuple[list[Point], Point]:
        elbow = _at(shoulder, _down(angles[0], f), 1.22 * h)
        wrist = _at(elbow, _down(angles[1], f), 1.05 * h)
        return [shoulder, elbow, wrist], _at(wrist, _down(angles[1], f), 0.16 * h)

    leg_widths = [0.8 * h, 0.52 * h, 0.38 * h]
    arm_widths = [0.46 * h, 0.38 * h, 0.3 * h]
    far_shirt = tint(canvas, shirt, darker=112)
    far_trousers = tint(canvas, trousers, darker=115)

    # Far side first, then near side, so the figure reads in depth.
    pts, hand_b = arm(pose.arm_back)
    draw(canvas, tube(pts, arm_widths), far_shirt, "ink")
    draw(canvas, circle(*hand_b, 0.2 * h), tint(canvas, "skin", darker=106), "skin_line")
    for angles, colour in ((pose.leg_back, far_trousers), (pose.leg_front, trousers)):
        pts, foot = leg(angles)
        draw(canvas, tube(foot, [0.34 * h, 0.3 * h]), "needle_line", "ink")
        draw(canvas, tube(pts, leg_widths), colour, "ink")
    draw(
        canvas,
        tube([chest, _at(neck, _up(head_angle, f), 0.5 * h)], [0.34 * h, 0.34 * h]),
        "skin",
        "skin_line",
    )
    torso_pts = [hp, waist, chest, top]
    torso_w = [1.22 * h, 1.12 * h, 1.26 * h, 0.9 * h]
    if coat:  # a doctor's coat hangs over the front thigh
        hem = _at(hp, _down(pose.leg_front[0], f), 0.95 * h)
        draw(canvas, tube([hp, hem], [1.0 * h, 0.9 * h]), shirt, "ink")
    draw(canvas, tube(torso_pts, torso_w), shirt, "ink")
    if coat:  # lapel and stethoscope
        stroke(
            canvas,
            curve(
                _at(top, _up(a2, f), 0.25 * h),
                _at(chest, (f, 0), 0.25 * h),
                _at(waist, (f, 0), 0.2 * h),
            ),
            "cement_line",
            2.5,
        )
        tubing = curve(
            _at(top, (f, 0), 0.1 * h), _at(chest, (f, 0), 0.55 * h), _at(chest, (f, 0), 0.2 * h)
        )
        stroke(canvas, tubing, "needle_line", 4)
        draw(canvas, circle(*_at(chest, (f, 0), 0.2 * h), 0.11 * h), "needle", "needle_line", 2.5)

    spine_pts: list[QPointF] = []
    if spine is not None:
        spine_pts = _see_through_spine(canvas, [hp, waist, chest, neck], h, f, spine)

    pts, hand_f = arm(pose.arm_front)
    draw(canvas, tube(pts, arm_widths), shirt, "ink")
    draw(canvas, circle(*hand_f, 0.2 * h), "skin", "skin_line")

    up = _up(head_angle, f)
    _face(canvas, head, 0.5 * h, up, (-f * up[1], f * up[0]), hair, smile)
    p.restore()

    back = (-f, 0.0)
    mid = ((waist[0] + chest[0]) / 2, (waist[1] + chest[1]) / 2)
    out = {
        "head": head,
        "hip": hp,
        "hand_front": hand_f,
        "hand_back": hand_b,
        "mid_back": _at(mid, _rot90(_up((pose.lean + a1) / 2, f), back), 0.5 * h),
        "upper_back": _at(chest, _rot90(_up(a2, f), back), 0.55 * h),
        "chest": chest,
        "neck": neck,
        "shoulder": shoulder,
    }
    mapped = {k: t.map(QPointF(*v)) for k, v in out.items()}
    if spine_pts:
        mapped["spine_mid"] = t.map(spine_pts[len(spine_pts) // 2])
        mapped["spine_low"] = t.map(spine_pts[1])
        mapped["spine_broken"] = t.map(spine_pts[spine[0]] if spine else spine_pts[4])
    return mapped


def _rot90(up: Point, back: Point) -> Point:
    """The unit normal of the torso direction ``up`` that points toward the back."""
    n = (-up[1], up[0])
    return n if n[0] * back[0] + n[1] * back[1] >= 0 else (-n[0], -n[1])


def _see_through_spine(
    canvas: Canvas, centre: list[Point], h: float, f: float, broken: Sequence[int]
) -> list[QPointF]:
    """Nine small vertebrae along the back of the torso, broken ones wedge-shaped."""
    line = QPainterPath(QPointF(*centre[0]))
    line.cubicTo(QPointF(*centre[1]), QPointF(*centre[2]), QPointF(*centre[3]))
    out: list[QPointF] = []
    for i in range(9):
        pct = 0.1 + i * 0.09
        c = line.pointAtPercent(pct)
        ang = line.angleAtPercent(pct)
        # toward the back: the normal on the side away from the face
        a = radians(ang)
        tx, ty = cos(a), -sin(a)
        nx, ny = (-ty, tx) if (-ty) * -f >= 0 else (ty, -tx)
        cx, cy = c.x() + nx * 0.26 * h, c.y() + ny * 0.26 * h
        out.append(QPointF(cx, cy))
        w, hh = 0.17 * h, 0.075 * h
        wedge = 0.55 if i in broken else 1.0
        # corners: front (toward the face) gets shorter when broken
        fx, fy = -nx, -ny
        corners = [
            (cx + fx * w + tx * hh * wedge, cy + fy * w + ty * hh * wedge),
            (cx - fx * w + tx * hh, cy - fy * w + ty * hh),
            (cx - fx * w - tx * hh, cy - fy * w - ty * hh),
            (cx + fx * w - tx * hh * wedge, cy + fy * w - ty * hh * wedge),
        ]
        fill = tint(canvas, "crack", 0.9) if i in broken else canvas.color("bone")
        draw(canvas, poly(corners), fill, "bone_line", 2)
    return out


def back_view(
    canvas: Canvas, cx: float, cy: float, u: float, skin: bool = True
) -> dict[str, Point]:
    """A seated adult seen from behind, head to hips; ``u`` is half the shoulder width.
    ``skin`` shows the bare back (procedure scenes), otherwise a shirt."""

    def at(x: float, y: float) -> Point:
        return (cx + x * u, cy + y * u)

    fill, line = ("skin", "skin_line") if skin else ("body", "ink")
    for side in (-1, 1):
        draw(
            canvas,
            tube(
                [at(side * 0.86, -0.55), at(side * 1.02, 0.35), at(side * 1.02, 1.05)],
                [0.5 * u, 0.42 * u, 0.36 * u],
            ),
            fill,
            line,
        )
    draw(canvas, tube([at(0, -1.2), at(0, -0.7)], [0.4 * u, 0.42 * u]), "skin", "skin_line")
    body = QPainterPath(QPointF(*at(-0.2, -0.86)))
    body.cubicTo(QPointF(*at(-0.55, -0.86)), QPointF(*at(-0.98, -0.86)), QPointF(*at(-1.0, -0.5)))
    body.cubicTo(QPointF(*at(-1.0, 0.05)), QPointF(*at(-0.74, 0.45)), QPointF(*at(-0.74, 0.8)))
    body.lineTo(QPointF(*at(-0.82, 1.6)))
    body.lineTo(QPointF(*at(0.82, 1.6)))
    body.lineTo(QPointF(*at(0.74, 0.8)))
    body.cubicTo(QPointF(*at(0.74, 0.45)), QPointF(*at(1.0, 0.05)), QPointF(*at(1.0, -0.5)))
    body.cubicTo(QPointF(*at(0.98, -0.86)), QPointF(*at(0.55, -0.86)), QPointF(*at(0.2, -0.86)))
    body.closeSubpath()
    draw(canvas, body, fill, line)
    if skin:
        # spine groove, shoulder blades and a hint of the vertebrae under the skin
        soft = tint(canvas, "skin_line", 0.55)
        stroke(canvas, curve(at(0, -0.78), at(0, 0.2), at(0, 1.0)), soft, 3)
        for side in (-1, 1):
            stroke(
                canvas,
                curve(at(side * 0.25, -0.5), at(side * 0.3, -0.05), at(side * 0.6, 0.02)),
                soft,
                3,
            )
        for i in range(7):
            y = -0.62 + i * 0.24
            draw(
                canvas,
                ellipse(*at(0, y), 0.035 * u, 0.02 * u),
                tint(canvas, "skin_line", 0.45),
                None,
            )
    waistband = at(-0.82, 0.98)
    draw(canvas, rrect(waistband[0], waistband[1], 1.64 * u, 0.8 * u, 0.1 * u), "body_line", "ink")
    head = at(0, -1.52)
    draw(canvas, circle(*head, 0.44 * u), "skin", "skin_line")
    for side in (-1, 1):
        draw(canvas, ellipse(*at(side * 0.44, -1.5), 0.08 * u, 0.13 * u), "skin", "skin_line", 2.5)
    hair = circle(*head, 0.44 * u).intersected(ellipse(*at(0, -1.66), 0.52 * u, 0.42 * u))
    draw(canvas, hair, "needle", "ink")
    return {"low_back": at(0.0, 0.62), "mid_back": at(0.0, 0.0), "head": head}


# ---------------------------------------------------------------------------------------
# Objects
# ---------------------------------------------------------------------------------------


def pill_bottle(canvas: Canvas, cx: float, base: float, s: float = 1.0) -> None:
    w, h = 104 * s, 140 * s
    draw(canvas, rrect(cx - w / 2, base - h, w, h, 16 * s), "cord", "cord_line")
    shine = rrect(cx - w / 2 + 3, base - h, 14 * s, h, 6 * s)
    draw(canvas, shine, tint(canvas, "paper", 0.35), None)
    draw(
        canvas,
        rrect(cx - w / 2 + 12 * s, base - h * 0.72, w - 24 * s, h * 0.46, 6 * s),
        "paper",
        "cord_line",
        2.5,
    )
    for i, k in enumerate((0.7, 0.5, 0.6)):
        y = base - h * 0.6 + i * 16 * s
        stroke(
            canvas,
            poly([(cx - 34 * s, y), (cx - 34 * s + 68 * s * k, y)], False),
            tint(canvas, "ink", 0.35),
            5 * s,
        )
    cap = rrect(cx - w / 2 - 8 * s, base - h - 40 * s, w + 16 * s, 44 * s, 10 * s)
    draw(canvas, cap, "paper", "ink")
    for i in range(1, 8):
        x = cx - w / 2 - 8 * s + i * (w + 16 * s) / 8
        stroke(
            canvas,
            poly([(x, base - h - 32 * s), (x, base - h - 4 * s)], False),
            tint(canvas, "ink", 0.25),
            2,
        )


def pill(canvas: Canvas, cx: float, cy: float, angle: float, s: float = 1.0) -> None:
    p = canvas.painter
    p.save()
    p.translate(cx, cy)
    p.rotate(angle)
    draw(canvas, rrect(-30 * s, -12 * s, 60 * s, 24 * s, 12 * s), "paper", "ink")
    half = rrect(0, -12 * s, 30 * s, 24 * s, 12 * s).united(rrect(0, -12 * s, 15 * s, 24 * s, 0))
    draw(canvas, half, "balloon", "ink")
    p.restore()


def vertebra(canvas: Canvas, cx: float, cy: float, s: float = 1.0, crack: bool = False) -> Point:
    """One vertebra, side view, front to the left: the block-shaped body, and behind it the
    arch with its joints and the spinous process. (cx, cy) is the body's centre; returns
    the point a label should name (the crack, or the body)."""
    bw, bh = 160 * s, 130 * s
    x0, y0 = cx - bw / 2, cy - bh / 2
    bx = x0 + bw  # back of the body
    arch = tube([(bx - 20 * s, cy - 34 * s), (bx + 52 * s, cy - 34 * s)], [36 * s, 36 * s])
    for pts, ws in (
        ([(bx + 50 * s, cy - 40 * s), (bx + 60 * s, cy - 80 * s)], [36 * s, 26 * s]),  # up
        ([(bx + 62 * s, cy - 24 * s), (bx + 72 * s, cy + 22 * s)], [36 * s, 24 * s]),  # down
        ([(bx + 56 * s, cy - 32 * s), (bx + 150 * s, cy - 4 * s)], [62 * s, 40 * s]),  # spine
    ):
        arch = arch.united(tube(pts, ws))
    draw(canvas, arch, "bone_shade", "bone_line")
    body = QPainterPath(QPointF(x0 + 18 * s, y0))
    body.lineTo(bx - 18 * s, y0)
    body.quadTo(bx, y0, bx, y0 + 18 * s)
    body.lineTo(bx, y0 + bh - 18 * s)
    body.quadTo(bx, y0 + bh, bx - 18 * s, y0 + bh)
    body.lineTo(x0 + 18 * s, y0 + bh)
    body.quadTo(x0, y0 + bh, x0 + 2 * s, y0 + bh - 20 * s)
    body.quadTo(x0 + 14 * s, cy, x0 + 2 * s, y0 + 20 * s)  # the front is gently waisted
    body.quadTo(x0, y0, x0 + 18 * s, y0)
    draw(canvas, body, "bone", "bone_line")
    inner = rrect(x0 + 18 * s, y0 + 16 * s, bw - 34 * s, bh - 32 * s, 14 * s)
    canvas.painter.fillPath(inner, canvas.color("bone_inner"))
    for i in range(5):  # a calm hint of spongy bone
        for j in range(4):
            hole = ellipse(
                x0 + 34 * s + i * 24 * s + (j % 2) * 11 * s,
                y0 + 32 * s + j * 22 * s,
                6 * s,
                4.5 * s,
            )
            canvas.painter.fillPath(hole, tint(canvas, "bone_shade", 0.9))
    if not crack:
        return (cx, cy)
    glow(canvas, x0 + bw * 0.45, cy, 85 * s)
    zig = [
        (x0 + 8 * s, cy - 20 * s),
        (x0 + 40 * s, cy + 4 * s),
        (x0 + 62 * s, cy - 14 * s),
        (x0 + 92 * s, cy + 12 * s),
        (x0 + 116 * s, cy - 4 * s),
        (x0 + 140 * s, cy + 16 * s),
    ]
    stroke(canvas, poly(zig, False), "crack", 6 * s)
    stroke(
        canvas,
        poly([(x0 + 62 * s, cy - 14 * s), (x0 + 72 * s, cy - 40 * s)], False),
        "crack",
        4 * s,
    )
    return (x0 + 62 * s, cy - 2 * s)


def calendar(canvas: Canvas, x: float, y: float, w: float, h: float) -> QRectF:
    """An empty calendar page with binding rings and a coloured header; returns the grid area."""
    shadow(canvas, x + w / 2, y + h + 10, w * 0.45, 10)
    draw(canvas, rrect(x, y, w, h, 18), "paper", "ink")
    header = rrect(x, y, w, 74, 18).united(rrect(x, y + 40, w, 34, 0))
    draw(canvas, header, "accent", "ink")
    for i in (0.25, 0.75):
        draw(canvas, circle(x + w * i, y + 24, 9), "background", None)
        draw(canvas, rrect(x + w * i - 8, y - 20, 16, 48, 8), "needle", "needle_line")
    return QRectF(x + 26, y + 96, w - 52, h - 122)


def stethoscope(canvas: Canvas, x: float, y: float, s: float = 1.0) -> Point:
    """A stethoscope lying flat; (x, y) is the chest piece. Returns the chest piece centre."""
    tubing = curve(
        (x - 120 * s, y - 250 * s),
        (x - 200 * s, y - 80 * s),
        (x - 80 * s, y - 60 * s),
        (x, y - 50 * s),
        (x, y),
    )
    left = curve((x - 120 * s, y - 250 * s), (x - 150 * s, y - 330 * s), (x - 60 * s, y - 360 * s))
    right = curve((x - 120 * s, y - 250 * s), (x - 40 * s, y - 300 * s), (x + 10 * s, y - 350 * s))
    for path in (left, right, tubing):
        stroke(canvas, path, "ink", 16 * s)
        stroke(canvas, path, "needle", 9 * s)
    for ex, ey in ((x - 60 * s, y - 360 * s), (x + 10 * s, y - 350 * s)):
        draw(canvas, circle(ex, ey, 11 * s), "needle_line", "ink")
    draw(canvas, circle(x, y + 24 * s, 42 * s), "needle", "ink")
    draw(canvas, circle(x, y + 24 * s, 28 * s), "cement", "needle_line")
    return (x, y + 24 * s)


def house(canvas: Canvas, cx: float, base: float, s: float = 1.0) -> Point:
    w, h = 220 * s, 150 * s
    draw(canvas, ellipse(cx, base + 6, w * 0.85, 22 * s), tint(canvas, "ok", 0.28), None)
    draw(
        canvas,
        rrect(cx + 40 * s, base - h - 110 * s, 30 * s, 80 * s, 4 * s),
        "bone_shade",
        "bone_line",
    )
    draw(canvas, rrect(cx - w / 2, base - h, w, h, 6 * s), "bone", "bone_line")
    roof = poly(
        [
            (cx - w / 2 - 26 * s, base - h + 6 * s),
            (cx, base - h - 105 * s),
            (cx + w / 2 + 26 * s, base - h + 6 * s),
        ]
    )
    canvas.painter.save()
    draw(canvas, roof, "crack", "ink")
    canvas.painter.restore()
    draw(canvas, rrect(cx - 28 * s, base - 92 * s, 56 * s, 92 * s, 8 * s), "body", "ink")
    draw(canvas, circle(cx + 16 * s, base - 46 * s, 4 * s), "paper", None)
    for wx in (cx - 78 * s, cx + 48 * s):
        draw(canvas, rrect(wx, base - 112 * s, 42 * s, 42 * s, 5 * s), "disc", "ink")
        stroke(
            canvas,
            poly([(wx + 21 * s, base - 112 * s), (wx + 21 * s, base - 70 * s)], False),
            "ink",
            2.5,
        )
    # a round tree beside it
    tx = cx + w / 2 + 60 * s
    draw(canvas, rrect(tx - 8 * s, base - 70 * s, 16 * s, 70 * s, 6 * s), "bone_line", "ink")
    draw(canvas, circle(tx, base - 100 * s, 48 * s), "ok", "ink")
    return (cx, base - h / 2)


def box(canvas: Canvas, x: float, y: float, w: float, h: float, heavy: bool = False) -> None:
    """A cardboard box with a tape strip; ``heavy`` adds a weight symbol on its side."""
    draw(canvas, rrect(x, y, w, h, 8), "bone_shade", "bone_line")
    flap = rrect(x, y, w, h * 0.18, 8)
    draw(canvas, flap, tint(canvas, "bone_line", 0.18), "bone_line")
    draw(canvas, rrect(x + w / 2 - w * 0.08, y, w * 0.16, h * 0.42, 2), "bone", "bone_line", 2)
    if heavy:
        cx, cy = x + w / 2, y + h * 0.68
        k = w / 300
        handle = ellipse(cx, cy - 40 * k, 40 * k, 34 * k).subtracted(
            ellipse(cx, cy - 44 * k, 22 * k, 17 * k)
        )
        draw(canvas, handle, "ink", None)
        weight = QPainterPath()
        weight.moveTo(cx - 34 * k, cy - 26 * k)
        weight.lineTo(cx + 34 * k, cy - 26 * k)
        weight.cubicTo(cx + 62 * k, cy - 10 * k, cx + 62 * k, cy + 40 * k, cx + 40 * k, cy + 48 * k)
        weight.lineTo(cx - 40 * k, cy + 48 * k)
        weight.cubicTo(cx - 62 * k, cy + 40 * k, cx - 62 * k, cy - 10 * k, cx - 34 * k, cy - 26 * k)
        draw(canvas, weight, "ink", None)


def clock(canvas: Canvas, cx: float, cy: float, r: float) -> None:
    """A wall clock at one o'clock, the hour hand's one-hour sweep (12 to 1) shaded."""
    draw(canvas, circle(cx, cy, r + 14), "accent", "ink")
    draw(canvas, circle(cx, cy, r), "paper", "ink")
    sweep = QPainterPath(QPointF(cx, cy))
    sweep.arcTo(QRectF(cx - r * 0.86, cy - r * 0.86, r * 1.72, r * 1.72), 90, -30)
    sweep.closeSubpath()
    draw(canvas, sweep, tint(canvas, "balloon", 0.35), tint(canvas, "balloon", 0.8), 2)
    for i in range(12):
        a = radians(i * 30)
        long = i % 3 == 0
        r0 = r * (0.78 if long else 0.84)
        stroke(
            canvas,
            poly(
                [
                    (cx + sin(a) * r0, cy - cos(a) * r0),
                    (cx + sin(a) * r * 0.92, cy - cos(a) * r * 0.92),
                ],
                False,
            ),
            "ink",
            8 if long else 5,
        )
    rim = QPainterPath()
    rim.arcMoveTo(QRectF(cx - r * 1.02, cy - r * 1.02, r * 2.04, r * 2.04), 88)
    rim.arcTo(QRectF(cx - r * 1.02, cy - r * 1.02, r * 2.04, r * 2.04), 88, -22)
    hour = poly(
        [(cx, cy), (cx + sin(radians(30)) * r * 0.52, cy - cos(radians(30)) * r * 0.52)], False
    )
    minute = poly([(cx, cy), (cx, cy - r * 0.76)], False)
    stroke(canvas, hour, "ink", 13)
    stroke(canvas, minute, "ink", 8)
    draw(canvas, circle(cx, cy, 11), "balloon", "ink", 2.5)


def panel_label(canvas: Canvas, key: str, cx: float, cy: float, r: float, anchor: Point) -> None:
    canvas.label(key, anchor=anchor, at=(cx, cy + r + 44), align="center")


# ---------------------------------------------------------------------------------------
# Scenes
# ---------------------------------------------------------------------------------------


@scene("imaging", labels=("xray", "mri"))
def imaging(canvas: Canvas, t: float) -> None:
    # A light box on a stand, showing a side X-ray of the spine with one wedge circled.
    x, y, w, h = 60.0, 130.0, 300.0, 420.0
    cx = x + w / 2
    shadow(canvas, cx, 672, 110, 10)
    draw(canvas, rrect(cx - 14, y + h, 28, 120, 6), "needle", "ink")
    draw(canvas, rrect(cx - 90, y + h + 112, 180, 22, 11), "needle", "ink")
    draw(canvas, rrect(x, y, w, h, 18), "needle", "ink")
    draw(canvas, rrect(x + 18, y + 18, w - 36, h - 36, 8), "ink", None)
    p = canvas.painter
    for i in range(7):
        vy = y + 44 + i * 50
        sag = 12.0 if i == 4 else 0.0  # the broken one: lower at the front (left)
        body = poly([(cx - 54, vy + sag), (cx + 22, vy), (cx + 22, vy + 36), (cx - 54, vy + 36)])
        p.fillPath(body, tint(canvas, "paper", 0.92 if sag else 0.78))
        p.fillPath(
            tube([(cx + 34, vy + 12), (cx + 84, vy + 28)], [18, 10]), tint(canvas, "paper", 0.45)
        )
        if i < 6:
            p.fillPath(rrect(cx - 52, vy + 40, 72, 8, 4), tint(canvas, "disc", 0.45))
    p.strokePath(circle(cx - 16, y + 44 + 4 * 50 + 20, 56), pen(canvas.color("highlight"), 6))
    # An MRI scanner: a deep ring in a rounded housing, with its sliding table.
    mx, my = 720.0, 350.0
    shadow(canvas, mx - 40, 628, 300, 16)
    draw(canvas, rrect(mx - 200, my - 190, 400, 380, 80), "paper", "ink")
    draw(
        canvas,
        rrect(mx - 200, my + 150, 400, 40, 20).intersected(rrect(mx - 200, my - 190, 400, 380, 80)),
        "cement",
        None,
    )
    stroke(canvas, rrect(mx - 200, my - 190, 400, 380, 80), "ink")
    draw(canvas, circle(mx, my, 150), "cement", "ink")
    stroke(canvas, circle(mx, my, 134), "accent", 8)
    draw(canvas, circle(mx, my, 100), tint(canvas, "body_line", 0.9), "ink")
    draw(canvas, circle(mx, my, 80), tint(canvas, "ink", 0.92), None)
    draw(canvas, rrect(mx - 150, my + 190, 300, 60, 20), "cement", "ink")
    draw(canvas, rrect(mx - 300, my + 52, 330, 28, 14), "disc", "ink")
    draw(canvas, rrect(mx - 290, my + 36, 76, 20, 10), "paper", "ink")
    draw(canvas, rrect(mx - 276, my + 80, 24, 196, 6), "needle", "ink")
    canvas.label("xray", anchor=(cx - 10, y + 70), at=(cx, 80), align="center")
    canvas.label("mri", anchor=(mx + 110, my - 150), at=(mx + 40, 105), align="center")


@scene("bending_lift")
def bending_lift(canvas: Canvas, t: float) -> None:
    panel(canvas, 500, 370, 320, ground=600)
    shadow(canvas, 480, 612, 230, 14)
    box(canvas, 336, 500, 132, 112)
    pts = person(canvas, (580, hip_above(612, LIFT, 70)), 70, LIFT)
    mb = pts["mid_back"]
    glow(canvas, mb.x() - 6, mb.y() + 4, 62)


@scene("stooped_back", labels=("healthy_spine", "several_fractures"))
def stooped_back(canvas: Canvas, t: float) -> None:
    ground = 665.0
    h = 58.0
    shadow(canvas, 290, ground, 110, 14)
    shadow(canvas, 700, ground, 120, 14)
    a = person(canvas, (290, hip_above(ground, STAND, h)), h, STAND, spine=())
    b = person(
        canvas,
        (715, hip_above(ground, STOOP, h)),
        h,
        STOOP,
        shirt="disc",
        trousers="needle_line",
        spine=(5, 6, 7),
    )
    sa, sb = a["spine_mid"], b["spine_broken"]
    canvas.label("healthy_spine", anchor=(sa.x(), sa.y()), at=(450, 150), align="center")
    canvas.label("several_fractures", anchor=(sb.x(), sb.y()), at=(860, 120), align="center")


@scene("first_treatments", labels=("medicine", "rest", "brace"))
def first_treatments(canvas: Canvas, t: float) -> None:
    r, cy = 140.0, 320.0
    # medicine
    cx = 180.0
    panel(canvas, cx, cy, r, ground=cy + 78)
    shadow(canvas, cx - 10, cy + 92, 80, 9)
    pill_bottle(canvas, cx - 22, cy + 90, 0.9)
    pill(canvas, cx + 78, cy + 74, -18, 0.7)
    draw(canvas, circle(cx + 60, cy + 100, 14), "paper", "ink")
    panel_label(canvas, "medicine", cx, cy, r, (cx - 22, cy + 10))
    # rest: a person lying in bed, head on a pillow, under a blanket
    cx = 500.0
    panel(canvas, cx, cy, r, ground=cy + 86)
    top, h = cy + 30, 28.0  # the mattress, the head size
    draw(canvas, rrect(cx - 134, cy - 50, 18, 150, 9), "bone_shade", "bone_line")
    draw(canvas, rrect(cx + 116, cy, 14, 100, 7), "bone_shade", "bone_line")
    for lx in (cx - 110, cx + 96):
        draw(canvas, rrect(lx, top + 36, 14, 32, 4), "bone_line", "ink")
    draw(canvas, rrect(cx - 122, top, 244, 40, 12), "paper", "ink")
    draw(canvas, rrect(cx - 118, top - 22, 62, 30, 14), "paper", "ink")
    hx, hy = cx - 86 + 3.36 * h, top - 0.61 * h
    person(canvas, (hx, hy), h, LIE, facing=1, rot=-90)
    knee = hx + 1.55 * h
    blanket = QPainterPath(QPointF(hx - 1.9 * h, top + 24))
    blanket.lineTo(hx - 1.9 * h, hy - 0.5 * h)
    blanket.cubicTo(hx - 1.4 * h, hy - 0.8 * h, hx - 0.4 * h, hy - 0.7 * h, hx, hy - 0.6 * h)
    blanket.cubicTo(knee - 0.9 * h, hy - 0.6 * h, knee - 0.5 * h, hy - 1.5 * h, knee, hy - 1.5 * h)
    blanket.cubicTo(knee + 0.7 * h, hy - 1.5 * h, cx + 118, hy - 0.9 * h, cx + 120, hy)
    blanket.lineTo(cx + 120, top + 28)
    blanket.quadTo(cx + 40, top + 34, hx - 1.9 * h, top + 24)
    draw(canvas, blanket, "disc", "disc_line")
    fold = curve(
        (hx - 1.9 * h, hy - 0.15 * h), (hx - 1.3 * h, hy + 0.05 * h), (hx - 0.6 * h, hy - 0.05 * h)
    )
    stroke(canvas, fold, "disc_line", 2.5)
    panel_label(canvas, "rest", cx, cy, r, (cx + 10, cy + 4))
    # brace: a back brace worn around the lower back, seen from behind
    cx = 820.0
    panel(canvas, cx, cy, r)
    u, body_y = 64.0, cy + 16
    canvas.painter.save()
    canvas.painter.setClipPath(circle(cx, cy, r - 1.5))
    back_view(canvas, cx, body_y, u, skin=False)
    canvas.painter.restore()
    top, bottom = body_y + 0.18 * u, body_y + 1.12 * u
    brace = QPainterPath(QPointF(cx - 0.9 * u, top + 8))
    brace.quadTo(cx, top - 12, cx + 0.9 * u, top + 8)
    brace.lineTo(cx + 0.96 * u, bottom)
    brace.quadTo(cx, bottom + 12, cx - 0.96 * u, bottom)
    brace.closeSubpath()
    draw(canvas, brace, "cement", "needle_line")
    for sx in (-0.5, -0.18, 0.18, 0.5):
        draw(
            canvas,
            rrect(cx + sx * u - 5, top + 2 + abs(sx) * 6, 10, bottom - top - 6, 5),
            "needle",
            "needle_line",
            2,
        )
    for k in (0.22, 0.62):
        sy = top + (bottom - top) * k
        draw(canvas, rrect(cx - 1.04 * u, sy, 2.08 * u, 15, 7), "accent", "ink", 2.5)
        draw(canvas, rrect(cx - 13, sy - 3, 26, 21, 5), "paper", "ink", 2.5)
    panel_label(canvas, "brace", cx, cy, r, (cx + 0.7 * u, (top + bottom) / 2))


@scene("lying_face_down", labels=("xray_camera", "screen"))
def lying_face_down(canvas: Canvas, t: float) -> None:
    floor = 660.0
    shadow(canvas, 450, floor, 360, 16)
    # C-arm behind the table: detector above the back, X-ray tube below the table.
    cx, top_y, bot_y = 430.0, 220.0, 590.0
    arc = QPainterPath(QPointF(cx, top_y))
    arc.cubicTo(cx + 300, top_y - 20, cx + 300, bot_y + 20, cx, bot_y)
    stroke(canvas, arc, "ink", 40)
    stroke(canvas, arc, "cement", 33)
    draw(canvas, rrect(cx + 196, 400, 64, floor - 430, 14), "cement", "ink")
    draw(canvas, rrect(cx + 150, floor - 36, 160, 30, 12), "needle", "ink")
    for wx in (cx + 172, cx + 288):
        draw(canvas, circle(wx, floor - 4, 12), "needle_line", "ink")
    draw(canvas, rrect(cx - 44, bot_y - 22, 88, 56, 14), "paper", "ink")
    # The table on its column at the head end.
    draw(canvas, rrect(190, 470, 60, floor - 490, 8), "needle", "ink")
    draw(canvas, rrect(140, floor - 24, 160, 26, 10), "needle_line", "ink")
    draw(canvas, rrect(90, 446, 680, 30, 14), "cement", "ink")
    draw(canvas, rrect(236, 426, 120, 24, 12), "disc", "disc_line")
    # The patient, face down, arms along the body, a sheet over the legs.
    person(canvas, (500, 410), 56, PRONE, facing=-1, rot=-90, shirt="disc")
    sheet = QPainterPath(QPointF(470, 446))
    sheet.cubicTo(466, 390, 510, 384, 600, 394)
    sheet.cubicTo(690, 400, 752, 380, 762, 446)
    sheet.closeSubpath()
    draw(canvas, sheet, "paper", "cement_line")
    stroke(canvas, curve((510, 416), (600, 410), (690, 426)), tint(canvas, "cement_line", 0.5), 3)
    # The detector over the back, drawn last: it is nearest to the viewer.
    draw(canvas, rrect(cx - 80, top_y - 44, 160, 72, 16), "paper", "ink")
    draw(canvas, rrect(cx - 64, top_y + 20, 128, 16, 6), "needle", "ink")
    beam = poly([(cx - 50, top_y + 40), (cx + 50, top_y + 40), (cx + 70, 330), (cx - 70, 330)])
    canvas.painter.fillPath(beam, tint(canvas, "accent", 0.08))
    # A monitor hanging from the ceiling, showing the spine.
    mx, my, mw, mh = 700.0, 90.0, 230.0, 160.0
    draw(canvas, rrect(mx + mw / 2 - 10, 30, 20, my - 28, 6), "needle", "ink")
    draw(canvas, rrect(mx, my, mw, mh, 16), "needle_line", "ink")
    draw(canvas, rrect(mx + 14, my + 14, mw - 28, mh - 28, 8), "ink", None)
    for i in range(4):
        vy = my + 28 + i * 28
        canvas.painter.fillPath(rrect(mx + 82, vy, 56, 20, 6), tint(canvas, "paper", 0.75))
        canvas.painter.fillPath(
            tube([(mx + 146, vy + 6), (mx + 168, vy + 14)], [10, 6]), tint(canvas, "paper", 0.4)
        )
    canvas.label("xray_camera", anchor=(cx - 40, top_y - 30), at=(170, 110), align="center")
    canvas.label(
        "screen", anchor=(mx + mw / 2, my + mh - 10), at=(mx + mw / 2, 330), align="center"
    )


def syringe(canvas: Canvas, tip: Point, angle: float, s: float = 1.0) -> Point:
    """A small syringe whose needle tip is at ``tip``; ``angle`` points from tip to plunger."""
    p = canvas.painter
    p.save()
    p.translate(*tip)
    p.rotate(angle)
    stroke(canvas, poly([(0, 0), (70 * s, 0)], False), "needle_line", 4 * s)
    draw(canvas, rrect(64 * s, -8 * s, 16 * s, 16 * s, 3 * s), "needle", "needle_line", 2.5)
    draw(
        canvas, rrect(78 * s, -22 * s, 150 * s, 44 * s, 10 * s), tint(canvas, "paper", 0.95), "ink"
    )
    draw(canvas, rrect(82 * s, -17 * s, 70 * s, 34 * s, 6 * s), tint(canvas, "disc", 0.7), None)
    for i in range(5):
        x = (98 + i * 24) * s
        stroke(canvas, poly([(x, -22 * s), (x, -10 * s)], False), "ink", 2)
    draw(canvas, rrect(226 * s, -34 * s, 14 * s, 68 * s, 5 * s), "paper", "ink")
    draw(canvas, rrect(238 * s, -6 * s, 60 * s, 12 * s, 4 * s), "needle", "ink")
    draw(canvas, rrect(296 * s, -24 * s, 14 * s, 48 * s, 6 * s), "needle", "ink")
    p.restore()
    a = radians(angle)
    return (tip[0] + cos(a) * 150 * s, tip[1] + sin(a) * 150 * s)


def sleeping_face(canvas: Canvas, cx: float, cy: float, r: float) -> None:
    """A calm face asleep on a pillow, with "z" shapes drifting up."""
    pillow = rrect(cx - r * 1.5, cy + r * 0.55, r * 3.0, r * 0.8, r * 0.35)
    draw(canvas, pillow, "paper", "cement_line")
    hair = ellipse(cx, cy - r * 0.1, r * 1.08, r * 1.05)
    draw(canvas, hair, "needle", "ink")
    draw(canvas, ellipse(cx, cy + r * 0.08, r * 0.86, r * 0.92), "skin", "skin_line")
    fringe = ellipse(cx, cy - r * 0.1, r * 1.08, r * 1.05).intersected(
        ellipse(cx, cy - r * 0.95, r * 1.3, r * 0.55)
    )
    draw(canvas, fringe, "needle", "ink")
    for side in (-1, 1):
        ex = cx + side * r * 0.36
        stroke(
            canvas,
            curve(
                (ex - r * 0.18, cy + r * 0.1), (ex, cy + r * 0.24), (ex + r * 0.18, cy + r * 0.1)
            ),
            "ink",
            3.5,
        )
        draw(
            canvas,
            ellipse(cx + side * r * 0.5, cy + r * 0.42, r * 0.14, r * 0.08),
            tint(canvas, "highlight", 0.25),
            None,
        )
    stroke(
        canvas,
        curve((cx - r * 0.16, cy + r * 0.52), (cx, cy + r * 0.6), (cx + r * 0.16, cy + r * 0.52)),
        "skin_line",
        3,
    )
    for i, k in enumerate((0.55, 0.75, 1.0)):
        zx, zy, zs = cx + r * (0.95 + i * 0.42), cy - r * (0.75 + i * 0.5), r * 0.26 * k
        z = QPainterPath(QPointF(zx - zs, zy - zs))
        z.quadTo(zx, zy - zs * 1.15, zx + zs, zy - zs)
        z.quadTo(zx, zy, zx - zs, zy + zs)
        z.quadTo(zx, zy + zs * 0.85, zx + zs, zy + zs)
        stroke(canvas, z, "accent", 5.5 * k + 1)


@scene("numbing", labels=("numbing_medicine",))
def numbing(canvas: Canvas, t: float) -> None:
    cx, cy, r = 380.0, 380.0, 320.0
    panel(canvas, cx, cy, r)
    canvas.painter.save()
    canvas.painter.setClipPath(circle(cx, cy, r - 1.5))
    pts = back_view(canvas, cx, 330, 160)
    canvas.painter.restore()
    lb = pts["low_back"]
    tip = (lb[0] + 34, lb[1] - 10)
    draw(canvas, circle(*tip, 20), tint(canvas, "balloon", 0.25), None)
    grip = syringe(canvas, tip, -32, 0.95)
    panel(canvas, 830, 220, 130)
    sleeping_face(canvas, 808, 256, 62)
    canvas.label("numbing_medicine", anchor=grip, at=(810, 520), align="center")


@scene("clock_home", labels=("about_one_hour", "home_same_day"))
def clock_home(canvas: Canvas, t: float) -> None:
    cx, cy, r = 270.0, 330.0, 170.0
    shadow(canvas, cx, cy + r + 50, 140, 12)
    clock(canvas, cx, cy, r)
    arrow(canvas, curve((cx + r + 40, cy - 30), (cx + r + 140, cy - 110), (cx + r + 230, cy - 40)))
    anchor = house(canvas, 760, 480)
    canvas.label("about_one_hour", anchor=(cx + 40, cy - r * 0.5), at=(cx, 610), align="center")
    canvas.label("home_same_day", anchor=anchor, at=(760, 610), align="center")


@scene("calendar_recent", labels=("six_months",))
def calendar_recent(canvas: Canvas, t: float) -> None:
    grid = calendar(canvas, 80, 110, 420, 470)
    cols, rows = 3, 4
    gap = 16.0
    cw = (grid.width() - gap * (cols - 1)) / cols
    ch = (grid.height() - gap * (rows - 1)) / rows
    marked = (6, 7, 8, 9, 10, 11)  # the last six months of the year page
    for i in range(12):
        x = grid.x() + (i % cols) * (cw + gap)
        y = grid.y() + (i // cols) * (ch + gap)
        on = i in marked
        draw(
            canvas,
            rrect(x, y, cw, ch, 10),
            tint(canvas, "balloon", 0.3) if on else "background",
            "balloon_line" if on else tint(canvas, "ink", 0.35),
            3 if on else 2,
        )
        for j in range(12):  # the days, as small dots
            dx = x + 18 + (j % 4) * (cw - 36) / 3
            dy = y + 22 + (j // 4) * (ch - 44) / 2
            dot = "balloon_line" if on else tint(canvas, "ink", 0.3)
            draw(canvas, circle(dx, dy, 4.5), dot, None)
    for dy in (-93.0, 93.0):  # the discs above and below, for context
        draw(canvas, rrect(550, 360 + dy - 14, 180, 28, 14), tint(canvas, "disc", 0.8), "disc_line")
    vertebra(canvas, 640, 360, 1.2, crack=True)
    canvas.label(
        "six_months",
        anchor=(grid.center().x(), grid.y() + 2.5 * (ch + gap)),
        at=(290, 650),
        align="center",
    )


@scene("relief_day", labels=("about_24_hours",))
def relief_day(canvas: Canvas, t: float) -> None:
    cx, cy, r = 280.0, 330.0, 170.0
    day = QPainterPath(QPointF(cx, cy))
    day.arcTo(QRectF(cx - r, cy - r, 2 * r, 2 * r), 0, 180)
    day.closeSubpath()
    night = QPainterPath(QPointF(cx, cy))
    night.arcTo(QRectF(cx - r, cy - r, 2 * r, 2 * r), 180, 180)
    night.closeSubpath()
    draw(canvas, day, tint(canvas, "cord", 0.35), None)
    draw(canvas, night, tint(canvas, "body_line", 0.85), None)
    stroke(canvas, circle(cx, cy, r), "ink")
    # sun
    sx, sy = cx, cy - 80
    for i in range(8):
        a = radians(i * 45)
        stroke(
            canvas,
            poly(
                [(sx + cos(a) * 46, sy + sin(a) * 46), (sx + cos(a) * 62, sy + sin(a) * 62)], False
            ),
            "cord_line",
            6,
        )
    draw(canvas, circle(sx, sy, 34), "cord", "cord_line")
    # moon and two small stars
    moon = circle(cx, cy + 84, 38).subtracted(circle(cx + 20, cy + 70, 34))
    draw(canvas, moon, "paper", "ink", 2.5)
    for px, py, s in ((cx - 80, cy + 60, 9), (cx + 76, cy + 104, 7)):
        star = poly(
            [
                (px, py - s),
                (px + s * 0.3, py - s * 0.3),
                (px + s, py),
                (px + s * 0.3, py + s * 0.3),
                (px, py + s),
                (px - s * 0.3, py + s * 0.3),
                (px - s, py),
                (px - s * 0.3, py - s * 0.3),
            ]
        )
        draw(canvas, star, "paper", None)
    ring = QPainterPath()
    rect = QRectF(cx - r - 30, cy - r - 30, 2 * r + 60, 2 * r + 60)
    ring.arcMoveTo(rect, 100)
    ring.arcTo(rect, 100, -330)
    arrow(canvas, ring, "accent", 8, 24)
    # a person sitting up in an armchair, at ease
    px, floor, h = 740.0, 640.0, 56.0
    hip = hip_above(floor, RECLINE, h)
    seat = hip + 0.58 * h
    shadow(canvas, px + 10, floor, 160, 14)
    for lx in (px - 90, px + 84):
        draw(canvas, rrect(lx, seat + 40, 18, floor - seat - 40, 6), "bone_line", "ink")
    back = QPainterPath(QPointF(px + 60, seat + 20))
    back.lineTo(px + 100, seat - 220)
    back.quadTo(px + 110, seat - 262, px + 150, seat - 246)
    back.quadTo(px + 166, seat - 236, px + 160, seat - 200)
    back.lineTo(px + 128, seat + 30)
    back.closeSubpath()
    draw(canvas, back, "disc", "disc_line")
    draw(
        canvas,
        rrect(px - 30, seat - 52, 180, 34, 17),
        tint(canvas, "disc", darker=110),
        "disc_line",
    )  # the far armrest, behind the person
    draw(canvas, rrect(px - 110, seat - 6, 250, 62, 24), "disc", "disc_line")
    person(canvas, (px + 50, hip), h, RECLINE, smile=True)
    canvas.label("about_24_hours", anchor=(cx - r - 8, cy + 40), at=(cx, 625), align="center")


@scene("needle_site", labels=("bandage",))
def needle_site(canvas: Canvas, t: float) -> None:
    cx, cy, r = 420.0, 380.0, 320.0
    panel(canvas, cx, cy, r)
    canvas.painter.save()
    canvas.painter.setClipPath(circle(cx, cy, r - 1.5))
    pts = back_view(canvas, cx, 330, 160)
    canvas.painter.restore()
    bx, by = pts["low_back"][0] + 40, pts["low_back"][1] - 20
    p = canvas.painter
    p.save()
    p.translate(bx, by)
    p.rotate(-6)
    draw(canvas, rrect(-48, -48, 96, 96, 14), "paper", "cement_line")
    draw(canvas, rrect(-24, -24, 48, 48, 8), tint(canvas, "bone_shade", 0.8), "cement_line", 2)
    for i in range(4):
        for j in range(4):
            draw(
                canvas,
                circle(-36 + i * 24, -36 + j * 24, 2.2)
                if (i in (0, 3) or j in (0, 3))
                else QPainterPath(),
                tint(canvas, "cement_line", 0.6),
                None,
            )
    p.restore()
    canvas.label("bandage", anchor=(bx + 40, by), at=(850, 560), align="center")


@scene("walking")
def walking(canvas: Canvas, t: float) -> None:
    panel(canvas, 500, 375, 320, ground=560)
    canvas.painter.save()
    canvas.painter.setClipPath(circle(500, 375, 318))
    path = QPainterPath(QPointF(140, 640))
    path.cubicTo(400, 600, 600, 580, 880, 575)
    path.lineTo(880, 610)
    path.cubicTo(600, 630, 400, 660, 140, 720)
    path.closeSubpath()
    draw(canvas, path, tint(canvas, "bone_shade", 0.85), None)
    for bx, by, br in ((250, 548, 44), (300, 556, 32), (740, 540, 52), (800, 552, 36)):
        draw(canvas, circle(bx, by, br), tint(canvas, "ok", 0.55), tint(canvas, "ok", 0.9), 2.5)
    canvas.painter.restore()
    shadow(canvas, 500, 618, 110, 12)
    person(canvas, (505, hip_above(618, WALK, 56)), 56, WALK)


@scene("no_lifting", labels=("no_heavy_lifting",))
def no_lifting(canvas: Canvas, t: float) -> None:
    cx, cy, r = 500.0, 350.0, 250.0
    shadow(canvas, cx, cy + 130, 190, 16)
    box(canvas, cx - 150, cy - 100, 300, 226, heavy=True)
    no_sign(canvas, cx, cy, r)
    canvas.label("no_heavy_lifting", anchor=(cx, cy + r - 18), at=(cx, 672), align="center")


@scene("strong_bones", labels=("calcium", "vitamin_d", "exercise", "fall_prevention"))
def strong_bones(canvas: Canvas, t: float) -> None:
    r, cy = 106.0, 330.0
    xs = (140.0, 380.0, 620.0, 860.0)
    # calcium: milk carton and a wedge of cheese
    cx = xs[0]
    panel(canvas, cx, cy, r, ground=cy + 55)
    carton = poly(
        [
            (cx - 60, cy - 30),
            (cx - 60, cy + 64),
            (cx + 4, cy + 64),
            (cx + 4, cy - 30),
            (cx - 8, cy - 58),
            (cx - 48, cy - 58),
        ]
    )
    draw(canvas, carton, "paper", "ink")
    draw(
        canvas,
        poly([(cx - 60, cy - 30), (cx + 4, cy - 30), (cx - 8, cy - 58), (cx - 48, cy - 58)]),
        "accent",
        "ink",
    )
    draw(canvas, rrect(cx - 36, cy - 72, 16, 14, 3), "accent", "ink", 2.5)
    draw(canvas, rrect(cx - 54, cy + 2, 52, 26, 6), "disc", None)
    cheese = poly([(cx + 4, cy + 64), (cx + 76, cy + 64), (cx + 76, cy + 24), (cx + 4, cy + 48)])
    draw(canvas, cheese, "cord", "cord_line")
    for hx, hy, hr in ((cx + 30, cy + 52, 6), (cx + 58, cy + 40, 7), (cx + 62, cy + 56, 4)):
        draw(canvas, circle(hx, hy, hr), tint(canvas, "cord_line", 0.5), None)
    panel_label(canvas, "calcium", cx, cy, r, (cx - 20, cy + 10))
    # vitamin D: the sun
    cx = xs[1]
    panel(canvas, cx, cy, r)
    for i in range(12):
        a = radians(i * 30)
        stroke(
            canvas,
            poly(
                [(cx + cos(a) * 58, cy + sin(a) * 58), (cx + cos(a) * 78, cy + sin(a) * 78)], False
            ),
            "cord_line",
            7,
        )
    draw(canvas, circle(cx, cy, 46), "cord", "cord_line")
    draw(canvas, circle(cx - 14, cy - 14, 14), tint(canvas, "paper", 0.45), None)
    panel_label(canvas, "vitamin_d", cx, cy, r, (cx, cy + 46))
    # exercise: a gentle arm raise
    cx = xs[2]
    panel(canvas, cx, cy, r, ground=cy + 72)
    canvas.painter.save()
    canvas.painter.setClipPath(circle(cx, cy, r - 1.5))
    shadow(canvas, cx, cy + 80, 40, 6)
    person(canvas, (cx + 8, hip_above(cy + 80, MARCH, 21)), 21, MARCH, facing=-1)
    canvas.painter.restore()
    panel_label(canvas, "exercise", cx, cy, r, (cx + 8, cy + 10))
    # fall prevention: a grab bar on a tiled wall and a non-slip mat
    cx = xs[3]
    panel(canvas, cx, cy, r, ground=cy + 48)
    canvas.painter.save()
    canvas.painter.setClipPath(circle(cx, cy, r - 1.5))
    wall = tint(canvas, "disc", 0.45)
    for i in range(-3, 4):
        stroke(canvas, poly([(cx + i * 40, cy - r), (cx + i * 40, cy + 48)], False), wall, 2)
    for j in range(-3, 2):
        stroke(canvas, poly([(cx - r, cy + j * 40 + 8), (cx + r, cy + j * 40 + 8)], False), wall, 2)
    canvas.painter.restore()
    draw(canvas, rrect(cx - 70, cy - 30, 140, 20, 10), "needle", "ink")
    for bx in (cx - 70, cx + 70):
        draw(canvas, circle(bx, cy - 20, 16), "needle", "ink")
        draw(canvas, circle(bx, cy - 20, 5), "needle_line", None)
    mat = rrect(cx - 78, cy + 52, 156, 34, 14)
    draw(canvas, mat, "balloon", "balloon_line")
    for i in range(7):
        for j in range(2):
            draw(canvas, circle(cx - 60 + i * 20, cy + 62 + j * 14, 3.5), "balloon_line", None)
    panel_label(canvas, "fall_prevention", cx, cy, r, (cx + 30, cy - 20))


@scene("warning_signs", labels=("fever", "leg_weakness", "call"))
def warning_signs(canvas: Canvas, t: float) -> None:
    r, cy = 140.0, 320.0
    # fever: a thermometer reading high, with heat waves
    cx = 180.0
    panel(canvas, cx, cy, r)
    draw(canvas, rrect(cx - 20, cy - 110, 40, 170, 20), "paper", "ink")
    draw(canvas, circle(cx, cy + 78, 34), "highlight", "ink")
    draw(canvas, rrect(cx - 9, cy - 78, 18, 150, 9), "highlight", None)
    draw(
        canvas,
        circle(cx, cy + 78, 34).subtracted(rrect(cx - 20, cy - 110, 40, 168, 20)),
        None,
        "ink",
    )
    for i in range(5):
        y = cy - 80 + i * 26
        stroke(canvas, poly([(cx + 20, y), (cx + 34 - (i % 2) * 6, y)], False), "ink", 3)
    for dx in (-70, 70):
        for k in (0, 1):
            x = cx + dx + (k * 22 if dx > 0 else -k * 22)
            wave = curve(
                (x, cy + 10), (x - 12, cy - 15), (x, cy - 40), (x + 12, cy - 65), (x, cy - 90)
            )
            stroke(canvas, wave, tint(canvas, "highlight", 0.6 - k * 0.2), 6)
    panel_label(canvas, "fever", cx, cy, r, (cx, cy + 60))
    # leg weakness: two lower legs with tingling marks
    cx = 500.0
    panel(canvas, cx, cy, r, ground=cy + 88)
    canvas.painter.save()
    canvas.painter.setClipPath(circle(cx, cy, r - 1.5))
    for lx, colour in ((cx + 26, tint(canvas, "body_line", darker=115)), (cx - 26, "body_line")):
        draw(
            canvas,
            tube([(lx + 10, cy - 150), (lx, cy - 10), (lx - 4, cy + 70)], [70, 52, 42]),
            "skin",
            "skin_line",
        )
        draw(canvas, tube([(lx + 10, cy - 170), (lx + 4, cy - 50)], [78, 66]), colour, "ink")
        draw(canvas, tube([(lx - 6, cy + 86), (lx - 56, cy + 92)], [34, 28]), "needle_line", "ink")
    canvas.painter.restore()
    for sx, sy, s in ((cx - 90, cy + 10, 1.0), (cx + 84, cy + 34, 0.8), (cx + 78, cy - 34, 0.7)):
        for k in range(4):
            a = radians(k * 45)
            stroke(
                canvas,
                poly(
                    [
                        (sx + cos(a) * 6 * s, sy + sin(a) * 6 * s),
                        (sx + cos(a) * 18 * s, sy + sin(a) * 18 * s),
                    ],
                    False,
                ),
                "highlight",
                4,
            )
            stroke(
                canvas,
                poly(
                    [
                        (sx - cos(a) * 6 * s, sy - sin(a) * 6 * s),
                        (sx - cos(a) * 18 * s, sy - sin(a) * 18 * s),
                    ],
                    False,
                ),
                "highlight",
                4,
            )
    panel_label(canvas, "leg_weakness", cx, cy, r, (cx, cy + 20))
    # call: a mobile phone with a handset symbol and sound waves
    cx = 820.0
    panel(canvas, cx, cy, r)
    draw(canvas, rrect(cx - 56, cy - 104, 112, 208, 20), "needle_line", "ink")
    draw(canvas, rrect(cx - 44, cy - 84, 88, 160, 8), "paper", None)
    draw(canvas, rrect(cx - 14, cy + 84, 28, 8, 4), "needle", None)
    draw(canvas, circle(cx, cy - 4, 34), "ok", None)
    p = canvas.painter
    p.save()
    p.translate(cx, cy - 4)
    p.rotate(-45)
    grip = QPainterPath()
    grip.arcMoveTo(QRectF(-22, -22, 44, 44), 125)
    grip.arcTo(QRectF(-22, -22, 44, 44), 125, 110)
    p.strokePath(grip, pen(canvas.color("paper"), 9))
    for ang in (125, 235):
        a = radians(ang)
        end = QPainterPath()
        end.addRoundedRect(QRectF(-7, -8, 14, 16), 5, 5)
        p.save()
        p.translate(cos(a) * 20, -sin(a) * 20)
        p.rotate(-ang)
        p.fillPath(end, canvas.color("paper"))
        p.restore()
    p.restore()
    for k in (0, 1):
        wave = QPainterPath()
        rect = QRectF(cx - 50 - k * 16, cy - 54 - k * 16, 100 + k * 32, 100 + k * 32)
        wave.arcMoveTo(rect, 20)
        wave.arcTo(rect, 20, 50)
        stroke(canvas, wave, "ok", 5)
    panel_label(canvas, "call", cx, cy, r, (cx, cy + 40))


@scene("doctor_talk")
def doctor_talk(canvas: Canvas, t: float) -> None:
    floor, h = 650.0, 58.0
    hip = hip_above(floor, SIT, h)
    seat = hip + 0.58 * h
    # a calm room: a window on the wall and a plant
    draw(canvas, rrect(390, 150, 220, 170, 16), "paper", "ink")
    draw(canvas, rrect(404, 164, 192, 142, 8), tint(canvas, "disc", 0.45), None)
    stroke(canvas, poly([(500, 164), (500, 306)], False), "ink", 3)
    stroke(canvas, poly([(404, 235), (596, 235)], False), "ink", 3)
    draw(canvas, ellipse(470, 280, 54, 18), tint(canvas, "paper", 0.8), None)
    shadow(canvas, 500, floor, 420, 16)
    for lx, ly, ang in (
        (880, 520, -30),
        (900, 500, 0),
        (920, 520, 30),
        (895, 540, -60),
        (905, 540, 60),
    ):
        p = canvas.painter
        p.save()
        p.translate(lx, ly)
        p.rotate(ang)
        draw(canvas, ellipse(0, -40, 16, 42), "ok", "ink", 2.5)
        p.restore()
    draw(
        canvas,
        poly([(870, 560), (930, 560), (920, floor), (880, floor)]),
        "bone_shade",
        "bone_line",
    )
    # chairs, backs on the outside
    for x, side in ((240.0, -1), (760.0, 1)):
        draw(canvas, rrect(x + side * 46 - 14, seat - 190, 28, 230, 12), "bone_line", "ink")
        draw(canvas, rrect(x - 80, seat, 160, 26, 12), "bone_shade", "bone_line")
        for lx in (x - 66, x + 52):
            draw(canvas, rrect(lx, seat + 20, 14, floor - seat - 20, 5), "bone_line", "ink")
    person(canvas, (240 + 36, hip), h, SIT, facing=1)
    person(
        canvas,
        (760 - 36, hip),
        h,
        Pose(lean=6, arm_back=(20, 70), arm_front=(40, 96), leg_back=(88, 2), leg_front=(84, -4)),
        facing=-1,
        shirt="paper",
        hair="body_line",
        coat=True,
    )
    # a small round table with a notepad and a pen
    draw(canvas, rrect(380, 440, 240, 24, 12), "bone", "bone_line")
    draw(canvas, rrect(488, 462, 24, floor - 480, 6), "bone_line", "ink")
    draw(canvas, rrect(440, floor - 24, 120, 20, 8), "bone_line", "ink")
    draw(canvas, poly([(430, 440), (450, 424), (545, 424), (535, 440)]), "paper", "ink", 2.5)
    for i in range(3):
        y = 429 + i * 4
        stroke(
            canvas, poly([(458 - i * 4, y), (520 - i * 4, y)], False), tint(canvas, "ink", 0.3), 1.5
        )
    stroke(canvas, poly([(556, 432), (596, 418)], False), "accent", 7)


@scene("follow_up", labels=("follow_up",))
def follow_up(canvas: Canvas, t: float) -> None:
    grid = calendar(canvas, 90, 130, 480, 460)
    cols, rows = 7, 5
    cw, ch = grid.width() / cols, grid.height() / rows
    pick = (3, 2)
    for i in range(cols * rows):
        c, rw = i % cols, i // cols
        x, y = grid.x() + c * cw + cw / 2, grid.y() + rw * ch + ch / 2
        draw(
            canvas,
            rrect(x - cw * 0.36, y - ch * 0.32, cw * 0.72, ch * 0.64, 8),
            "background" if (c, rw) != pick else tint(canvas, "balloon", 0.3),
            None,
        )
    px, py = grid.x() + pick[0] * cw + cw / 2, grid.y() + pick[1] * ch + ch / 2
    stroke(canvas, ellipse(px, py, cw * 0.56, ch * 0.5), "highlight", 7)
    stethoscope(canvas, 800, 470, 1.0)
    canvas.label("follow_up", anchor=(px + cw * 0.5, py + ch * 0.3), at=(800, 650), align="center")
