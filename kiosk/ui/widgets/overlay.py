"""Panels that cover the whole window: "Are you still there?", the staff PIN pad, "Sorry".

They are children of the main window, not separate windows, so a patient can never wander
into another window or dialog. Each one dims what is behind it and shows a centred card.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QVBoxLayout, QWidget

from kiosk.ui.theme import Theme
from kiosk.ui.widgets.common import button, label, set_button


class Overlay(QWidget):
    """A dimmed full-window cover with a card in the middle; hidden until ``open()``."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self.card = QFrame(self)
        self.card.setProperty("role", "card")
        self.card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.body = QVBoxLayout(self.card)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        self._card_width = 900
        window.installEventFilter(self)
        self.hide()

    def open(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.retranslate()
        self._fit_card()
        self.show()
        self.raise_()

    def close_overlay(self) -> None:
        self.hide()

    def retranslate(self) -> None:
        """Fill the visible strings (called on open and on a language change)."""

    def apply_theme(self, theme: Theme) -> None:
        gap = theme.px("gap")
        self.body.setContentsMargins(gap * 2, gap * 2, gap * 2, gap * 2)
        self.body.setSpacing(gap)
        self._card_width = round(900 * theme.scale)
        self._fit_card()

    def _fit_card(self) -> None:
        # The card is as wide as the theme asks (or the window allows) and exactly as tall
        # as its wrapped lines need at that width.
        margin = 2 * self.layout().contentsMargins().left() + 16
        width = min(self._card_width, self.parentWidget().width() - margin)
        self.card.setFixedWidth(width)
        height = self.body.totalHeightForWidth(width) if self.body.hasHeightForWidth() else -1
        self.card.setFixedHeight(max(height, self.body.totalSizeHint().height()))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
            self._fit_card()
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self.retranslate()
            self._fit_card()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 150))
        painter.end()


class StillThereOverlay(Overlay):
    """Shown after the idle time: a countdown and a big "I'm still here" button.

    Signals:
        still_here(): the patient pressed the button (any touch also counts as input).
    """

    still_here = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.question = label("heading")
        self.countdown = label("subheading")
        self.stay = button("primary")
        self.stay.clicked.connect(self.still_here)
        for widget in (self.question, self.countdown):
            widget.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.body.addWidget(widget)
        self.body.addWidget(self.stay)
        self.seconds = 0

    def set_seconds(self, seconds: int) -> None:
        self.seconds = seconds
        self.retranslate()
        self._fit_card()

    def retranslate(self) -> None:
        self.question.setText(self.tr("Are you still there?"))
        self.countdown.setText(
            self.tr("We will start again for the next person in %1 seconds.").replace(
                "%1", str(self.seconds)
            )
        )
        set_button(self.stay, self.tr("I'm still here"))


class SorryOverlay(Overlay):
    """Shown when something went wrong inside a page; returns home on its own.

    Signals:
        done(): time to start again (after a few seconds, or a tap on the button).
    """

    done = Signal()

    def __init__(self, window: QWidget, seconds: int = 6) -> None:
        super().__init__(window)
        self.message = label("heading")
        self.detail = label()
        self.again = button("primary")
        self.again.clicked.connect(self._finish)
        for widget in (self.message, self.detail):
            widget.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.body.addWidget(widget)
        self.body.addWidget(self.again)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(seconds * 1000)
        self.timer.timeout.connect(self._finish)

    def open(self) -> None:
        super().open()
        self.timer.start()

    def _finish(self) -> None:
        self.timer.stop()
        self.hide()
        self.done.emit()

    def retranslate(self) -> None:
        self.message.setText(self.tr("Sorry, let's start again."))
        self.detail.setText(self.tr("Something went wrong. We are going back to the start."))
        set_button(self.again, self.tr("Start again"))


class PinPad(Overlay):
    """Staff PIN entry: big digits, no keyboard needed.

    ``check(pin) -> str`` is called with the PIN on OK; it returns "" when the PIN opened the
    staff screen, else the message to show (wrong PIN, locked for N seconds).

    Signals:
        cancelled()
    """

    cancelled = Signal()

    def __init__(self, window: QWidget, check: Callable[[str], str]) -> None:
        super().__init__(window)
        self.check = check
        self.pin = ""
        self.message_text = ""
        self.heading = label("heading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.dots = label("heading", wrap=False)
        self.dots.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.message = label()
        self.message.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        grid = QGridLayout()
        self.keys: dict[str, QWidget] = {}
        for index, key in enumerate("123456789C0K"):
            key_button = button("primary" if key == "K" else "")
            key_button.clicked.connect(lambda _=False, k=key: self.press(k))
            grid.addWidget(key_button, index // 3, index % 3)
            self.keys[key] = key_button
        self.cancel = button()
        self.cancel.clicked.connect(self._cancel)
        for widget in (self.heading, self.dots, self.message):
            self.body.addWidget(widget)
        self.body.addLayout(grid)
        self.body.addWidget(self.cancel)
        self.grid = grid

    def open(self) -> None:
        self.pin, self.message_text = "", ""
        super().open()

    def press(self, key: str) -> None:
        if key == "C":
            self.pin = ""
        elif key == "K":
            self.message_text = self.check(self.pin)
            self.pin = ""
            if not self.message_text:
                self.hide()
                return
        elif len(self.pin) < 12:
            self.pin += key
        self.retranslate()
        self._fit_card()

    def _cancel(self) -> None:
        self.hide()
        self.cancelled.emit()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Staff only: enter the PIN"))
        self.dots.setText("●" * len(self.pin) or " ")
        self.message.setText(self.message_text)
        self.message.setHidden(not self.message_text)
        for key, key_button in self.keys.items():
            text = {"C": self.tr("Clear"), "K": self.tr("OK")}.get(key, key)
            set_button(key_button, text)
        set_button(self.cancel, self.tr("Cancel"))

    def apply_theme(self, theme: Theme) -> None:
        super().apply_theme(theme)
        self.grid.setSpacing(theme.px("gap"))
        for key_button in self.keys.values():
            key_button.setMinimumHeight(theme.px("primary_height"))
