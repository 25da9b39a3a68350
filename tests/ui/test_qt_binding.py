"""The Qt binding must not corrupt the interpreter.

PySide6 6.12.0 released a reference to ``None`` on every call of a method that returns
nothing; a few thousand painter calls later the interpreter aborted ("deallocating None").
This guards the pinned range in pyproject.toml against such a release.
"""

import sys

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath
from PySide6.QtWidgets import QLabel


def test_void_methods_keep_none_alive(qapp):
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    path = QPainterPath()
    label = QLabel()
    calls = (
        lambda: painter.drawRect(QRectF(1, 1, 2, 2)),
        lambda: painter.setBrush(QColor("black")),
        lambda: painter.drawLine(QPointF(0, 0), QPointF(5, 5)),
        lambda: path.lineTo(3, 3),
        lambda: label.setText("x"),
    )
    before = sys.getrefcount(None)
    for _ in range(200):
        for call in calls:
            call()
    painter.end()
    assert sys.getrefcount(None) >= before - 5
