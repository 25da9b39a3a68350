"""The router owns navigation: which page is shown, the step within a topic, and history.

Pages never import each other. A page is registered under a name with a factory; the router
builds it the first time it is needed, shows it in the stacked widget, and tells it where it
is. Pages ask the router to go somewhere (``router.go("contact")``, ``router.next_step()``).

Signals:
    changed(Location): after a new location has been shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Location:
    page: str = "home"
    topic: str = ""
    step: int = 0


class Page(Protocol):
    """What the router needs from a page widget."""

    def show_location(self, location: Location) -> None: ...
    def step_count(self, location: Location) -> int: ...
    def start_over(self) -> None: ...


class Router(QObject):
    changed = Signal(object)

    def __init__(self, stack: QStackedWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stack = stack
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._pages: dict[str, QWidget] = {}
        self._history: list[Location] = []
        self._location: Location | None = None

    def register(self, name: str, factory: Callable[[], QWidget]) -> None:
        self._factories[name] = factory

    @property
    def location(self) -> Location:
        return self._location or Location()

    def page(self, name: str) -> QWidget:
        """The page widget for ``name``, built on first use."""
        if name not in self._pages:
            widget = self._factories[name]()
            self._pages[name] = widget
            self._stack.addWidget(widget)
        return self._pages[name]

    def reset(self, rebuild: bool = False) -> None:
        """Forget the visit and the history; show Home.

        The next person then finds no ticked question, scroll position or step left over:
        each page forgets its visit (``start_over``), or, with ``rebuild`` (after an error,
        when a page's state cannot be trusted), is dropped and built fresh when next shown.
        The idle reset keeps the pages because a rebuilt page costs memory for the life of
        the process: Qt registers a new touch-scroll gesture type for each new scroll area
        and never reuses its number (see benchmarks/soak.py).
        """
        old = list(self._pages.values()) if rebuild else []
        if rebuild:
            self._pages.clear()
        else:
            for widget in self._pages.values():
                widget.start_over()
        self._history.clear()
        self._location = None
        self.home()
        for widget in old:
            self._stack.removeWidget(widget)
            widget.deleteLater()  # a button of that page may still be on the call stack

    def built_pages(self) -> dict[str, QWidget]:
        return dict(self._pages)

    def current_page(self) -> QWidget:
        return self.page(self.location.page)

    def go(self, page: str, topic: str = "", step: int = 0) -> None:
        """Show ``page`` (and ``topic`` at ``step``), remembering where we were."""
        here = self._location
        if here is not None and (here.page, here.topic) != (page, topic):
            self._history.append(here)
        self._show(Location(page, topic, step))

    def home(self) -> None:
        self._history.clear()
        self._show(Location())

    def next_step(self) -> None:
        loc = self.location
        if loc.step + 1 < self._step_count(loc):
            self._show(replace(loc, step=loc.step + 1))

    def previous_step(self) -> None:
        loc = self.location
        if loc.step > 0:
            self._show(replace(loc, step=loc.step - 1))

    def back(self) -> None:
        """One step back in a topic, else back to the page before (Home at the bottom)."""
        loc = self.location
        if loc.step > 0:
            self._show(replace(loc, step=loc.step - 1))
        elif self._history:
            self._show(self._history.pop())
        elif loc.page != "home":
            self.home()

    def _step_count(self, loc: Location) -> int:
        page = self.page(loc.page)
        count = getattr(page, "step_count", None)
        return count(loc) if count else 1

    def _show(self, target: Location) -> None:
        widget = self.page(target.page)
        target = replace(target, step=max(0, min(target.step, self._step_count(target) - 1)))
        widget.show_location(target)
        self._stack.setCurrentWidget(widget)
        self._location = target
        log.debug("showing %s", target)
        self.changed.emit(target)
