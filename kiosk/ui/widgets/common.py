"""Small widgets every page uses: buttons, wrapped labels, topic tiles."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


def label(role: str = "", wrap: bool = True) -> QLabel:
    """A text label styled by ``role`` (see theme.py); wraps and never selects text."""
    widget = QLabel()
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    if role:
        widget.setProperty("role", role)
    return widget


# Keyboard users Tab to a control and see the focus ring; a finger or mouse tap does not
# take focus, so no ring is left behind on the button a patient last touched.
FOCUS = Qt.FocusPolicy.TabFocus


def button(role: str = "") -> QPushButton:
    widget = QPushButton()
    widget.setFocusPolicy(FOCUS)
    widget.setAutoDefault(False)
    if role:
        widget.setProperty("role", role)
    return widget


def set_button(widget: QPushButton, text: str, icon: QIcon | None = None) -> None:
    """Set a button's visible text, its accessible name and (optionally) its icon."""
    widget.setText(text)
    widget.setAccessibleName(text)
    if icon is not None:
        set_icon(widget, icon)


def set_icon(widget: QPushButton, icon: QIcon) -> None:
    """Give ``widget`` ``icon`` unless it has it already: a new icon lays the button out again,
    and pages set their icons on every step."""
    if widget.icon().cacheKey() != icon.cacheKey():
        widget.setIcon(icon)


class LayoutButton(QPushButton):
    """A push button whose face is a layout of labels, so its words can wrap.

    The labels let clicks through to the button; the button's size comes from the layout.
    """

    def __init__(self, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", role)
        self.setFocusPolicy(FOCUS)
        self.setAutoDefault(False)

    def sizeHint(self) -> QSize:
        return self.layout().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.layout().minimumSize()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.layout().totalHeightForWidth(width)


class CheckItem(LayoutButton):
    """A tickable line of the questions list: a big box and words that wrap."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("check", parent)
        self.setCheckable(True)
        self.box = QLabel()
        self.words = label()
        # The words wrap to the width they get; a wrapped label's own minimum is a line
        # long enough to push the list off the side of a portrait screen at large text.
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.words.setSizePolicy(policy)
        self.row = QHBoxLayout(self)
        self.row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignVCenter)
        self.row.addWidget(self.words, 1)
        for child in (self.box, self.words):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def set_words(self, text: str) -> None:
        self.words.setText(text)
        self.setAccessibleName(text)

    def set_box(self, icon: QIcon, size: int, gap: int) -> None:
        self.box.setPixmap(icon.pixmap(QSize(size, size)))
        self.row.setContentsMargins(gap, gap // 2, gap, gap // 2)
        self.row.setSpacing(gap)


class Tile(LayoutButton):
    """A big Home-screen button: icon, title and a one-line summary that wraps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("tile", parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.icon_label = QLabel()
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.title_label = label("subheading")
        self.summary_label = label("small")
        text = QVBoxLayout()
        text.setSpacing(6)
        text.addWidget(self.title_label)
        text.addWidget(self.summary_label)
        text.addStretch(1)
        self.row = QHBoxLayout(self)
        self.row.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        self.row.addLayout(text, 1)
        for child in (self.icon_label, self.title_label, self.summary_label):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def set_texts(self, title: str, summary: str) -> None:
        self.title_label.setText(title)
        self.summary_label.setText(summary)
        self.setAccessibleName(title)
        self.setAccessibleDescription(summary)

    def set_icon_pixmap(self, icon: QIcon, size: int, gap: int) -> None:
        self.icon_label.setPixmap(icon.pixmap(QSize(size, size)))
        self.row.setContentsMargins(gap, gap, gap, gap)
        self.row.setSpacing(gap)

    def set_direction(self, direction: QBoxLayout.Direction) -> None:
        self.row.setDirection(direction)
