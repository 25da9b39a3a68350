"""Home: a welcome line and one big tile per topic, plus Contact and About."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QGridLayout, QVBoxLayout, QWidget

from kiosk.ui import icons
from kiosk.ui.i18n import tr_clinic
from kiosk.ui.pages.base import Page, PageContext, scroll_area, tr_content
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.common import Tile, label
from kiosk.ui.widgets.speaker_button import SpeakerButton, page_text

# Pages a topic kind is shown on.
PAGE_FOR_KIND = {"steps": "steps", "compare": "compare", "checklist": "checklist"}


class HomePage(Page):
    NAME = "home"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.welcome = label("subheading")
        self.prompt = label("small")
        self.tiles: list[tuple[Tile, str, str]] = []  # tile, page, topic id
        for topic in ctx.content.topics:
            self.tiles.append((Tile(), PAGE_FOR_KIND[topic.kind], topic.id))
        self.tiles.append((Tile(), "contact", ""))
        self.tiles.append((Tile(), "about", ""))
        for tile, page, topic in self.tiles:
            tile.clicked.connect(lambda _=False, p=page, t=topic: ctx.router.go(p, t))

        self.grid = QGridLayout()
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(self.welcome)
        column.addWidget(self.prompt)
        column.addLayout(self.grid, 1)
        self.column = column
        self.listen = SpeakerButton(ctx.speaker, lambda: page_text(self))
        column.insertWidget(0, self.listen)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll_area(inner))
        self._columns = 0
        self.retranslate()

    def title(self) -> str:
        return self.ctx.profile.name or self.tr("Learn about your spine")

    def retranslate(self) -> None:
        welcome = tr_clinic(self.ctx.profile.welcome)
        self.welcome.setText(
            welcome or self.tr("Welcome. Learn about spine fractures and how they are treated.")
        )
        self.prompt.setText(self.tr("Touch a topic to start."))
        topics = {t.id: t for t in self.ctx.content.topics}
        for tile, page, topic_id in self.tiles:
            if topic_id:
                topic = topics[topic_id]
                tile.set_texts(tr_content(topic.title), tr_content(topic.summary))
            elif page == "contact":
                tile.set_texts(self.tr("Contact us"), self.tr("Phone numbers and where to find us"))
            else:
                tile.set_texts(
                    self.tr("About this information"),
                    self.tr("Where it comes from, and who checked it"),
                )

    def apply_theme(self, theme: Theme) -> None:
        gap, margin = theme.px("gap"), theme.px("margin")
        self.column.setContentsMargins(margin, margin // 2, margin, margin)
        self.column.setSpacing(gap // 2)
        self.grid.setSpacing(gap)
        self.listen.apply_theme(theme)
        topics = {t.id: t for t in self.ctx.content.topics}
        names = {"contact": "contact", "about": "info"}
        for tile, page, topic_id in self.tiles:
            name = topics[topic_id].icon if topic_id else names[page]
            tile.set_icon_pixmap(icons.icon(name, theme.colors.accent), theme.px("tile_icon"), gap)
        self._layout_tiles()

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        self._layout_tiles()

    def _layout_tiles(self) -> None:
        portrait = self.height() > self.width()
        big_text = self.ctx.theme.text_scale
        # At the largest text four tiles no longer fit side by side on a laptop.
        columns = 2 if portrait or big_text > 1.45 else 4
        # Four narrow tiles a row put the icon above the words; two wide ones beside them,
        # unless the text is large (then a long word needs the tile's whole width).
        beside = portrait and big_text < 1.15
        if (columns, beside) == self._columns:
            return
        self._columns = (columns, beside)
        direction = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        for index, (tile, _, _) in enumerate(self.tiles):
            self.grid.addWidget(tile, index // columns, index % columns)
            tile.set_direction(direction)
        for c in range(4):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)
