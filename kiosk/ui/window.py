"""The main window: a top bar (Home, the page title), the page stack and the router.

Keyboard (windowed mode): Tab moves between controls, Enter or Space presses the focused
one, Left/Right go back and forward through steps, Page Up/Down scroll long text, Esc goes
back, Home goes home.
"""

from __future__ import annotations

import importlib
import linecache
import logging
from collections.abc import Sequence
from dataclasses import replace
from functools import partial

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QHBoxLayout,
    QLayout,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk import memory
from kiosk.core.content import Content
from kiosk.core.problems import Problem
from kiosk.core.profile import ClinicProfile
from kiosk.ui import icons
from kiosk.ui.focusring import KeyboardFocusRing
from kiosk.ui.kiosk import StaffAccess
from kiosk.ui.pages.base import Page, PageContext
from kiosk.ui.router import Location, Router
from kiosk.ui.speech import Speaker
from kiosk.ui.theme import CHROME_TEXT_SCALE, Theme, screen_scale
from kiosk.ui.widgets.accessibility_panel import AccessibilityButton
from kiosk.ui.widgets.common import button, label, set_button
from kiosk.ui.widgets.overlay import Overlay, SorryOverlay

log = logging.getLogger(__name__)

BUILD_AHEAD_MS = 300  # after the window is first shown

# Each page's module and class, imported when the page is first built: start-up pays for
# Home only, and the topic pages are built just after it while the patient reads Home.
PAGES = {
    "home": "kiosk.ui.pages.home:HomePage",
    "steps": "kiosk.ui.pages.steps:StepsPage",
    "compare": "kiosk.ui.pages.compare:ComparePage",
    "checklist": "kiosk.ui.pages.checklist:ChecklistPage",
    "contact": "kiosk.ui.pages.contact:ContactPage",
    "about": "kiosk.ui.pages.about:AboutPage",
    "attract": "kiosk.ui.pages.attract:AttractPage",
    "admin": "kiosk.ui.pages.admin:AdminPage",
}
BUILT_AHEAD = ("steps", "compare", "checklist", "contact", "about")


class MainWindow(QWidget):
    """The one window of the app.

    Signals:
        resetting(): the next person starts fresh; every feature with state (speech,
            language, text size) puts it back to the clinic's defaults.
    """

    resetting = Signal()

    def __init__(
        self,
        content: Content,
        profile: ClinicProfile,
        theme: Theme,
        problems: Sequence[Problem] = (),
        kiosk: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Window")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.theme = self.default_theme = theme
        self.kiosk = kiosk
        self.may_close = not kiosk
        self._built_ahead = False
        self.overlays: list[Overlay] = []
        self.stack = QStackedWidget()
        self.router = Router(self.stack, self)
        self.ctx = PageContext(content, profile, self.router, theme, tuple(problems), kiosk)
        # One voice for every page's Listen button; its engine is made on first use.
        self.speaker = self.ctx.speaker = Speaker(parent=self)
        for name in PAGES:
            self.router.register(name, lambda n=name: self._build_page(n))

        self.home_button = button("nav")
        self.home_button.clicked.connect(self.router.home)
        self.title = label("heading")
        self.top_bar = QWidget()
        self.top_bar.setObjectName("TopBar")
        self.top_bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.top_row = QHBoxLayout()
        self.top_row.addWidget(self.home_button)
        self.top_row.addWidget(self.title, 1)
        # In portrait and at the largest text the title gets a row of its own under the
        # buttons (see _place_title); this spacer then keeps the buttons at the right.
        self.bar_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum)
        self.top_row.addItem(self.bar_spacer)
        self.title_row = QHBoxLayout()
        bar_column = QVBoxLayout(self.top_bar)
        bar_column.setContentsMargins(0, 0, 0, 0)
        bar_column.setSpacing(0)
        bar_column.addLayout(self.top_row)
        bar_column.addLayout(self.title_row)
        self._title_own_row = False
        # Buttons every screen keeps at the right of the top bar (language, accessibility):
        # features add theirs with add_top_button().
        self.top_buttons = QHBoxLayout()
        self.top_row.addLayout(self.top_buttons)
        self.accessibility = AccessibilityButton(self, self.speaker)

        column = QVBoxLayout(self)
        # The window is sized by the screen, never by its content: a minimum size from the
        # layout would only fight the kiosk's full screen (and warn on platforms without
        # size hints).
        column.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.top_bar)
        column.addWidget(self.stack, 1)

        self.router.changed.connect(self._on_changed)
        self._add_keys()
        self.focus_ring = KeyboardFocusRing(self)
        self.setWindowTitle(self.tr("Spine Kiosk"))
        self.staff = StaffAccess(self, require_pin=kiosk)
        self.sorry = SorryOverlay(self)
        self.sorry.done.connect(lambda: self.reset_for_next_person(attract=False, rebuild=True))
        self.add_overlay(self.sorry)
        self._apply_theme(theme.with_scale(screen_scale(1920, 1080)))
        self.router.home()
        # Added after Home is built, so Tab reaches it after the page, like every top button.
        self.add_top_button(self.accessibility)

    def add_overlay(self, overlay: Overlay) -> None:
        """Keep ``overlay`` themed with the window (and closed by a reset)."""
        self.overlays.append(overlay)
        overlay.apply_theme(self.theme)

    # -- the next person, errors, leaving ----------------------------------------------

    def reset_for_next_person(self, attract: bool, rebuild: bool = False) -> None:
        """Start fresh: no overlay, default look, every page at its start (or rebuilt, after
        an error), then Home or the attract screen."""
        for overlay in self.overlays:
            overlay.close_overlay()
        self.resetting.emit()
        self.accessibility.reset()  # speech stopped, text size, colours and speed as started
        if self.theme.name != self.default_theme.name or (
            self.theme.text_scale != self.default_theme.text_scale
        ):
            self.set_theme(self.default_theme)
        self.router.reset(rebuild)
        if attract:
            self.router.go("attract")

    def show_sorry(self) -> None:
        """Something went wrong in a page: say so calmly, then start again."""
        if not self.sorry.isVisible():
            self.sorry.open()

    def leave(self, code: int) -> None:
        """Close the app on purpose (staff screen): ``code`` tells the supervisor what next."""
        self.may_close = True
        QApplication.instance().exit(code)
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        # In the waiting room only the staff screen may close the app (Alt+F4, the window
        # manager, or a stray Ctrl+W all end here).
        if self.may_close:
            event.accept()
        else:
            log.info("refused to close the kiosk window")
            event.ignore()

    def add_top_button(self, widget: QWidget) -> None:
        """Put ``widget`` at the right end of the top bar, on every screen."""
        self.top_buttons.addWidget(widget)

    def _build_page(self, name: str) -> Page:
        module, _, class_name = PAGES[name].partition(":")
        page = getattr(importlib.import_module(module), class_name)(self.ctx)
        # PySide reads the source of every module imported after it, and linecache keeps
        # each line: up to a megabyte per page module the app never reads again.
        linecache.clearcache()
        page.apply_theme(self.theme)
        return page

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._built_ahead:
            self._built_ahead = True
            QTimer.singleShot(BUILD_AHEAD_MS, self, self._after_first_paint)

    def _after_first_paint(self) -> None:
        # The focus ring watches the whole application, and the first Qt-internal object
        # that passes a Python event filter makes PySide create every Qt enum there is
        # (about 180, 25 ms): that waits until Home is on the screen.
        self.focus_ring.watch()
        memory.keep_large_blocks_apart()  # a day of pictures drawn and dropped stays level
        self._build_ahead()

    def _build_ahead(self, names: Sequence[str] = BUILT_AHEAD) -> None:
        """Build the next page a patient may open, one per turn of the event loop, so that
        a tap in between is answered at once."""
        if names and self.isVisible():
            self.router.page(names[0])
            QTimer.singleShot(0, self, partial(self._build_ahead, names[1:]))

    # -- theme ------------------------------------------------------------------------

    def set_theme(self, theme: Theme) -> None:
        self._apply_theme(theme.with_scale(self.theme.scale))

    def set_text_scale(self, text_scale: float) -> None:
        """The patient's text size (1.0, 1.3, 1.6): every page and the top bar reflow."""
        self.set_theme(replace(self.theme, text_scale=text_scale))

    def set_theme_name(self, name: str) -> None:
        """Either "normal" or "high-contrast"; the text size stays."""
        self.set_theme(Theme.named(name, self.theme.text_scale))

    def _apply_theme(self, theme: Theme) -> None:
        self.theme = self.ctx.theme = theme
        self.setStyleSheet(theme.stylesheet())
        gap, margin = theme.px("gap"), theme.px("margin")
        self.top_row.setContentsMargins(margin, gap // 2, margin, gap // 2)
        self.top_row.setSpacing(gap)
        self.title_row.setContentsMargins(margin, 0, margin, gap // 2)
        self._place_title()
        size = theme.px("icon")
        self.home_button.setIcon(icons.icon("home", theme.colors.on_secondary))
        self.home_button.setIconSize(QSize(size, size))
        self.accessibility.apply_theme(theme)
        for page in self.router.built_pages().values():
            page.apply_theme(theme)
        for overlay in getattr(self, "overlays", ()):
            overlay.apply_theme(theme)

    def resizeEvent(self, event: QResizeEvent) -> None:
        scale = screen_scale(event.size().width(), event.size().height())
        if abs(scale - self.theme.scale) > 0.01:
            self._apply_theme(self.theme.with_scale(scale))
        self._place_title()
        super().resizeEvent(event)

    def _place_title(self) -> None:
        """The title beside the buttons, or on its own row when they would squeeze it."""
        own_row = self.height() > self.width() or self.theme.text_scale > CHROME_TEXT_SCALE
        if own_row == self._title_own_row:
            return
        self._title_own_row = own_row
        if own_row:
            self.top_row.removeWidget(self.title)
            self.title_row.addWidget(self.title)
        else:
            self.title_row.removeWidget(self.title)
            self.top_row.insertWidget(1, self.title, 1)
        self.bar_spacer.changeSize(
            0, 0, QSizePolicy.Policy.Expanding if own_row else QSizePolicy.Policy.Minimum
        )
        self.top_row.invalidate()

    # -- navigation -------------------------------------------------------------------

    def _on_changed(self, location: Location) -> None:
        self.speaker.stop()  # what was read belongs to the page or step just left
        self.retranslate_bar()
        self.home_button.setVisible(location.page != "home")
        self.top_bar.setHidden(location.page == "attract")

    def retranslate_bar(self) -> None:
        """The top bar's words in the current language."""
        set_button(self.home_button, self.tr("Home"))
        page = self.router.current_page()
        self.title.setText(page.title() if isinstance(page, Page) else "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.speaker.stop()  # it was reading in the old language
            self.retranslate_bar()
        super().changeEvent(event)

    def _scroll_page(self, direction: int) -> None:
        for area in self.router.current_page().findChildren(QScrollArea):
            bar = area.verticalScrollBar()
            if area.isVisible() and bar.maximum() > 0:
                bar.setValue(bar.value() + direction * bar.pageStep())
                return

    def _add_keys(self) -> None:
        """Navigation keys work wherever the focus is (buttons would otherwise eat arrows)."""
        keys = {
            Qt.Key.Key_Escape: self.router.back,
            Qt.Key.Key_Right: lambda: self._step(+1),
            Qt.Key.Key_Left: lambda: self._step(-1),
            Qt.Key.Key_Home: self.router.home,
            Qt.Key.Key_PageDown: lambda: self._scroll_page(+1),
            Qt.Key.Key_PageUp: lambda: self._scroll_page(-1),
        }
        for key, action in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(action)

    def _step(self, direction: int) -> None:
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            direction = -direction
        (self.router.next_step if direction > 0 else self.router.previous_step)()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Buttons outside dialogs ignore Enter; patients and nurses expect it to press.
            focused = self.focusWidget()
            if isinstance(focused, QAbstractButton) and focused.isEnabled():
                focused.animateClick()
                return
        super().keyPressEvent(event)
