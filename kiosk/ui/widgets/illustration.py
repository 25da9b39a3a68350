"""The illustration view: one scene from :mod:`kiosk.ui.art`, its labels, and scrubbing.

The scene paints on the fixed 1000 x 750 canvas; the view scales it to fit (keeping the aspect
ratio), then draws the labels the scene asked for as real Qt text, so they translate, follow
the text-size setting and stay sharp. Animated scenes can be played, or scrubbed with a finger
or the mouse: a drag to the right (or upward) moves the picture forward, like pulling a
handle. Static scenes ignore drags, so a page can take a horizontal drag on them as a swipe.
"""

from __future__ import annotations

import logging
import math
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import (
    Property,
    QEasingCurve,
    QEvent,
    QPointF,
    QPropertyAnimation,
    QRectF,
    QSequentialAnimationGroup,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QShowEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QWidget

from kiosk.ui.art import SCENES, Canvas, Palette, Scene
from kiosk.ui.art.base import HEIGHT, WIDTH, HighContrastPalette, LabelRequest, painting_with

log = logging.getLogger(__name__)

PLAY_MS = 2500
HOLD_MS = 400  # on the first picture before it plays

# Finished pictures, most recently used last: showing a step again, or the next step drawn
# ahead (prerender), costs a copy instead of ~10-20 ms of drawing. Counted in pictures, as
# what must fit is: the step on screen (an animated one at its start and its end), the next
# step, and on Home each topic's first step (3.3 MB each at 1920x1080).
PICTURE_CACHE_SIZE = 5
_PICTURES: OrderedDict[tuple, QPixmap] = OrderedDict()


@dataclass(frozen=True)
class PlacedLabel:
    """A label as drawn: its text box and the point it names, in widget pixels, and the font
    (the caller's label font, made smaller only when the view is too small for it)."""

    key: str
    text: str
    box: QRectF
    anchor: QPointF
    font: QFont


def picture_rect(bounds: QRectF) -> QRectF:
    """The largest rectangle with the canvas's aspect ratio, centred in ``bounds``."""
    scale = min(bounds.width() / WIDTH, bounds.height() / HEIGHT)
    w, h = WIDTH * scale, HEIGHT * scale
    return QRectF(
        bounds.x() + (bounds.width() - w) / 2, bounds.y() + (bounds.height() - h) / 2, w, h
    )


def _card_margin(bounds: QRectF) -> float:
    return max(4.0, min(bounds.width(), bounds.height()) * 0.02)


def palette_for_theme(theme_name: str) -> type[Palette]:
    """The illustration palette that goes with a UI theme."""
    return HighContrastPalette if theme_name == "high-contrast" else Palette


def paint_scene(
    painter: QPainter,
    picture: QRectF,
    scene: Scene,
    t: float,
    palette: type[Palette] = Palette,
) -> list[LabelRequest]:
    """Paint ``scene`` at time ``t`` into ``picture``; return the labels it asked for."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.translate(picture.topLeft())
    painter.scale(picture.width() / WIDTH, picture.height() / HEIGHT)
    painter.setClipRect(QRectF(0, 0, WIDTH, HEIGHT))
    canvas = Canvas(painter, palette)
    try:
        with painting_with(palette):
            scene.paint(canvas, t)
    finally:
        painter.restore()
    return [lab for lab in canvas.labels if lab.key in scene.labels]


def layout_labels(
    requests: list[LabelRequest],
    texts: Mapping[str, str],
    font: QFont,
    picture: QRectF,
    bounds: QRectF,
) -> list[PlacedLabel]:
    """Place label boxes (in pixels): next to their ``at`` point, wrapped, kept inside
    ``bounds`` and pushed apart so that no two boxes overlap.

    When the view is too small for the text at the caller's size (a thumbnail, say), the text
    gets smaller until every box fits.
    """
    wanted = [(req, texts.get(req.key, "").strip()) for req in requests]
    wanted = [(req, text) for req, text in wanted if text]
    if not wanted:
        return []
    fitted = QFont(font)
    for _ in range(12):
        sizes = [_box_size(text, fitted, bounds) for _, text in wanted]
        if sum(h for _, h in sizes) <= bounds.height() * 0.9 and all(
            w <= bounds.width() for w, _ in sizes
        ):
            break
        smaller = _font_px(fitted) * 0.85
        if smaller < 7:
            break
        fitted.setPixelSize(round(smaller))
    sx, sy = picture.width() / WIDTH, picture.height() / HEIGHT
    placed: list[PlacedLabel] = []
    for (req, text), (w, h) in zip(wanted, sizes, strict=True):
        at = QPointF(picture.x() + req.at.x() * sx, picture.y() + req.at.y() * sy)
        x = {"left": at.x() - w, "right": at.x()}.get(req.align, at.x() - w / 2)
        box = _clamped(QRectF(x, at.y() - h / 2, w, h), bounds)
        anchor = QPointF(picture.x() + req.anchor.x() * sx, picture.y() + req.anchor.y() * sy)
        placed.append(PlacedLabel(req.key, text, box, anchor, fitted))
    return _spread(placed, bounds, QFontMetricsF(fitted).height() * 0.22)


def _font_px(font: QFont) -> float:
    if font.pixelSize() > 0:
        return float(font.pixelSize())
    return QFontMetricsF(font).height() / 1.2


def _box_size(text: str, font: QFont, bounds: QRectF) -> tuple[float, float]:
    fm = QFontMetricsF(font)
    pad_x, pad_y = fm.height() * 0.45, fm.height() * 0.22
    em = fm.averageCharWidth()
    max_text = max(em * 6, min(bounds.width() * 0.34, em * 24))
    flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignHCenter)
    rect = fm.boundingRect(QRectF(0, 0, max_text, 10_000), flags, text)
    return math.ceil(rect.width()) + 2 * pad_x, math.ceil(rect.height()) + 2 * pad_y


def _clamped(box: QRectF, bounds: QRectF) -> QRectF:
    x = min(max(box.x(), bounds.left()), bounds.right() - box.width())
    y = min(max(box.y(), bounds.top()), bounds.bottom() - box.height())
    return QRectF(max(x, bounds.left()), max(y, bounds.top()), box.width(), box.height())


def _spread(placed: list[PlacedLabel], bounds: QRectF, gap: float) -> list[PlacedLabel]:
    """Push overlapping boxes apart vertically (a few passes are plenty for three labels)."""
    boxes = [QRectF(p.box) for p in placed]
    for _ in range(6):
        moved = False
        order = sorted(range(len(boxes)), key=lambda i: boxes[i].center().y())
        for a_i, b_i in zip(order, order[1:], strict=False):
            a, b = boxes[a_i], boxes[b_i]
            if a.adjusted(-gap, -gap, gap, gap).intersects(b):
                push = (a.bottom() + gap - b.top()) / 2
                a.translate(0, -push)
                b.translate(0, push)
                moved = True
        boxes = [_clamped(b, bounds) for b in boxes]
        if not moved:
            break
    return [
        PlacedLabel(p.key, p.text, b, p.anchor, p.font) for p, b in zip(placed, boxes, strict=True)
    ]


def paint_labels(
    painter: QPainter, labels: list[PlacedLabel], palette: type[Palette] = Palette
) -> None:
    """Leader lines and dots first, then the white text boxes over them."""
    if not labels:
        return
    ink, paper = QColor(palette.ink), QColor(palette.paper)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    fm = QFontMetricsF(labels[0].font)
    line_w = max(1.5, fm.height() * 0.07)
    dot = max(3.5, fm.height() * 0.16)
    for lab in labels:
        start = _nearest_on_rect(lab.box, lab.anchor)
        painter.setPen(QPen(paper, line_w + 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(start, lab.anchor)
        painter.setPen(QPen(ink, line_w, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(start, lab.anchor)
        painter.setPen(QPen(paper, 2.0))
        painter.setBrush(ink)
        painter.drawEllipse(lab.anchor, dot, dot)
    radius = fm.height() * 0.3
    for lab in labels:
        painter.setFont(lab.font)
        painter.setPen(QPen(ink, max(1.0, line_w * 0.8)))
        painter.setBrush(paper)
        painter.drawRoundedRect(lab.box, radius, radius)
        painter.setPen(ink)
        painter.drawText(
            lab.box, int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter), lab.text
        )
    painter.restore()


def _nearest_on_rect(rect: QRectF, p: QPointF) -> QPointF:
    x = min(max(p.x(), rect.left()), rect.right())
    y = min(max(p.y(), rect.top()), rect.bottom())
    if rect.contains(p):  # anchor under the box: leave from the nearest side
        return QPointF(rect.left() if p.x() < rect.center().x() else rect.right(), y)
    return QPointF(x, y)


def default_label_font() -> QFont:
    font = QFont()
    font.setPixelSize(22)
    font.setWeight(QFont.Weight.DemiBold)
    return font


class IllustrationView(QWidget):
    """Shows one scene on a soft card, with translated labels; animated scenes play or scrub.

    Signals:
        progressChanged(float): the animation position (0..1) changed, by play() or a drag.
    """

    progressChanged = Signal(float)  # noqa: N815  (Qt naming: a notify signal for `progress`)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scene: Scene | None = None
        self._texts: dict[str, str] = {}
        self._progress = 0.0
        self._font = default_label_font()
        self._palette: type[Palette] = Palette
        self._drag_start: QPointF | None = None
        self._drag_progress = 0.0
        self._shown = False  # prerender waits for the size the view has on screen
        self.focus_color = QColor("#C2410C")  # the theme's focus colour
        # A moment on the first picture (the patient sees "before"; it is also the picture
        # drawn ahead, so the page change only copies it), then the change plays.
        self._tween = QPropertyAnimation(self, b"progress")
        self._tween.setDuration(PLAY_MS)
        self._tween.setEasingCurve(QEasingCurve.Type.InOutSine)
        self._tween.setStartValue(0.0)
        self._tween.setEndValue(1.0)
        self._animation = QSequentialAnimationGroup(self)
        self._animation.addPause(HOLD_MS)
        self._animation.addAnimation(self._tween)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    # --- public API -------------------------------------------------------------------------

    def set_scene(self, name: str) -> None:
        """Show the scene registered as ``name``, from its start.

        An unknown name (a content error that ``--check`` reports) leaves the card empty.
        """
        scene = SCENES.get(name)
        if scene is None:
            log.warning("no picture named %r", name)
        self._animation.stop()
        self._drag_start = None
        self._scene = scene
        animated = scene is not None and scene.animated
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus if animated else Qt.FocusPolicy.NoFocus)
        self._set_progress(0.0)
        self.update()

    def scene_name(self) -> str:
        return self._scene.name if self._scene else ""

    def set_labels(self, texts: Mapping[str, str]) -> None:
        """Label key -> already translated text; keys without text are not drawn."""
        self._texts = dict(texts)
        self.update()

    def set_font(self, font: QFont) -> None:
        """The font of the labels (its pixel or point size is the label text size)."""
        self._font = QFont(font)
        self.update()

    def set_palette(self, palette: type[Palette]) -> None:
        """The illustration palette (:class:`HighContrastPalette` in the high-contrast theme)."""
        if palette is not self._palette:
            self._palette = palette
            self.update()

    def palette_class(self) -> type[Palette]:
        return self._palette

    def label_font(self) -> QFont:
        return QFont(self._font)

    def set_alt_text(self, text: str) -> None:
        """What the picture shows, for screen readers."""
        self.setAccessibleName(text)
        self.setAccessibleDescription(text)

    def is_animated(self) -> bool:
        return bool(self._scene and self._scene.animated)

    def play(self) -> None:
        """Animate an animated scene from its start to its end (about 2.5 s)."""
        if not self.is_animated():
            return
        self._animation.stop()
        self.progress = 0.0
        self._animation.start()

    def stop(self) -> None:
        self._animation.stop()

    def is_playing(self) -> bool:
        return self._animation.state() == QSequentialAnimationGroup.State.Running

    def label_boxes(self) -> list[PlacedLabel]:
        """Where the labels are drawn at the current size (for tests and layout checks)."""
        if self._scene is None:
            return []
        # a throwaway target: painting the scene is how it tells which labels it wants
        image = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        requests = paint_scene(
            painter, self._picture_rect(), self._scene, self._progress, self._palette
        )
        painter.end()
        return layout_labels(
            requests, self._texts, self._font, self._picture_rect(), self._label_bounds()
        )

    def _get_progress(self) -> float:
        return self._progress

    def _set_progress(self, value: float) -> None:
        value = min(1.0, max(0.0, float(value)))
        if value != self._progress:
            self._progress = value
            self.progressChanged.emit(value)
            self.update()

    progress = Property(float, _get_progress, _set_progress, notify=progressChanged)

    # --- size -------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(800, 600)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 180)

    def hasHeightForWidth(self) -> bool:
        return False

    # --- painting ---------------------------------------------------------------------------

    def _card_rect(self) -> QRectF:
        bounds = QRectF(self.rect())
        m = _card_margin(bounds)
        return bounds.adjusted(m, m, -m, -m)

    def _label_bounds(self) -> QRectF:
        return QRectF(self.rect()).adjusted(2, 2, -2, -2)

    def _picture_rect(self) -> QRectF:
        card = self._card_rect()
        m = min(card.width(), card.height()) * 0.02
        return picture_rect(card.adjusted(m, m, -m, -m))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            moving = self.is_playing() or self._drag_start is not None
            if moving and 0.0 < self._progress < 1.0:
                self._draw(painter, self._progress)  # every frame differs: no cache
            else:
                painter.drawPixmap(0, 0, self._pixmap(self._scene, self._progress))
            if self.property("keyboardFocus"):  # see kiosk/ui/focusring.py
                card = self._card_rect()
                radius = min(card.width(), card.height()) * 0.04
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setPen(QPen(self.focus_color, 4))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(card.adjusted(2, 2, -2, -2), radius, radius)
        finally:
            painter.end()

    def prerender(self, name: str) -> None:
        """Draw scene ``name`` into the picture cache now, at this view's size and labels,
        so that showing it next (the next step) only copies a picture. Only once the view
        has been on screen: before that its size is not yet the one it will have."""
        scene = SCENES.get(name)
        if scene is not None and self._shown:
            self._pixmap(scene, 0.0)

    def showEvent(self, event: QShowEvent) -> None:
        self._shown = True
        super().showEvent(event)

    def _pixmap(self, scene: Scene | None, progress: float) -> QPixmap:
        """The whole view (card, scene, labels) as a picture, from the cache when it can."""
        ratio = self.devicePixelRatioF()
        key = (
            scene.name if scene else "",
            self.width(),
            self.height(),
            ratio,
            round(progress, 4) if scene is not None and scene.animated else 0.0,
            self._palette.__name__,
            self._font.key(),
            tuple(sorted(self._texts.items())),
        )
        cached = _PICTURES.get(key)
        if cached is not None:
            _PICTURES.move_to_end(key)
            return cached
        pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        try:
            self._draw(painter, progress, scene)
        finally:
            painter.end()
        _PICTURES[key] = pixmap
        while len(_PICTURES) > PICTURE_CACHE_SIZE:
            _PICTURES.popitem(last=False)
        return pixmap

    def _draw(self, painter: QPainter, progress: float, scene: Scene | None = None) -> None:
        scene = scene if scene is not None else self._scene
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = self._card_rect()
        radius = min(card.width(), card.height()) * 0.04
        background = QColor(self._palette.background)
        # A soft edge normally; in high contrast a clear outline.
        high_contrast = self._palette is not Palette
        painter.setPen(
            QPen(QColor(self._palette.ink), 3.0)
            if high_contrast
            else QPen(background.darker(108), 1.5)
        )
        painter.setBrush(background)
        painter.drawRoundedRect(card, radius, radius)
        try:
            if scene is not None:
                picture = self._picture_rect()
                requests = paint_scene(painter, picture, scene, progress, self._palette)
                labels = layout_labels(
                    requests, self._texts, self._font, picture, self._label_bounds()
                )
                paint_labels(painter, labels, self._palette)
        except Exception:
            # A fault in one drawing must not take the kiosk down (an exception escaping a
            # paint event with the painter still active crashes Qt): log it, show the card.
            log.exception("could not draw the picture %r", scene.name if scene else "")
            if scene is self._scene:
                self._scene = None

    # --- scrubbing --------------------------------------------------------------------------

    def _begin_scrub(self, pos: QPointF) -> None:
        self._animation.stop()
        self._drag_start = QPointF(pos)
        self._drag_progress = self._progress

    def _scrub_to(self, pos: QPointF) -> None:
        if self._drag_start is None:
            return
        picture = self._picture_rect()
        dx = (pos.x() - self._drag_start.x()) / max(1.0, picture.width())
        dy = (self._drag_start.y() - pos.y()) / max(1.0, picture.height())
        self._set_progress(self._drag_progress + dx + dy)

    def _end_scrub(self) -> None:
        self._drag_start = None

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        ):
            assert isinstance(event, QTouchEvent)
            if not self.is_animated():
                event.ignore()
                return False
            points = event.points()
            if kind == QEvent.Type.TouchBegin and points:
                self._begin_scrub(points[0].position())
            elif kind == QEvent.Type.TouchUpdate and points:
                self._scrub_to(points[0].position())
            else:
                if kind == QEvent.Type.TouchEnd and points:
                    self._scrub_to(points[0].position())
                self._end_scrub()
            event.accept()
            return True
        return super().event(event)

    @staticmethod
    def _from_touch(event: QMouseEvent) -> bool:
        return event.source() != Qt.MouseEventSource.MouseEventNotSynthesized

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if (
            not self.is_animated()
            or self._from_touch(event)
            or event.button() != Qt.MouseButton.LeftButton
        ):
            event.ignore()
            return
        self._begin_scrub(event.position())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_start is None or self._from_touch(event):
            event.ignore()
            return
        self._scrub_to(event.position())
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag_start is None or self._from_touch(event):
            event.ignore()
            return
        self._scrub_to(event.position())
        self._end_scrub()
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrow keys step an animated scene; Space or Enter plays it."""
        key = event.key()
        steps = {
            Qt.Key.Key_Right: 0.1,
            Qt.Key.Key_Up: 0.1,
            Qt.Key.Key_Left: -0.1,
            Qt.Key.Key_Down: -0.1,
        }
        if not self.is_animated():
            super().keyPressEvent(event)
        elif key in steps:
            self._animation.stop()
            self._set_progress(self._progress + steps[key])
        elif key == Qt.Key.Key_Home:
            self._animation.stop()
            self._set_progress(0.0)
        elif key == Qt.Key.Key_End:
            self._animation.stop()
            self._set_progress(1.0)
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.play()
        else:
            super().keyPressEvent(event)


__all__ = [
    "IllustrationView",
    "PlacedLabel",
    "layout_labels",
    "paint_labels",
    "paint_scene",
    "palette_for_theme",
    "picture_rect",
]
