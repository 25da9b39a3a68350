"""The main window: a top bar (Home, the page title), the page stack and the router.

Keyboard (windowed mode): Tab moves between controls, Enter or Space presses the focused
one, Left/Right go back and forward through steps, Page Up/Down scroll long text, Esc goes
back, Home goes home.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QHBoxLayout,
    QLayout,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.content import Content
from kiosk.core.profile import ClinicProfile
from kiosk.ui import icons
from kiosk.ui.focusring import KeyboardFocusRing
from kiosk.ui.pages.about import AboutPage
from kiosk.ui.pages.base import Page, PageContext
from kiosk.ui.pages.checklist import ChecklistPage
from kiosk.ui.pages.compare import ComparePage
from kiosk.ui.pages.contact import ContactPage
from kiosk.ui.pages.home import HomePage
from kiosk.ui.pages.steps import StepsPage
from kiosk.ui.router import Location, Router
from kiosk.ui.theme import Theme, screen_scale
from kiosk.ui.widgets.common import button, label, set_button

PAGES: tuple[type[Page], ...] = (
    HomePage,
    StepsPage,
    ComparePage,
    ChecklistPage,
    ContactPage,
    AboutPage,
)


class MainWindow(QWidget):
    def __init__(
        self, content: Content, profile: ClinicProfile, theme: Theme, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Window")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.theme = theme
        self.stack = QStackedWidget()
        self.router = Router(self.stack, self)
        self.ctx = PageContext(content, profile, self.router, theme)
        for page_class in PAGES:
            self.router.register(page_class.NAME, lambda c=page_class: self._build_page(c))

        self.home_button = button("nav")
        self.home_button.clicked.connect(self.router.home)
        self.title = label("heading")
        self.top_bar = QWidget()
        self.top_bar.setObjectName("TopBar")
        self.top_bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.top_row = QHBoxLayout(self.top_bar)
        self.top_row.addWidget(self.home_button)
        self.top_row.addWidget(self.title, 1)
        # Buttons every screen keeps at the right of the top bar (language, accessibility):
        # features add theirs with add_top_button().
        self.top_buttons = QHBoxLayout()
        self.top_row.addLayout(self.top_buttons)

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
        QApplication.instance().installEventFilter(self.focus_ring)
        self.setWindowTitle(self.tr("Spine Kiosk"))
        self._apply_theme(theme.with_scale(screen_scale(1920, 1080)))
        self.router.home()

    def add_top_button(self, widget: QWidget) -> None:
        """Put ``widget`` at the right end of the top bar, on every screen."""
        self.top_buttons.addWidget(widget)

    def _build_page(self, page_class: type[Page]) -> Page:
        page = page_class(self.ctx)
        page.apply_theme(self.theme)
        return page

    # -- theme ------------------------------------------------------------------------

    def set_theme(self, theme: Theme) -> None:
        self._apply_theme(theme.with_scale(self.theme.scale))

    def _apply_theme(self, theme: Theme) -> None:
        self.theme = self.ctx.theme = theme
        self.setStyleSheet(theme.stylesheet())
        gap, margin = theme.px("gap"), theme.px("margin")
        self.top_row.setContentsMargins(margin, gap // 2, margin, gap // 2)
        self.top_row.setSpacing(gap)
        size = theme.px("icon")
        self.home_button.setIcon(icons.icon("home", theme.colors.on_secondary))
        self.home_button.setIconSize(QSize(size, size))
        for page in self.router.built_pages().values():
            page.apply_theme(theme)

    def resizeEvent(self, event: QResizeEvent) -> None:
        scale = screen_scale(event.size().width(), event.size().height())
        if abs(scale - self.theme.scale) > 0.01:
            self._apply_theme(self.theme.with_scale(scale))
        super().resizeEvent(event)

    # -- navigation -------------------------------------------------------------------

    def _on_changed(self, location: Location) -> None:
        self._retranslate_bar()
        self.home_button.setVisible(location.page != "home")

    def _retranslate_bar(self) -> None:
        set_button(self.home_button, self.tr("Home"))
        page = self.router.current_page()
        self.title.setText(page.title() if isinstance(page, Page) else "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_bar()
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
