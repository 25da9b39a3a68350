"""The staff screen, behind the hidden gesture and the PIN: what is wrong, and the way out.

Shows the version, the clinic profile in use and every problem found in it and in the
content; offers Exit and Restart (which the supervisor turns into a fresh start).
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from kiosk import __version__, paths
from kiosk.core import translations as tx
from kiosk.ui.pages.base import Page, PageContext, scroll_area
from kiosk.ui.router import Location
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.common import button, label, set_button
from kiosk.ui.widgets.usage_charts import UsageCharts, topic_names

EXIT_CODE = 0  # the supervisor stops
RESTART_CODE = 75  # the supervisor starts the app again at once


class AdminPage(Page):
    NAME = "admin"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.about = label()
        self.problems_heading = label("subheading")
        self.problems = label()
        self.back = button("primary")
        self.restart = button("nav")  # as tall as the primary button beside them
        self.exit = button("nav")
        self.back.clicked.connect(ctx.router.home)
        self.restart.clicked.connect(lambda: self._leave(RESTART_CODE))
        self.exit.clicked.connect(lambda: self._leave(EXIT_CODE))

        self.actions = QGridLayout()
        for column, widget in enumerate((self.back, self.restart, self.exit)):
            self.actions.addWidget(widget, 0, column)
        inner = QWidget()
        self.column = QVBoxLayout(inner)
        self.column.addWidget(self.about)
        self.column.addLayout(self.actions)
        self.column.addWidget(self.problems_heading)
        self.column.addWidget(self.problems)
        self.reviews_heading = label("subheading")
        self.reviews = label()
        self.column.addWidget(self.reviews_heading)
        self.column.addWidget(self.reviews)
        self.sections = QVBoxLayout()  # usage figures, handout, speech test are added here
        self.column.addLayout(self.sections)
        self.usage_heading = label("subheading")
        self.charts = UsageCharts(names=topic_names(ctx.content))
        self.add_section(self.usage_heading)
        self.add_section(self.charts)
        self.column.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll_area(inner))
        self.retranslate()

    def add_section(self, widget: QWidget) -> None:
        self.sections.addWidget(widget)

    def title(self) -> str:
        return self.tr("Staff screen")

    def show_location(self, location: Location) -> None:
        super().show_location(location)
        # The figures are read when the screen opens, never on a patient's page change.
        usage = getattr(self.window(), "usage", None)
        self.charts.refresh(usage.store if usage is not None else None)

    def _leave(self, code: int) -> None:
        leave = getattr(self.window(), "leave", None)
        if leave is not None:
            leave(code)

    def retranslate(self) -> None:
        profile = self.ctx.profile
        source = str(profile.source) if profile.source else self.tr("the built-in profile")
        self.about.setText(
            self.tr("Spine Kiosk %1. Clinic profile: %2.")
            .replace("%1", __version__)
            .replace("%2", source)
        )
        self.problems_heading.setText(self.tr("Problems found at start-up"))
        self.reviews_heading.setText(self.tr("Translations"))
        self.reviews.setText("\n".join(self._review_lines()))
        problems = self.ctx.problems
        self.problems.setText(
            "\n".join(f"• {p}" for p in problems) if problems else self.tr("None. All is well.")
        )
        self.usage_heading.setText(self.tr("Usage in the last 30 days"))
        set_button(self.back, self.tr("Back to the kiosk"))
        set_button(self.restart, self.tr("Restart the app"))
        set_button(
            self.exit, self.tr("Exit the kiosk") if self.ctx.kiosk else self.tr("Close the app")
        )

    def _review_lines(self) -> list[str]:
        """Each offered language and whether a qualified medical translator checked it."""
        lines = []
        for code in self.ctx.profile.languages:
            try:
                lang = tx.language(code)
            except KeyError:
                continue
            if code == tx.ENGLISH.code:
                continue
            review = tx.review_status(paths.translations(), code)
            state = (
                self.tr("reviewed by %1").replace("%1", review.reviewed_by)
                if review.reviewed
                else self.tr("not yet reviewed by a qualified medical translator")
            )
            lines.append(f"• {lang.name}: {state}")
        return lines or [self.tr("English only.")]

    def apply_theme(self, theme: Theme) -> None:
        gap, margin = theme.px("gap"), theme.px("margin")
        self.column.setContentsMargins(margin, margin // 2, margin, margin)
        self.column.setSpacing(gap)
        self.actions.setSpacing(gap)
        self.charts.apply_theme(theme)
