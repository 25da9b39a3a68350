"""The accessibility button in the top bar and the panel it opens.

The panel changes, at once and for the whole app: the text size (three steps, about 100 %,
130 % and 160 %), high contrast on or off, and how fast the voice reads. Every choice is a
big button (no sliders: they are hard to hit with a shaky finger), the chosen one is filled
and ticked (never colour alone), and the panel closes with Done or a tap outside it.

:meth:`AccessibilityButton.reset` puts everything back for the next patient.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui import icons
from kiosk.ui.pages.base import scroll_area
from kiosk.ui.speech import DEFAULT_RATE, Speaker
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.common import button, label, set_button

if TYPE_CHECKING:
    from kiosk.ui.window import MainWindow

TEXT_SCALES = (1.0, 1.3, 1.6)
THEME_NAMES = ("normal", "high-contrast")
RATE_NAMES = ("slow", "normal", "fast")


class ChoiceRow:
    """A row of exclusive choice buttons; ``on_choose(value)`` runs when one is tapped."""

    def __init__(self, values: tuple, on_choose: Callable[[object], None]) -> None:
        self.values = values
        self.buttons = [button("choice") for _ in values]
        self.group = QButtonGroup()
        self.group.setExclusive(True)
        for b, value in zip(self.buttons, values, strict=True):
            b.setCheckable(True)
            self.group.addButton(b)
            b.clicked.connect(lambda _=False, v=value: on_choose(v))

    def select(self, value: object) -> None:
        for b, v in zip(self.buttons, self.values, strict=True):
            b.setChecked(v == value)

    def set_words(self, words: list[str]) -> None:
        for b, text in zip(self.buttons, words, strict=True):
            set_button(b, text)


class AccessibilityPanel(QWidget):
    """A dimmed cover over the whole window with the choices on a card in the middle."""

    def __init__(self, window: MainWindow, speaker: Speaker | None) -> None:
        super().__init__(window)
        self.main_window = window
        self.speaker = speaker
        self.card = QFrame()
        self.card.setProperty("role", "card")
        self.card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.heading = label("heading")
        self.size_label = label("subheading")
        self.sizes = ChoiceRow(TEXT_SCALES, lambda v: window.set_text_scale(float(v)))
        self.contrast_label = label("subheading")
        self.contrasts = ChoiceRow(THEME_NAMES, lambda v: window.set_theme_name(str(v)))
        self.rate_label = label("subheading")
        self.rates = ChoiceRow(RATE_NAMES, self._set_rate)
        self.done = button("primary")
        self.done.clicked.connect(self.close_panel)

        self.grid = QGridLayout()
        rows = (
            (self.size_label, self.sizes),
            (self.contrast_label, self.contrasts),
            (self.rate_label, self.rates),
        )
        for r, (title, choices) in enumerate(rows):
            self.grid.addWidget(title, r * 2, 0, 1, 3)
            for c, b in enumerate(choices.buttons):
                self.grid.addWidget(b, r * 2 + 1, c)
        inner = QWidget()
        self.body = QVBoxLayout(inner)
        self.body.addWidget(self.heading)
        self.body.addLayout(self.grid)
        self.area: QScrollArea = scroll_area(inner)
        card_column = QVBoxLayout(self.card)
        card_column.addWidget(self.area, 1)
        card_column.addWidget(self.done)
        self.card_column = card_column
        self.outer = QVBoxLayout(self)
        self.outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignCenter)
        window.installEventFilter(self)
        self.hide()
        self.retranslate()

    # -- public -------------------------------------------------------------------------

    def open_panel(self) -> None:
        self._sync()
        self.setGeometry(self.parentWidget().rect())
        self._fit()
        self.show()
        self.raise_()

    def close_panel(self) -> None:
        self.hide()

    def apply_theme(self, theme: Theme) -> None:
        gap = theme.px("gap")
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(gap)
        self.grid.setHorizontalSpacing(gap)
        self.grid.setVerticalSpacing(gap // 2)
        self.card_column.setContentsMargins(gap * 2, gap * 2, gap * 2, gap * 2)
        self.card_column.setSpacing(gap)
        self.outer.setContentsMargins(gap, gap, gap, gap)
        self._theme = theme
        self._sync()
        self._fit()
        # The new style reaches the buttons' size hints only once they are polished again.
        QTimer.singleShot(0, self._fit)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Make it easier to read"))
        self.size_label.setText(self.tr("Text size"))
        self.sizes.set_words([self.tr("Normal"), self.tr("Large"), self.tr("Largest")])
        self.contrast_label.setText(self.tr("Colours"))
        self.contrasts.set_words([self.tr("Normal"), self.tr("High contrast")])
        self.rate_label.setText(self.tr("Reading speed"))
        self.rates.set_words([self.tr("Slow"), self.tr("Normal"), self.tr("Fast")])
        set_button(self.done, self.tr("Done"))

    # -- behaviour ----------------------------------------------------------------------

    def _set_rate(self, name: object) -> None:
        if self.speaker is not None:
            self.speaker.set_rate(str(name))
        self._sync()

    def _sync(self) -> None:
        """Tick the choices that are in force now."""
        theme = self.main_window.theme
        scale = min(TEXT_SCALES, key=lambda s: abs(s - theme.text_scale))
        self.sizes.select(scale)
        self.contrasts.select(theme.name)
        self.rates.select(self.speaker.rate_name if self.speaker else DEFAULT_RATE)
        current = getattr(self, "_theme", None)
        if current is None:
            return
        size = current.px("icon")
        for row in (self.sizes, self.contrasts, self.rates):
            for b in row.buttons:
                b.setIcon(
                    icons.icon("done", current.colors.on_primary) if b.isChecked() else QIcon()
                )
                b.setIconSize(QSize(size, size))
        self.done.setIcon(icons.icon("done", current.colors.on_primary))
        self.done.setIconSize(QSize(size, size))

    def _fit(self) -> None:
        """The card takes what it needs, at most the window less a margin; it scrolls past."""
        parent = self.parentWidget()
        margin = self.outer.contentsMargins().left() * 2
        inner = self.area.widget()
        self.card.setMaximumSize(parent.width() - margin, parent.height() - margin)
        inner.ensurePolished()
        hint = inner.sizeHint().expandedTo(inner.minimumSizeHint())
        extra = self.card_column.contentsMargins()
        bar = self._theme.px("scrollbar") if getattr(self, "_theme", None) else 26
        wanted_w = hint.width() + extra.left() + extra.right() + bar + 12  # room for a scrollbar
        self.card.setMinimumWidth(min(wanted_w, parent.width() - margin))
        wanted_h = (
            hint.height()
            + self.done.sizeHint().height()
            + extra.top()
            + extra.bottom()
            + self.card_column.spacing()
            + 4
        )
        self.card.setMinimumHeight(min(wanted_h, parent.height() - margin))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self.parentWidget().rect())
            self._fit()
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A tap on the dimmed part closes the panel, as people expect of a pop-up.
        if not self.card.geometry().contains(event.position().toPoint()):
            self.close_panel()
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 150))
        painter.end()


class AccessibilityButton(QPushButton):
    """The top-bar button that opens the panel; owns the panel.

    ``reset()`` is what an idle reset calls: speech stopped, the panel closed, text size,
    colours and reading speed back to the defaults.
    """

    def __init__(self, window: MainWindow, speaker: Speaker | None) -> None:
        super().__init__()
        self.setProperty("role", "nav")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAutoDefault(False)
        self.main_window = window
        self.speaker = speaker
        # What the app started with (--theme, --text-scale): what the next patient gets.
        self.default_theme = window.theme
        self._panel: AccessibilityPanel | None = None  # built on first use, not at start-up
        self._theme: Theme | None = None
        self.clicked.connect(lambda: self.panel.open_panel())
        self.retranslate()

    @property
    def panel(self) -> AccessibilityPanel:
        if self._panel is None:
            self._panel = AccessibilityPanel(self.main_window, self.speaker)
            if self._theme is not None:
                self._panel.apply_theme(self._theme)
        return self._panel

    def reset(self) -> None:
        if self._panel is not None:
            self._panel.close_panel()
        if self.speaker is not None:
            self.speaker.reset()
        theme, default = self.main_window.theme, self.default_theme
        if (theme.name, theme.text_scale) != (default.name, default.text_scale):
            self.main_window.set_theme(default)

    def retranslate(self) -> None:
        set_button(self, self.tr("Text size"))
        self.setAccessibleDescription(
            self.tr("Bigger text, high contrast colours and reading speed")
        )

    def apply_theme(self, theme: Theme) -> None:
        size = theme.chrome().px("icon")  # a top-bar button: see Theme.chrome()
        self.setIcon(icons.icon("mdi6.format-size", theme.colors.on_secondary))
        self.setIconSize(QSize(size, size))
        self._theme = theme
        if self._panel is not None:
            self._panel.apply_theme(theme)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
