"""Show the focus ring only to keyboard users.

A touch or click on a button must not leave an orange ring behind for the next patient,
and Qt gives the first control focus when a window opens. So the ring is drawn only while
a widget's ``keyboardFocus`` property is true: set when focus arrives by Tab, Backtab or a
shortcut, cleared when it leaves. The stylesheet (theme.py) and custom-painted widgets read
the property.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QWidget

KEYBOARD_REASONS = (
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
)


class KeyboardFocusRing(QObject):
    """Installed on a window; tracks keyboard focus for the widgets inside it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut) and isinstance(obj, QWidget):
            assert isinstance(event, QFocusEvent)
            shown = kind == QEvent.Type.FocusIn and event.reason() in KEYBOARD_REASONS
            if bool(obj.property("keyboardFocus")) != shown:
                obj.setProperty("keyboardFocus", shown)
                obj.style().unpolish(obj)
                obj.style().polish(obj)
                obj.update()
        return False
