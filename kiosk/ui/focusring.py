"""Show the focus ring only to keyboard users.

A touch or click on a button must not leave an orange ring behind for the next patient,
and Qt gives the first control focus when a window opens (with the same "Tab" reason a key
press gives). So, like a browser's :focus-visible, the ring is drawn only while the last
input was a key: a widget's ``keyboardFocus`` property is true while it has focus and the
keyboard is in use, false otherwise. The stylesheet (theme.py) and custom-painted widgets
read the property.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QWidget

KEYBOARD_REASONS = (
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
)


POINTER_EVENTS = (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin)


class KeyboardFocusRing(QObject):
    """Installed on the application; tracks whether focus should be shown, and where."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.keyboard = False  # was the last input a key?
        self.watching = False

    def watch(self) -> None:
        """Start watching every key, tap and focus change in the application."""
        if not self.watching:
            QApplication.instance().installEventFilter(self)
            self.watching = True

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            self.keyboard = True
        elif kind in POINTER_EVENTS and self.keyboard:
            self.keyboard = False
            focused = QApplication.focusWidget()
            if focused is not None:
                self._mark(focused, False)
        elif kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut) and isinstance(obj, QWidget):
            assert isinstance(event, QFocusEvent)
            keyboard = self.keyboard and event.reason() in KEYBOARD_REASONS
            self._mark(obj, kind == QEvent.Type.FocusIn and keyboard)
        return False

    @staticmethod
    def _mark(widget: QWidget, shown: bool) -> None:
        if bool(widget.property("keyboardFocus")) != shown:
            widget.setProperty("keyboardFocus", shown)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            widget.update()
