"""The language button on every screen, and the panel it opens.

The panel covers the window (a dimmed background, no separate window or dialog a patient
could lose) and lists each offered language named in itself — "Español", "简体中文",
"العربية" — as a big button. One tap on a language switches and closes the panel; a tap
beside the card, the Close button or Esc closes it unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from kiosk.core.translations import Language
from kiosk.ui import icons
from kiosk.ui.i18n import Translations
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.common import button, label, set_button

# Keys the panel keeps for itself while open (the window would otherwise step or go back).
_PANEL_KEYS = (
    Qt.Key.Key_Escape,
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Home,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
)


class LanguagePicker(QWidget):
    """A full-window panel listing the offered languages; hidden until :meth:`open`.

    Signals:
        chosen(str): the code of the language the patient tapped (the panel has closed).
    """

    chosen = Signal(str)

    def __init__(self, window: QWidget, languages: tuple[Language, ...]) -> None:
        super().__init__(window)
        self.languages = languages
        self.current = ""
        self.top_button: LanguageButton | None = None  # themed along with the panel
        self._theme: Theme | None = None
        self.card = QFrame(self)
        self.card.setProperty("role", "card")
        self.card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.heading = label("heading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.column = QVBoxLayout(self.card)
        self.column.addWidget(self.heading)
        self.buttons: dict[str, QPushButton] = {}
        for lang in languages:
            choice = button()
            # Each name is shown in its own direction and never translated.
            choice.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if lang.rtl else Qt.LayoutDirection.LeftToRight
            )
            choice.clicked.connect(lambda _=False, code=lang.code: self._choose(code))
            self.column.addWidget(choice)
            self.buttons[lang.code] = choice
        self.close_button = button("nav")
        self.close_button.clicked.connect(self.close_overlay)
        self.column.addSpacing(8)
        self.column.addWidget(self.close_button)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        window.installEventFilter(self)
        self.hide()

    # -- opening and closing --------------------------------------------------------------

    def open(self, current: str) -> None:
        self.current = current
        self.setGeometry(self.parentWidget().rect())
        self.retranslate()
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)  # Esc and arrows come here first

    def close_overlay(self) -> None:
        self.hide()

    def _choose(self, code: str) -> None:
        self.hide()
        self.chosen.emit(code)

    # -- strings and looks ----------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Choose your language"))
        for code, choice in self.buttons.items():
            lang = next(lang for lang in self.languages if lang.code == code)
            set_button(choice, lang.name)
            choice.setProperty("role", "primary" if code == self.current else "")
            choice.style().unpolish(choice)
            choice.style().polish(choice)
        set_button(self.close_button, self.tr("Close"))
        self._set_icons()

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        gap = theme.px("gap")
        self.column.setContentsMargins(gap * 2, gap * 2, gap * 2, gap * 2)
        self.column.setSpacing(gap)
        width = self.parentWidget().width() - 2 * gap
        self.card.setFixedWidth(max(1, min(round(760 * theme.scale), width)))
        for choice in self.buttons.values():
            choice.setMinimumHeight(theme.px("primary_height"))
        if self.top_button is not None:
            self.top_button.apply_theme(theme)
        self._set_icons()

    def _set_icons(self) -> None:
        if self._theme is None:
            return
        colors, size = self._theme.colors, self._theme.px("icon")
        for code, choice in self.buttons.items():
            mine = code == self.current
            choice.setIcon(icons.icon("done", colors.on_primary) if mine else QIcon())
            choice.setIconSize(QSize(size, size))
        self.close_button.setIcon(icons.icon("close", colors.on_secondary))
        self.close_button.setIconSize(QSize(size, size))

    # -- events -----------------------------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.parentWidget() and event.type() == QEvent.Type.Resize:
            window = self.parentWidget()
            self.setGeometry(window.rect())
            if self.top_button is not None:
                self.top_button.set_compact(window.height() > window.width())
            if self._theme is not None:
                self.apply_theme(self._theme)
        return False

    def event(self, event: QEvent) -> bool:
        # Keep the window's navigation keys from acting on the page behind the panel.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in _PANEL_KEYS
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_overlay()
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        # A tap on the dimmed background, beside the card, closes the panel.
        if not self.card.geometry().contains(event.position().toPoint()):
            self.close_overlay()
        super().mouseReleaseEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self.retranslate()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 150))
        painter.end()


class LanguageButton(QPushButton):
    """The top-bar button: the translate sign and the word "Language" in the current language.

    On a narrow (portrait) window the top bar has no room for the word next to the page
    title, so the button shows the sign alone; its accessible name still says "Language".
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "nav")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAutoDefault(False)
        self.compact = False
        self.retranslate()

    def set_compact(self, compact: bool) -> None:
        if compact != self.compact:
            self.compact = compact
            self.retranslate()

    def retranslate(self) -> None:
        words = self.tr("Language")
        set_button(self, "" if self.compact else words)
        self.setAccessibleName(words)

    def apply_theme(self, theme: Theme) -> None:
        size = theme.px("icon")
        self.setIcon(icons.icon("language", theme.colors.on_secondary))
        self.setIconSize(QSize(size, size))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class LanguageControls(QObject):
    """Wires the button, the panel and :class:`Translations` into a window.

    The window offers ``add_top_button``, and may offer ``add_overlay`` (themes the panel and
    closes it when the next person starts), the ``resetting`` signal (back to the default
    language for the next person) and ``retranslate_bar`` (its own words, on each switch).
    """

    def __init__(self, window: QWidget, translations: Translations, default: str) -> None:
        super().__init__(window)
        self.translations = translations
        self.default = default
        self.button = LanguageButton()
        self.picker = LanguagePicker(window, translations.offered)
        self.picker.top_button = self.button
        self.button.clicked.connect(self.open)
        self.picker.chosen.connect(translations.switch)
        window.add_top_button(self.button)
        add_overlay = getattr(window, "add_overlay", None)
        if add_overlay is not None:
            add_overlay(self.picker)  # themed with the window, closed when it resets
        else:
            self.picker.apply_theme(window.theme)
        self.button.setVisible(len(translations.offered) > 1)
        resetting = getattr(window, "resetting", None)
        if resetting is not None:
            resetting.connect(self.reset)
        # The window's own words follow the switch at once. Qt's LanguageChange reaches a
        # window one turn of the event loop after the switch (posted to the application,
        # then posted again to each window); a timer due in between saw the top bar in the
        # old language and the page in the new one (found by the monkey at 100,000 events).
        retranslate_bar = getattr(window, "retranslate_bar", None)
        if retranslate_bar is not None:
            translations.changed.connect(retranslate_bar)

    def open(self) -> None:
        self.picker.open(self.translations.current.code)

    def reset(self) -> None:
        """The next person starts in the clinic's default language."""
        self.picker.close_overlay()
        self.translations.switch(self.default)
