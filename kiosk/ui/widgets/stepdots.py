"""The row of dots under a topic: one per step, the current one filled (from the right in
right-to-left languages, like the steps)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget


class StepDots(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._count, self._current = 1, 0
        self._radius, self._on, self._off = 8, QColor("#17507F"), QColor("#6B7F90")

    def set_steps(self, count: int, current: int) -> None:
        self._count, self._current = count, current
        self.updateGeometry()
        self.update()

    def set_metrics(self, radius: int, on: str, off: str) -> None:
        self._radius, self._on, self._off = max(4, radius), QColor(on), QColor(off)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        d = self._radius * 2
        return QSize(self._count * d + (self._count - 1) * d + 4, d + 4)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        d = self._radius * 2
        x = (self.width() - (self._count * 2 - 1) * d) / 2
        y = (self.height() - d) / 2
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for index in range(self._count):
            current = index == self._current
            slot = self._count - 1 - index if rtl else index  # right-to-left: step 1 at the right
            painter.setPen(QPen(self._on if current else self._off, 2))
            painter.setBrush(self._on if current else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QRectF(x + slot * 2 * d, y, d, d))
