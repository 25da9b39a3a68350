"""Every icon the app shows, behind one function.

The icons are glyphs of the Material Design Icons font that qtawesome ships. They are drawn
here straight from that font and its character map, without importing qtawesome at run
time: importing it (and the qtpy layer under it) costs about 200 ms and 35 MB, and its first
icon loads a dozen icon fonts (another 10 MB), which alone would break the start-up and
memory budgets. Icons are created only when asked for, after the QApplication exists (an
icon created at import time crashes frozen apps). If the font cannot load (some managed
Windows PCs block untrusted fonts: qtawesome#167), pages get an empty icon and still work,
since every button also has a text label.
"""

from __future__ import annotations

import json
import logging
from functools import cache

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QIconEngine, QPainter, QPixmap

from kiosk import paths

log = logging.getLogger(__name__)

PREFIX = "mdi6."  # the only icon set the app uses
FAMILY = "Material Design Icons"  # its font's family

# The app's icons by meaning, so pages never name an icon font directly.
NAMES = {
    "home": "mdi6.home",
    "back": "mdi6.arrow-left",
    "next": "mdi6.arrow-right",
    "done": "mdi6.check",
    "phone": "mdi6.phone",
    "address": "mdi6.map-marker",
    "hours": "mdi6.clock-outline",
    "info": "mdi6.information-outline",
    "contact": "mdi6.card-account-phone",
    "play": "mdi6.play",
    "unchecked": "mdi6.checkbox-blank-outline",
    "checked": "mdi6.checkbox-marked",
    "warning": "mdi6.alert-circle-outline",
    "language": "mdi6.translate",
    "close": "mdi6.close",
}


@cache
def _font() -> tuple[str, dict[str, str]] | None:
    """The icon font's family and its map from icon name to character, or None."""
    try:
        folder = paths.icon_fonts()
    except FileNotFoundError as error:
        log.error("the icon font is missing (%s); buttons show text only", error)
        return None
    ttf = next(folder.glob("materialdesignicons6-webfont-*.ttf"), None)
    charmap = next(folder.glob("materialdesignicons6-webfont-charmap-*.json"), None)
    if ttf is None or charmap is None:
        missing = "font" if ttf is None else "character map"
        log.error("the icon %s is missing from %s; buttons show text only", missing, folder)
        return None
    try:
        codes = json.loads(charmap.read_text(encoding="utf-8"))
        if not isinstance(codes, dict) or not all(isinstance(c, str) for c in codes.values()):
            raise ValueError("expected icon names with hexadecimal codes")
        glyphs = {name: chr(int(code, 16)) for name, code in codes.items()}
    except (OSError, ValueError, OverflowError) as error:
        log.error(
            "the icon font's character map %s cannot be read (%s); buttons show text only",
            charmap,
            error,
        )
        return None
    font_id = QFontDatabase.addApplicationFont(str(ttf))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    # Qt names a font file it can only partly read (one cut short) after the file.
    if FAMILY not in families:
        log.error(
            "the icon font %s could not be loaded (damaged, or blocked by the system); "
            "buttons show text only",
            ttf,
        )
        return None
    return FAMILY, glyphs


class GlyphIconEngine(QIconEngine):
    """Paints one glyph of the icon font, sharp at any size; greyed when disabled."""

    def __init__(self, family: str, glyph: str, color: QColor) -> None:
        super().__init__()
        self.family, self.glyph, self.color = family, glyph, QColor(color)
        self._pixmaps: dict[tuple[int, int, int], QPixmap] = {}  # buttons ask again and again

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        color = QColor(self.color)
        if mode == QIcon.Mode.Disabled:
            color.setAlphaF(0.45)
        font = QFont(self.family)
        font.setPixelSize(max(1, min(rect.width(), rect.height())))
        painter.save()
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.glyph)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        key = (size.width(), size.height(), int(mode.value))
        if key in self._pixmaps:
            return self._pixmaps[key]
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        self._pixmaps[key] = pixmap
        return pixmap

    def clone(self) -> QIconEngine:
        return GlyphIconEngine(self.family, self.glyph, self.color)


def _glyph(name: str) -> str | None:
    font = _font()
    full = NAMES.get(name, name)
    if font is None or not full.startswith(PREFIX):
        return None
    return font[1].get(full.removeprefix(PREFIX))


def icon(name: str, color: str) -> QIcon:
    """The icon for a meaning from :data:`NAMES`, or an ``mdi6.`` name, in ``color``."""
    glyph = _glyph(name)
    if glyph is None:
        if _font() is not None:
            log.warning("unknown icon %r", name)
        return QIcon()
    return _glyph_icon(_font()[0], glyph, color)


@cache
def _glyph_icon(family: str, glyph: str, color: str) -> QIcon:
    # One icon per glyph and colour: pages set their icons again on every step, and a
    # shared engine keeps the pixmaps it has drawn instead of drawing each glyph anew.
    return QIcon(GlyphIconEngine(family, glyph, QColor(color)))


def reload_font() -> None:
    """Load the icon font afresh (``--check``): any problem with it is logged again."""
    _font.cache_clear()
    _glyph_icon.cache_clear()
    _font()


def exists(name: str) -> bool:
    """Whether ``name`` is an icon the app can draw (for content checks)."""
    if _font() is None:
        return True  # cannot tell; not the content's fault
    return _glyph(name) is not None
