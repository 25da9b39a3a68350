"""A QR code drawn module by module, so it stays sharp at any size."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET_ZONE = 4  # modules of white border scanners need


class QrCode(QWidget):
    """Shows ``text`` as a QR code with medium error correction, black on white.

    Always black on white, whatever the theme: phone cameras read that best.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matrix: tuple[bytearray, ...] = ()
        self.version = 0
        self._side = 300
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    def set_text(self, text: str) -> None:
        from kiosk.core import qr  # only the Contact page needs it: keep it off the start-up path

        code = qr.make(text)
        self.version = int(code.version)
        self._matrix = tuple(code.matrix)
        self.update()

    def set_side(self, side: int) -> None:
        self._side = side
        self.setFixedSize(side, side)

    def sizeHint(self) -> QSize:
        return QSize(self._side, self._side)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        if self._matrix:
            # Whole pixels per module keep the edges crisp for the camera.
            side = min(self.width(), self.height())
            module = max(1, side // (len(self._matrix) + 2 * QUIET_ZONE))
            offset = (side - module * (len(self._matrix) + 2 * QUIET_ZONE)) // 2
            offset += QUIET_ZONE * module
            black = QColor("black")
            for y, row in enumerate(self._matrix):
                for x, dark in enumerate(row):
                    if dark:
                        painter.fillRect(
                            offset + x * module, offset + y * module, module, module, black
                        )
        painter.end()
