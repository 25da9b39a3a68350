"""What every page shares: the context it is built with, and its base class.

A page keeps its source strings and fills its widgets in :meth:`Page.retranslate`, which
runs when the page is built and again on every ``QEvent.LanguageChange``, so switching
language never misses a string. Content strings go through :func:`tr_content`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QScrollArea, QScroller, QWidget

from kiosk.core.content import Content
from kiosk.core.problems import Problem
from kiosk.core.profile import ClinicProfile
from kiosk.ui.router import Location, Router
from kiosk.ui.speech import Speaker
from kiosk.ui.theme import Theme


def tr_content(text: str) -> str:
    """A content string in the current language (the English source if untranslated)."""
    return QCoreApplication.translate("content", text) if text else ""


@dataclass
class PageContext:
    content: Content
    profile: ClinicProfile
    router: Router
    theme: Theme
    problems: tuple[Problem, ...] = ()  # found in the profile and content at start-up
    kiosk: bool = False  # waiting-room mode
    speaker: Speaker | None = None  # reads pages aloud (kiosk/ui/speech.py)


class Page(QWidget):
    """Base of every page. Subclasses set NAME and build their widgets in ``__init__``."""

    NAME = ""

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # No background of its own: the window's shows through. Filling the page, and the
        # stack it sits in, with the same colour again cost two full-screen fills (about a
        # fifth of a page change's painting).
        self.setObjectName("Page")
        self._location = Location(self.NAME)

    @property
    def location(self) -> Location:
        return self._location

    def title(self) -> str:
        """The title shown in the top bar for the current location."""
        return ""

    def step_count(self, location: Location) -> int:
        return 1

    def show_location(self, location: Location) -> None:
        self._location = location
        self.retranslate()

    def retranslate(self) -> None:
        """Fill every visible string in the current language."""

    def apply_theme(self, theme: Theme) -> None:
        """Sizes that a stylesheet cannot set (icons, pictures, QR codes)."""

    def start_over(self) -> None:
        """Forget the last person's visit: every scroll area back at the top. Pages that
        keep more (ticks, an open popup) add to this."""
        self._location = Location(self.NAME)
        for area in self.findChildren(QScrollArea):
            area.verticalScrollBar().setValue(0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


KINETIC_AFTER_PAINT_MS = 50  # the paint on the screen first; no finger is that quick


def scroll_area(widget: QWidget) -> QScrollArea:
    """A scroll area for ``widget`` that scrolls with the finger (kinetic) and the wheel."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # Tab goes to the controls, not the area; Page Up/Down scroll it (see MainWindow).
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    _KineticAfterFirstPaint(area, widget)
    return area


class _KineticAfterFirstPaint(QObject):
    """Makes ``area`` scroll with the finger (a flick goes on a little, as on a phone) once
    ``widget`` in it has first been painted. Home's first paint at start-up need not wait
    for it: the first area's viewport that reaches Python makes PySide create about 80 Qt
    enums (10 ms)."""

    def __init__(self, area: QScrollArea, widget: QWidget) -> None:
        super().__init__(area)
        self.area = area
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(KINETIC_AFTER_PAINT_MS, self, self._grab)
        return False

    def _grab(self) -> None:
        QScroller.grabGesture(self.area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.deleteLater()
