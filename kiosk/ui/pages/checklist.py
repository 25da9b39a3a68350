"""Questions to ask your doctor: a list the patient ticks, big enough for a finger."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.core.content import Topic
from kiosk.ui import icons
from kiosk.ui.pages.base import Page, PageContext, scroll_area, tr_content
from kiosk.ui.router import Location
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.common import CheckItem, label
from kiosk.ui.widgets.speaker_button import SpeakerButton, page_text
from kiosk.ui.widgets.take_home import TakeHomeButton


class ChecklistPage(Page):
    NAME = "checklist"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.topic: Topic | None = None
        self.intro = label()
        self.items: list[CheckItem] = []
        inner = QWidget()
        self.column = QVBoxLayout(inner)
        self.column.addWidget(self.intro)
        self.list = QVBoxLayout()
        self.column.addLayout(self.list)
        # Printed, the handout's checklist comes out ticked as on the screen.
        self.take_home = TakeHomeButton(ctx, checked=self.checked)
        self.column.addWidget(self.take_home, 0, Qt.AlignmentFlag.AlignLeft)
        self.column.addStretch(1)
        self.listen = SpeakerButton(ctx.speaker, lambda: page_text(self))
        self.column.insertWidget(0, self.listen)
        self.area = scroll_area(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.area)
        self._theme: Theme | None = None

    def title(self) -> str:
        return tr_content(self.topic.title) if self.topic else ""

    def show_location(self, location: Location) -> None:
        topic = self.ctx.content.topic(location.topic)
        if topic is not self.topic:
            self.topic = topic
            self.take_home.set_topic(topic)
            for _ in topic.questions:
                item = CheckItem()
                item.toggled.connect(self._update_icons)
                self.list.addWidget(item)
                self.items.append(item)
        self.area.verticalScrollBar().setValue(0)
        super().show_location(location)
        self._update_icons()

    def start_over(self) -> None:
        super().start_over()
        for item in self.items:
            item.setChecked(False)

    def checked(self) -> list[str]:
        """The questions the patient ticked (English source text)."""
        if self.topic is None:
            return []
        return [
            q for q, item in zip(self.topic.questions, self.items, strict=True) if item.isChecked()
        ]

    def retranslate(self) -> None:
        if self.topic is None:
            return
        self.intro.setText(tr_content(self.topic.intro))
        for item, question in zip(self.items, self.topic.questions, strict=True):
            item.set_words(tr_content(question))

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        gap, margin = theme.px("gap"), theme.px("margin")
        self.column.setContentsMargins(margin, margin // 2, margin, margin)
        self.column.setSpacing(gap)
        self.list.setSpacing(gap // 2)
        self.listen.apply_theme(theme)
        self.take_home.apply_theme(theme.px("icon"), theme.colors.on_secondary)
        self._update_icons()

    def _update_icons(self) -> None:
        if self._theme is None:
            return
        size, gap = self._theme.px("target"), self._theme.px("gap")
        for item in self.items:
            name = "checked" if item.isChecked() else "unchecked"
            item.set_box(icons.icon(name, self._theme.colors.check), size, gap)
