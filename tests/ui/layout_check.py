"""What a person would call broken on a screen: clipped text, overlaps, small targets.

Used by the layout tests for every screen at every supported size.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollArea, QWidget

from kiosk.ui.theme import MIN_TARGET_PX
from kiosk.ui.widgets.common import LayoutButton


def visible_widgets(root: QWidget, kind: type) -> list:
    return [w for w in root.findChildren(kind) if w.isVisibleTo(root) and w.isVisible()]


def in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def window_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())


def problems(window: QWidget) -> list[str]:
    """Every clipped label or button, overlap between neighbours and too-small target."""
    found: list[str] = []
    bounds = window.rect()
    labels = [w for w in visible_widgets(window, QLabel) if w.text()]
    buttons = [w for w in visible_widgets(window, QAbstractButton)]

    for label in labels:
        name = f"label {label.text()[:40]!r}"
        inner = label.contentsRect()
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                found.append(f"{name}: needs {needed}px height, has {label.height()}")
        else:
            width = max(
                label.fontMetrics().horizontalAdvance(line) for line in label.text().split("\n")
            )
            if width > inner.width() + 1:
                found.append(f"{name}: needs {width}px width, has {inner.width()}")
        if not in_scroll_area(label) and not bounds.contains(window_rect(label)):
            found.append(f"{name}: outside the window at {window_rect(label)}")

    for button in buttons:
        name = f"button {button.accessibleName() or button.text()!r}"
        if not button.accessibleName():
            found.append(f"{name}: no accessible name")
        if button.width() < MIN_TARGET_PX or button.height() < MIN_TARGET_PX:
            found.append(f"{name}: {button.width()}x{button.height()} is below {MIN_TARGET_PX}px")
        if not isinstance(button, LayoutButton) and button.text():
            hint = button.sizeHint()
            if button.width() < hint.width() - 1:
                found.append(f"{name}: needs {hint.width()}px width, has {button.width()}")
        if not in_scroll_area(button) and not bounds.contains(window_rect(button)):
            found.append(f"{name}: outside the window at {window_rect(button)}")

    # Neighbours (same parent) must not overlap; backgrounds without text are not counted.
    leaves = labels + buttons
    for index, a in enumerate(leaves):
        for b in leaves[index + 1 :]:
            if a.parentWidget() is b.parentWidget() and a.geometry().intersects(b.geometry()):
                found.append(f"{a.__class__.__name__} {a.geometry()} overlaps {b.geometry()}")

    for area in visible_widgets(window, QScrollArea):
        content = area.widget()
        if content is not None and content.minimumSizeHint().width() > area.viewport().width():
            found.append(
                f"scroll area content needs {content.minimumSizeHint().width()}px, "
                f"viewport has {area.viewport().width()}"
            )
    return found
