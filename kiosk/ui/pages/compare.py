"""Compare the two procedures side by side, one row per question."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QVBoxLayout, QWidget

from kiosk.core.content import Topic
from kiosk.ui.pages.base import Page, PageContext, scroll_area, tr_content
from kiosk.ui.router import Location
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.common import label
from kiosk.ui.widgets.illustration import IllustrationView, palette_for_theme
from kiosk.ui.widgets.speaker_button import SpeakerButton, page_text
from kiosk.ui.widgets.take_home import TakeHomeButton


class ComparePage(Page):
    NAME = "compare"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.topic: Topic | None = None
        self.intro = label()
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(0)
        inner = QWidget()
        self.column = QVBoxLayout(inner)
        self.column.addWidget(self.intro)
        self.column.addLayout(self.grid)
        self.take_home = TakeHomeButton(ctx)
        self.column.addWidget(self.take_home, 0, Qt.AlignmentFlag.AlignLeft)
        self.column.addStretch(1)
        self.listen = SpeakerButton(ctx.speaker, lambda: page_text(self))
        self.column.insertWidget(0, self.listen)
        self.area = scroll_area(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.area)
        self.headings: list = []
        self.pictures: list[IllustrationView] = []
        self.cells: list[list] = []  # per row: [label, cell, cell...]
        self.rows: list[QFrame] = []

    def title(self) -> str:
        return tr_content(self.topic.title) if self.topic else ""

    def show_location(self, location: Location) -> None:
        topic = self.ctx.content.topic(location.topic)
        if topic is not self.topic:
            self.topic = topic
            self._build(topic)
            self.apply_theme(self.ctx.theme)  # the new cells need their margins
            self.take_home.set_topic(topic)
        self.area.verticalScrollBar().setValue(0)
        super().show_location(location)

    def _build(self, topic: Topic) -> None:
        columns = len(topic.columns)
        for c in range(columns):
            picture = IllustrationView()
            if c < len(topic.column_pictures):  # the loader drops a mismatched list
                picture.set_scene(topic.column_pictures[c])
            picture.progress = 1.0
            heading = label("subheading")
            heading.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(picture, 0, c + 1)
            self.grid.addWidget(heading, 1, c + 1)
            self.pictures.append(picture)
            self.headings.append(heading)
        for r, _row in enumerate(topic.rows):
            frame = QFrame()
            frame.setProperty("role", "row-alt" if r % 2 == 0 else "row")
            self.grid.addWidget(frame, r + 2, 0, 1, columns + 1)
            cells = [label("subheading")] + [label() for _ in range(columns)]
            for c, cell in enumerate(cells):
                cell.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.grid.addWidget(cell, r + 2, c)
            self.rows.append(frame)
            self.cells.append(cells)
        self.grid.setColumnStretch(0, 2)
        for c in range(columns):
            self.grid.setColumnStretch(c + 1, 3)

    def retranslate(self) -> None:
        if self.topic is None:
            return
        self.intro.setText(tr_content(self.topic.intro))
        labels = {k: tr_content(v) for k, v in self.ctx.content.labels.items()}
        for heading, picture, text in zip(
            self.headings, self.pictures, self.topic.columns, strict=True
        ):
            heading.setText(tr_content(text))
            picture.set_labels(labels)
            picture.set_alt_text(tr_content(text))
        for cells, row in zip(self.cells, self.topic.rows, strict=True):
            for cell, text in zip(cells, (row.label, *row.cells), strict=True):
                cell.setText(tr_content(text))

    def apply_theme(self, theme: Theme) -> None:
        gap, margin = theme.px("gap"), theme.px("margin")
        self.column.setContentsMargins(margin, margin // 2, margin, margin)
        self.column.setSpacing(gap)
        self.grid.setVerticalSpacing(0)
        self.listen.apply_theme(theme)
        self.take_home.apply_theme(theme.px("icon"), theme.colors.on_secondary)
        for cells in self.cells:
            for cell in cells:
                cell.setContentsMargins(gap, gap, gap, gap)
        font = self.font()
        font.setPixelSize(theme.px("label"))
        for picture in self.pictures:
            picture.set_font(font)
            picture.set_palette(palette_for_theme(theme.name))
            picture.setFixedHeight(round(340 * theme.scale))
