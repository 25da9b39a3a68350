"""The app icon, drawn with QPainter at build time (so no binary icon lives in the repository).

    python packaging/icon.py OUT_DIR      writes spine-kiosk.png (256 px), .ico and .icns

A side view of three vertebrae stacked along the spine's gentle curve, with discs between
them, white on the app's deep blue, in a rounded square. It stays readable at 16 px.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QImageWriter, QPainter, QPainterPath

BLUE = QColor("#0f4c81")  # the app's primary colour (buttons, icons)
DISC = QColor("#9cc3e6")
WHITE = QColor("#ffffff")


def draw(size: int) -> QImage:
    """The icon as a ``size`` × ``size`` image with a transparent corner."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 100, size / 100)  # draw on a 100 × 100 grid
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BLUE)
    painter.drawRoundedRect(QRectF(4, 4, 92, 92), 20, 20)
    # Three vertebral bodies, each a little further right as the spine curves, discs between.
    bodies = [QPointF(40, 25), QPointF(46, 50), QPointF(40, 75)]
    for upper, lower in zip(bodies, bodies[1:], strict=False):
        middle = (upper + lower) / 2
        painter.setBrush(DISC)
        painter.drawRoundedRect(QRectF(middle.x() - 15, middle.y() - 3.5, 30, 7), 3.5, 3.5)
    for centre in bodies:
        painter.setBrush(WHITE)
        painter.drawRoundedRect(QRectF(centre.x() - 17, centre.y() - 9, 34, 18), 5, 5)
        # The spinous process: the bony point at the back of each vertebra.
        spine = QPainterPath(QPointF(centre.x() + 15, centre.y() - 6))
        spine.lineTo(centre.x() + 33, centre.y() + 2)
        spine.lineTo(centre.x() + 31, centre.y() + 7)
        spine.lineTo(centre.x() + 15, centre.y() + 4)
        spine.closeSubpath()
        painter.drawPath(spine)
    painter.end()
    return image


def write(folder: Path) -> list[Path]:
    """Write the icon files the packages use into ``folder``; returns those written.

    PNG for Linux; ICO (Windows, several sizes in one file is not offered by Qt's writer, so
    256 px, which Windows scales) and ICNS (macOS) where this Qt has their image plug-ins.
    """
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for suffix, fmt in (("png", b"png"), ("ico", b"ico"), ("icns", b"icns")):
        if fmt not in QImageWriter.supportedImageFormats():
            continue
        path = folder / f"spine-kiosk.{suffix}"
        writer = QImageWriter(str(path), fmt)
        if writer.write(draw(256)):
            written.append(path)
    return written


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication.instance() or QGuiApplication(argv[:1])  # noqa: F841  (plug-ins)
    for path in write(Path(argv[1])):
        sys.stdout.write(f"{path}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
